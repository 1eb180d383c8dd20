/**
 * Tool receipts inside a proof bundle (CLAWSIG.md §3.3): the four accepted forms, agent and binding
 * checks, envelope hash / signature / co-signatures, and v2 selective disclosure, in clawverify-core's
 * order. Pure; never throws.
 */
import { sha256B64u } from "../crypto/crypto.ts";
import { canonicalize } from "../json/jcs.ts";
import { clawSchemaErrors, validateClaw, type ClawSchemaName } from "./schemas.ts";
import { clawPayloadHash, isClawB64u, isClawDate, isRecord, problem, verifyByDid, type ClawProblem } from "./common.ts";

export type ToolReceiptForm = "envelope-v2" | "envelope-v1" | "payload-v2" | "payload-v1";

export type ParsedToolReceipt =
  | { ok: true; form: ToolReceiptForm; payload: Record<string, unknown>; envelope: Record<string, unknown> | null }
  | { ok: false; code: "SCHEMA_VALIDATION_FAILED" | "UNKNOWN_VERSION"; detail: string };

/** Checked in this order; the first schema an item matches decides its form. */
const FORMS: ReadonlyArray<readonly [ToolReceiptForm, ClawSchemaName]> = [
  ["envelope-v2", "tool_receipt_envelope_v2"],
  ["envelope-v1", "tool_receipt_envelope_v1"],
  ["payload-v2", "tool_receipt_v2"],
  ["payload-v1", "tool_receipt_v1"],
];

/** Match a `tool_receipts[]` item against the four forms (`parseToolReceiptEntry`). */
export function parseToolReceipt(item: unknown): ParsedToolReceipt {
  const failures: string[] = [];
  for (const [form, schema] of FORMS) {
    const r = validateClaw(schema, item);
    if (r.valid) {
      const rec = item as Record<string, unknown>;
      const isEnvelope = form.startsWith("envelope");
      return { ok: true, form, payload: (isEnvelope ? rec["payload"] : rec) as Record<string, unknown>, envelope: isEnvelope ? rec : null };
    }
    failures.push(`${schema}: ${clawSchemaErrors(r.errors, 2).join("; ")}`);
  }
  if (isRecord(item) && item["receipt_version"] !== undefined) {
    return { ok: false, code: "UNKNOWN_VERSION", detail: "tool_receipt receipt_version is not supported" };
  }
  return { ok: false, code: "SCHEMA_VALIDATION_FAILED", detail: failures.reverse().join(" | ") };
}

/** The tool-receipt payload of an item, whichever of the four forms it has; undefined if none. */
export function toolReceiptPayload(item: unknown): Record<string, unknown> | undefined {
  const parsed = parseToolReceipt(item);
  return parsed.ok ? parsed.payload : undefined;
}

export interface ToolReceiptContext {
  agentDid: string;
  /** The chain's run id and event hashes; null when the bundle has no event chain. */
  runId: string | null;
  eventHashes: ReadonlySet<string> | null;
  /** Verification time, ms since the epoch. */
  at: number;
}

/**
 * Problems of one tool receipt, in the reference's order (so `[0]` is Claw's code): form, agent,
 * binding, envelope (expiry, hash, signature, co-signatures), then v2 disclosures. Paths are relative
 * to the item.
 */
export function checkToolReceipt(item: unknown, ctx: ToolReceiptContext): ClawProblem[] {
  const parsed = parseToolReceipt(item);
  if (!parsed.ok) return [problem(parsed.code, "", parsed.detail)];
  const { payload, envelope } = parsed;
  const out: ClawProblem[] = [];
  if (payload["agent_did"] !== ctx.agentDid) {
    out.push(problem("PROOF_BUNDLE_AGENT_MISMATCH", "agent_did", "tool receipt agent_did is not the bundle's agent_did"));
  }
  const binding = bindingProblem(payload, ctx);
  if (binding) out.push(binding);
  const sig = envelope ? envelopeProblem(envelope, ctx.at) : undefined;
  if (sig) out.push(sig);
  if (payload["receipt_version"] === "2") {
    for (const side of ["args", "result"] as const) {
      const disclosure = payload[`${side}_disclosure`];
      if (disclosure === undefined) continue;
      const p = disclosureProblem(disclosure, payload[`${side}_hash_b64u`]);
      if (p) out.push({ ...p, path: `${side}_disclosure${p.path ? `.${p.path}` : ""}` });
    }
  }
  return out;
}

