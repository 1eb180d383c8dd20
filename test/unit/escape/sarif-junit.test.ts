/**
 * The pure machine formats: SARIF logs (schema-valid, input only in message.text, inert links and
 * paths, every rule documented under a stable anchor) and JUnit XML (well-formed for any input).
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { junitXml, sarifLog, sarifText, sarifUri, visible } from "../../../action/src/core/escape/index.ts";
import { checkSarif, policyRules, validateSarif } from "../../../action/src/core/policy/sarif.ts";
import { openclawRules, driftSarif } from "../../../action/src/core/openclaw/sarif.ts";
import { LINT_RULES } from "../../../action/src/core/policy/lint.ts";
import { DRIFT_RULES } from "../../../action/src/core/openclaw/rules.ts";
import { checkChanges } from "../../../action/src/core/policy/check.ts";
import { checkPolicyBytes } from "../../../action/src/core/policy/wpc.ts";
import { driftCheck } from "../../../action/src/core/openclaw/drift.ts";
import { FILE_TYPE_RULE } from "../../../action/src/io/policy-check.ts";
import { docsBaseFromEnv, sarifContext } from "../../../action/src/io/docs-url.ts";
import { ROOT } from "../../support/paths.ts";
import { junitCases, sarifProblems, xmlProblem } from "../../support/formats.ts";

const HOSTILE = "EVIL [link](https://evil.example) ![i](https://evil.example/i.png) \\[x\\] {0} <b>&amp;</b> ]]> \u0000\u0001\u001b[31m \u202eevil\u202c \u2028 ##[warning]x\n::error::y \ud800 end";
const BASE = "https://github.com/acme/wpc/blob/0123456789abcdef0123456789abcdef01234567/docs/";

const results = (log: any) => log.runs[0].results as any[];
const rules = (log: any) => log.runs[0].tool.driver.rules as any[];

describe("sarifText and sarifUri", () => {
  it("escapes embedded-link syntax and hides nothing", () => {
    const t = sarifText(HOSTILE);
    expect(t).not.toMatch(/(^|[^\\])\[/); // every [ is escaped
    expect(t).toContain("\\[link\\](https://evil.example)");
    expect(t).not.toMatch(/[\u0000-\u001f\u202e\u2028\ud800]/);
    expect(t).toContain("\\u{202E}");
  });
  it("makes a path a URI reference that cannot gain a scheme, query or fragment", () => {
    expect(sarifUri("policies/a.wpc.json")).toBe("policies/a.wpc.json");
    expect(sarifUri("javascript:alert(1)/x?y#z")).toBe("javascript%3Aalert(1)/x%3Fy%23z");
    expect(sarifUri("p/ a%b\\c\n\ud800é")).toBe("p/%20a%25b%5Cc%0A%EF%BF%BD%C3%A9");
    expect(sarifUri("/abs/file.json")).toBe("/abs/file.json");
  });
});

describe("sarifLog", () => {
  const tool = { name: "wpc", version: "0.1.0", rules: policyRules(BASE) };
  it("is valid SARIF 2.1.0 for hostile messages and file names; input only in message.text", () => {
    const log = sarifLog(tool, [
      { ruleId: "WPC005", level: "error", message: HOSTILE, file: "policies/ev il:[x].wpc.json", line: 3, column: 7 },
      { ruleId: "NOT_IN_CATALOG", level: "warning", message: "x", file: "a.json", line: 0, column: 0 },
      { ruleId: "EXPANSION", level: "note", message: "", file: "" },
    ]);
    expect(sarifProblems(log)).toEqual([]);
    const [a, b, c] = results(log);
    expect(a.message.text).toBe(sarifText(HOSTILE));
    expect(a.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: "policies/ev%20il%3A%5Bx%5D.wpc.json" }, region: { startLine: 3, startColumn: 7 } });
    expect(rules(log)[a.ruleIndex].id).toBe("WPC005");
    // an id the catalog lacks still resolves to a rule; a non-positive line is no region
    expect(rules(log)[b.ruleIndex].id).toBe("NOT_IN_CATALOG");
    expect(b.locations[0].physicalLocation.region).toBeUndefined();
    expect(c.locations).toBeUndefined();
    expect(c.message.text).toBe("(no message)");
    // nothing input-derived outside message.text and the (encoded) uri
    const outside = JSON.stringify({ ...log, runs: [{ ...(log as any).runs[0], results: [] }] });
    expect(outside).not.toContain("EVIL");
  });
  it("any string as message and file keeps the log valid", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (m, f) => {
        const log = sarifLog(tool, [{ ruleId: "SCHEMA", level: "error", message: m, file: f, line: 1, column: 1 }]);
        expect(sarifProblems(log)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("the rule catalog", () => {
  const doc = readFileSync(join(ROOT, "docs/formats-output.md"), "utf8");
  const anchors = new Set([...doc.matchAll(/^#{2,4} (.+)$/gm)].map((m) => m[1]!.trim().toLowerCase().replace(/[^\w\- ]/g, "").replace(/ /g, "-")));
  const all = [...policyRules(BASE), ...openclawRules(BASE)];
  it("covers every lint rule, OC rule and rule id the sources emit", () => {
    const ids = new Set(all.map((r) => r.id));
    for (const id of [...Object.keys(LINT_RULES), ...Object.keys(DRIFT_RULES), FILE_TYPE_RULE]) expect(ids, id).toContain(id);
    const src = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? src(join(dir, n)) : n.endsWith(".ts") ? [join(dir, n)] : []));
    for (const f of src(join(ROOT, "action/src")))
      for (const m of readFileSync(f, "utf8").matchAll(/\brule: "([A-Z][A-Z0-9_]+)"/g)) expect(ids, `${f}: ${m[1]}`).toContain(m[1]);
    expect(ids.size).toBe(all.length); // no duplicates
  });
  it("every help link is wpc's docs anchor that exists", () => {
    for (const r of all) {
      expect(r.helpUri).toBe(`${BASE}formats-output.md#${r.id.toLowerCase()}`);
      expect(anchors, `docs/formats-output.md has no heading for ${r.id}`).toContain(r.id.toLowerCase());
    }
  });
  it("without a docs base there are no links, only help text", () => {
    const log = sarifLog({ name: "wpc", version: "0", rules: policyRules(undefined) }, []);
    expect(JSON.stringify(log)).not.toContain("helpUri");
    expect(sarifProblems(log)).toEqual([]);
  });
});

describe("docsBaseFromEnv", () => {
  it("WPC_DOCS_URL, else the action's own repository and ref, else none; odd values are ignored", () => {
    expect(docsBaseFromEnv({ WPC_DOCS_URL: BASE })).toBe(BASE);
    expect(docsBaseFromEnv({ WPC_DOCS_URL: "http://x/docs/" })).toBeUndefined();
    expect(docsBaseFromEnv({ WPC_DOCS_URL: "https://x/docs/../y/" })).toBeUndefined();
    expect(docsBaseFromEnv({ WPC_DOCS_URL: "https://x/docs\n/" })).toBeUndefined();
    const action = { GITHUB_SERVER_URL: "https://github.com", GITHUB_ACTION_REPOSITORY: "acme/wpc", GITHUB_ACTION_REF: "v1.2.0" };
    expect(docsBaseFromEnv(action)).toBe("https://github.com/acme/wpc/blob/v1.2.0/docs/");
    expect(docsBaseFromEnv({ ...action, GITHUB_ACTION_REF: "main?x=1" })).toBeUndefined();
    expect(docsBaseFromEnv({ ...action, GITHUB_ACTION_REPOSITORY: "../x" })).toBeUndefined();
    expect(docsBaseFromEnv({ ...action, GITHUB_SERVER_URL: "javascript:alert(1)" })).toBeUndefined();
    // a consuming repository's own name is never used: it has no wpc docs
    expect(docsBaseFromEnv({ GITHUB_SERVER_URL: "https://github.com", GITHUB_REPOSITORY: "acme/policies", GITHUB_SHA: "a".repeat(40) })).toBeUndefined();
  });
});

describe("validate, check and openclaw logs", () => {
  const bytes = (p: string) => new Uint8Array(readFileSync(join(ROOT, p)));
  const ctx = sarifContext({ WPC_DOCS_URL: BASE });
  it("validate: findings at file, line and column, unusable files as UNUSABLE_FILE", () => {
    const doc = JSON.parse(readFileSync(join(ROOT, "policies/prod-deploy.wpc.json"), "utf8"));
    doc.tool_policy.allow.push("nosuchtool");
    const r = checkPolicyBytes(new TextEncoder().encode(JSON.stringify(doc, null, 2)), "policies/x.wpc.json", { routes: [] });
    const log = validateSarif([{ file: "policies/x.wpc.json", findings: r.findings }, { file: "policies/bad.wpc.json", findings: [], error: { code: "E_BAD_INPUT", message: "not JSON" } }], ctx);
    expect(sarifProblems(log)).toEqual([]);
    const wpc005 = results(log).find((x) => x.ruleId === "WPC005");
    expect(wpc005.level).toBe("error");
    expect(wpc005.message.text).toMatch(/^\/tool_policy\/allow\/\d+: unknown tool or group "nosuchtool"/);
    expect(wpc005.locations[0].physicalLocation.region.startLine).toBeGreaterThan(1);
    expect(results(log).find((x) => x.ruleId === "UNUSABLE_FILE").message.text).toBe("E_BAD_INPUT: not JSON");
  });
  it("check: expansions are warnings, tightenings notes, on the changed line", () => {
    const base = bytes("policies/invoice-triage.wpc.json");
    const doc = JSON.parse(new TextDecoder().decode(base));
    doc.tool_policy.allow.push("web_fetch");
    doc.token_requirements.cst_ttl_seconds_max = 60;
    const r = checkChanges("main", [{ file: "policies/invoice-triage.wpc.json", status: "modified", base, head: new TextEncoder().encode(JSON.stringify(doc, null, 2)) }], {});
    const log = checkSarif(r, ctx);
    expect(sarifProblems(log)).toEqual([]);
    const byRule = (id: string) => results(log).filter((x) => x.ruleId === id);
    expect(byRule("EXPANSION").map((x) => x.level)).toEqual(["warning"]);
    expect(byRule("EXPANSION")[0].message.text).toContain("/tool_policy/allow: added web_fetch");
    expect(byRule("TIGHTENING").length).toBeGreaterThan(0);
    expect(byRule("TIGHTENING").every((x) => x.level === "note")).toBe(true);
  });
  it("openclaw: each finding on the document it came from", () => {
    const wpc = checkPolicyBytes(bytes("policies/prod-deploy.wpc.json"), "p").wpc!;
    const report = driftCheck(wpc, { tools: { profile: "full" }, agents: { defaults: { sandbox: { mode: "off" } } } });
    const log = driftSarif(report, { config: "oc [x].json5" }, ctx);
    expect(sarifProblems(log)).toEqual([]);
    expect(results(log).length).toBe(report.drift.length);
    for (const x of results(log)) {
      expect(x.ruleId).toMatch(/^OC0\d\d$/);
      expect(x.locations[0].physicalLocation.artifactLocation.uri).toBe("oc%20%5Bx%5D.json5");
    }
  });
});

describe("junitXml", () => {
  const suite = (detail: string, name = "C") => junitXml({ name: `wpc ${name}`, properties: [["subject", detail]], cases: [
    { name, classname: "wpc.verify", status: "fail", detail },
    { name: "S", classname: "wpc.verify", status: "skip", detail },
    { name: "P", classname: "wpc.verify", status: "pass", detail },
    { name: "W", classname: "wpc.verify", status: "warn", detail },
  ] });
  it("one testcase per check, failure and skipped elements, counts", () => {
    const x = suite("bad");
    expect(xmlProblem(x)).toBeNull();
    const { suite: s, cases } = junitCases(x);
    expect(s).toMatchObject({ tests: "4", failures: "1", skipped: "1", errors: "0" });
    expect(cases.map((c) => c.name)).toEqual(["C", "S", "P", "W"]);
    expect(cases[0]!.failure).toEqual({ message: "bad", text: "bad" });
    expect(cases[1]!.skipped).toEqual({ message: "bad" });
    expect(cases[3]!.out).toBe("warning: bad");
  });
  it("hostile text (]]>, controls, quotes, markup, lone surrogates) stays text", () => {
    const x = suite(HOSTILE, "X\"><y/>");
    expect(xmlProblem(x)).toBeNull();
    expect(x).not.toContain("]]>");
    const { cases } = junitCases(x);
    expect(cases[0]!.failure!.message).toBe(visible(HOSTILE));
    expect(cases[0]!.name).toBe("X\"><y/>");
  });
  it("any string is well-formed", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (s) => {
      const x = suite(s, s);
      expect(xmlProblem(x)).toBeNull();
      expect(junitCases(x).cases[0]!.failure!.message).toBe(visible(s));
    }), { numRuns: 300 });
  });
});
