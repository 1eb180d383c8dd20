/**
 * The machine formats end to end, through the committed bundles: `wpc validate|check|openclaw check
 * --format sarif` (schema-valid logs, locations, exit codes unchanged), `wpc verify --format junit`, the
 * check action's `sarif` output and verify's `junit` output, and refusal of a format a command does not print.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CLI } from "../support/paths.ts";
import { commitAll, policyRepo, sh, writeFile } from "../support/git-repo.ts";
import { runAction } from "../support/run-action.ts";
import { removeTemps } from "../support/registry-harness.ts";
import { POLICY, cloneOf, createWorld, editPolicy, job, publish } from "../support/incident-world.ts";
import { junitCases, sarifProblems, xmlProblem } from "../support/formats.ts";

const DOCS = "https://github.com/acme/wpc/blob/v1/docs/";
function wpc(cwd: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { PATH: process.env.PATH, HOME: process.env.HOME, WPC_DOCS_URL: DOCS, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const results = (log: any) => log.runs[0].results as any[];
/** RUNNER_TEMP outside runAction's own folder (which it removes), so written files can be read. */
let temp: string;

let repo: string;
let base: string;
beforeAll(() => {
  repo = policyRepo("wpc-formats-");
  temp = join(repo, "..", `${repo.split("/").pop()}-temp`);
  mkdirSync(temp);
  base = sh(repo, "rev-parse", "HEAD");
  const doc = JSON.parse(readFileSync(join(repo, "policies/invoice-triage.wpc.json"), "utf8"));
  doc.tool_policy.allow.push("web_fetch", "nosuchtool");
  writeFile(repo, "policies/invoice-triage.wpc.json", JSON.stringify(doc, null, 2) + "\n");
  doc.tool_policy.deny.push("[x](https://evil.example)");
  writeFile(repo, "policies/evil.wpc.json", JSON.stringify(doc, null, 2) + "\n");
  writeFile(repo, "policies/broken.wpc.json", "{ not json");
  commitAll(repo, "change");
});
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(temp, { recursive: true, force: true });
  removeTemps();
});

