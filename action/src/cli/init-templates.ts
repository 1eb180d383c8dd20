/**
 * The non-workflow files `wpc init` writes (pure: contents from the options, nothing read or written
 * here): a starter contract that validates with no finding, trust.json with the roles filled, CODEOWNERS,
 * and the .gitignore lines that keep key files out of the repository.
 */
import { ROLES, parseTrust, type Role, type Trust } from "../core/policy/trust.ts";

/** The policy id of the starter contract (policies/<id>.wpc.json). */
export const STARTER_ID = "starter";
export const STARTER_FILE = `policies/${STARTER_ID}.wpc.json`;
export const TRUST_FILE = "policies/trust.json";

/**
 * The routes clawproxy signs (OpenRouter via fal is provider "openai" with an `openrouter/` model), the
 * same as wpc's own policies/trust.json; every route's gateways are the gateway keys given.
 */
const ROUTES: Record<string, { providers: string[]; models: string[] }> = {
  OpenRouter_via_fal: { providers: ["openai"], models: ["openrouter/*"] },
  Anthropic_direct: { providers: ["anthropic"], models: ["claude-*"] },
  OpenAI_direct: { providers: ["openai"], models: ["gpt-*", "o1*", "o3*", "o4*"] },
};

/**
 * A least-privilege starting point: a read-only research agent, sandboxed, every model call through
 * clawproxy with receipts, a short token pinned to this contract, approval before anything is sent out.
 * Validates and lints with no error and no warning (test/unit/init-templates.test.ts).
 */
export function starterContract(): string {
  const wpc = {
    wpc_version: "v1",
    purpose: "Starter contract: a read-only research agent. Edit it, or copy it to <policy-id>.wpc.json per agent job.",
    tool_policy: { allow: ["read", "web_search", "web_fetch"], deny: ["group:runtime", "elevated", "write", "edit", "apply_patch"] },
    sandbox_expectations: { tools_run_in_sandbox: true, workspace_access: "ro" },
    model_route: { require_clawproxy: true, allowed: ["Anthropic_direct"] },
    token_requirements: { cst_ttl_seconds_max: 900, require_scope_hash: true, policy_hash_pinning: "required" },
    approvals: { required_for: ["external_send"], status: "required before any external send" },
    audit: { require_gateway_receipts: true, require_proof_bundle: true },
  };
  return JSON.stringify(wpc, null, 2) + "\n";
}

/** Role → DIDs: the registry key (generated or given) and whatever other keys were given. */
export type RoleKeys = Partial<Record<Role, string[]>>;

/** trust.json with every role present (empty where no key was given); throws like parseTrust on a bad set. */
export function trustFile(keys: RoleKeys): string {
  const gateways = keys.gateway ?? [];
  const trust: Trust = {
    trust_version: "1",
    roles: Object.fromEntries(ROLES.map((r) => [r, { keys: [...(keys[r] ?? [])] }])) as Trust["roles"],
    routes: Object.fromEntries(Object.entries(ROUTES).map(([name, r]) => [name, { gateways: [...gateways], providers: [...r.providers], models: [...r.models] }])),
    token_audience: "clawproxy.com",
    retired: {},
  };
  const text = JSON.stringify(trust, null, 2) + "\n";
  parseTrust(new TextEncoder().encode(text), TRUST_FILE); // one key, one role; every DID a valid key
  return text;
}

/** CODEOWNERS: the policies, the trust roots, the workflows that enforce them, and this file. */
export function codeownersFile(owners: readonly string[], path: string): string {
  const who = owners.join(" ");
  const rows = ["/policies/", "/policies/trust.json", "/.github/workflows/", `/${path}`];
  const width = Math.max(...rows.map((r) => r.length)) + 2;
  return [
    "# Written by wpc init. Make \"Require review from Code Owners\" part of the main branch ruleset:",
    "# then no contract, trust root or gate workflow changes without these owners' review.",
    ...rows.map((r) => `${r.padEnd(width)}${who}`),
    "",
  ].join("\n");
}

/** The lines init makes sure .gitignore holds (added to an existing file, never removing anything). */
export const GITIGNORE_LINES = ["*.key", "*.pem"] as const;
const GITIGNORE_HEADER = "# wpc init: signing keys and App private keys never enter the repository";

/** .gitignore after init: `existing` (or nothing) plus the missing lines; undefined when none is missing. */
export function gitignoreFile(existing: string | undefined): string | undefined {
  const have = new Set((existing ?? "").split(/\r?\n/).map((l) => l.trim()));
  const missing = GITIGNORE_LINES.filter((l) => !have.has(l));
  if (!missing.length) return undefined;
  const base = existing === undefined || existing === "" ? "" : existing.endsWith("\n") ? `${existing}\n` : `${existing}\n\n`;
  return `${base}${GITIGNORE_HEADER}\n${missing.join("\n")}\n`;
}
