/**
 * Small pieces shared by the Claw-level verifiers (bundle.ts and friends): the reference
 * verifier's allowlists and loose format checks (CLAWSIG.md §1, `schema-registry.ts`), the problem
 * type, and detached Ed25519 verification by did:key. Pure: no I/O, never throws.
 */
import { ENVELOPE_KEYS } from "../crypto/envelope.ts";
import { b64uDecode } from "../crypto/b64u.ts";
import { sha256B64u } from "../crypto/crypto.ts";
import { stringifyHashB64u } from "../crypto/hash-memo.ts";
import { publicKeyFromDidKey } from "../crypto/did.ts";
import { SIGNATURE_LENGTH, verify } from "../crypto/ed25519.ts";

/** One failed Claw check: the Claw reason code, where (JSON path, "" for the whole input), and why. */
export interface ClawProblem {
  code: string;
  path: string;
  detail: string;
}

export const problem = (code: string, path: string, detail: string): ClawProblem => ({ code, path, detail });

/** `ENVELOPE_VERSIONS`: only "1" (tool receipt envelope v2 is matched by its own schema). */
export const CLAW_ENVELOPE_VERSIONS: readonly string[] = ["1"];
/** `ENVELOPE_TYPES` (CLAWSIG.md §1.1). */
export const CLAW_ENVELOPE_TYPES: readonly string[] = [
  "artifact_signature",
  "message_signature",
  "gateway_receipt",
  "web_receipt",
  "proof_bundle",
  "event_chain",
  "owner_attestation",
  "commit_proof",
  "execution_attestation",
  "derivation_attestation",
  "audit_result_attestation",
  "export_bundle",
  "aggregate_bundle",
  "compiled_evidence_report",
  "scoped_token",
  "policy_bundle",
];
export const CLAW_ALGORITHMS: readonly string[] = ["Ed25519"];
/** BLAKE3 passes the allowlist but is not implemented: hashing it fails (HASH_MISMATCH). */
export const CLAW_HASH_ALGORITHMS: readonly string[] = ["SHA-256", "BLAKE3"];

/** The nine required envelope keys (all but expires_at). */
export const CLAW_ENVELOPE_REQUIRED: readonly string[] = ENVELOPE_KEYS.filter((k) => k !== "expires_at");

export { isRecord } from "../json/own.ts";

export function hasKeys(v: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.every((k) => Object.hasOwn(v, k));
}

export function isNonEmptyString(v: unknown): v is string {
  return typeof v === "string" && v.trim().length > 0;
}

/** Claw's `isValidDidFormat`: did:key or did:web, loose (the key itself is decoded later). */
export function isClawDidFormat(v: unknown): v is string {
  return typeof v === "string" && /^did:(key|web):[a-zA-Z0-9._%-]+$/.test(v);
}

/** Claw's `isValidIsoDate`: anything Date.parse accepts (the schemas add RFC 3339 date-time). */
export function isClawDate(v: unknown): v is string {
  return typeof v === "string" && !Number.isNaN(Date.parse(v));
}

/** Claw's `isValidBase64Url`: non-empty base64url alphabet, no padding. */
export function isClawB64u(v: unknown): v is string {
  return typeof v === "string" && /^[A-Za-z0-9_-]+$/.test(v);
}

/** Byte length of JSON.stringify(value) (Infinity when it cannot be serialised). */
export function jsonByteSize(value: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(value) ?? "", "utf8");
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/**
 * SHA-256 base64url of JSON.stringify(value): Claw's `computeHash` (CLAWSIG.md §1.2). Any other
 * algorithm (BLAKE3 included) is "not implemented": undefined.
 */
export function clawPayloadHash(value: unknown, algorithm: unknown): string | undefined {
  if (algorithm !== "SHA-256") return undefined;
  try {
    if (typeof value === "object" && value !== null) return stringifyHashB64u(value);
    const text = JSON.stringify(value);
    return text === undefined ? undefined : sha256B64u(text);
  } catch {
    return undefined;
  }
}

