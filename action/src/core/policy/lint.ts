/**
 * Lint rules WPC001–WPC008 (DESIGN.md §2). Ids are stable and never reused. Runs on a WPC that passed
 * the schema. `routes` are the route names declared in trust.json (undefined: no trust file known).
 */
import type { RawFinding } from "../json/findings.ts";
import type { Wpc } from "./types.ts";
import {
  SANDBOX_REQUIRED_TOOLS,
  effectiveTools,
  expandToolEntry,
  expandToolList,
  isKnownToolEntry,
  normalizeToolName,
} from "./tool-catalog.ts";

export interface LintContext {
  routes?: readonly string[];
}

export const LINT_RULES = {
  WPC001: "a tool is both allowed and denied",
  WPC002: "runtime or elevated execution allowed outside a sandbox",
  WPC003: "model calls or audit not bound to gateway receipts",
  WPC004: "CST lifetime above one hour",
  WPC005: "unknown tool or group name",
  WPC006: "read-write workspace without the write tool",
  WPC007: "model route not declared in trust.json",
  WPC008: "policy hash pinning is off",
} as const;

export function lintWpc(w: Wpc, ctx: LintContext = {}): RawFinding[] {
  const out: RawFinding[] = [];
  const { allow, deny } = w.tool_policy;

  // WPC005 unknown names
  for (const [list, name] of [
    [allow, "allow"],
    [deny, "deny"],
  ] as const) {
    list.forEach((entry, i) => {
      if (!isKnownToolEntry(entry))
        out.push(err("WPC005", `/tool_policy/${name}/${i}`, `unknown tool or group "${entry}" (not in the tool catalog)`));
    });
  }

  // WPC001 an allow entry whose every tool is denied (the entry is contradicted by the deny list)
  const denied = expandToolList(deny);
  const denyNames = new Set(deny.map(normalizeToolName));
  allow.forEach((entry, i) => {
    const tools = expandToolEntry(entry);
    const same = denyNames.has(normalizeToolName(entry));
    if (same || (tools.length > 0 && !entry.includes("*") && tools.every((t) => denied.has(t)))) {
      out.push(err("WPC001", `/tool_policy/allow/${i}`, `"${entry}" is both allowed and denied (deny wins)`));
    }
  });

  // WPC002 runtime/elevated allowed while tools may run outside the sandbox
  if (!w.sandbox_expectations.tools_run_in_sandbox) {
    allow.forEach((entry, i) => {
      const risky = expandToolEntry(entry).filter((t) => SANDBOX_REQUIRED_TOOLS.has(t) && !denied.has(t));
      if (risky.length > 0)
        out.push(
          err("WPC002", `/tool_policy/allow/${i}`, `"${entry}" allows ${risky.join(", ")} while tools_run_in_sandbox is false`),
        );
    });
  }

  // WPC003 gateway receipts not required
  if (!w.model_route.require_clawproxy)
    out.push(warn("WPC003", "/model_route/require_clawproxy", "require_clawproxy is false: model calls need not go through clawproxy"));
  if (!w.audit.require_gateway_receipts)
    out.push(warn("WPC003", "/audit/require_gateway_receipts", "require_gateway_receipts is false: model calls need not be receipted"));

  // WPC004 long-lived tokens
  if (w.token_requirements.cst_ttl_seconds_max > 3600)
    out.push(
      warn("WPC004", "/token_requirements/cst_ttl_seconds_max", `CST TTL ${w.token_requirements.cst_ttl_seconds_max} s is above 3600 s`),
    );

  // WPC006 rw workspace without write
  if (w.sandbox_expectations.workspace_access === "rw" && !effectiveTools(allow, deny).has("write"))
    out.push(warn("WPC006", "/sandbox_expectations/workspace_access", 'workspace_access is "rw" but the write tool is not allowed'));

  // WPC007 undeclared routes
  const declared = ctx.routes ? new Set(ctx.routes) : undefined;
  w.model_route.allowed.forEach((route, i) => {
    if (!declared)
      out.push(warn("WPC007", `/model_route/allowed/${i}`, `route "${route}" cannot be checked: no trust.json found (use --trust)`));
    else if (!declared.has(route))
      out.push(err("WPC007", `/model_route/allowed/${i}`, `route "${route}" is not declared in trust.json routes`));
  });

  // WPC008 pinning off
  if (w.token_requirements.policy_hash_pinning === "off")
    out.push(warn("WPC008", "/token_requirements/policy_hash_pinning", 'policy_hash_pinning is "off": a CST need not name this contract'));

  return out;
}

function err(rule: keyof typeof LINT_RULES, path: string, message: string): RawFinding {
  return { rule, level: "error", message, path };
}

function warn(rule: keyof typeof LINT_RULES, path: string, message: string): RawFinding {
  return { rule, level: "warning", message, path };
}
