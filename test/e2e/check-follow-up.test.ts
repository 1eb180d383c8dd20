/**
 * Pull requests from forks (the check bundle, twice): on `pull_request` the token is read-only, so the
 * comment and label are refused — warnings, never the verdict — and the result file is written; on
 * `workflow_run` (policy-check-comment.yml) the same action, holding a write token, finds the pull
 * request through the API from the run's head SHA and head repository, fetches its commits as objects
 * into the default-branch checkout, re-checks them without checking anything out, and comments. The
 * artifact is only compared. Real git repositories; GitHub is the OpenAPI-validating stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startGitHubStandIn, type StandIn } from "../support/github-standin.ts";
import { runAction } from "../support/run-action.ts";
import { commitAll, policyRepo, sh, writeFile } from "../support/git-repo.ts";

const require = createRequire(import.meta.url);
type Example = { name: string; examples: Array<Record<string, any>> };
const webhooks = require("@octokit/webhooks-examples/api.github.com/index.json") as Example[];
const TOKEN = "ghs_follow_up";
const MARK = "<!-- wpc:check -->";

let gh: StandIn;
let dir: string; // scratch: origin.git, the fork's clone, the default-branch checkout, RUNNER_TEMP
let fork: string;
let gate: string;
let baseSha: string;
let headSha: string;

/** GitHub's workflow_run "completed" example, for a pull_request run of `sha` from `headRepo`. */
function runEvent(sha: string, headRepo = "forker/policies", event = "pull_request"): Record<string, any> {
  const ev = structuredClone(webhooks.find((w) => w.name === "workflow_run")!.examples.find((e) => e.action === "completed")!);
  Object.assign(ev.workflow_run, { event, head_sha: sha, head_branch: "feature", conclusion: "success", name: "policy-check", pull_requests: [] });
  ev.workflow_run.head_repository.full_name = headRepo;
  ev.repository.full_name = "acme/policies";
  return ev;
}

function prEvent(): Record<string, any> {
  const ev = structuredClone(webhooks.find((w) => w.name === "pull_request")!.examples.find((e) => e.action === "synchronize")!);
  ev.number = 7;
  Object.assign(ev.pull_request, { number: 7 });
  Object.assign(ev.pull_request.base, { sha: baseSha, ref: "main" });
  ev.pull_request.base.repo.full_name = "acme/policies";
  Object.assign(ev.pull_request.head, { sha: headSha, ref: "feature" });
  ev.pull_request.head.repo.full_name = "forker/policies";
  return ev;
}

const followUp = (event: Record<string, any>, inputs: Record<string, string> = {}) =>
  runAction("check", { cwd: gate, eventName: "workflow_run", event, inputs: { "github-token": TOKEN, ...inputs }, env: { GITHUB_API_URL: gh.url, GITHUB_WORKSPACE: gate } });
const botComments = () => gh.state.comments.filter((c) => c.issue_number === 7 && c.user.login === "github-actions[bot]");

beforeAll(async () => {
  gh = await startGitHubStandIn({ token: TOKEN });
  dir = mkdtempSync(join(tmpdir(), "wpc-follow-up-"));
  fork = policyRepo("wpc-fork-");
  baseSha = sh(fork, "rev-parse", "HEAD");
  sh(dir, "clone", "-q", "--bare", fork, join(dir, "origin.git"));
  sh(dir, "clone", "-q", join(dir, "origin.git"), join(dir, "gate"));
  gate = join(dir, "gate");
  // the fork's pull request: an expansion, plus a symlink to a file outside (never to be followed)
  sh(fork, "checkout", "-q", "-b", "feature");
  const doc = JSON.parse(readFileSync(join(fork, "policies/invoice-triage.wpc.json"), "utf8"));
  doc.tool_policy.allow.push("web_search");
  writeFile(fork, "policies/invoice-triage.wpc.json", JSON.stringify(doc, null, 2) + "\n");
  writeFileSync(join(dir, "secret.txt"), "TOPSECRET-do-not-print\n");
  symlinkSync(join(dir, "secret.txt"), join(fork, "policies/leak.wpc.json"));
  headSha = commitAll(fork, "widen invoice triage");
  // GitHub keeps a fork's pull request head in the base repository as refs/pull/N/head
  sh(fork, "push", "-q", join(dir, "origin.git"), `${headSha}:refs/pull/7/head`);
  gh.state.pulls.push({ owner: "acme", repo: "policies", id: 70, number: 7, title: "widen", body: null, state: "open", draft: false,
    head: "forker:feature", head_repo: "forker/policies", head_sha: headSha, base: "main", base_sha: baseSha,
    user: { login: "forker", id: 5, type: "User" }, created_at: "2026-01-01T00:00:00Z" });
});
afterAll(async () => {
  await gh.close();
  for (const d of [dir, fork]) rmSync(d, { recursive: true, force: true });
});