describe("--format sarif", () => {
  it("wpc validate: findings with line and column, unusable file, exit code as in text", () => {
    const r = wpc(repo, ["validate", "--format", "sarif"]);
    expect(r.code).toBe(2); // broken.wpc.json is unusable, as without --format
    const log = JSON.parse(r.stdout);
    expect(sarifProblems(log)).toEqual([]);
    const bad = results(log).find((x) => x.ruleId === "WPC005");
    expect(bad.locations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: "policies/invoice-triage.wpc.json" }, region: { startLine: expect.any(Number), startColumn: expect.any(Number) } });
    expect(bad.message.text).toMatch(/^\/tool_policy\/allow\/\d+: unknown tool or group "nosuchtool"/);
    // a schema message quoting input: the link syntax is escaped
    expect(results(log).find((x) => x.ruleId === "SCHEMA").message.text).toContain("\\[A-Za-z0-9_:*.-\\]");
    expect(results(log).find((x) => x.ruleId === "UNUSABLE_FILE").locations[0].physicalLocation.artifactLocation.uri).toBe("policies/broken.wpc.json");
    const rule = log.runs[0].tool.driver.rules[bad.ruleIndex];
    expect(rule).toMatchObject({ id: "WPC005", helpUri: `${DOCS}formats-output.md#wpc005` });
    expect(wpc(repo, ["validate", "--format", "sarif"]).stdout).toBe(r.stdout); // deterministic
  });
  it("wpc check: the change's expansion and findings; no docs base, no links", () => {
    const r = wpc(repo, ["check", "--base", base, "--format", "sarif"], { WPC_DOCS_URL: "" });
    expect(r.code).toBe(2);
    const log = JSON.parse(r.stdout);
    expect(sarifProblems(log)).toEqual([]);
    expect(results(log).some((x) => x.ruleId === "EXPANSION" && x.message.text.includes("added web_fetch"))).toBe(true);
    expect(results(log).some((x) => x.ruleId === "WPC005")).toBe(true);
    expect(r.stdout).not.toContain("helpUri");
  });
  it("wpc openclaw check: drift as OC results on the config file", () => {
    const cfg = join(repo, "oc.json5");
    writeFileSync(cfg, "{ tools: { profile: 'full' }, agents: { defaults: { sandbox: { mode: 'off' } } } }");
    const r = wpc(repo, ["openclaw", "check", "policies/prod-deploy.wpc.json", "oc.json5", "--format", "sarif"]);
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(sarifProblems(log)).toEqual([]);
    expect(results(log).length).toBeGreaterThan(0);
    expect(results(log).every((x) => /^OC0\d\d$/.test(x.ruleId) && x.locations[0].physicalLocation.artifactLocation.uri === "oc.json5")).toBe(true);
  });
  it("a command refuses a format it does not print", () => {
    for (const args of [["validate", "--format", "junit"], ["hash", "policies/prod-deploy.wpc.json", "--format", "sarif"], ["verify", "b.json", "--policy", "x", "--format", "sarif"], ["check", "--base", base, "--format", "xml"]]) {
      const r = wpc(repo, args);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/E_USAGE: --format must be/);
      expect(r.stdout).toBe("");
    }
  });
  it("action/check writes the same log and names it in the sarif output", async () => {
    const r = await runAction("check", { cwd: repo, inputs: { base, comment: "false", "github-token": "" }, env: { RUNNER_TEMP: temp, GITHUB_ACTION_REPOSITORY: "acme/wpc", GITHUB_ACTION_REF: "v1" } });
    expect(r.status).toBe(1);
    const log = JSON.parse(readFileSync(r.outputs.sarif!, "utf8"));
    expect(sarifProblems(log)).toEqual([]);
    expect(log.runs[0].tool.driver.rules.find((x: any) => x.id === "OC001").helpUri).toBe("https://github.com/acme/wpc/blob/v1/docs/formats-output.md#oc001");
    expect(results(log).map((x) => x.ruleId)).toEqual(expect.arrayContaining(["EXPANSION", "WPC005", "UNUSABLE_FILE"]));
  }, 60_000);
});

describe("--format junit", () => {
  it("wpc verify and action/verify: one testcase per check, failures for failed checks", async () => {
    const w = createWorld("wpc-formats-junit-");
    publish(w);
    const head = editPolicy(w, "Triage incoming invoices (junit)");
    const hash = publish(w).out.published[0].policy_hash_b64u;
    const verifier = cloneOf(w.remote, join(w.dir, "verifier"));
    const j = job(w, "junit", hash, head);
    const ok = wpc(verifier, ["verify", j.bundle, "--policy", POLICY, "--subject", head, "--format", "junit"]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(xmlProblem(ok.stdout)).toBeNull();
    const pass = junitCases(ok.stdout);
    const json = JSON.parse(wpc(verifier, ["verify", j.bundle, "--policy", POLICY, "--subject", head, "--json"]).stdout);
    expect(pass.cases.map((c) => c.name)).toEqual(json.checks.map((c: { id: string }) => c.id));
    expect(pass.cases.filter((c) => c.failure)).toEqual([]);
    expect(pass.suite).toMatchObject({ tests: String(json.checks.length), failures: "0" });
    const bad = wpc(verifier, ["verify", j.bundle, "--policy", POLICY, "--subject", "f".repeat(40), "--format", "junit"]);
    expect(bad.code).toBe(1);
    expect(xmlProblem(bad.stdout)).toBeNull();
    const failed = junitCases(bad.stdout).cases.filter((c) => c.failure);
    expect(failed.map((c) => c.name)).toEqual(["SUBJECT"]);
    expect(failed[0]!.failure!.message).toContain("f".repeat(40));
    const r = await runAction("verify", { cwd: verifier, eventName: "workflow_call", inputs: { bundle: j.bundle, "policy-id": POLICY, subject: head, "github-token": "" }, env: { RUNNER_TEMP: temp } });
    expect(r.status, r.all).toBe(0);
    expect(readFileSync(r.outputs.junit!, "utf8")).toBe(ok.stdout);
  }, 120_000);
});
