/**
 * An in-memory world for the promotion-gate tests (test/e2e/verify-*.test.ts): the simulated parties'
 * trust.json (simTrust), the example WPC published by the registry key into an in-memory registry
 * (appendEntries over a Map), a valid simulated job (runJob), and small helpers to re-run the gate
 * on an edited bundle, an edited registry, or another verification time.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { appendEntries, verifyRegistry, type EntryDraft, type VerifiedRegistry } from "../../action/src/core/registry/registry.ts";
import type { EntrySource } from "../../action/src/core/registry/types.ts";
import { policyHash } from "../../action/src/core/crypto/hash.ts";
import { parseTrust, type Trust } from "../../action/src/core/policy/trust.ts";
import { verifyBundle, type GateInput } from "../../action/src/core/gate/verify.ts";
import type { CheckId, CheckResult, VerifyReport } from "../../action/src/core/gate/types.ts";
import type { Envelope } from "../../action/src/core/crypto/envelope.ts";
import type { Signer } from "../../action/src/core/crypto/signer.ts";
import { partySigner, simTrust } from "../../scripts/sim/keys.ts";
import { runJob, resign, type Job, type JobOptions } from "../../scripts/sim/harness.ts";
import { gatewayReceipt, type ReceiptBinding } from "../../scripts/sim/clawproxy.ts";
import { SHARED } from "./paths.ts";

export const POLICY_ID = "invoice-triage";
export const SUBJECT = "3f7a1c0de5b2a9e48d6c1f0b7a3e5d9c2b4f6a81";
/** The registry is written a few days before the job runs (start 2026-11-26T12:00:00Z). */
export const PUBLISHED_AT = Date.parse("2026-11-20T09:00:00Z");
/** Verification time: after the job's CST expired (so TOKEN_RETIRED passes), inside the checkpoint's life. */
export const VERIFY_AT = Date.parse("2026-11-26T15:00:00Z");
export const CHECKPOINT_DAYS = 90;
export const SOURCE: EntrySource = { repository: "acme/policies", ref: "refs/heads/main", commit: "c0ffee".padEnd(40, "0"), run_id: "4242", actor: "dana" };

export type Bundle = Envelope<Record<string, unknown>>;
export type Doc = Record<string, any>;

export interface GateWorld {
  seed: string;
  trust: Trust;
  registryKey: Signer;
  agent: Signer;
  /** Registry files: path → bytes, as a directory or git branch would hold them. */
  files: Map<string, Uint8Array>;
  wpc: Doc;
  policyHash: string;
  job: Job;
}

export function exampleWpc(): Doc {
  return JSON.parse(readFileSync(join(SHARED, "examples/invoice-triage.wpc.json"), "utf8")) as Doc;
}

/** trust.json of the simulated world, through the real trust parser (so it is a valid trust file). */
export function worldTrust(seed: string): Trust {
  return parseTrust(new TextEncoder().encode(JSON.stringify(simTrust(seed))), "trust.json");
}

/** Append entries to a registry file set (signed by `key`, at `now`); returns the new file set. */
export function appendTo(files: ReadonlyMap<string, Uint8Array>, trust: Trust, key: Signer, drafts: readonly EntryDraft[], now = PUBLISHED_AT, checkpointDays = CHECKPOINT_DAYS): Map<string, Uint8Array> {
  const reg = verifyRegistry(files, { trust, at: now });
  const res = appendEntries(reg, drafts, key, { now, source: SOURCE, checkpointDays });
  const out = new Map(files);
  for (const [p, b] of res.files) out.set(p, b);
  return out;
}

export function publishDraft(wpc: Doc, policyId = POLICY_ID): EntryDraft {
  return { kind: "publish", policy_id: policyId, policy_hash_b64u: policyHash(wpc).policy_hash_b64u, contract: wpc };
}

/** The world: trust, the example WPC (or `wpc`) published once (seq 1), and a valid job under it. */
export function makeWorld(seed = "gate-world", jobOptions: Partial<JobOptions> = {}, wpc: Doc = exampleWpc()): GateWorld {
  const trust = worldTrust(seed);
  const registryKey = partySigner(seed, "registry");
  const hash = policyHash(wpc).policy_hash_b64u;
  const files = appendTo(new Map(), trust, registryKey, [publishDraft(wpc)]);
  const job = runWorldJob({ seed, trust, registryKey, files, wpc, policyHash: hash } as GateWorld, jobOptions);
  return { seed, trust, registryKey, agent: job.agent, files, wpc, policyHash: hash, job };
}