describe("fork pull request: the check itself (read-only token)", () => {
  it("passes on its policies; comment and label refusals are warnings naming the permission; the result file is written", async () => {
    gh.state.readOnlyToken();
    const temp = mkdtempSync(join(dir, "runner-temp-"));
    const r = await runAction("check", {
      cwd: fork, event: prEvent(), inputs: { "github-token": TOKEN },
      env: { GITHUB_API_URL: gh.url, GITHUB_WORKSPACE: fork, RUNNER_TEMP: temp },
    });
    gh.state.permissions = undefined;
    expect(r.status, r.all).toBe(1); // the symlinked file is not a policy: an unusable file fails the check
    expect(r.stdout).toMatch(/::warning::PR comment on #7 failed \(HTTP 403: Resource not accessible by integration\): the token lacks `pull-requests: write`.*fork.*policy-check-comment/);
    expect(r.stdout).toMatch(/::warning::label "policy-expansion" on #7 failed \(HTTP 403/);
    expect(r.stdout).not.toMatch(/::error::E_IO: GitHub API/);
    expect(botComments()).toHaveLength(0);
    const result = JSON.parse(readFileSync(r.outputs.result!, "utf8"));
    expect(result).toMatchObject({ format: "wpc-check-result/1", pull_request: 7, head_sha: headSha, expands: true });
    writeFileSync(join(dir, "artifact.json"), JSON.stringify(result));
  });

  it("a clean fork pull request passes with a read-only token (the refusals never decide)", async () => {
    sh(fork, "checkout", "-q", "-B", "clean", baseSha);
    writeFile(fork, "policies/invoice-triage.wpc.json", readFileSync(join(fork, "policies/invoice-triage.wpc.json"), "utf8").replace(/"purpose": "[^"]*"/, '"purpose": "Triage invoices (reworded)"'));
    const clean = commitAll(fork, "reword");
    gh.state.readOnlyToken();
    const ev = prEvent();
    ev.pull_request.head.sha = clean;
    const r = await runAction("check", { cwd: fork, event: ev, inputs: { "github-token": TOKEN }, env: { GITHUB_API_URL: gh.url, GITHUB_WORKSPACE: fork } });
    gh.state.permissions = undefined;
    sh(fork, "checkout", "-q", "feature");
    expect(r.status, r.all).toBe(0);
    expect(r.stdout).toContain("`pull-requests: write`");
  });
});

describe("the follow-up on workflow_run (write token, default branch)", () => {
  it("finds #7 from head SHA + head repository, re-checks from git objects, comments and labels; the checkout is untouched", async () => {
    const r = await followUp(runEvent(headSha), { result: join(dir, "artifact.json") });
    expect(r.status, r.all).toBe(0);
    const mine = botComments();
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toContain(MARK);
    expect(mine[0]!.body).toContain("policies/invoice-triage.wpc.json");
    expect(mine[0]!.body).toContain("policies/leak.wpc.json");
    expect(mine[0]!.body).not.toContain("TOPSECRET");
    expect(r.all).not.toContain("TOPSECRET");
    expect(gh.state.labels.get("acme/policies#7")).toEqual(["policy-expansion"]);
    expect(r.stdout).not.toContain("::warning::");
    // nothing of the pull request reached the working tree
    expect(sh(gate, "rev-parse", "HEAD")).toBe(baseSha);
    expect(sh(gate, "status", "--porcelain")).toBe("");
    expect(gh.violations).toEqual([]);
  });

  it("a forged artifact is compared and ignored: the comment is the re-computed one", async () => {
    writeFileSync(join(dir, "forged.json"), JSON.stringify({ format: "wpc-check-result/1", pull_request: 8, head_sha: headSha, expands: false }));
    const r = await followUp(runEvent(headSha), { result: join(dir, "forged.json") });
    expect(r.status, r.all).toBe(0);
    expect(r.stdout).toMatch(/::warning::the result artifact disagrees/);
    expect(botComments()).toHaveLength(1);
    expect(gh.state.labels.get("acme/policies#7")).toEqual(["policy-expansion"]);
    writeFileSync(join(dir, "junk.json"), "{\"format\":");
    const junk = await followUp(runEvent(headSha), { result: join(dir, "junk.json") });
    expect(junk.status).toBe(0);
    expect(junk.stdout).toMatch(/::warning::the result artifact is ignored/);
  });

  it("the same SHA from another repository matches no pull request: nothing is posted", async () => {
    const before = gh.state.comments.length;
    const r = await followUp(runEvent(headSha, "mallory/policies"));
    expect(r.status, r.all).toBe(0);
    expect(r.stdout).toContain("no open pull request has head");
    expect(gh.state.comments.length).toBe(before);
  });

  it("a pull request that moved on is not commented from the stale run", async () => {
    sh(fork, "checkout", "-q", "-B", "later", headSha);
    writeFile(fork, "NOTES.md", "later\n");
    const later = commitAll(fork, "later");
    sh(fork, "push", "-q", "-f", join(dir, "origin.git"), `${later}:refs/pull/7/head`);
    try {
      const body = botComments()[0]!.body;
      const r = await followUp(runEvent(headSha));
      expect(r.status, r.all).toBe(0);
      expect(r.stdout).toContain("moved on");
      expect(botComments()[0]!.body).toBe(body);
    } finally {
      sh(fork, "push", "-q", "-f", join(dir, "origin.git"), `${headSha}:refs/pull/7/head`);
    }
  });

  it("a run that was not for a pull request, or a head SHA that is not one, does nothing", async () => {
    const push = await followUp(runEvent(headSha, "forker/policies", "push"));
    expect(push.status).toBe(0);
    expect(push.stdout).toContain("nothing to comment on");
    const bad = runEvent(headSha);
    bad.workflow_run.head_sha = "--upload-pack=evil";
    const r = await followUp(bad);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("E_BAD_INPUT");
  });

  it("one transient 502 and one secondary rate limit are survived, and still one comment", async () => {
    gh.state.faults.push({ op: "issues/update-comment", kind: "502" }, { op: "issues/list-labels-on-issue", kind: "secondary-rate-limit", retryAfter: 1 });
    sh(fork, "checkout", "-q", "feature");
    writeFile(fork, "policies/leak.wpc.json.note", "x\n"); // the next push: a new head, a new comment body
    rmSync(join(fork, "policies/leak.wpc.json"));
    const next = commitAll(fork, "drop the symlink");
    sh(fork, "push", "-q", "-f", join(dir, "origin.git"), `${next}:refs/pull/7/head`);
    gh.state.pulls[0]!.head_sha = next;
    const r = await followUp(runEvent(next));
    expect(r.status, r.all).toBe(0);
    expect(r.stdout).not.toContain("::warning::");
    expect(botComments()).toHaveLength(1);
    expect(botComments()[0]!.body).not.toContain("leak.wpc.json");
    expect(gh.state.faults).toEqual([]);
    expect(gh.violations).toEqual([]);
  });
});
