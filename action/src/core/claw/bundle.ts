/**
 * The Claw-level verdict of a proof bundle: clawverify-core `verifyProofBundle` plus the strict CLI
 * receipt rule (CLAWSIG.md §3.4 "Actual order", §3.5), first failure wins, codes as Claw returns them.
 *
 * Order: envelope, header, schema, payload basics, signer = agent, hash, signature
 * (bundle-envelope.ts) → event chain → rate_limit_claims → URM → gateway receipts (counted only) →
 * tool receipts → side-effect receipts → human-approval receipts → causal rules and anchoring →
 * attestations (counted only) → strict receipt rule → OK with the proof tier.
 *
 * Differences from clawverify-core, all deliberate: a bare payload is MALFORMED_ENVELOPE; Claw's
 * 1000-item caps are not applied (DESIGN.md §6); did:key decoding and Ed25519 are strict; the
 * `metadata` evidence checks (policy_binding, runner_measurement, prompt_pack, system_prompt_report)
 * and the CLDD coverage check (off by default in Claw) are not implemented. Pure; never throws.
 */
import { checkEventChain } from "./events.ts";
import { checkBundleEnvelope, isLegacyReceipt } from "./bundle-envelope.ts";
import { attestationVerified, checkGatewayReceipt, checkSupportReceipts } from "./receipts.ts";
import { checkToolReceipt } from "./tool-receipts.ts";
import { causalProblem } from "./causal.ts";
import { clawSchemaErrors, validateClaw } from "./schemas.ts";
import { clawPayloadHash, isRecord, problem, type ClawProblem } from "./common.ts";

export { checkBundleEnvelope, dropLegacyReceipts, isLegacyReceipt, type BundleEnvelopeCheck } from "./bundle-envelope.ts";
export { checkGatewayReceipt, type GatewayReceiptCheck } from "./receipts.ts";
export { parseToolReceipt, toolReceiptPayload, checkToolReceipt, type ParsedToolReceipt } from "./tool-receipts.ts";
export { CLAW_REASON_CODES, type ClawProblem, type ClawReasonCode } from "./common.ts";

export type ProofTier = "self" | "gateway" | "sandbox";

export interface ClawReceiptResult {
  index: number;
  receipt_id?: string;
  signature_valid: boolean;
  signer_allowed: boolean;
  bound: boolean;
  /** First failure in Claw order (RECEIPT_BINDING_MISMATCH when only the binding fails). */
  code?: string;
}

export interface ClawVerdict {
  valid: boolean;
  /** "OK" or the Claw reason code. */
  reason_code: string;
  detail: string;
  run_id: string | null;
  event_hashes: string[];
  proof_tier: ProofTier;
  receipts: ClawReceiptResult[];
}

export interface ClawBundleOptions {
  /** gateway_receipt_signer_dids; empty: receipts cannot verify (DEPENDENCY_NOT_CONFIGURED when bound). */
  gatewaySigners: readonly string[];
  /** The URM document (required when payload.urm is present). */
  urm?: unknown;
  /** Verification time, ms since the epoch (default: now). */
  at?: number;
  /** Attester DIDs whose bundle attestations lift the tier to sandbox (default: none). */
  attesterSigners?: readonly string[];
}

/** URM document checks (CLAWSIG.md §3.1): required when payload.urm is present. */
export function urmProblem(payload: Readonly<Record<string, unknown>>, urm: unknown, runId: string | null, rootHash: string | null): ClawProblem | undefined {
  const ref = payload["urm"];
  if (!isRecord(ref)) return undefined;
  if (urm === undefined) return problem("URM_MISSING", "urm", "payload.urm is present but the URM document was not provided");
  const schema = validateClaw("urm", urm);
  if (!schema.valid) return problem("SCHEMA_VALIDATION_FAILED", "urm", `urm.v1: ${clawSchemaErrors(schema.errors, 3).join("; ")}`);
  const u = urm as Record<string, unknown>;
  const trimmed = (k: string): string | null => (typeof u[k] === "string" ? (u[k] as string).trim() : null);
  if (!trimmed("urm_id") || trimmed("urm_id") !== ref["urm_id"]) return problem("URM_MISMATCH", "urm.urm_id", "urm.urm_id is not payload.urm.urm_id");
  if (!trimmed("agent_did") || trimmed("agent_did") !== payload["agent_did"]) {
    return problem("URM_MISMATCH", "urm.agent_did", "urm.agent_did is not payload.agent_did");
  }
  if (runId !== null) {
    if (!trimmed("run_id") || trimmed("run_id") !== runId) return problem("URM_MISMATCH", "urm.run_id", "urm.run_id is not the event chain's run_id");
    const claimed = trimmed("event_chain_root_hash_b64u");
    if (rootHash && claimed && claimed !== rootHash) {
      return problem("URM_MISMATCH", "urm.event_chain_root_hash_b64u", "urm.event_chain_root_hash_b64u is not the first event hash");
    }
  }
  if (clawPayloadHash(urm, "SHA-256") !== ref["resource_hash_b64u"]) {
    return problem("HASH_MISMATCH", "payload.urm.resource_hash_b64u", "SHA-256(JSON.stringify(urm)) is not payload.urm.resource_hash_b64u");
  }
  return undefined;
}

