/**
 * Issue 12 item 1: links, submodules and special files are findings, never followed. The PR check
 * (action and CLI) reads what git stores, classified by mode; publish refuses a linked policy; `wpc
 * validate` refuses non-regular files; a registry directory refuses links and FIFOs without blocking.
 * A secret marker sits in the file each link points at: it must appear in no output.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startGitHubStandIn, type StandIn } from "../support/github-standin.ts";
import { runAction } from "../support/run-action.ts";
import { commitAll, policyRepo, sh } from "../support/git-repo.ts";
import { newKey, removeTemps, wpc, type Run } from "../support/registry-harness.ts";

const MARKER = "SECRET-MARKER-7f3a9c";
let gh: StandIn;
let outside: string;
let secretJson: string;
const tmps: string[] = [];

beforeAll(async () => {
  gh = await startGitHubStandIn({ token: "ghs_test", login: "github-actions[bot]" });
  outside = mkdtempSync(join(tmpdir(), "wpc-outside-"));
  tmps.push(outside);
  secretJson = join(outside, "secret.json");
  // a JSON file a runner could read: valid JSON, even shaped like a policy, carrying a marker
  writeFileSync(secretJson, JSON.stringify({ wpc_version: "v1", purpose: MARKER, token: MARKER }, null, 2));
});
afterAll(async () => {
  await gh.close();
  for (const t of tmps) rmSync(t, { recursive: true, force: true });
  removeTemps();
});

function repoOnBranch(name: string): { repo: string; base: string } {
  const repo = policyRepo(`wpc-hostile-${name}-`);
  tmps.push(repo);
  const base = sh(repo, "rev-parse", "HEAD");
  sh(repo, "checkout", "-q", "-b", name);
  return { repo, base };
}

function prEvent(base: string, head: string) {
  return { number: 12, pull_request: { number: 12, base: { sha: base, ref: "main" }, head: { sha: head } }, repository: { full_name: "acme/policies", name: "policies", owner: { login: "acme" } } };
}

async function checkAction(repo: string, base: string, head: string) {
  return runAction("check", {
    cwd: repo,
    event: prEvent(base, head),
    inputs: { "github-token": "ghs_test", policies: "policies", comment: "true", "bot-login": "github-actions[bot]" },
    env: { GITHUB_API_URL: gh.url, GITHUB_WORKSPACE: repo },
  });
}

function commentsText(): string {
  return JSON.stringify(gh.state);
}

/** A PR shape: what it adds, how; every case must fail with FILE_TYPE on `file` and leak nothing. */
const CASES: Array<{ name: string; file: string; make: (repo: string) => void }> = [
  { name: "policy linked to an outside JSON file", file: "policies/leak.wpc.json", make: (r) => symlinkSync(secretJson, join(r, "policies/leak.wpc.json")) },
  { name: "policy linked to another policy (would pass, then block publish)", file: "policies/copy.wpc.json", make: (r) => symlinkSync("invoice-triage.wpc.json", join(r, "policies/copy.wpc.json")) },
  {
    name: "an existing policy replaced by a link",
    file: "policies/invoice-triage.wpc.json",
    make: (r) => {
      unlinkSync(join(r, "policies/invoice-triage.wpc.json"));
      symlinkSync(secretJson, join(r, "policies/invoice-triage.wpc.json"));
    },
  },
  {
    name: "trust.json replaced by a link",
    file: "policies/trust.json",
    make: (r) => {
      unlinkSync(join(r, "policies/trust.json"));
      symlinkSync(secretJson, join(r, "policies/trust.json"));
    },
  },
  { name: "an OpenClaw config linked out", file: "policies/prod-deploy.openclaw.json5", make: (r) => symlinkSync(secretJson, join(r, "policies/prod-deploy.openclaw.json5")) },
  { name: "a directory link inside policies/", file: "policies/more", make: (r) => symlinkSync(outside, join(r, "policies/more")) },
];

function submodule(repo: string, path: string): void {
  // a gitlink entry (mode 160000) as a PR can push it
  sh(repo, "update-index", "--add", "--cacheinfo", `160000,${"1".repeat(40)},${path}`);
  sh(repo, "commit", "-q", "-m", "submodule");
}

function expectFileType(run: { all?: string; stdout?: string }, out: any, file: string): void {
  const entry = out.files.find((f: any) => f.file === file);
  expect(entry, JSON.stringify(out.files.map((f: any) => f.file))).toBeDefined();
  expect(entry.findings).toContainEqual(expect.objectContaining({ rule: "FILE_TYPE", level: "error" }));
  expect(out.errors).toBeGreaterThan(0);
}

