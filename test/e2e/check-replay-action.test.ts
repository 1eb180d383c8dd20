/**
 * action/check's impact replay, run as its bundle against the GitHub stand-in: the proof artifacts of
 * recent verify runs (`wpc-proof-<run>-<attempt>` ZIPs made by the real `zip` tool) are listed,
 * downloaded through GitHub's redirect to blob storage (no token sent there), unpacked in memory and
 * replayed; the impact shows in the PR comment and the job summary, inert; the verdict changes only
 * with fail-on-impact; a token without `actions: read` is a warning, never the verdict.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startGitHubStandIn, type StandIn } from "../support/github-standin.ts";
import { runAction } from "../support/run-action.ts";
import { commitAll, policyRepo, sh, writeFile } from "../support/git-repo.ts";
import { copy, exampleWpc, runWorldJob, POLICY_ID } from "../support/gate-world.ts";
import { simTrust } from "../../scripts/sim/keys.ts";
import { policyHash } from "../../action/src/core/crypto/hash.ts";
import { DEFAULT_STEPS, type Step } from "../../scripts/sim/harness.ts";
import { cells, codeSpanContent, outsideCodeSpans } from "../support/markdown-inert.ts";

const SEED = "replay-action";
const runtime = (tools: string[]) => ({ tools: { profile: "full", allow: tools, deny: ["exec", "process"], elevated: { enabled: false } }, sandbox: { mode: "all", workspaceAccess: "ro" } });
const NARROW = ["browser", "read", "web_fetch", "write"];
const EVIL = "web_search`](https://evil.example) <b>@admin</b>|#1";

let gh: StandIn;
let repo: string;
let baseSha: string;
let headSha: string;
let work: string;

/** A ZIP made by Info-ZIP's `zip` from files written in a scratch folder (paths inside as given). */
function zipOf(files: Record<string, string>, links: Record<string, string> = {}): Buffer {
  const d = mkdtempSync(join(work, "zip-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(d, name, ".."), { recursive: true });
    writeFileSync(join(d, name), text);
  }
  for (const [name, target] of Object.entries(links)) symlinkSync(target, join(d, name));
  const r = spawnSync("zip", ["-q", "-r", "-y", "-X", join(d, "out.zip"), ...Object.keys(files), ...Object.keys(links)], { cwd: d });
  if (r.status !== 0) throw new Error(`zip: ${r.stderr}`);
  return readFileSync(join(d, "out.zip"));
}

function artifact(name: string, zip: Buffer, o: { expired?: boolean; repo?: string; fork?: boolean } = {}): void {
  gh.state.artifacts.push({ owner: "acme", repo: o.repo ?? "policies", id: gh.state.newId(), name, zip, expired: o.expired ?? false, created_at: "2026-11-26T13:00:00Z", run_id: 1, ...(o.fork ? { head_repository_id: 2 } : {}) });
}

beforeAll(async () => {
  gh = await startGitHubStandIn({ token: "ghs_test", login: "github-actions[bot]" });
  work = mkdtempSync(join(tmpdir(), "wpc-replay-action-"));
  repo = policyRepo("wpc-replay-action-repo-");
  const doc = exampleWpc();
  writeFile(repo, "policies/trust.json", JSON.stringify(simTrust(SEED), null, 2) + "\n");
  writeFile(repo, `policies/${POLICY_ID}.wpc.json`, JSON.stringify(doc, null, 2) + "\n");
  baseSha = commitAll(repo, "sim trust");
  sh(repo, "checkout", "-q", "-b", "feature");
  const head = copy(doc);
  head.tool_policy.deny.push("web_search");
  writeFile(repo, `policies/${POLICY_ID}.wpc.json`, JSON.stringify(head, null, 2) + "\n");
  headSha = commitAll(repo, "deny web_search");

  const hash = policyHash(doc).policy_hash_b64u;
  const bundle = (name: string, steps: Step[], tools: string[]) => JSON.stringify(runWorldJob({ seed: SEED, policyHash: hash }, { seed: `${SEED}-${name}`, steps, openclaw: runtime(tools) }).bundle);
  const report = JSON.stringify({ verdict: "pass" });
  const web: Step[] = [...DEFAULT_STEPS, { kind: "tool_call", tool: "web_search" }];
  const evil: Step[] = [...DEFAULT_STEPS, { kind: "tool_call", tool: EVIL }];
  // oldest first (the stand-in lists newest first)
  artifact("wpc-proof-90-1", zipOf({ "wpc-report.json": report, "bundle.json": bundle("old", web, [...NARROW, "web_search"]) }), { expired: true });
  artifact("wpc-proof-100-1", zipOf({ "wpc-report.json": report, "bundle.json": bundle("a", web, [...NARROW, "web_search"]) }));
  artifact("wpc-proof-101-1", zipOf({ "wpc-report.json": report, "bundle.json": bundle("b", DEFAULT_STEPS, NARROW) }));
  artifact("wpc-proof-102-2", zipOf({ "wpc-report.json": report }));
  artifact("coverage-report", zipOf({ "bundle.json": bundle("c", web, [...NARROW, "web_search"]) }));
  // hostile archives: a path escaping the folder, and bundle.json as a symbolic link
  artifact("wpc-proof-103-1", zipOf({ "../bundle.json": "x", "sub/bundle.json": bundle("d", web, [...NARROW, "web_search"]) }));
  artifact("wpc-proof-104-1", zipOf({ "wpc-report.json": report }, { "bundle.json": "/etc/passwd" }));
  artifact("wpc-proof-105-1", zipOf({ "wpc-report.json": report, "bundle.json": bundle("e", web, [...NARROW, "web_search"]) }));
  artifact("wpc-proof-106-1", zipOf({ "wpc-report.json": report, "bundle.json": bundle("evil", evil, [...NARROW, "web_search"]) }));
  // a run of a fork's pull request may upload any artifact name: never replayed (a valid bundle inside)
  artifact("wpc-proof-107-1", zipOf({ "wpc-report.json": report, "bundle.json": bundle("fork", web, [...NARROW, "web_search"]) }), { fork: true });
});
afterAll(async () => {
  await gh.close();
  rmSync(repo, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

const event = () => ({ pull_request: { number: 9, base: { sha: baseSha, ref: "main", repo: { full_name: "acme/policies" } }, head: { sha: headSha, repo: { full_name: "acme/policies" } } } });

function run(extra: Record<string, string>) {
  return runAction("check", {
    cwd: repo,
    event: event(),
    inputs: { "github-token": "ghs_test", policies: "policies", comment: "true", label: "policy-expansion", "bot-login": "github-actions[bot]", ...extra },
    env: { GITHUB_API_URL: gh.url, GITHUB_WORKSPACE: repo },
  });
}

describe("action/check impact replay", () => {
  it("fetches the recent proof artifacts, replays them, and shows the impact in the comment and the summary", async () => {
    const r = await run({ "replay-artifacts": "50" });
    expect(r.status, r.all).toBe(0); // advisory
    expect(gh.violations).toEqual([]);
    expect(r.outputs["now-failing"]).toBe("2");
    // listed once, downloaded only proof artifacts that have not expired, never with the token at the blob
    const downloads = gh.requests.filter((q) => q.operationId === "actions/download-artifact").map((q) => q.path.split("/")[6]);
    expect(downloads).toHaveLength(7);
    expect(gh.requests.filter((q) => q.operationId === "blob")).toHaveLength(7);
    for (const text of [r.summary, gh.state.comments.find((c) => c.user.login === "github-actions[bot]")!.body]) {
      expect(text).toContain("### Impact on recent jobs (replay)");
      expect(text).toContain("**2 recent job(s) would now fail**");
      const row = text.split("\n").find((l) => l.includes("`TOOLS_ALLOWED`"))!;
      const what = codeSpanContent(cells(row)[4]!);
      expect(what).toBe("2 of the last 4 invoice-triage jobs used web_search, which this change denies");
      expect(what).toContain("web_search");
      for (const line of text.split("\n")) expect(outsideCodeSpans(line)).not.toMatch(/<b>|@admin|\]\(/);
    }
    // 100, 101, 105, 106 hold a bundle; 102 only a report; 104's bundle.json entry is a link, read as
    // its text (never followed): unreadable; 103 names only ../bundle.json and sub/bundle.json: skipped
    expect(r.summary).toContain("4 bundle(s) read, 1 unreadable, 1 report(s) without a bundle");
    expect(r.stdout).toContain("wpc-proof-103-1: no wpc-report.json or bundle.json in the archive");
    expect(r.stdout).toContain("wpc-proof-107-1: made by a workflow run from a fork, not replayed");
  });

  it("fails with fail-on-impact, and reads a folder given as replay-bundles", async () => {
    const dir = join(repo, "recent");
    mkdirSync(dir, { recursive: true });
    const hash = policyHash(exampleWpc()).policy_hash_b64u;
    writeFileSync(join(dir, "one.json"), JSON.stringify(runWorldJob({ seed: SEED, policyHash: hash }, { seed: `${SEED}-f`, steps: [...DEFAULT_STEPS, { kind: "tool_call", tool: "web_search" }], openclaw: runtime([...NARROW, "web_search"]) }).bundle));
    const r = await run({ "replay-bundles": "recent", "fail-on-impact": "true" });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(/::error::1 recent job\(s\) would fail under the proposed policies \(fail-on-impact\)/);
    expect(r.outputs["now-failing"]).toBe("1");
    rmSync(dir, { recursive: true, force: true });
  });

  it("a token without actions: read: a warning, no replay, the check's verdict unchanged", async () => {
    gh.state.permissions = { contents: "read", "pull-requests": "write", metadata: "read" };
    try {
      const r = await run({ "replay-artifacts": "50", "fail-on-impact": "true" });
      expect(r.status, r.all).toBe(0);
      expect(r.stdout).toMatch(/::warning::fetching proof artifacts failed \(HTTP 403.*actions: read/);
      expect(r.outputs["now-failing"]).toBe("");
    } finally {
      gh.state.permissions = undefined;
    }
  });

  it("a bad replay-artifacts count is a usage error", async () => {
    const r = await run({ "replay-artifacts": "-1" });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toContain("replay-artifacts");
  });
});