const finiteNonNeg = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0;

/** `rate_limit_claims` (CLAWSIG.md §3.1): window, exceeded, inconsistent. */
export function rateLimitProblem(claims: unknown, runId: string | null): ClawProblem | undefined {
  if (!Array.isArray(claims)) return undefined;
  for (const [i, c] of claims.entries()) {
    const at = `payload.rate_limit_claims[${i}]`;
    const r = isRecord(c) ? c : {};
    const start = Date.parse(String(r["window_start"]));
    const end = Date.parse(String(r["window_end"]));
    if (!Number.isFinite(start) || !Number.isFinite(end)) return problem("RATE_LIMIT_CLAIM_INCONSISTENT", at, "window_start/window_end must be dates");
    if (start > end) return problem("RATE_LIMIT_WINDOW_INVALID", `${at}.window_start`, "window_start is after window_end");
    const pairs: Array<[string, string]> = [["max_requests", "observed_requests"], ["max_tokens_input", "observed_tokens_input"], ["max_tokens_output", "observed_tokens_output"]];
    for (const [j, [maxKey, obsKey]] of pairs.entries()) {
      const max = r[maxKey];
      const obs = r[obsKey];
      if (j > 0 && (max === undefined) !== (obs === undefined)) return problem("RATE_LIMIT_CLAIM_INCONSISTENT", at, `${maxKey} and ${obsKey} go together`);
      if (j > 0 && max === undefined) continue;
      if (!finiteNonNeg(max) || !finiteNonNeg(obs)) return problem("RATE_LIMIT_CLAIM_INCONSISTENT", at, `${maxKey}/${obsKey} must be finite non-negative numbers`);
      if (obs > max) return problem("RATE_LIMIT_EXCEEDED", `${at}.${obsKey}`, `${obsKey} exceeds ${maxKey}`);
    }
    if (runId !== null && r["run_id"] !== undefined && r["run_id"] !== runId) {
      return problem("RATE_LIMIT_CLAIM_INCONSISTENT", `${at}.run_id`, "run_id is not the bundle's run_id");
    }
  }
  return undefined;
}

/** CLI strict rule (§3.5) over receipts whose binding names an event hash. */
function strictReceiptProblem(results: readonly ClawReceiptResult[], receipts: readonly unknown[], allowlist: readonly string[]): ClawProblem | undefined {
  const named = results.filter((r) => {
    const p = isRecord(receipts[r.index]) ? (receipts[r.index] as Record<string, unknown>)["payload"] : undefined;
    const b = isRecord(p) ? p["binding"] : undefined;
    return isRecord(b) && typeof b["event_hash_b64u"] === "string" && b["event_hash_b64u"].trim().length > 0;
  });
  if (named.length === 0) return undefined;
  if (allowlist.length === 0) return problem("DEPENDENCY_NOT_CONFIGURED", "payload.receipts", "gateway receipt signer allowlist not configured (required to verify receipts)");
  if (named.every((r) => r.code === undefined)) return undefined;
  const verified = (r: ClawReceiptResult): boolean => r.code === undefined || r.code === "RECEIPT_BINDING_MISMATCH";
  const first = named.find((r) => r.code !== undefined) as ClawReceiptResult;
  return named.every(verified)
    ? problem("RECEIPT_BINDING_MISMATCH", `payload.receipts[${first.index}]`, "a receipt is not bound to the bundle's event chain")
    : problem("RECEIPT_VERIFICATION_FAILED", `payload.receipts[${first.index}]`, `a receipt failed verification (${first.code})`);
}