describe("the PR check on a hostile pull request (bundled action, GitHub stand-in)", () => {
  for (const c of CASES) {
    it(`${c.name}: fails with FILE_TYPE, prints nothing of the target`, async () => {
      const { repo, base } = repoOnBranch("pr");
      c.make(repo);
      const head = commitAll(repo, c.name);
      const r = await checkAction(repo, base, head);
      expect(r.status, r.all).not.toBe(0);
      expect(r.all).toContain("FILE_TYPE");
      expect(r.all).toMatch(/symbolic link/);
      expect(r.all).not.toContain(MARKER);
      expect(commentsText()).not.toContain(MARKER);
      // the CLI on the same commit (working tree = the commit): the same finding, same silence
      const cli = wpc(repo, ["check", "--base", "main", "--json"]);
      expect(cli.code, cli.stdout + cli.stderr).toBe(1);
      expectFileType(cli, JSON.parse(cli.stdout), c.file);
      expect(cli.stdout + cli.stderr).not.toContain(MARKER);
    });
  }

  it("a submodule (gitlink) under policies/: FILE_TYPE, never read", async () => {
    const { repo, base } = repoOnBranch("sub");
    submodule(repo, "policies/vendored.wpc.json");
    const head = sh(repo, "rev-parse", "HEAD");
    const r = await checkAction(repo, base, head);
    expect(r.status).not.toBe(0);
    expect(r.all).toContain("FILE_TYPE");
    expect(r.all).toContain("submodule");
  });

  it("the action reads the commit, not the working tree: an uncommitted link beside it is not read", async () => {
    const { repo, base } = repoOnBranch("wt");
    sh(repo, "commit", "-q", "--allow-empty", "-m", "nothing");
    const head = sh(repo, "rev-parse", "HEAD");
    symlinkSync(secretJson, join(repo, "policies/stray.wpc.json"));
    const r = await checkAction(repo, base, head);
    expect(r.status, r.all).toBe(0);
    expect(r.all).not.toContain(MARKER);
  });

  it("the CLI checks the working tree through git: an uncommitted link is a finding too, a FIFO is skipped (never opened)", () => {
    const { repo } = repoOnBranch("cli");
    symlinkSync(secretJson, join(repo, "policies/leak.wpc.json"));
    execFileSync("mkfifo", [join(repo, "policies/pipe.wpc.json")]);
    const r = wpc(repo, ["check", "--base", "main", "--json"]);
    expect(r.code, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout);
    expectFileType(r, out, "policies/leak.wpc.json");
    expect(out.files.map((f: any) => f.file)).not.toContain("policies/pipe.wpc.json");
    expect(r.stdout + r.stderr).not.toContain(MARKER);
  });
});

describe("publish never follows a link", () => {
  it("a merged linked policy: publish refuses with E_BAD_INPUT naming it, and prints nothing of the target", () => {
    const { repo } = repoOnBranch("pub");
    const key = newKey();
    expect(wpc(repo, ["trust", "add-key", "--role", "registry", key.did]).code).toBe(0);
    symlinkSync(secretJson, join(repo, "policies/leak.wpc.json"));
    commitAll(repo, "linked policy");
    const r = wpc(repo, ["publish", "--key", key.file, "--registry", join(repo, "..", `reg-${Date.now()}`), "--json"]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe("E_BAD_INPUT");
    expect(r.stderr).toContain("policies/leak.wpc.json: is a symbolic link");
    expect(r.stdout + r.stderr).not.toContain(MARKER);
  });
});

describe("wpc validate on the file system: lstat, never open a special file", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "wpc-validate-special-"));
    tmps.push(dir);
    mkdirSync(join(dir, "policies"));
    writeFileSync(join(dir, "policies/ok.wpc.json"), readFileSync(join(policyRepo("wpc-src-"), "policies/invoice-triage.wpc.json")));
    symlinkSync(secretJson, join(dir, "policies/link.wpc.json"));
    execFileSync("mkfifo", [join(dir, "policies/fifo.wpc.json")]);
  });

  it("a directory with a link and a FIFO: both FILE_TYPE findings, exit 1, no hang, nothing leaked", () => {
    const r: Run = wpc(dir, ["validate", "policies", "--json"]);
    expect(r.ms).toBeLessThan(20_000);
    expect(r.code, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout);
    const by = Object.fromEntries(out.files.map((f: any) => [f.file, f]));
    expect(by["policies/link.wpc.json"].findings).toEqual([expect.objectContaining({ rule: "FILE_TYPE", level: "error", message: expect.stringContaining("symbolic link") })]);
    expect(by["policies/fifo.wpc.json"].findings).toEqual([expect.objectContaining({ rule: "FILE_TYPE", level: "error", message: expect.stringContaining("FIFO") })]);
    expect(by["policies/ok.wpc.json"].policy_hash_b64u).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(r.stdout + r.stderr).not.toContain(MARKER);
  });

  it("a FIFO or link named directly: the same finding; hash refuses it (exit 2) without blocking", () => {
    const v = wpc(dir, ["validate", "policies/fifo.wpc.json"]);
    expect(v.code).toBe(1);
    expect(v.stdout).toContain("FILE_TYPE");
    for (const f of ["policies/fifo.wpc.json", "policies/link.wpc.json"]) {
      const h = wpc(dir, ["hash", f, "--json"]);
      expect(h.code).toBe(2);
      expect(JSON.parse(h.stdout).error.code).toBe("E_IO");
      expect(h.stdout + h.stderr).not.toContain(MARKER);
    }
  });
});
