/** What every gate check reads: the bundle's parts, the contract, the trust roots, the time. */
import { isRecord } from "../json/own.ts";
import type { Trust } from "../policy/trust.ts";
import type { Wpc } from "../policy/types.ts";
import type { VerifiedRegistry } from "../registry/registry.ts";
import type { CheckId, CheckResult, CheckStatus } from "./types.ts";

export type Obj = Record<string, unknown>;

export const isObj: (v: unknown) => v is Obj = isRecord;

export function arr(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export interface Event {
  index: number;
  event_id: string;
  run_id: string;
  event_type: string;
  timestamp: string;
  event_hash_b64u: string;
}

/** Membership of pinnable hashes (a Set in the gate; "any hash named" when a replay judges by presence). */
export interface PinSet {
  has(h: string): boolean;
}

export interface GateContext {
  payload: Obj;
  agentDid: string | undefined;
  events: Event[];
  runId: string | null;
  eventByHash: Map<string, Event>;
  /** The contract the job ran under (metadata.wpc), from the registry; undefined if not published. */
  wpc: Wpc | undefined;
  wpcHash: string | undefined;
  /**
   * The hashes a CST pin or a receipt's binding.policy_hash may name for this job: its wpc hash, and the
   * Claw hash recorded for that version while it is current. A Claw hash of a superseded or revoked
   * version is not among them.
   */
  pins: PinSet;
  /** Every Claw hash the registry records → its version (built once per gate run). */
  claws: ReadonlyMap<string, { policy_id: string; policy_hash_b64u: string }>;
  trust: Trust;
  registry: VerifiedRegistry;
  at: number;
}

/** What a check that reads the contract needs: everything but the registry (a replay judges without one). */
export type PolicyContext = Omit<GateContext, "registry">;

export function result(id: CheckId, status: CheckStatus, detail: string): CheckResult {
  return { id, status, detail };
}

/** `fail` with the first few problems named, or `pass` with the given detail. */
export function verdictOf(id: CheckId, problems: string[], passDetail: string): CheckResult {
  if (problems.length === 0) return result(id, "pass", passDetail);
  const shown = problems.slice(0, 3).join("; ");
  return result(id, "fail", problems.length > 3 ? `${shown}; and ${problems.length - 3} more` : shown);
}

export function timeMs(s: unknown): number | undefined {
  if (typeof s !== "string") return undefined;
  const t = Date.parse(s);
  return Number.isFinite(t) ? t : undefined;
}

/** What a pinned hash is, for a failure detail: a superseded Claw hash says so. */
export function describePin(ctx: PolicyContext, h: unknown): string {
  if (typeof h !== "string") return String(h);
  const c = ctx.claws.get(h);
  return c ? `Claw hash ${h} (of ${c.policy_id} at ${c.policy_hash_b64u}, not its current version)` : h;
}

export function needWpc(id: CheckId, ctx: PolicyContext): CheckResult | undefined {
  return ctx.wpc ? undefined : result(id, "fail", "no published contract for the bundle's policy hash: cannot evaluate (fail closed)");
}
