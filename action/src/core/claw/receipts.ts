/**
 * Gateway receipts (CLAWSIG.md §2.4–2.5), side-effect and human-approval receipts (§3.3) and bundle
 * attestations (§3.1), as clawverify-core checks them inside a proof bundle. Pure; never throws.
 */
import { canonicalize } from "../json/jcs.ts";
import { clawSchemaErrors, validateClaw } from "./schemas.ts";
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
  problem,
  verifyByDid,
  type ClawProblem,
} from "./common.ts";

export interface GatewayReceiptCheck {
  receipt_id?: string;
  /** Payload hash recomputed and signature verified under signer_did (whatever the allowlist says). */
  signature_valid: boolean;
  /** signer_did is in the gateway allowlist. */
  signer_allowed: boolean;
  /** binding.run_id is the run and binding.event_hash_b64u is an event of the chain. */
  bound: boolean;
  /** clawverify `verifyReceipt` result: VALID (every §2.4 step passed, allowlist included). */
  verified: boolean;
  /** First failure in Claw order (a §2.4 code, else RECEIPT_BINDING_MISMATCH); absent when verified and bound. */
  code?: string;
  problems: ClawProblem[];
}

const MAX_TOKENS = 10_000_000;
const MAX_LATENCY_MS = 3_600_000;
const intIn = (v: unknown, max: number): boolean => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= max;

/** `validateReceiptPayload`: the runtime value rules of a gateway receipt payload (§2.2). */
function payloadRuleProblem(p: Record<string, unknown>): string | undefined {
  if (p["receipt_version"] !== "1") return "receipt_version must be \"1\"";
  for (const k of ["receipt_id", "gateway_id", "provider", "model"]) {
    const v = p[k];
    if (typeof v !== "string" || v.length === 0) return `${k} must be a non-empty string`;
  }
  if (!isClawB64u(p["request_hash_b64u"]) || !isClawB64u(p["response_hash_b64u"])) return "request/response hash must be base64url";
  if (!intIn(p["tokens_input"], MAX_TOKENS) || !intIn(p["tokens_output"], MAX_TOKENS)) return "tokens must be integers in 0…10,000,000";
  if (!intIn(p["latency_ms"], MAX_LATENCY_MS)) return "latency_ms must be an integer in 0…3,600,000";
  if (!isClawDate(p["timestamp"])) return "timestamp is not a date";
  return undefined;
}

/** Why a receipt is not bound to the run (§2.5), or undefined when it is. */
export function gatewayBindingProblem(payload: unknown, runId: string | null, eventHashes: ReadonlySet<string> | null): string | undefined {
  if (runId === null || eventHashes === null) return "the bundle has no valid event_chain to bind to";
  const binding = isRecord(payload) ? payload["binding"] : undefined;
  if (!isRecord(binding)) return "receipt has no binding (run_id + event_hash_b64u expected)";
  const rid = binding["run_id"];
  if (typeof rid !== "string" || rid.trim().length === 0) return "binding.run_id is missing or empty";
  if (rid !== runId) return "binding.run_id is not the bundle's run_id";
  const eh = binding["event_hash_b64u"];
  if (typeof eh !== "string" || eh.length < 8 || !isClawB64u(eh)) return "binding.event_hash_b64u is missing or invalid";
  if (!eventHashes.has(eh)) return "binding.event_hash_b64u is not an event of the bundle's event_chain";
  return undefined;
}

/**
 * One gateway receipt envelope: clawverify `verifyReceipt` (§2.4, in order) against `allowlist`, then
 * the binding to the run (§2.5). Signature validity is also computed when only the allowlist fails.
 * `itemValidated`: the receipt is an item the proof_bundle.v1 schema has just accepted (its schema step
 * then checks only what gateway_receipt_envelope.v1 asks beyond that: the same verdict and errors).
 */
