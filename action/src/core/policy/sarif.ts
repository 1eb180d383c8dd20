/**
 * `wpc validate` and `wpc check` (and action/check) as SARIF: the rule catalog of the policy checks
 * (lint rules WPC001–WPC008, schema, file type, unusable files, the risk diff) with help links, and the
 * mapping of findings and changes to results. OpenClaw's OC rules come from core/openclaw/sarif.ts and
 * are passed in as `extraRules` (this layer sits below it).
 */
import { sarifLog, type SarifFinding, type SarifRule } from "../escape/index.ts";
import type { Finding } from "../json/findings.ts";
import { LINT_RULES } from "./lint.ts";
import { describeChange } from "./render.ts";
import type { CheckResult } from "./check.ts";

/** Where rule help lives: a base URL ending in "/" under which docs/… files are found, or none. */
export interface SarifContext {
  version: string;
  /** e.g. https://github.com/OWNER/REPO/blob/REF/docs/ (see docs/formats-output.md). */
  docsBase?: string;
  extraRules?: readonly SarifRule[];
}

/** The document (under docs/) every rule's help anchor is in: one heading per rule id. */
export const RULES_DOC = "formats-output.md";

export function helpUri(docsBase: string | undefined, id: string): string | undefined {
  return docsBase ? `${docsBase}${RULES_DOC}#${id.toLowerCase()}` : undefined;
}

const LINT_HELP: Record<keyof typeof LINT_RULES, { name: string; level: "error" | "warning"; help: string }> = {
  WPC001: { name: "AllowedAndDenied", level: "error", help: "An allow entry is entirely denied (deny wins). Remove it from tool_policy.allow or from tool_policy.deny." },
  WPC002: { name: "RuntimeOutsideSandbox", level: "error", help: "exec, bash, process, code_execution, elevated or group:runtime is allowed while tools_run_in_sandbox is false. Deny them or require the sandbox." },
  WPC003: { name: "NoGatewayReceipts", level: "warning", help: "require_clawproxy or require_gateway_receipts is false: model calls are not bound to signed gateway receipts. Set both to true." },
  WPC004: { name: "LongLivedToken", level: "warning", help: "token_requirements.cst_ttl_seconds_max is above 3600 s. Use shorter-lived CSTs (one per job)." },
  WPC005: { name: "UnknownTool", level: "error", help: "A tool or group name is not in the tool catalog (action/src/core/policy/tool-catalog.json). Fix the spelling or use a group:* name." },
  WPC006: { name: "RwWithoutWrite", level: "warning", help: 'workspace_access is "rw" while the write tool is not allowed. Allow write or narrow the workspace to "ro".' },
  WPC007: { name: "UndeclaredRoute", level: "error", help: "A model route is not declared in trust.json routes (a warning when no trust.json is found). Declare the route or remove it." },
  WPC008: { name: "PinningOff", level: "warning", help: 'policy_hash_pinning is "off": a CST need not name this contract. Use "required".' },
};

/** The policy rules, in a fixed order. */
export function policyRules(docsBase?: string): SarifRule[] {
  const rule = (id: string, name: string, level: SarifRule["level"], short: string, help: string): SarifRule => {
    const uri = helpUri(docsBase, id);
    return { id, name, short, help, level, ...(uri ? { helpUri: uri } : {}) };
  };
  return [
    rule("SCHEMA", "SchemaViolation", "error", "the policy file does not match the WPC JSON Schema", "The value at the reported place violates the WPC schema (wpc schema prints it). Fix the value; unknown keys are errors."),
    rule("FILE_TYPE", "NotARegularFile", "error", "a policy path is a link, submodule, FIFO or device", "Only regular files are read; links are never followed. Replace the entry with a regular file."),
    rule("UNUSABLE_FILE", "UnusableFile", "error", "a file could not be read as I-JSON", "The file is not UTF-8, not JSON, has duplicate keys or is too large; the message carries the error code."),
    rule("CLAW_COMPILE", "ClawCompile", "error", "the contract cannot be compiled for the Claw runtime under this trust.json", "Declare the routes the contract allows in trust.json (claw section) or remove them; publish would refuse it."),
    ...(Object.keys(LINT_RULES) as Array<keyof typeof LINT_RULES>).map((id) => rule(id, LINT_HELP[id].name, LINT_HELP[id].level, LINT_RULES[id], LINT_HELP[id].help)),
    rule("EXPANSION", "PermissionExpansion", "warning", "a change lets agents do more", "Not a failure: the pull request gets the policy-expansion label and needs the security team's review (CODEOWNERS)."),
    rule("TIGHTENING", "PermissionTightening", "note", "a change lets agents do less", "Informational: the change narrows what agents may do."),
  ];
}

const level = (f: Finding): SarifFinding["level"] => (f.level === "error" ? "error" : "warning");

function findingResult(file: string, f: Finding): SarifFinding {
  return { ruleId: f.rule, level: level(f), message: f.path && !f.message.startsWith(f.path) ? `${f.path}: ${f.message}` : f.message, file, line: f.line, column: f.column };
}

export interface ValidatedFile {
  file: string;
  findings: readonly Finding[];
  error?: { code: string; message: string };
}

function tool(ctx: SarifContext) {
  return { name: "wpc", version: ctx.version, rules: [...policyRules(ctx.docsBase), ...(ctx.extraRules ?? [])] };
}

/** `wpc validate` as a SARIF log: every finding of every file, unusable files as UNUSABLE_FILE. */
export function validateSarif(files: readonly ValidatedFile[], ctx: SarifContext): Record<string, unknown> {
  const results: SarifFinding[] = [];
  for (const f of files) {
    if (f.error) results.push({ ruleId: "UNUSABLE_FILE", level: "error", message: `${f.error.code}: ${f.error.message}`, file: f.file, line: 1, column: 1 });
    for (const x of f.findings) results.push(findingResult(f.file, x));
  }
  return sarifLog(tool(ctx), results);
}

/** The PR check as a SARIF log: findings, unusable files, and expansions (warning) and tightenings (note). */
export function checkSarif(r: CheckResult, ctx: SarifContext): Record<string, unknown> {
  const results: SarifFinding[] = [];
  for (const f of r.files) {
    if (f.error) results.push({ ruleId: "UNUSABLE_FILE", level: "error", message: `${f.error.code}: ${f.error.message}`, file: f.file, line: 1, column: 1 });
    for (const x of f.findings) results.push(findingResult(f.file, x));
    for (const c of f.changes)
      if (c.risk !== "neutral") results.push({ ruleId: c.risk === "expansion" ? "EXPANSION" : "TIGHTENING", level: c.risk === "expansion" ? "warning" : "note", message: describeChange(c), file: f.file, line: c.line, column: c.column });
  }
  return sarifLog(tool(ctx), results);
}
