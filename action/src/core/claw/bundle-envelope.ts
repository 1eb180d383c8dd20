/**
 * The envelope half of the Claw proof-bundle verdict (CLAWSIG.md §3.4 "Actual order", steps 1–6):
 * envelope form and fields, allowlisted versions and algorithms, the proof_bundle_envelope.v1 schema,
 * payload basics and limits, unique event ids, signer_did = agent_did, the payload hash
 * (SHA-256 of JSON.stringify(payload)) and the Ed25519 signature over the hash text.
 *
 * Unlike clawverify-core, a bare payload is never accepted, and Claw's 1000-item caps (schema maxItems
 * 1000 on the receipt arrays, runtime caps on event_chain/receipts) are not applied (DESIGN.md §6).
 * Problems are listed in Claw's order, so `problems[0]` is the code clawverify returns; after the header
 * checks every further failure is listed too (schema errors, hash and signature). Pure; never throws.
 */
import { sourceTextLength } from "../crypto/hash-memo.ts";
import { ajvErrorPointer, ajvErrorText, validateClaw } from "./schemas.ts";
import {
  CLAW_ALGORITHMS,
  CLAW_ENVELOPE_REQUIRED,
  CLAW_ENVELOPE_TYPES,
  CLAW_ENVELOPE_VERSIONS,
  CLAW_HASH_ALGORITHMS,
  clawPayloadHash,
  didKeyOrUndefined,
  hasKeys,
  isClawB64u,
  isClawDate,
  isClawDidFormat,
  isRecord,
  jsonByteSize,
  pointerToPath,
  problem,
  verifyByDid,
  type ClawProblem,
} from "./common.ts";
import type { ErrorObject } from "ajv";

export interface BundleEnvelopeCheck {
  ok: boolean;
  problems: ClawProblem[];
  /** The payload as the later steps read it (legacy `receipt_type` entries dropped from receipts). */
  payload?: Record<string, unknown>;
}

const MAX_ATTESTATIONS = 100;
const MAX_METADATA_BYTES = 16 * 1024;

/**
 * `clawsig wrap` may append non-envelope diagnostic objects (`receipt_type`, no `envelope_type`) to
 * `receipts`; clawverify drops them before schema and payload checks (they stay in the hashed payload).
 */
export function isLegacyReceipt(r: unknown): boolean {
  return isRecord(r) && !Object.hasOwn(r, "envelope_type") && Object.hasOwn(r, "receipt_type");
}

/** The payload with legacy entries dropped from `receipts` (the array is removed when none is left). */
export function dropLegacyReceipts(payload: unknown): unknown {
  if (!isRecord(payload) || !Array.isArray(payload["receipts"])) return payload;
  const all = payload["receipts"] as unknown[];
  const kept = all.filter((r) => !isLegacyReceipt(r));
  if (kept.length === all.length) return payload;
  const out: Record<string, unknown> = { ...payload };
  if (kept.length) out["receipts"] = kept;
  else delete out["receipts"];
  return out;
}

