/** Flag helpers shared by the CLI commands. */
import { WpcError } from "../core/json/errors.ts";
import type { Io } from "./output.ts";

export interface Ctx {
  io: Io;
  cwd: string;
  env: NodeJS.ProcessEnv;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function str(c: Ctx, name: string): string | undefined {
  const v = c.values[name];
  return typeof v === "string" ? v : undefined;
}

export function flag(c: Ctx, name: string): boolean {
  if (name === "json" && c.values.format === "json") return true;
  return c.values[name] === true;
}

/** Verification / signing time: --at (RFC 3339 or epoch seconds), else WPC_NOW, else the clock. */
export function nowFn(c: Ctx): () => number {
  const at = str(c, "at") ?? c.env.WPC_NOW;
  if (at === undefined) return () => Date.now();
  const ms = /^\d+$/.test(at) ? Number(at) * 1000 : Date.parse(at);
  if (!Number.isFinite(ms)) throw new WpcError("E_USAGE", `--at must be an RFC 3339 time or epoch seconds (got "${at}")`);
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
