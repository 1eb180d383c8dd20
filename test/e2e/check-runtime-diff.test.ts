/**
 * A trust.json change can change what the Claw runtime enforces for contracts that did not change: the
 * PR check compiles each contract under the base and the head trust.json and reports the runtime diff
 * (a model pattern or provider clawproxy starts allowing is an expansion), or an error when a contract
 * no longer compiles (publish would refuse it).
 */
import { afterAll, describe, expect, it } from "vitest";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { commitAll, policyRepo, sh } from "../support/git-repo.ts";
import { json, wpc } from "../support/registry-harness.ts";

const repos: string[] = [];
afterAll(() => repos.forEach((r) => rmSync(r, { recursive: true, force: true })));

function repoWithTrust(edit: (t: Record<string, any>) => void): string {
  const repo = policyRepo("wpc-runtime-diff-");
  repos.push(repo);
  sh(repo, "checkout", "-q", "-b", "change");
  const file = join(repo, "policies/trust.json");
  const t = JSON.parse(readFileSync(file, "utf8"));
  edit(t);
  writeFileSync(file, JSON.stringify(t, null, 2) + "\n");
  commitAll(repo, "trust.json change");
  return repo;
}

describe("the PR check's runtime (Claw) diff on a trust.json change", () => {
  it("a route admitting more models expands every contract using it, though no contract changed", () => {
    const repo = repoWithTrust((t) => t.routes.OpenRouter_via_fal.models.push("gpt-*"));
    const r = wpc(repo, ["check", "--base", "main", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const out = json(r);
    expect(out.expands).toBe(true);
    const triage = out.files.find((f: { file: string }) => f.file === "policies/invoice-triage.wpc.json");
    expect(triage.changes).toEqual([]);
    expect(triage.runtime.changes).toEqual([{ path: "/allowed_models", kind: "added", before: null, after: "gpt-*", risk: "expansion", line: 1, column: 1 }]);
    expect(triage.runtime.base_claw_hash).not.toBe(triage.runtime.head_claw_hash);
    expect(triage.expands).toBe(true);
    const md = wpc(repo, ["check", "--base", "main"]);
    expect(md.stdout).toMatch(/Claw runtime \(trust\.json\)/);
  });

  it("narrowing a route tightens; an unrelated trust.json edit leaves the runtime unchanged", () => {
    const narrow = json(wpc(repoWithTrust((t) => (t.routes.OpenRouter_via_fal.models = ["openrouter/anthropic/*"])), ["check", "--base", "main", "--json"]));
    const triage = narrow.files.find((f: { file: string }) => f.file === "policies/invoice-triage.wpc.json");
    expect(triage.runtime.changes.map((c: { risk: string }) => c.risk).sort()).toEqual(["expansion", "tightening"]);
    const same = json(wpc(repoWithTrust((t) => (t.token_audience = "clawproxy.com"), ), ["check", "--base", "main", "--json"]));
    for (const f of same.files) expect(f.runtime?.changes ?? []).toEqual([]);
  });

  it("a trust.json under which a contract cannot compile fails the check (CLAW_COMPILE)", () => {
    const repo = repoWithTrust((t) => (t.routes.OpenRouter_via_fal.providers = ["mistral"]));
    const r = wpc(repo, ["check", "--base", "main", "--json"]);
    expect(r.code).toBe(1);
    const triage = json(r).files.find((f: { file: string }) => f.file === "policies/invoice-triage.wpc.json");
    expect(triage.findings.map((f: { rule: string }) => f.rule)).toContain("CLAW_COMPILE");
  });
});
