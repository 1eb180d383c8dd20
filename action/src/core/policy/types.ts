/** The WPC document (DESIGN.md §2), as it is once it passed the schema. */
export interface Wpc {
  wpc_version: "v1";
  purpose: string;
  tool_policy: { allow: string[]; deny: string[] };
  sandbox_expectations: { tools_run_in_sandbox: boolean; workspace_access: "none" | "ro" | "rw" };
  model_route: { require_clawproxy: boolean; allowed: string[]; minimum_model_identity_tier?: ModelIdentityTier };
  token_requirements: {
    cst_ttl_seconds_max: number;
    require_scope_hash: boolean;
    policy_hash_pinning: "required" | "optional" | "off";
  };
  approvals: { required_for: string[]; status: string };
  audit: {
    require_gateway_receipts: boolean;
    require_proof_bundle: boolean;
    receipt_privacy_mode?: "hash_only" | "encrypted";
    required_audit_packs?: string[];
  };
  data_boundaries?: {
    egress_allowlist?: string[];
    microsoft_graph_scopes?: string[];
    redaction_rules?: Array<{ path: string; action: "remove" | "hash" | "mask" }>;
  };
}

export type ModelIdentityTier = "closed_opaque" | "closed_provider_manifest" | "openweights_hashable" | "tee_measured";
export const TIER_ORDER = { closed_opaque: 0, closed_provider_manifest: 1, openweights_hashable: 2, tee_measured: 3 } as const;
export const WORKSPACE_ORDER = { none: 0, ro: 1, rw: 2 } as const;
export const PINNING_ORDER = { off: 0, optional: 1, required: 2 } as const;

/** Policy id = file name without `.wpc.json`. */
export const POLICY_FILE_SUFFIX = ".wpc.json";
export const POLICY_ID_RE = /^[a-z0-9][a-z0-9._-]{0,127}$/;

export function policyIdFromFileName(name: string): string | undefined {
  if (!name.endsWith(POLICY_FILE_SUFFIX)) return undefined;
  const id = name.slice(0, -POLICY_FILE_SUFFIX.length);
  return POLICY_ID_RE.test(id) ? id : undefined;
}