/** Schema failures on a causal binding field get a causal code (`classifyCausalSchemaValidationCode`). */
function schemaCode(path: string): string {
  if (/(^|\.)binding\.phase(\.|$|\[)/.test(path)) return "CAUSAL_PHASE_INVALID";
  if (/(^|\.)binding\.(attribution_confidence|attributionConfidence)(\.|$|\[)/.test(path)) return "CAUSAL_CONFIDENCE_OUT_OF_RANGE";
  if (/(^|\.)binding\.(span_id|spanId|parent_span_id|parentSpanId|tool_span_id|toolSpanId)(\.|$|\[)/.test(path)) {
    return "CAUSAL_BINDING_NORMALIZATION_FAILED";
  }
  return "SCHEMA_VALIDATION_FAILED";
}

/** Claw's 1000-item caps on the payload's receipt arrays are not ours (DESIGN.md §6). */
const isItemCap = (e: ErrorObject): boolean =>
  e.keyword === "maxItems" && (e.params as { limit?: unknown }).limit === 1000 && /^\/payload\/[a-z_]+$/.test(e.instancePath);

function schemaProblems(env: Record<string, unknown>, payload: unknown): ClawProblem[] {
  const r = validateClaw("proof_bundle_envelope", payload === env["payload"] ? env : { ...env, payload });
  return r.errors.filter((e) => !isItemCap(e)).map((e) => {
    const path = pointerToPath(ajvErrorPointer(e));
    return problem(schemaCode(path), path, `proof_bundle_envelope.v1 ${ajvErrorText(e)}`);
  });
}

/** Envelope header (steps 2–3): one problem, the first. */
function headerProblem(env: Record<string, unknown>, at: number): ClawProblem | undefined {
  if (!hasKeys(env, CLAW_ENVELOPE_REQUIRED)) {
    const missing = CLAW_ENVELOPE_REQUIRED.filter((k) => !Object.hasOwn(env, k));
    return problem("MALFORMED_ENVELOPE", "", `envelope is missing ${missing.join(", ")}`);
  }
  const str = (k: string): string => String(env[k]);
  if (!CLAW_ENVELOPE_VERSIONS.includes(env["envelope_version"] as string)) {
    return problem("UNKNOWN_ENVELOPE_VERSION", "envelope_version", `envelope_version ${str("envelope_version")} is not allowlisted`);
  }
  if (!CLAW_ENVELOPE_TYPES.includes(env["envelope_type"] as string) || env["envelope_type"] !== "proof_bundle") {
    return problem("UNKNOWN_ENVELOPE_TYPE", "envelope_type", `envelope_type ${str("envelope_type")} is not proof_bundle`);
  }
  if (!CLAW_ALGORITHMS.includes(env["algorithm"] as string)) return problem("UNKNOWN_ALGORITHM", "algorithm", "algorithm is not Ed25519");
  if (!CLAW_HASH_ALGORITHMS.includes(env["hash_algorithm"] as string)) {
    return problem("UNKNOWN_HASH_ALGORITHM", "hash_algorithm", `hash_algorithm ${str("hash_algorithm")} is not allowlisted`);
  }
  if (!isClawDidFormat(env["signer_did"])) return problem("INVALID_DID_FORMAT", "signer_did", "signer_did is not a did:key/did:web");
  if (!isClawDate(env["issued_at"])) return problem("MALFORMED_ENVELOPE", "issued_at", "issued_at is not a date");
  const exp = env["expires_at"];
  if (exp !== undefined) {
    if (!isClawDate(exp)) return problem("MALFORMED_ENVELOPE", "expires_at", "expires_at is not a date");
    if (at > Date.parse(exp)) return problem("EXPIRED_TTL", "expires_at", `proof bundle envelope expired at ${exp}`);
  }
  if (!isClawB64u(env["payload_hash_b64u"])) return problem("MALFORMED_ENVELOPE", "payload_hash_b64u", "payload_hash_b64u is not base64url");
  if (!isClawB64u(env["signature_b64u"])) return problem("MALFORMED_ENVELOPE", "signature_b64u", "signature_b64u is not base64url");
  return undefined;
}

/** Payload basics, limits, unique event ids, agent DID and signer = agent (step 5). */
function payloadProblems(p: unknown, signer: unknown): ClawProblem[] {
  if (!isRecord(p)) return [problem("MALFORMED_ENVELOPE", "payload", "payload must be an object")];
  const nonEmpty = (k: string): boolean => Array.isArray(p[k]) && (p[k] as unknown[]).length > 0;
  if (p["bundle_version"] !== "1") return [problem("MALFORMED_ENVELOPE", "payload.bundle_version", "bundle_version must be \"1\"")];
  if (typeof p["bundle_id"] !== "string" || p["bundle_id"].length === 0) return [problem("MALFORMED_ENVELOPE", "payload.bundle_id", "bundle_id is required")];
  const agent = p["agent_did"];
  if (typeof agent !== "string" || !agent.startsWith("did:")) return [problem("MALFORMED_ENVELOPE", "payload.agent_did", "agent_did must start with did:")];
  if (p["urm"] === undefined && !nonEmpty("event_chain") && !nonEmpty("receipts") && !nonEmpty("attestations")) {
    return [problem("MALFORMED_ENVELOPE", "payload", "at least one of urm, event_chain, receipts or attestations is required")];
  }
  const out: ClawProblem[] = [];
  if (Array.isArray(p["attestations"]) && p["attestations"].length > MAX_ATTESTATIONS) {
    out.push(problem("MALFORMED_ENVELOPE", "payload.attestations", `more than ${MAX_ATTESTATIONS} attestations`));
  }
  const tooBig = (v: unknown): boolean => v !== undefined && jsonByteSize(v) > MAX_METADATA_BYTES;
  if (tooBig(p["metadata"])) out.push(problem("MALFORMED_ENVELOPE", "payload.metadata", "payload.metadata exceeds 16 KiB"));
  if (isRecord(p["urm"]) && tooBig(p["urm"]["metadata"])) out.push(problem("MALFORMED_ENVELOPE", "payload.urm.metadata", "payload.urm.metadata exceeds 16 KiB"));
  if (Array.isArray(p["receipts"])) {
    p["receipts"].forEach((r: unknown, i) => {
      const rp = isRecord(r) && isRecord(r["payload"]) ? r["payload"] : undefined;
      // metadata's JSON text is part of its payload's; a payload whose text is known and short
      // (≤ 16 KiB even at 3 UTF-8 bytes per UTF-16 unit) needs no serialising to be measured
      const known = rp ? sourceTextLength(rp) : undefined;
      if (known !== undefined && 3 * known <= MAX_METADATA_BYTES) return;
      if (tooBig(rp?.["metadata"])) out.push(problem("MALFORMED_ENVELOPE", `payload.receipts[${i}].payload.metadata`, "receipt metadata exceeds 16 KiB"));
    });
  }
  if (Array.isArray(p["event_chain"])) {
    const seen = new Set<unknown>();
    p["event_chain"].forEach((e: unknown, i) => {
      const id = isRecord(e) ? e["event_id"] : undefined;
      if (seen.has(id)) out.push(problem("MALFORMED_ENVELOPE", `payload.event_chain[${i}].event_id`, "event_id must be unique within event_chain"));
      seen.add(id);
    });
  }
  if (!isClawDidFormat(agent)) out.push(problem("INVALID_DID_FORMAT", "payload.agent_did", "agent_did is not a did:key/did:web"));
  else if (signer !== agent) out.push(problem("INVALID_DID_FORMAT", "signer_did", "signer_did must equal payload.agent_did"));
  return out;
}

/** Steps 1–6 of the Claw verdict. `at` (ms) is the verification time for `expires_at`. */
export function checkBundleEnvelope(env: unknown, opts: { at?: number } = {}): BundleEnvelopeCheck {
  const at = opts.at ?? Date.now();
  if (!isRecord(env) || !Object.hasOwn(env, "envelope_version") || !Object.hasOwn(env, "payload") || !Object.hasOwn(env, "signature_b64u")) {
    return { ok: false, problems: [problem("MALFORMED_ENVELOPE", "", "a proof bundle must be a signed envelope (a bare payload is not accepted)")] };
  }
  const header = headerProblem(env, at);
  if (header) return { ok: false, problems: [header] };
  const payload = dropLegacyReceipts(env["payload"]);
  const problems = [...schemaProblems(env, payload), ...payloadProblems(payload, env["signer_did"])];
  const hashText = env["payload_hash_b64u"] as string;
  const hash = clawPayloadHash(env["payload"], env["hash_algorithm"]);
  if (hash === undefined) problems.push(problem("HASH_MISMATCH", "hash_algorithm", `hash_algorithm ${String(env["hash_algorithm"])} is not implemented`));
  else if (hash !== hashText) problems.push(problem("HASH_MISMATCH", "payload_hash_b64u", "payload hash does not match payload_hash_b64u"));
  if (!didKeyOrUndefined(env["signer_did"])) problems.push(problem("INVALID_DID_FORMAT", "signer_did", "signer_did is not an Ed25519 did:key"));
  else if (!verifyByDid(env["signer_did"], env["algorithm"], env["signature_b64u"], hashText)) {
    problems.push(problem("SIGNATURE_INVALID", "signature_b64u", "bundle signature does not verify under signer_did"));
  }
  return { ok: problems.length === 0, problems, ...(isRecord(payload) ? { payload } : {}) };
}
