/**
 * wpc contract → Claw WPC v1 (CLAWSIG.md §4.1), the contract clawcontrols stores and clawproxy enforces.
 * Deterministic: the same contract, policy id and trust.json give the same bytes (keys in JCS order,
 * lists sorted and deduplicated), so the Claw hash is a pure function of them. The mapping (docs/claw.md):
 *
 *   policy_version               "1"
 *   policy_id                    the wpc policy id
 *   issuer_did                   trust.json claw.issuer_did
 *   allowed_providers            the providers of the contract's model routes (trust.json routes), lowercased
 *   allowed_models               the model patterns of those routes
 *   minimum_model_identity_tier  model_route.minimum_model_identity_tier
 *   receipt_privacy_mode         audit.receipt_privacy_mode
 *   required_audit_packs         audit.required_audit_packs
 *   redaction_rules              data_boundaries.redaction_rules
 *   egress_allowlist             data_boundaries.egress_allowlist (carried; clawproxy does not enforce it)
 *   metadata                     wpc_compiler, wpc_policy_id, wpc_policy_hash_b64u [, wpc_contract]
 *
 * Compilation never fails open. clawproxy reads an empty or absent provider or model list as "allow
 * all", knows only openai, anthropic and google, matches model patterns case-insensitively with `*`
 * across `/`, and leaves `?` a regular-expression quantifier (a leading `?` even crashes it): a contract
 * that would compile to any of those is refused, naming the route.
 */
import { WpcError } from "../json/errors.ts";
import { canonicalize } from "../json/jcs.ts";
import { CLAW_PROVIDERS, CLAW_WPC_MAX_BODY_BYTES, clawWpcBodyBytes, clawWpcHash, clawWpcProblems, type ClawWpcV1 } from "../claw/wpc.ts";
import type { Trust } from "./trust.ts";
import type { Wpc } from "./types.ts";

/** Decides the Claw hash together with the metadata key names below: change it only with them. */
export const CLAW_COMPILER_VERSION = "wpc-claw/1";
export const CLAW_METADATA_KEYS = {
  compiler: "wpc_compiler",
  policyId: "wpc_policy_id",
  policyHash: "wpc_policy_hash_b64u",
  contract: "wpc_contract",
} as const;

export interface CompiledClaw {
  payload: ClawWpcV1;
  /** base64url SHA-256 of JCS(payload): the Claw hash, clawcontrols' policy_hash_b64u. */
  claw_hash_b64u: string;
}

export interface CompileInput {
  policyId: string;
  wpc: Wpc;
  /** The contract's wpc hash (its identity), carried in metadata. */
  wpcHash: string;
  trust: Trust;
}

const sorted = (xs: Iterable<string>): string[] => [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** Compile, or throw E_BAD_INPUT listing every reason the contract cannot be expressed safely. */
export function compileClawWpc(input: CompileInput): CompiledClaw {
  const { policyId, wpc, wpcHash, trust } = input;
  const why: string[] = [];
  const issuer = trust.claw?.issuer_did;
  if (!issuer) why.push("trust.json has no claw.issuer_did");
  const routes = wpc.model_route.allowed;
  if (routes.length === 0) why.push("model_route.allowed is empty (clawproxy would allow every provider and model)");
  const providers: string[] = [];
  const models: string[] = [];
  for (const name of routes) {
    const r = Object.hasOwn(trust.routes, name) ? trust.routes[name] : undefined;
    if (!r) {
      why.push(`route "${name}" is not declared in trust.json`);
      continue;
    }
    for (const p of r.providers) {
      const lower = p.toLowerCase();
      if (!(CLAW_PROVIDERS as readonly string[]).includes(lower)) why.push(`route "${name}": provider "${p}" is not one clawproxy knows (${CLAW_PROVIDERS.join(", ")})`);
      else providers.push(lower);
    }
    for (const m of r.models) {
      if (m.includes("?")) why.push(`route "${name}": model pattern "${m}" contains "?", which clawproxy reads as a regular-expression quantifier`);
      else if (m !== m.trim() || m.length === 0) why.push(`route "${name}": model pattern "${m}" has surrounding spaces (clawproxy never trims it)`);
      else models.push(m);
    }
  }
  if (why.length) throw new WpcError("E_BAD_INPUT", `${policyId}: cannot compile to Claw WPC v1: ${why.join("; ")}`);

  const metadata: Record<string, unknown> = {
    [CLAW_METADATA_KEYS.compiler]: CLAW_COMPILER_VERSION,
    [CLAW_METADATA_KEYS.policyId]: policyId,
    [CLAW_METADATA_KEYS.policyHash]: wpcHash,
  };
  if (trust.claw?.include_contract) metadata[CLAW_METADATA_KEYS.contract] = wpc;
  const db = wpc.data_boundaries;
  const draft: Record<string, unknown> = {
    policy_version: "1",
    policy_id: policyId,
    issuer_did: issuer,
    allowed_providers: sorted(providers),
    allowed_models: sorted(models),
    ...(wpc.model_route.minimum_model_identity_tier ? { minimum_model_identity_tier: wpc.model_route.minimum_model_identity_tier } : {}),
    ...(wpc.audit.receipt_privacy_mode ? { receipt_privacy_mode: wpc.audit.receipt_privacy_mode } : {}),
    ...(wpc.audit.required_audit_packs ? { required_audit_packs: sorted(wpc.audit.required_audit_packs) } : {}),
    ...(db?.redaction_rules ? { redaction_rules: db.redaction_rules.map((r) => ({ path: r.path, action: r.action })) } : {}),
    ...(db?.egress_allowlist ? { egress_allowlist: sorted(db.egress_allowlist.map((h) => h.toLowerCase())) } : {}),
    metadata,
  };
  // JCS key order: the bytes we sign, serve and send are the canonical ones
  const payload = JSON.parse(canonicalize(draft)) as ClawWpcV1;
  const problems = clawWpcProblems(payload);
  if (problems.length) throw new WpcError("E_BAD_INPUT", `${policyId}: compiled Claw WPC v1 is invalid: ${problems.join("; ")}`);
  const size = clawWpcBodyBytes(payload);
  if (size > CLAW_WPC_MAX_BODY_BYTES) throw new WpcError("E_TOO_LARGE", `${policyId}: compiled Claw WPC v1 is ${size} bytes, above clawcontrols' ${CLAW_WPC_MAX_BODY_BYTES}`);
  return { payload, claw_hash_b64u: clawWpcHash(payload) };
}
