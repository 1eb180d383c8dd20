/**
 * Claw WPC v1 (CLAWSIG.md §4.1, §4.4, §4.5): the contract clawcontrols accepts and clawproxy enforces,
 * checked the way their runtime checks it (not only the JSON Schema), so what wpc compiles and serves is
 * what those services accept:
 * - `clawWpcProblems`: clawcontrols' `isWorkPolicyContractV1` — unknown keys refused, strings non-blank
 *   with lengths measured after trimming (the untrimmed value is what is hashed), `issuer_did` starting
 *   `did:` untrimmed, array caps, enums; `metadata` any object.
 * - `clawWpcHash`: base64url SHA-256 of JCS(payload), exactly as submitted.
 * - `verifyClawWpcEnvelope`: every check clawproxy makes on a fetched envelope, in its order: envelope
 *   shape (keys exactly those of §4.4, no `expires_at`), hash equal to the one asked for, recomputed JCS
 *   hash, signer allowlist, did:key, Ed25519 signature over the hash text.
 */
import { isRecord } from "../json/own.ts";
import { canonicalize } from "../json/jcs.ts";
import { sha256B64u } from "../crypto/crypto.ts";
import { verifyEnvelope, CLAW_WPC_ENVELOPE_TYPE } from "../crypto/envelope.ts";

export const CLAW_WPC_KEYS = [
  "policy_version",
  "policy_id",
  "issuer_did",
  "allowed_providers",
  "allowed_models",
  "minimum_model_identity_tier",
  "required_audit_packs",
  "redaction_rules",
  "receipt_privacy_mode",
  "egress_allowlist",
  "metadata",
] as const;
export const CLAW_PROVIDERS = ["openai", "anthropic", "google"] as const;
export const MODEL_IDENTITY_TIERS = ["closed_opaque", "closed_provider_manifest", "openweights_hashable", "tee_measured"] as const;
export const REDACTION_ACTIONS = ["remove", "hash", "mask"] as const;
export const RECEIPT_PRIVACY_MODES = ["hash_only", "encrypted"] as const;
/** clawcontrols refuses a `POST /v1/wpc` body over this many UTF-8 bytes (413). */
export const CLAW_WPC_MAX_BODY_BYTES = 65_536;
export const CLAW_POLICY_HASH_RE = /^[A-Za-z0-9_-]{43}$/;

export interface ClawWpcV1 {
  policy_version: "1";
  policy_id: string;
  issuer_did: string;
  allowed_providers?: string[];
  allowed_models?: string[];
  minimum_model_identity_tier?: (typeof MODEL_IDENTITY_TIERS)[number];
  required_audit_packs?: string[];
  redaction_rules?: Array<{ path: string; action: (typeof REDACTION_ACTIONS)[number] }>;
  receipt_privacy_mode?: (typeof RECEIPT_PRIVACY_MODES)[number];
  egress_allowlist?: string[];
  metadata?: Record<string, unknown>;
}

const nonBlank = (v: unknown, max: number): boolean => typeof v === "string" && v.trim().length > 0 && v.trim().length <= max;
const stringArray = (v: unknown, maxItems: number, maxLen: number): boolean =>
  Array.isArray(v) && v.length <= maxItems && v.every((x) => nonBlank(x, maxLen));

/** Every way `v` fails clawcontrols' runtime check (empty: it would be accepted). */
export function clawWpcProblems(v: unknown): string[] {
  if (!isRecord(v)) return ["a Claw WPC is a JSON object"];
  const out: string[] = [];
  const unknown = Object.keys(v).filter((k) => !(CLAW_WPC_KEYS as readonly string[]).includes(k));
  if (unknown.length) out.push(`unknown key(s) ${unknown.join(", ")}`);
  if (v["policy_version"] !== "1") out.push('policy_version must be "1"');
  if (!nonBlank(v["policy_id"], 128)) out.push("policy_id must be 1–128 characters");
  if (!nonBlank(v["issuer_did"], 256) || !String(v["issuer_did"]).startsWith("did:")) out.push("issuer_did must be a DID of at most 256 characters");
  const has = (k: string) => Object.hasOwn(v, k);
  if (has("allowed_providers")) {
    const p = v["allowed_providers"];
    if (!Array.isArray(p) || p.length > 16 || !p.every((x) => (CLAW_PROVIDERS as readonly unknown[]).includes(x)))
      out.push(`allowed_providers must list at most 16 of ${CLAW_PROVIDERS.join(", ")}`);
  }
  if (has("allowed_models") && !stringArray(v["allowed_models"], 256, 256)) out.push("allowed_models must be at most 256 patterns of 1–256 characters");
  if (has("minimum_model_identity_tier") && !(MODEL_IDENTITY_TIERS as readonly unknown[]).includes(v["minimum_model_identity_tier"]))
    out.push(`minimum_model_identity_tier must be one of ${MODEL_IDENTITY_TIERS.join(", ")}`);
  if (has("required_audit_packs")) {
    const a = v["required_audit_packs"];
    const ok = Array.isArray(a) && a.length <= 64 && a.every((x) => typeof x === "string" && /^[A-Za-z0-9_-]{8,128}$/.test(x.trim()));
    if (!ok) out.push("required_audit_packs must be at most 64 base64url strings of 8–128 characters");
  }
  if (has("redaction_rules")) {
    const r = v["redaction_rules"];
    const ok =
      Array.isArray(r) &&
      r.length <= 256 &&
      r.every((x) => isRecord(x) && Object.keys(x).every((k) => k === "path" || k === "action") && nonBlank(x["path"], 512) && (REDACTION_ACTIONS as readonly unknown[]).includes(x["action"]));
    if (!ok) out.push("redaction_rules must be at most 256 {path, action} rules");
  }
  if (has("receipt_privacy_mode") && !(RECEIPT_PRIVACY_MODES as readonly unknown[]).includes(v["receipt_privacy_mode"]))
    out.push(`receipt_privacy_mode must be one of ${RECEIPT_PRIVACY_MODES.join(", ")}`);
  if (has("egress_allowlist") && !stringArray(v["egress_allowlist"], 256, 256)) out.push("egress_allowlist must be at most 256 entries of 1–256 characters");
  if (has("metadata") && !isRecord(v["metadata"])) out.push("metadata must be an object");
  return out;
}

