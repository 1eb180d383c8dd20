/**
 * Issue 12 item 4: values from flags and action inputs never reach git as options. Each hostile value
 * tries to run a command through `--upload-pack` (or a friend); the marker file must never appear and
 * the run fails with E_USAGE naming the input (CLI exit 2).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runAction } from "../support/run-action.ts";
import { commitAll, policyRepo, sh } from "../support/git-repo.ts";
import { newKey, removeTemps, wpc } from "../support/registry-harness.ts";

let repo: string;
let scratch: string;
let marker: string;
let keyFile: string;
let seed: string;

beforeAll(() => {
  repo = policyRepo("wpc-gitopt-");
  const k = newKey();
  keyFile = k.file;
  seed = k.seed.toString("base64url");
  expect(wpc(repo, ["trust", "add-key", "--role", "registry", k.did]).code).toBe(0);
  commitAll(repo, "registry key");
  sh(repo, "remote", "add", "origin", repo); // a remote to fetch from, as on a runner
  scratch = mkdtempSync(join(tmpdir(), "wpc-gitopt-marker-"));
  marker = join(scratch, "pwned");
});
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
  removeTemps();
});

const hostile = () => [`--upload-pack=touch ${marker}`, `--exec=touch ${marker}`, `-c core.sshCommand=touch ${marker}`, `--output=${marker}`, `-o${marker}`];

function expectRefused(r: { code: number | null; stdout: string; stderr: string }, flag: string): void {
  expect(existsSync(marker), "the injected command ran").toBe(false);
  expect(r.code, r.stdout + r.stderr).toBe(2);
  expect(JSON.parse(r.stdout).error.code).toBe("E_USAGE");
  expect(r.stderr).toContain(flag);
}

describe("CLI: every git-bound flag is checked before git runs", () => {
  for (const v of hostile()) {
    it(`check --base ${JSON.stringify(v)}`, () => expectRefused(wpc(repo, ["check", "--base", v, "--json"]), "--base"));
    it(`publish --since ${JSON.stringify(v)}`, () => expectRefused(wpc(repo, ["publish", "--key", keyFile, "--since", v, "--registry", join(scratch, "reg"), "--json"]), "--since"));
    it(`hash / diff git:${JSON.stringify(v)}:path`, () => {
      expectRefused(wpc(repo, ["hash", `git:${v}:policies/invoice-triage.wpc.json`, "--json"]), v.slice(0, 10));
      expectRefused(wpc(repo, ["diff", `git:${v}:policies/invoice-triage.wpc.json`, "policies/invoice-triage.wpc.json", "--json"]), v.slice(0, 10));
    });
    it(`registry verify --registry git:${JSON.stringify(v)}`, () => expectRefused(wpc(repo, ["registry", "verify", "--registry", `git:${v}`, "--json"]), "registry ref"));
  }
  it("ranges, rev:path and control characters are refused too", () => {
    for (const v of ["main..HEAD", "HEAD:policies", "main\nHEAD", "ma in"]) expectRefused(wpc(repo, ["check", "--base", v, "--json"]), "--base");
  });
  it("a plain ref still works (no false positive)", () => {
    expect(wpc(repo, ["check", "--base", "main", "--json"]).code).toBe(0);
    expect(wpc(repo, ["check", "--base", "HEAD~1", "--json"]).code).toBe(0);
  });
});

describe("actions: inputs are checked before any git call (E_USAGE naming the input)", () => {
  async function expectActionRefused(name: string, inputs: Record<string, string>, input: string, event: unknown = {}) {
    const r = await runAction(name, { cwd: repo, inputs, event, eventName: "workflow_dispatch", env: { GITHUB_WORKSPACE: repo, GITHUB_SHA: sh(repo, "rev-parse", "HEAD") } });
    expect(existsSync(marker), `${name} ${input}: the injected command ran`).toBe(false);
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(new RegExp(`::error::E_USAGE: ${input.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
  }
  const v = () => `--upload-pack=touch ${marker}`;

  it("check: base", () => expectActionRefused("check", { base: v() }, 'input "base"'));
  it("check: a pull_request event whose base sha is an option", () =>
    expectActionRefused("check", {}, "pull_request.base.sha", { pull_request: { number: 1, base: { sha: v(), ref: "main" }, head: { sha: "HEAD" } } }));
  it("publish: since", () => expectActionRefused("publish", { "signing-key": seed, since: v(), registry: join(scratch, "reg-a") }, 'input "since"'));
  it("publish: registry", async () => {
    const r = await runAction("publish", { cwd: repo, inputs: { "signing-key": seed, registry: `git:${v()}` }, env: { GITHUB_WORKSPACE: repo } });
    expect(existsSync(marker)).toBe(false);
    expect(r.stdout).toContain("::error::E_USAGE");
  });
  for (const input of ["remote", "trust-branch", "registry-branch", "subject"])
    it(`verify: ${input}`, () => expectActionRefused("verify", { bundle: "bundle.json", "policy-id": "invoice-triage", [input]: v() }, `input "${input}"`));
  it("rollback: base-branch", () =>
    expectActionRefused("rollback", { "signing-key": seed, "policy-id": "invoice-triage", to: "A".repeat(43), reason: "INC-1", "base-branch": v(), "github-token": "ghs_x" }, 'input "base-branch"'));
  it("revoke: registry", async () => {
    const r = await runAction("revoke", { cwd: repo, inputs: { "signing-key": seed, target: "token", "token-hash": "ab".repeat(32), reason: "INC-1", registry: `git:${v()}` }, env: { GITHUB_WORKSPACE: repo } });
    expect(existsSync(marker)).toBe(false);
    expect(r.stdout).toContain("::error::E_USAGE");
  });
});
