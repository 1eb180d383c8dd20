/**
 * What a JSON document is, when it is not a WPC: a command given trust.json, a proof bundle, a registry
 * entry or any other JSON where it expects a contract refuses it (E_BAD_INPUT, exit 2) instead of
 * hashing or linting it. A document is a WPC candidate when it is an object with at least one WPC
 * member, or empty (an incomplete contract: the schema then names what is missing).
 */
import { WpcError } from "../json/errors.ts";

const WPC_MEMBERS = ["wpc_version", "purpose", "tool_policy", "sandbox_expectations", "model_route", "token_requirements", "approvals", "audit", "data_boundaries"];

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** What the document is, named for a message ("a trust file (trust.json)"); "a WPC" for a candidate. */
export function documentKind(v: unknown): string {
  if (Array.isArray(v)) return "a JSON array";
  if (v === null) return "JSON null";
  if (!isObject(v)) return `a JSON ${typeof v}`;
  const has = (k: string) => Object.hasOwn(v, k);
  if (WPC_MEMBERS.some(has) || Object.keys(v).length === 0) return "a WPC";
  if (has("trust_version")) return "a trust file (trust.json)";
  if (typeof v.envelope_type === "string") return v.envelope_type === "proof_bundle" ? "a proof bundle" : `a ${v.envelope_type.replace(/[^a-z0-9_]/g, "?").slice(0, 40)} envelope`;
  if (has("envelope_version") || (has("payload") && has("signature"))) return "a signed envelope";
  if (has("prev_entry_hash_b64u") || (has("seq") && has("kind"))) return "a registry entry";
  if (has("checkpoint_version") || (has("seq") && has("expires_at"))) return "a registry checkpoint";
  if (has("policy_version") && has("issuer_did")) return "a Claw WPC";
  if (has("agents") || has("gateway") || has("tools")) return "an OpenClaw config";
  return "a JSON object with no WPC member (wpc_version, purpose, tool_policy, …)";
}

/** E_BAD_INPUT unless the document can be a WPC. */
export function assertWpcDocument(v: unknown, file: string): void {
  const kind = documentKind(v);
  if (kind !== "a WPC") throw new WpcError("E_BAD_INPUT", `${file}: is ${kind}, not a WPC (policy contract)`, file);
}
