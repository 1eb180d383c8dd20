/**
 * Claw event chains (CLAWSIG.md §3.2): the event header hash and the chain checks of clawverify-core
 * `verifyProofBundle` (its `validateEventChain`, the duplicate-`event_id` rule and the CVF-US-021
 * hash recomputation). Pure; never throws.
 *
 * Problems are returned in the order the reference meets them, so `problems[0].code` is Claw's code for
 * a chain on its own: duplicate event ids and structure first (MALFORMED_ENVELOPE), then recomputed
 * hashes (HASH_MISMATCH). Unlike the reference, every problem is listed, not only the first.
 */
import { sha256B64u } from "../crypto/crypto.ts";
import { isClawB64u, isClawDate, isRecord } from "./common.ts";

/** Which rule an event-chain problem breaks. */
export type EventProblemKind = "chain" | "duplicate_id" | "field" | "run_id" | "link" | "hash";

export interface EventProblem {
  /** Claw reason code: SCHEMA_VALIDATION_FAILED (empty or not a list), MALFORMED_ENVELOPE or HASH_MISMATCH. */
  code: string;
  kind: EventProblemKind;
  /** Index of the event in the chain; -1 for the chain as a whole. */
  index: number;
  detail: string;
}

export interface EventChainCheck {
  ok: boolean;
  /** run_id of the first event (the bundle's run id), when it is a string. */
  runId: string | null;
  /** The chain's `event_hash_b64u` values as written (valid only when ok). */
  hashes: ReadonlySet<string>;
  /** The chain's `event_id` values. */
  ids: ReadonlySet<string>;
  problems: readonly EventProblem[];
}

/** Results per chain array: the Claw level and the gate check the same chain (parsed input is never mutated). */
const MEMO = new WeakMap<object, EventChainCheck>();

/**
 * `event_hash_b64u` of an event: base64url SHA-256 of JSON.stringify of the 6-key header in this fixed
 * order (not JCS), a missing `prev_hash_b64u` written as null. Fields that are undefined are dropped by
 * JSON.stringify, exactly as the reference does.
 */
export function eventHeaderHash(e: Readonly<Record<string, unknown>>): string {
  const header = {
    event_id: e["event_id"],
    run_id: e["run_id"],
    event_type: e["event_type"],
    timestamp: e["timestamp"],
    payload_hash_b64u: e["payload_hash_b64u"],
    prev_hash_b64u: e["prev_hash_b64u"] ?? null,
  };
  return sha256B64u(JSON.stringify(header));
}

const isHashText = (v: unknown): v is string => isClawB64u(v) && v.length >= 8;

/** Problems with one event's own fields, in the reference's order. */
function fieldProblem(e: Record<string, unknown>): string | undefined {
  for (const k of ["event_id", "run_id", "event_type"] as const) {
    const v = e[k];
    if (typeof v !== "string" || v.length < 1) return `missing or empty ${k}`;
  }
  if (!isClawDate(e["timestamp"])) return "invalid timestamp";
  if (!isHashText(e["payload_hash_b64u"])) return "invalid payload_hash_b64u (must be base64url, minLength 8)";
  if (!isHashText(e["event_hash_b64u"])) return "invalid event_hash_b64u (must be base64url, minLength 8)";
  return undefined;
}

/** Check a chain: unique ids, fields, one run_id, prev links, recomputed hashes. */
export function checkEventChain(chain: unknown): EventChainCheck {
  const hit = Array.isArray(chain) ? MEMO.get(chain) : undefined;
  if (hit) return hit;
  const out = computeEventChain(chain);
  if (Array.isArray(chain)) MEMO.set(chain, out);
  return out;
}

function computeEventChain(chain: unknown): EventChainCheck {
  const ids = new Set<string>();
  const eventHashes = new Set<string>();
  const out = { ok: false, runId: null as string | null, hashes: eventHashes as ReadonlySet<string>, ids: ids as ReadonlySet<string>, problems: [] as EventProblem[] };
  if (!Array.isArray(chain) || chain.length === 0) {
    out.problems.push({
      code: "SCHEMA_VALIDATION_FAILED",
      kind: "chain",
      index: -1,
      detail: Array.isArray(chain) ? "event_chain is empty" : "event_chain is not an array",
    });
    return out;
  }
  const dup: EventProblem[] = [];
  const structure: EventProblem[] = [];
  const hashes: EventProblem[] = [];
  const malformed = (kind: EventProblemKind, index: number, detail: string): EventProblem => ({
    code: "MALFORMED_ENVELOPE",
    kind,
    index,
    detail: `event ${index}: ${detail}`,
  });
  let prevHash: unknown = null;
  chain.forEach((raw: unknown, i) => {
    if (!isRecord(raw)) {
      structure.push(malformed("field", i, "not an object"));
      prevHash = undefined;
      return;
    }
    const id = raw["event_id"];
    if (typeof id === "string") {
      if (ids.has(id)) dup.push(malformed("duplicate_id", i, `duplicate event_id ${JSON.stringify(id)}`));
      ids.add(id);
    }
    const runId = raw["run_id"];
    if (i === 0 && typeof runId === "string") out.runId = runId;
    const bad = fieldProblem(raw);
    if (bad) structure.push(malformed("field", i, bad));
    else if (i > 0 && runId !== out.runId) {
      structure.push(malformed("run_id", i, `inconsistent run_id (expected ${JSON.stringify(out.runId)})`));
    }
    const prev = raw["prev_hash_b64u"];
    if (i === 0) {
      if (prev !== null && prev !== "") structure.push(malformed("link", i, "first event must have a null prev_hash_b64u"));
    } else if (!isHashText(prev)) {
      structure.push(malformed("link", i, "invalid prev_hash_b64u (must be base64url, minLength 8)"));
    } else if (prev !== prevHash) {
      structure.push(malformed("link", i, "hash chain break (prev_hash_b64u is not the previous event_hash_b64u)"));
    }
    const claimed = raw["event_hash_b64u"];
    if (typeof claimed === "string") eventHashes.add(claimed);
    if (eventHeaderHash(raw) !== claimed) {
      hashes.push({ code: "HASH_MISMATCH", kind: "hash", index: i, detail: `event ${i}: event_hash_b64u mismatch` });
    }
    prevHash = claimed;
  });
  out.problems = [...dup, ...structure, ...hashes];
  out.ok = out.problems.length === 0;
  return out;
}