/** `validateToolReceiptBinding`: optional binding; when present it must point into this run. */
function bindingProblem(payload: Record<string, unknown>, ctx: ToolReceiptContext): ClawProblem | undefined {
  const binding = payload["binding"];
  if (!isRecord(binding) || ctx.runId === null || ctx.eventHashes === null) return undefined;
  const runId = binding["run_id"];
  if (typeof runId === "string" && runId.length > 0 && runId !== ctx.runId) {
    return problem("RECEIPT_BINDING_MISMATCH", "binding.run_id", "tool receipt binding.run_id is not the bundle's run_id");
  }
  const eh = binding["event_hash_b64u"];
  if (eh === undefined) return undefined;
  if (!isClawB64u(eh)) return problem("SCHEMA_VALIDATION_FAILED", "binding.event_hash_b64u", "binding.event_hash_b64u must be base64url");
  if (!ctx.eventHashes.has(eh)) {
    return problem("RECEIPT_BINDING_MISMATCH", "binding.event_hash_b64u", "tool receipt binding.event_hash_b64u is not an event of the chain");
  }
  return undefined;
}

/** `verifyToolReceiptEnvelopeSignatures`: expiry, payload hash, primary signature, co-signatures. */
function envelopeProblem(env: Record<string, unknown>, at: number): ClawProblem | undefined {
  const expires = env["expires_at"];
  if (typeof expires === "string" && expires !== "") {
    if (!isClawDate(expires)) return problem("SCHEMA_VALIDATION_FAILED", "expires_at", "expires_at must be a date-time");
    if (at > Date.parse(expires)) return problem("EXPIRED_TTL", "expires_at", "tool receipt envelope has expired");
  }
  const hash = clawPayloadHash(env["payload"], env["hash_algorithm"]);
  if (hash === undefined) return problem("UNKNOWN_HASH_ALGORITHM", "hash_algorithm", `hash_algorithm ${String(env["hash_algorithm"])} is not supported`);
  const text = env["payload_hash_b64u"] as string;
  if (hash !== text) return problem("HASH_MISMATCH", "payload_hash_b64u", "tool receipt envelope payload hash mismatch");
  if (!verifyByDid(env["signer_did"], env["algorithm"], env["signature_b64u"], text)) {
    return problem("SIGNATURE_INVALID", "signature_b64u", "tool receipt envelope signature does not verify");
  }
  const cosigs = env["co_signatures"];
  if (env["envelope_version"] !== "2" || !Array.isArray(cosigs)) return undefined;
  for (const [i, co] of cosigs.entries()) {
    const schema = validateClaw("co_signature", co);
    if (!schema.valid) return problem("SCHEMA_VALIDATION_FAILED", `co_signatures[${i}]`, clawSchemaErrors(schema.errors, 3).join("; "));
    const c = co as Record<string, unknown>;
    if (!verifyByDid(c["signer_did"], c["algorithm"], c["signature_b64u"], text)) {
      return problem("CO_SIGNATURE_INVALID", `co_signatures[${i}].signature_b64u`, "co-signature does not verify over the payload hash");
    }
  }
  return undefined;
}

function runtimeJsonType(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  const t = typeof v;
  return t === "number" || t === "boolean" || t === "object" ? t : "string";
}

/**
 * `verifySelectiveDisclosure` (vir_v2_typed_lexicographical): leaf = sha256_b64u("<path>:" +
 * JCS({type, value, salt_b64u})); root = sha256_b64u(JCS(sorted leaves ∪ redacted leaves)).
 */
export function disclosureProblem(disclosure: unknown, committedHash: unknown): ClawProblem | undefined {
  const schema = validateClaw("selective_disclosure", disclosure);
  if (!schema.valid) return problem("SCHEMA_VALIDATION_FAILED", "", clawSchemaErrors(schema.errors, 3).join("; "));
  const d = disclosure as Record<string, unknown>;
  if (d["disclosure_algorithm"] !== "vir_v2_typed_lexicographical") {
    return problem("DISCLOSURE_ALGORITHM_UNKNOWN", "disclosure_algorithm", "selective disclosure algorithm is not allowlisted");
  }
  if (d["merkle_root_b64u"] !== committedHash) {
    return problem("DISCLOSURE_ROOT_MISMATCH", "merkle_root_b64u", "disclosure root is not the committed hash");
  }
  const leaves = [...(d["redacted_leaf_hashes_b64u"] as string[])];
  for (const [path, raw] of Object.entries(d["disclosed_leaves"] as Record<string, Record<string, unknown>>)) {
    if (runtimeJsonType(raw["value"]) !== raw["type"]) {
      return problem("DISCLOSURE_TYPE_MISMATCH", `disclosed_leaves.${path}`, `leaf ${path}: value is not of its declared type`);
    }
    try {
      leaves.push(sha256B64u(`${path}:${canonicalize({ type: raw["type"], value: raw["value"], salt_b64u: raw["salt_b64u"] })}`));
    } catch (e) {
      return problem("SCHEMA_VALIDATION_FAILED", `disclosed_leaves.${path}`, `leaf is not JSON: ${(e as Error).message}`);
    }
  }
  leaves.sort();
  if (sha256B64u(canonicalize(leaves)) !== d["merkle_root_b64u"]) {
    return problem("DISCLOSURE_ROOT_MISMATCH", "merkle_root_b64u", "selective disclosure Merkle root mismatch");
  }
  return undefined;
}