/** A job in the world (same parties), with options overriding the defaults. */
export function runWorldJob(w: Pick<GateWorld, "seed" | "policyHash">, o: Partial<JobOptions> = {}): Job {
  return runJob({ seed: o.seed ?? w.seed, world: w.seed, policyId: POLICY_ID, policyHash: w.policyHash, subject: { repository: "acme/app", commit: SUBJECT }, ...o });
}

export function registryOf(w: Pick<GateWorld, "trust">, files: ReadonlyMap<string, Uint8Array>, at = VERIFY_AT): VerifiedRegistry {
  return verifyRegistry(files, { trust: w.trust, at });
}

/** A deep copy of a bundle, as a verifier would read it from disk. */
export function copy<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}

export interface GateOverrides extends Partial<Omit<GateInput, "registry">> {
  files?: ReadonlyMap<string, Uint8Array>;
  registry?: VerifiedRegistry;
}

/** Run the gate on `bundle` (default: the world's valid bundle) in the world. */
export function gate(w: GateWorld, bundle: unknown = w.job.bundle, o: GateOverrides = {}): VerifyReport {
  const at = o.at ?? VERIFY_AT;
  const trust = o.trust ?? w.trust;
  const registry = o.registry ?? verifyRegistry(o.files ?? w.files, { trust, at });
  const { files: _f, registry: _r, ...rest } = o;
  return verifyBundle({ bundle: copy(bundle), policyId: POLICY_ID, trust, at, subject: SUBJECT, ...rest, registry });
}

export function check(r: VerifyReport, id: CheckId): CheckResult {
  const c = r.checks.find((x) => x.id === id);
  if (!c) throw new Error(`report has no check ${id}`);
  return c;
}

export function statusOf(r: VerifyReport, id: CheckId): CheckResult["status"] {
  return check(r, id).status;
}

export function failedIds(r: VerifyReport): CheckId[] {
  return r.checks.filter((c) => c.status === "fail").map((c) => c.id);
}

/** An edited copy of the job's bundle payload, with the agent's signature left as it was (now stale). */
export function edited(w: GateWorld, edit: (payload: Doc) => void, bundle: Bundle = w.job.bundle): Bundle {
  const b = copy(bundle);
  edit(b.payload as Doc);
  return b;
}

/** The same edit, then re-signed with the agent key (an attacker holding the agent key). */
export function editedResigned(w: GateWorld, edit: (payload: Doc) => void, bundle: Bundle = w.job.bundle): Bundle {
  return resign(edited(w, edit, bundle), w.agent);
}

/**
 * A gateway receipt re-made by clawproxy (validly signed by `gateway`, default the world's gateway key)
 * from an existing receipt of the bundle: same id, provider, model, timestamp, latency and binding, except
 * `binding` fields overridden by `patch` (undefined removes a field).
 */
export function reissueReceipt(w: Pick<GateWorld, "seed">, receipt: unknown, patch: Partial<Record<keyof ReceiptBinding, string | undefined>> = {}, gateway: Signer = partySigner(w.seed, "gateway")): Envelope<object> {
  const p = (receipt as { payload: Doc }).payload;
  const b = { ...(p.binding as Doc) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete b[k];
    else b[k] = v;
  }
  return gatewayReceipt({
    gateway,
    receiptId: p.receipt_id,
    provider: p.provider,
    model: p.model,
    timestamp: p.timestamp,
    latencyMs: p.latency_ms,
    ttftMs: p.metadata?.kinematic_fingerprint?.ttft_ms ?? p.latency_ms,
    binding: b as ReceiptBinding,
    requestBody: JSON.stringify({ model: p.model, messages: [{ role: "user", content: `request of ${p.receipt_id}` }] }),
    response: `response of ${p.receipt_id}`,
  });
}

/** CST claims of a compact token (no verification). */
export function claimsOf(token: string): Doc {
  return JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString("utf8")) as Doc;
}

/** A deterministic pseudo-random shuffle that is guaranteed to move something (n ≥ 2). */
export function rotate<T>(xs: readonly T[], by = 1): T[] {
  const k = by % xs.length;
  return [...xs.slice(k), ...xs.slice(0, k)];
}