/** The Claw-level verdict of a proof bundle envelope (see the module comment for the order). */
export function verifyClawBundle(envelope: unknown, opts: ClawBundleOptions): ClawVerdict {
  const at = opts.at ?? Date.now();
  const verdict: ClawVerdict = { valid: false, reason_code: "", detail: "", run_id: null, event_hashes: [], proof_tier: "self", receipts: [] };
  const fail = (p: ClawProblem): ClawVerdict => ({ ...verdict, reason_code: p.code, detail: p.path ? `${p.path}: ${p.detail}` : p.detail });

  const env = checkBundleEnvelope(envelope, { at });
  if (!env.ok || !env.payload) return fail(env.problems[0] ?? problem("MALFORMED_ENVELOPE", "", "envelope check failed"));
  const p = env.payload;
  const agentDid = p["agent_did"] as string;

  let runId: string | null = null;
  let hashes: ReadonlySet<string> | null = null;
  let rootHash: string | null = null;
  if (Array.isArray(p["event_chain"]) && p["event_chain"].length > 0) {
    const chain = checkEventChain(p["event_chain"]);
    const bad = chain.problems[0];
    if (bad) return fail(problem(bad.code, bad.index >= 0 ? `payload.event_chain[${bad.index}]` : "payload.event_chain", bad.detail));
    runId = chain.runId;
    hashes = chain.hashes;
    rootHash = (p["event_chain"][0] as Record<string, unknown>)["event_hash_b64u"] as string;
    verdict.run_id = runId;
    verdict.event_hashes = (p["event_chain"] as Array<Record<string, unknown>>).map((e) => e["event_hash_b64u"] as string);
  }

  const early = rateLimitProblem(p["rate_limit_claims"], runId) ?? urmProblem(p, opts.urm, runId, rootHash);
  if (early) return fail(early);

  // Indexes are those of the envelope's own payload.receipts (legacy entries are skipped, not renumbered).
  const original = (envelope as { payload: Record<string, unknown> }).payload["receipts"];
  const receipts = Array.isArray(original) ? (original as unknown[]) : [];
  verdict.receipts = receipts.flatMap((r, index) => {
    if (isLegacyReceipt(r)) return [];
    // env.ok: the bundle schema accepted every receipt item (legacy ones dropped)
    const c = checkGatewayReceipt(r, opts.gatewaySigners, runId, hashes, true);
    const result: ClawReceiptResult =
      c.receipt_id !== undefined
        ? { index, receipt_id: c.receipt_id, signature_valid: c.signature_valid, signer_allowed: c.signer_allowed, bound: c.bound }
        : { index, signature_valid: c.signature_valid, signer_allowed: c.signer_allowed, bound: c.bound };
    if (c.code !== undefined) result.code = c.code;
    return [result];
  });

  const tools = p["tool_receipts"];
  if (tools !== undefined && !Array.isArray(tools)) return fail(problem("SCHEMA_VALIDATION_FAILED", "payload.tool_receipts", "tool_receipts must be an array"));
  for (const [i, item] of (Array.isArray(tools) ? tools : []).entries()) {
    const bad = checkToolReceipt(item, { agentDid, runId, eventHashes: hashes, at })[0];
    if (bad) return fail({ ...bad, path: `payload.tool_receipts[${i}]${bad.path ? `.${bad.path}` : ""}` });
  }
  const support =
    checkSupportReceipts("side_effect", p["side_effect_receipts"], agentDid)[0] ??
    checkSupportReceipts("human_approval", p["human_approval_receipts"], agentDid)[0] ??
    causalProblem(p);
  if (support) return fail(support);

  const attesters = opts.attesterSigners ?? [];
  const attested = Array.isArray(p["attestations"]) && p["attestations"].some((a) => attestationVerified(a, agentDid, attesters, at));
  const strict = strictReceiptProblem(verdict.receipts, receipts, opts.gatewaySigners);
  if (strict) return fail(strict);

  const gateway = verdict.receipts.some((r) => r.code === undefined);
  return {
    ...verdict,
    valid: true,
    reason_code: "OK",
    detail: "proof bundle verified",
    proof_tier: attested ? "sandbox" : gateway ? "gateway" : "self",
  };
}
