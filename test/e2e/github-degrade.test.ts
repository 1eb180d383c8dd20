/**
 * The verify and rollback bundles against a GitHub that refuses, fails or rate-limits (the stand-in
 * answering as GitHub does): the verdict decides the verify step, a check run goes on a commit or is
 * skipped with a warning; a rollback says what landed before it tries the pull request, and checks the
 * pull-request setting before signing when the token may read it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { startGitHubStandIn, type StandIn } from "../support/github-standin.ts";
import { runAction, type ActionRun } from "../support/run-action.ts";
import { remoteRev, removeTemps } from "../support/registry-harness.ts";
import { BRANCH, POLICY, cloneOf, createWorld, editPolicy, job, log, publish, type World } from "../support/incident-world.ts";
import { join } from "node:path";

const TOKEN = "ghs_degrade";
let w: World;
let gh: StandIn;
let v1: string;
let v2: string;
let head: string; // main's commit, the subject of the jobs
let verifier: string;

/** `::warning::…` lines of a run. */
const warnings = (r: ActionRun) => r.stdout.split("\n").filter((l) => l.startsWith("::warning"));

beforeAll(async () => {
  gh = await startGitHubStandIn({ token: TOKEN });
  w = createWorld("wpc-gh-degrade-");
  v1 = publish(w).out.published.find((p: { policy_id: string }) => p.policy_id === POLICY).policy_hash_b64u;
  head = editPolicy(w, "Triage incoming invoices (v2)");
  v2 = publish(w).out.published[0].policy_hash_b64u;
  verifier = cloneOf(w.remote, join(w.dir, "verifier"));
});
afterAll(async () => {
  await gh.close();
  removeTemps();
});

function verifyAction(bundle: string, subject: string, env: Record<string, string> = {}) {
  return runAction("verify", {
    cwd: verifier,
    eventName: "workflow_call",
    inputs: { bundle, "policy-id": POLICY, subject, "github-token": TOKEN },
    env: { GITHUB_API_URL: gh.url, GITHUB_SHA: head, ...env },
  });
}

describe("verify: the verdict decides, the check run goes on a commit", () => {
  it("pass without `checks: write`: the step passes, a warning names the permission", async () => {
    const j = job(w, "degrade-pass", v2, head);
    gh.state.permissions = { contents: "read", metadata: "read", checks: "read" };
    try {
      const r = await verifyAction(j.bundle, head);
      expect(r.status, r.all).toBe(0);
      expect(r.outputs.verdict).toBe("pass");
      expect(warnings(r).join("\n")).toMatch(/check run "wpc \/ verify" on [0-9a-f]{40} failed \(HTTP 403: Resource not accessible by integration\): the token lacks `checks: write`/);
      expect(gh.state.checkRuns).toHaveLength(0);
    } finally {
      gh.state.permissions = undefined;
    }
  });

  it("a fail verdict still fails when the check run is refused", async () => {
    const j = job(w, "degrade-fail", v1, head); // v1 is no longer current
    gh.state.readOnlyToken();
    try {
      const r = await verifyAction(j.bundle, head);
      expect(r.status).toBe(1);
      expect(r.outputs.verdict).toBe("fail");
      expect(r.stdout).toContain("`checks: write`");
      expect(r.stdout).toMatch(/::error::proof bundle rejected/);
    } finally {
      gh.state.permissions = undefined;
    }
  });

  it("subject a commit: the check run goes on that commit (GitHub knows only real commits)", async () => {
    gh.state.commits.set("acme/policies", new Set([head]));
    const j = job(w, "degrade-commit", v2, head);
    const r = await verifyAction(j.bundle, head, { GITHUB_SHA: "f".repeat(40) });
    expect(r.status, r.all).toBe(0);
    expect(gh.state.checkRuns.at(-1)).toMatchObject({ head_sha: head, conclusion: "success", name: "wpc / verify" });
    expect(gh.violations).toEqual([]);
  });

  it("subject an artifact digest: the check run goes on GITHUB_SHA, never on the digest", async () => {
    const digest = `sha256:${"ab".repeat(32)}`;
    const j = job(w, "degrade-digest", v2, digest);
    const r = await verifyAction(j.bundle, digest);
    expect(r.status, r.all).toBe(0);
    expect(r.outputs.verdict).toBe("pass");
    expect(gh.state.checkRuns.at(-1)).toMatchObject({ head_sha: head, conclusion: "success" });
    expect(gh.violations).toEqual([]);
  });

  it("subject a digest and no usable GITHUB_SHA: skipped with a warning, the verdict stands", async () => {
    const digest = `sha256:${"cd".repeat(32)}`;
    const j = job(w, "degrade-nosha", v2, digest);
    const before = gh.state.checkRuns.length;
    const r = await verifyAction(j.bundle, digest, { GITHUB_SHA: "" });
    expect(r.status, r.all).toBe(0);
    expect(warnings(r).join("\n")).toMatch(/check run "wpc \/ verify" skipped: the subject is not a commit/);
    expect(gh.state.checkRuns.length).toBe(before);
    expect(gh.violations).toEqual([]);
  });

  it("one transient 502 on the check run's create is survived without a second check run", async () => {
    gh.state.faults.push({ op: "checks/create", kind: "502-after" });
    const j = job(w, "degrade-502", v2, head);
    const before = gh.state.checkRuns.length;
    const r = await verifyAction(j.bundle, head);
    expect(r.status, r.all).toBe(0);
    expect(gh.state.checkRuns.length).toBe(before + 1);
    expect(warnings(r)).toEqual([]);
  });
});

