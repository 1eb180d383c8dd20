import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { checkPolicyBytes } from "../../../action/src/core/policy/wpc.ts";
import { EXAMPLE_TEXT, ROUTES, example, mutate, type Doc } from "../../support/wpc-fixtures.ts";
import { ROOT } from "../../support/paths.ts";
import { LINT_RULES } from "../../../action/src/core/policy/lint.ts";

const enc = new TextEncoder();
function run(doc: Doc | string, routes: string[] | null = ROUTES) {
  const text = typeof doc === "string" ? doc : JSON.stringify(doc, null, 2);
  return checkPolicyBytes(enc.encode(text), "p.wpc.json", routes ? { routes } : {});
}
function rules(doc: Doc, routes: string[] | null = ROUTES) {
  return run(doc, routes).findings.map((f) => `${f.rule}:${f.level}`);
}

describe("the source document's example", () => {
  it("validates and lints with no finding, exactly as it is", () => {
    expect(run(EXAMPLE_TEXT).findings).toEqual([]);
  });
  it("every policy in policies/ passes validation and lint against policies/trust.json", () => {
    const trust = JSON.parse(readFileSync(join(ROOT, "policies/trust.json"), "utf8")) as { routes: Record<string, unknown> };
    const files = readdirSync(join(ROOT, "policies")).filter((f) => f.endsWith(".wpc.json"));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const f of files) {
      const r = checkPolicyBytes(readFileSync(join(ROOT, "policies", f)), f, { routes: Object.keys(trust.routes) });
      expect(r.findings, f).toEqual([]);
    }
  });
});

describe("lint rules fire on a case", () => {
  const cases: Array<[keyof typeof LINT_RULES, string, (d: Doc) => void, string]> = [
    ["WPC001", "error", (d) => d.tool_policy.deny.push("write"), "/tool_policy/allow/1"],
    ["WPC001", "error", (d) => (d.tool_policy.allow = ["exec", "read"]) && (d.tool_policy.deny = ["group:runtime"]), "/tool_policy/allow/0"],
    ["WPC002", "error", (d) => { d.tool_policy.allow.push("group:runtime"); d.tool_policy.deny = []; d.sandbox_expectations.tools_run_in_sandbox = false; }, "/tool_policy/allow/4"],
    ["WPC002", "error", (d) => { d.tool_policy.allow.push("elevated"); d.tool_policy.deny = []; d.sandbox_expectations.tools_run_in_sandbox = false; }, "/tool_policy/allow/4"],
    ["WPC003", "warning", (d) => (d.model_route.require_clawproxy = false), "/model_route/require_clawproxy"],
    ["WPC003", "warning", (d) => (d.audit.require_gateway_receipts = false), "/audit/require_gateway_receipts"],
    ["WPC004", "warning", (d) => (d.token_requirements.cst_ttl_seconds_max = 7200), "/token_requirements/cst_ttl_seconds_max"],
    ["WPC005", "error", (d) => d.tool_policy.allow.push("teleport"), "/tool_policy/allow/4"],
    ["WPC005", "error", (d) => d.tool_policy.deny.push("group:nope"), "/tool_policy/deny/3"],
    ["WPC006", "warning", (d) => { d.sandbox_expectations.workspace_access = "rw"; d.tool_policy.allow = ["read"]; }, "/sandbox_expectations/workspace_access"],
    ["WPC007", "error", (d) => d.model_route.allowed.push("Shadow_route"), "/model_route/allowed/1"],
    ["WPC008", "warning", (d) => (d.token_requirements.policy_hash_pinning = "off"), "/token_requirements/policy_hash_pinning"],
  ];
  for (const [rule, level, fn, path] of cases) {
    it(`${rule} at ${path}`, () => {
      const r = run(mutate(fn));
      const hit = r.findings.find((f) => f.rule === rule);
      expect(hit, JSON.stringify(r.findings)).toBeDefined();
      expect(hit!.level).toBe(level);
      expect(hit!.path).toBe(path);
      expect(hit!.line).toBeGreaterThan(1);
      expect(hit!.column).toBeGreaterThan(1);
    });
  }
  it("WPC002 stays quiet when the runtime tools are denied or sandboxed", () => {
    expect(rules(mutate((d) => { d.tool_policy.allow.push("group:runtime"); d.sandbox_expectations.tools_run_in_sandbox = true; }))).not.toContain("WPC002:error");
  });
  it("WPC007 is a warning when no trust.json is known", () => {
    expect(rules(example(), null)).toEqual(["WPC007:warning"]);
  });
  it("globs are known when they match a catalog tool, unknown when they match none", () => {
    expect(rules(mutate((d) => d.tool_policy.allow.push("sessions_*")))).toEqual([]);
    expect(rules(mutate((d) => d.tool_policy.allow.push("zz*")))).toEqual(["WPC005:error"]);
  });
  it("tool names match case-insensitively", () => {
    expect(rules(mutate((d) => (d.tool_policy.allow[0] = "READ")))).toEqual([]);
  });
});

describe("schema findings carry the line and column of the value", () => {
  it("reports every violation (allErrors) at its position", () => {
    const text = EXAMPLE_TEXT.replace('"ro"', '"rwx"').replace("1800", "0").replace('"purpose"', '"porpoise"');
    const r = run(text);
    const byPath = Object.fromEntries(r.findings.map((f) => [f.path, f]));
    expect(r.findings.every((f) => f.rule === "SCHEMA" && f.level === "error")).toBe(true);
    expect(byPath["/sandbox_expectations/workspace_access"]).toMatchObject({ line: 19, column: 25 });
    expect(byPath["/token_requirements/cst_ttl_seconds_max"]).toMatchObject({ line: 28, column: 28 });
    expect(byPath["/porpoise"]).toMatchObject({ line: 3, column: 15 });
    expect(r.findings.some((f) => f.message.includes('missing required property "purpose"'))).toBe(true);
  });
  it("rejects duplicate set entries and non-integer TTL", () => {
    expect(rules(mutate((d) => d.tool_policy.allow.push("read")))).toContain("SCHEMA:error");
    expect(rules(mutate((d) => (d.token_requirements.cst_ttl_seconds_max = 1.5)))).toContain("SCHEMA:error");
  });
});
