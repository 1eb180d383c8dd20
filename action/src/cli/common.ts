/** Flag helpers shared by the CLI commands. */
import { WpcError } from "../core/json/errors.ts";
import { parseTimeInput } from "../core/json/iso-z.ts";
import type { Io } from "./output.ts";
import { readExisting } from "../io/registry-store.ts";
import type { RegistrySnapshot, RegistryStore } from "../io/registry-snapshot.ts";

export interface Ctx {
  io: Io;
  cwd: string;
  env: NodeJS.ProcessEnv;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  /** A path or message with the resolved paths of the command line spelled as given (shown.ts). */
  shown?: (s: string) => string;
}

/** `s` with resolved command-line paths spelled as the user gave them. */
export function shownOf(c: Ctx, s: string): string {
  return c.shown ? c.shown(s) : s;
}

export function str(c: Ctx, name: string): string | undefined {
  const v = c.values[name];
  return typeof v === "string" ? v : undefined;
}

export function flag(c: Ctx, name: string): boolean {
  if (name === "json" && c.values.format === "json") return true;
  return c.values[name] === true;
}

/**
 * Verification / signing time: --at, else WPC_NOW, else the clock. Either is an RFC 3339 time with an
 * explicit offset or integer epoch seconds (parseTimeInput); anything else is E_USAGE naming its source.
 */
export function nowFn(c: Ctx): () => number {
  const flagAt = str(c, "at");
  const at = flagAt ?? c.env.WPC_NOW;
  if (at === undefined) return () => Date.now();
  const ms = parseTimeInput(at);
  if (ms === undefined)
    throw new WpcError("E_USAGE", `${flagAt !== undefined ? "--at" : "WPC_NOW"} must be an RFC 3339 time with an offset (2026-12-01T00:00:00Z, 2026-12-01T01:00:00+01:00) or integer epoch seconds (got ${JSON.stringify(at.slice(0, 80))})`);
  return () => ms;
}

export function intFlag(c: Ctx, name: string): number | undefined {
  const v = str(c, name);
  if (v === undefined) return undefined;
  if (!/^\d{1,15}$/.test(v)) throw new WpcError("E_USAGE", `--${name} must be a non-negative integer`);
  return Number(v);
}

export const DEFAULTS = {
  trust: "policies/trust.json",
  policies: "policies",
  registry: "git:wpc-registry",
} as const;

/** A registry that must exist, its warnings (an interrupted directory write) said on stderr. */
export function readRegistry(c: Ctx, store: RegistryStore): RegistrySnapshot {
  const snap = readExisting(store);
  for (const w of snap.warnings ?? []) c.io.err(`wpc: warning: ${shownOf(c, w)}`);
  return snap;
}