export function checkGatewayReceipt(
  env: unknown,
  allowlist: readonly string[],
  runId: string | null,
  eventHashes: ReadonlySet<string> | null,
  itemValidated = false,
): GatewayReceiptCheck {
  const payload = isRecord(env) ? env["payload"] : undefined;
  const rid = isRecord(payload) ? payload["receipt_id"] : undefined;
  const signerAllowed = isRecord(env) && typeof env["signer_did"] === "string" && allowlist.includes(env["signer_did"]);
  const unbound = gatewayBindingProblem(payload, runId, eventHashes);
  // (no object spread: this runs once per receipt; key order as before, receipt_id first)
  const bound = unbound === undefined;
  const out: GatewayReceiptCheck =
    typeof rid === "string"
      ? { receipt_id: rid, signature_valid: false, signer_allowed: signerAllowed, bound, verified: false, problems: [] }
      : { signature_valid: false, signer_allowed: signerAllowed, bound, verified: false, problems: [] };
  const blocking = verifyReceiptSteps(env, allowlist, out, itemValidated);
  if (!blocking && out.problems.length === 0) out.verified = true;
  if (unbound !== undefined) out.problems.push(problem("RECEIPT_BINDING_MISMATCH", "payload.binding", unbound));
  if (out.problems[0]) out.code = out.problems[0].code;
  return out;
}

/** §2.4 steps; pushes problems onto `out`; returns true when a structural step stopped the checks. */
function verifyReceiptSteps(env: unknown, allowlist: readonly string[], out: GatewayReceiptCheck, itemValidated: boolean): boolean {
  const stop = (code: string, path: string, detail: string): true => {
    out.problems.push(problem(code, path, detail));
    return true;
  };
  if (!isRecord(env) || !hasKeys(env, CLAW_ENVELOPE_REQUIRED)) return stop("MALFORMED_ENVELOPE", "", "envelope is missing required fields");
  if (!CLAW_ENVELOPE_VERSIONS.includes(env["envelope_version"] as string)) {
    return stop("UNKNOWN_ENVELOPE_VERSION", "envelope_version", "envelope_version is not allowlisted");
  }
  if (!CLAW_ENVELOPE_TYPES.includes(env["envelope_type"] as string) || env["envelope_type"] !== "gateway_receipt") {
    return stop("UNKNOWN_ENVELOPE_TYPE", "envelope_type", "envelope_type is not gateway_receipt");
  }
  if (!CLAW_ALGORITHMS.includes(env["algorithm"] as string)) return stop("UNKNOWN_ALGORITHM", "algorithm", "algorithm is not allowlisted");
  if (!CLAW_HASH_ALGORITHMS.includes(env["hash_algorithm"] as string)) {
    return stop("UNKNOWN_HASH_ALGORITHM", "hash_algorithm", "hash_algorithm is not allowlisted");
  }
  // a receipt the bundle schema accepted needs only what the receipt schema asks beyond it (schema-set.ts)
  const payload = env["payload"];
  const schema = !itemValidated
    ? validateClaw("gateway_receipt_envelope", env)
    : isRecord(payload) && isRecord(payload["metadata"])
      ? validateClaw("gateway_receipt_metadata_extras", payload["metadata"], { instancePath: "/payload/metadata", parentData: payload, parentDataProperty: "metadata", rootData: env })
      : ({ valid: true, errors: [] } as const);
  if (!schema.valid) {
    return stop("SCHEMA_VALIDATION_FAILED", "", `gateway_receipt_envelope.v1: ${clawSchemaErrors(schema.errors, 3).join("; ")}`);
  }
  if (!isClawDidFormat(env["signer_did"])) return stop("INVALID_DID_FORMAT", "signer_did", "signer_did is not a did:key/did:web");
  if (allowlist.length === 0) {
    out.problems.push(problem("DEPENDENCY_NOT_CONFIGURED", "signer_did", "gateway receipt signer allowlist is not configured"));
  } else if (!out.signer_allowed) {
    out.problems.push(problem("CLAIM_NOT_FOUND", "signer_did", "receipt signer is not in the gateway allowlist"));
  }
  if (!isClawDate(env["issued_at"])) return stop("MALFORMED_ENVELOPE", "issued_at", "issued_at is not a date");
  if (!isClawB64u(env["payload_hash_b64u"]) || !isClawB64u(env["signature_b64u"])) {
    return stop("MALFORMED_ENVELOPE", "", "payload_hash_b64u/signature_b64u are not base64url");
  }
  const bad = payloadRuleProblem(env["payload"] as Record<string, unknown>);
  if (bad) return stop("MALFORMED_ENVELOPE", "payload", bad);
  if (clawPayloadHash(env["payload"], env["hash_algorithm"]) !== env["payload_hash_b64u"]) {
    return stop("HASH_MISMATCH", "payload_hash_b64u", "payload hash does not match payload_hash_b64u");
  }
  if (!didKeyOrUndefined(env["signer_did"])) return stop("INVALID_DID_FORMAT", "signer_did", "signer_did is not an Ed25519 did:key");
  if (!verifyByDid(env["signer_did"], env["algorithm"], env["signature_b64u"], env["payload_hash_b64u"] as string)) {
    return stop("SIGNATURE_INVALID", "signature_b64u", "receipt signature does not verify");
  }
  out.signature_valid = true;
  return false;
}