/** The Ed25519 key of a did:key, or undefined (strict decode: 34 bytes, ed01, canonical point). */
export function didKeyOrUndefined(did: unknown): Uint8Array | undefined {
  if (typeof did !== "string") return undefined;
  try {
    return publicKeyFromDidKey(did);
  } catch {
    return undefined;
  }
}

/**
 * Ed25519 (strict) over the UTF-8 bytes of `message` (for envelopes: the payload_hash_b64u text).
 * False for a non-Ed25519 algorithm, an undecodable did:key, or a signature that is not canonical
 * base64url of 64 bytes.
 */
export function verifyByDid(did: unknown, algorithm: unknown, signatureB64u: unknown, message: string): boolean {
  if (algorithm !== "Ed25519" || typeof signatureB64u !== "string") return false;
  const pub = didKeyOrUndefined(did);
  if (!pub) return false;
  const sig = b64uDecode(signatureB64u);
  if (!sig || sig.length !== SIGNATURE_LENGTH) return false;
  return verify(pub, new TextEncoder().encode(message), sig);
}

/** JSON pointer → Claw field path (`/payload/receipts/0/x` → `payload.receipts[0].x`). */
export function pointerToPath(pointer: string): string {
  let out = "";
  for (const raw of pointer.split("/").slice(1)) {
    const seg = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (/^\d+$/.test(seg)) out += `[${seg}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(seg)) out += out ? `.${seg}` : seg;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/**
 * Every code the Claw verdict (`reason_code`) or a per-receipt result (`code`) can carry: Claw's own
 * registry codes (CLAWSIG.md §3.6), passed through unchanged. Consumers treat any other code as failure.
 */
export const CLAW_REASON_CODES = [
  "OK",
  "MALFORMED_ENVELOPE",
  "UNKNOWN_ENVELOPE_VERSION",
  "UNKNOWN_ENVELOPE_TYPE",
  "UNKNOWN_ALGORITHM",
  "UNKNOWN_HASH_ALGORITHM",
  "INVALID_DID_FORMAT",
  "EXPIRED_TTL",
  "SCHEMA_VALIDATION_FAILED",
  "UNKNOWN_VERSION",
  "HASH_MISMATCH",
  "SIGNATURE_INVALID",
  "CO_SIGNATURE_INVALID",
  "DEPENDENCY_NOT_CONFIGURED",
  "CLAIM_NOT_FOUND",
  "RECEIPT_BINDING_MISMATCH",
  "RECEIPT_VERIFICATION_FAILED",
  "PROOF_BUNDLE_AGENT_MISMATCH",
  "DISCLOSURE_ALGORITHM_UNKNOWN",
  "DISCLOSURE_ROOT_MISMATCH",
  "DISCLOSURE_TYPE_MISMATCH",
  "URM_MISSING",
  "URM_MISMATCH",
  "RATE_LIMIT_WINDOW_INVALID",
  "RATE_LIMIT_CLAIM_INCONSISTENT",
  "RATE_LIMIT_EXCEEDED",
  "CAUSAL_REFERENCE_DANGLING",
  "CAUSAL_CYCLE_DETECTED",
  "CAUSAL_PHASE_INVALID",
  "CAUSAL_PHASE_TRANSITION_INVALID",
  "CAUSAL_CONFIDENCE_OUT_OF_RANGE",
  "CAUSAL_CONFIDENCE_EVIDENCE_INCONSISTENT",
  "CAUSAL_BINDING_FIELD_CONFLICT",
  "CAUSAL_BINDING_NORMALIZATION_FAILED",
  "CAUSAL_RECEIPT_REPLAY_DETECTED",
  "CAUSAL_SPAN_REUSE_CONFLICT",
  "CAUSAL_GRAPH_DISCONNECTED",
  "CAUSAL_SIDE_EFFECT_ORPHANED",
  "CAUSAL_HUMAN_APPROVAL_ORPHANED",
  "CAUSAL_CLOCK_CONTRADICTION",
] as const;
export type ClawReasonCode = (typeof CLAW_REASON_CODES)[number];