describe("rollback: outputs and summary as soon as the entry lands; the PR setting before signing", () => {
  const rollback = (to: string, reason: string) =>
    runAction("rollback", {
      cwd: w.repo,
      eventName: "workflow_dispatch",
      inputs: { "signing-key": readFileSync(w.key.file, "utf8"), "policy-id": POLICY, to, reason, "github-token": TOKEN },
      env: { GITHUB_API_URL: gh.url },
    });

  it("the setting is off and readable: nothing is signed, the error says what to change", async () => {
    gh.state.actionsCanCreatePullRequests = false;
    const before = remoteRev(w.remote, BRANCH);
    try {
      const r = await rollback(v1, "INC-7: setting off");
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/::error::E_BAD_INPUT: nothing signed: .*Allow GitHub Actions to create and approve pull requests/);
      expect(r.stdout).toContain("open-pr: false");
      expect(remoteRev(w.remote, BRANCH)).toBe(before);
      expect(r.outputs.seq).toBeUndefined();
    } finally {
      gh.state.actionsCanCreatePullRequests = true;
    }
  });

  it("the token may not open pull requests: the entry lands, seq/entry-hash/summary are written, the step fails saying what to do", async () => {
    gh.state.permissions = { contents: "write", metadata: "read", "pull-requests": "read", administration: "read" };
    try {
      const r = await rollback(v1, "INC-8: no PR permission");
      expect(r.status).toBe(1);
      const entries = log(w.repo);
      const last = entries.at(-1);
      expect(last).toMatchObject({ kind: "rollback", policy_hash_b64u: v1 });
      expect(r.outputs.seq).toBe(String(last.seq));
      expect(r.outputs["entry-hash"]).toBe(last.entry_hash_b64u);
      expect(r.summary).toContain(`seq **${last.seq}**`);
      expect(r.summary).toContain("The pull request was not opened");
      expect(r.summary).toContain("`pull-requests: write`");
      expect(r.summary).toContain(`branch wpc/rollback-${POLICY}-seq${last.seq}`);
      expect(r.stdout).toMatch(/::error::E_IO: opening the rollback pull request failed \(HTTP 403/);
      expect(gh.state.pulls).toHaveLength(0);
    } finally {
      gh.state.permissions = undefined;
    }
  });

  it("GITHUB_TOKEN cannot read the setting: a warning, then the rollback and its pull request", async () => {
    editPolicy(w, "Triage incoming invoices (v3, unpublished)"); // main differs from v2: a PR is needed
    gh.state.permissions = { contents: "write", metadata: "read", "pull-requests": "write" };
    try {
      const r = await rollback(v2, "INC-9: back to v2");
      expect(r.status, r.all).toBe(0);
      expect(warnings(r).join("\n")).toMatch(/workflow permissions failed \(HTTP 403.*`administration: read`/);
      expect(gh.state.pulls).toHaveLength(1);
      expect(r.outputs["pr-url"]).toContain("/pull/");
      expect(r.outputs.seq).toBe(String(log(w.repo).at(-1).seq));
      expect(gh.violations).toEqual([]);
    } finally {
      gh.state.permissions = undefined;
    }
  });
});