const EFFECT_CLASSES: readonly string[] = ["network_egress", "filesystem_write", "external_api_write"];
const APPROVAL_TYPES: readonly string[] = ["explicit_approve", "explicit_deny", "auto_approve", "timeout_deny"];

/**
 * The inline runtime rules for `side_effect_receipts` / `human_approval_receipts` (§3.3), which run
 * after the bundle schema: version, hash algorithm, class/type, agent. One problem per bad item.
 */
export function checkSupportReceipts(kind: "side_effect" | "human_approval", items: unknown, agentDid: string): ClawProblem[] {
  const field = kind === "side_effect" ? "side_effect_receipts" : "human_approval_receipts";
  if (items === undefined) return [];
  if (!Array.isArray(items)) return [problem("SCHEMA_VALIDATION_FAILED", `payload.${field}`, `${field} must be an array`)];
  const [enumKey, allowed] = kind === "side_effect" ? (["effect_class", EFFECT_CLASSES] as const) : (["approval_type", APPROVAL_TYPES] as const);
  const out: ClawProblem[] = [];
  items.forEach((r: unknown, i) => {
    const at = `payload.${field}[${i}]`;
    if (!isRecord(r)) out.push(problem("SCHEMA_VALIDATION_FAILED", at, "must be an object"));
    else if (r["receipt_version"] !== undefined && r["receipt_version"] !== "1") {
      out.push(problem("UNKNOWN_VERSION", `${at}.receipt_version`, "receipt_version must be \"1\""));
    } else if (r["hash_algorithm"] !== undefined && r["hash_algorithm"] !== "SHA-256") {
      out.push(problem("UNKNOWN_HASH_ALGORITHM", `${at}.hash_algorithm`, "hash_algorithm must be SHA-256"));
    } else if (r[enumKey] !== undefined && !allowed.includes(r[enumKey] as string)) {
      out.push(problem("SCHEMA_VALIDATION_FAILED", `${at}.${enumKey}`, `${enumKey} must be one of ${allowed.join(", ")}`));
    } else if (r["agent_did"] !== undefined && r["agent_did"] !== agentDid) {
      out.push(problem("PROOF_BUNDLE_AGENT_MISMATCH", `${at}.agent_did`, "agent_did is not the bundle's agent_did"));
    }
  });
  return out;
}

const ATTESTATION_KEYS: ReadonlySet<string> = new Set([
  "attestation_id",
  "attestation_type",
  "attester_did",
  "subject_did",
  "expires_at",
  "signature_b64u",
]);

/**
 * Whether a bundle attestation counts for the sandbox tier (§3.1, never a failure): known keys only,
 * unexpired at `at`, attester in `attesters`, subject = the agent, Ed25519 directly over
 * JCS(attestation with signature_b64u "").
 */
export function attestationVerified(a: unknown, agentDid: string, attesters: readonly string[], at: number): boolean {
  if (!isRecord(a) || Object.keys(a).some((k) => !ATTESTATION_KEYS.has(k))) return false;
  if (typeof a["attestation_id"] !== "string" || a["attestation_id"].length < 1) return false;
  if (a["attestation_type"] !== "owner" && a["attestation_type"] !== "third_party") return false;
  if (!isClawDidFormat(a["attester_did"]) || !isClawDidFormat(a["subject_did"])) return false;
  const sig = a["signature_b64u"];
  if (!isClawB64u(sig) || sig.length < 8) return false;
  if (a["expires_at"] !== undefined && (!isClawDate(a["expires_at"]) || Date.parse(a["expires_at"]) < at)) return false;
  if (!attesters.includes(a["attester_did"]) || a["subject_did"] !== agentDid) return false;
  let message: string;
  try {
    message = canonicalize({ ...a, signature_b64u: "" });
  } catch {
    return false;
  }
  return verifyByDid(a["attester_did"], "Ed25519", sig, message);
}
