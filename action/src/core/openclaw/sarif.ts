/**
 * OpenClaw drift as SARIF: the OC001–OC012 rule catalog (help links into docs/formats-output.md), and
 * `wpc openclaw check` as a SARIF log. Findings point at the document they came from (config, sandbox
 * explain, security audit output); the RFC 6901 pointer leads the message (JSON5 keeps no positions).
 */
import { sarifLog, type SarifFinding, type SarifRule } from "../escape/index.ts";
import { helpUri, type SarifContext } from "../policy/sarif.ts";
import { DRIFT_RULES, type DriftRule, type DriftSource } from "./rules.ts";
import type { DriftReport } from "./drift.ts";

const NAMES: Record<DriftRule, string> = {
  OC001: "ToolNotAllowed", OC002: "DeniedToolReachable", OC003: "SandboxModeWeaker", OC004: "WorkspaceWider",
  OC005: "ElevatedEnabled", OC006: "UnsafeBindMount", OC007: "NetworkNotIsolated", OC008: "AuditCritical",
  OC009: "ExplainDisagrees", OC010: "GrantedOutsideContract", OC011: "DeniedToolNotDenied", OC012: "IgnoredSetting",
};

export function openclawRules(docsBase?: string): SarifRule[] {
  return (Object.keys(DRIFT_RULES) as DriftRule[]).map((id) => {
    const uri = helpUri(docsBase, id);
    const r = DRIFT_RULES[id];
    return { id, name: NAMES[id], short: r.title, help: `OpenClaw drift: ${r.title}. Fix the OpenClaw config (wpc openclaw config POLICY prints one that enforces the contract).`, level: r.level, ...(uri ? { helpUri: uri } : {}) };
  });
}

/** `wpc openclaw check` as a SARIF log; `files` names each source document as given on the command line. */
export function driftSarif(report: DriftReport, files: Partial<Record<DriftSource, string>>, ctx: SarifContext): Record<string, unknown> {
  const results: SarifFinding[] = report.drift.map((d) => {
    const file = files[d.source];
    const agents = d.agents && d.agents.some((a) => a !== "defaults") ? ` [${d.agents.join(", ")}]` : "";
    return { ruleId: d.rule, level: d.level === "error" ? "error" : "warning", message: `${d.path || "/"}${agents}: ${d.message}`, ...(file ? { file, line: 1 } : {}) };
  });
  return sarifLog({ name: "wpc", version: ctx.version, rules: openclawRules(ctx.docsBase) }, results);
}