/** The Claw hash: base64url SHA-256 of JCS(payload), the payload exactly as submitted. Throws on non-JSON. */
export function clawWpcHash(payload: unknown): string {
  return sha256B64u(canonicalize(payload));
}

/** UTF-8 size of the body clawcontrols receives for `payload` (`{"wpc": payload}`). */
export function clawWpcBodyBytes(payload: unknown): number {
  return new TextEncoder().encode(JSON.stringify({ wpc: payload })).length;
}

export type ClawWpcEnvelopeVerdict = { ok: true; payload: ClawWpcV1; signer: string } | { ok: false; code: string; detail: string };

const ENVELOPE_LIMITS: Record<string, number> = { payload_hash_b64u: 128, signature_b64u: 2048, signer_did: 256, issued_at: 64 };

/**
 * Check a fetched `work_policy_contract` envelope as clawproxy does before it enforces it (codes are
 * clawproxy's): `requestedHash` is the hash it asked for; `signers` its WPC_SIGNER_DIDS (empty: any).
 */
export function verifyClawWpcEnvelope(env: unknown, requestedHash: string, signers: readonly string[]): ClawWpcEnvelopeVerdict {
  const bad = (code: string, detail: string): ClawWpcEnvelopeVerdict => ({ ok: false, code, detail });
  if (!CLAW_POLICY_HASH_RE.test(requestedHash)) return bad("POLICY_HASH_INVALID", "a policy hash is 43 base64url characters");
  if (!isRecord(env)) return bad("WPC_ENVELOPE_INVALID", "the envelope is not an object");
  const keys = ["envelope_version", "envelope_type", "payload", "payload_hash_b64u", "hash_algorithm", "signature_b64u", "algorithm", "signer_did", "issued_at"];
  const extra = Object.keys(env).filter((k) => !keys.includes(k));
  if (extra.length) return bad("WPC_ENVELOPE_INVALID", `unknown envelope key(s) ${extra.join(", ")}`);
  if (env["envelope_version"] !== "1" || env["envelope_type"] !== CLAW_WPC_ENVELOPE_TYPE || env["hash_algorithm"] !== "SHA-256" || env["algorithm"] !== "Ed25519")
    return bad("WPC_ENVELOPE_INVALID", "envelope version, type or algorithms are not those of a work_policy_contract v1 envelope");
  for (const [k, max] of Object.entries(ENVELOPE_LIMITS)) if (!nonBlank(env[k], max)) return bad("WPC_ENVELOPE_INVALID", `${k} must be 1–${max} characters`);
  if (!String(env["signer_did"]).startsWith("did:")) return bad("WPC_ENVELOPE_INVALID", "signer_did is not a DID");
  const problems = clawWpcProblems(env["payload"]);
  if (problems.length) return bad("WPC_ENVELOPE_INVALID", `payload: ${problems.join("; ")}`);
  if (env["payload_hash_b64u"] !== requestedHash) return bad("WPC_HASH_MISMATCH", "the envelope's hash is not the one requested");
  let hash: string;
  try {
    hash = clawWpcHash(env["payload"]);
  } catch {
    return bad("WPC_HASH_INVALID", "the payload cannot be canonicalised");
  }
  if (hash !== env["payload_hash_b64u"]) return bad("WPC_HASH_INVALID", "the payload does not hash to payload_hash_b64u");
  const signer = String(env["signer_did"]);
  if (signers.length && !signers.includes(signer)) return bad("WPC_SIGNER_NOT_ALLOWED", `signer ${signer} is not allowed`);
  if (!signer.startsWith("did:key:z")) return bad("WPC_SIGNER_DID_UNSUPPORTED", "the signer is not a did:key");
  const v = verifyEnvelope(env, { expectedType: CLAW_WPC_ENVELOPE_TYPE });
  if (!v.ok) return bad(v.code === "INVALID_DID_FORMAT" ? "WPC_SIGNER_DID_UNSUPPORTED" : "WPC_SIGNATURE_INVALID", v.detail);
  return { ok: true, payload: env["payload"] as unknown as ClawWpcV1, signer };
}
