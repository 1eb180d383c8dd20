/**
 * io/github.ts against the stand-in answering as GitHub does when it fails: a transient 502, a 502 after
 * the request took effect (a lost answer), secondary and primary rate limits with GitHub's headers, and
 * permission refusals. Waits are scaled down (retryBaseMs) so "1 s" is 20 ms; production uses 1000.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startGitHubStandIn, type StandIn } from "../support/github-standin.ts";
import { DEFAULT_TIMING, octokit, setLabel, upsertMarkedComment } from "../../action/src/io/github.ts";
import { explainFailure, isTransient } from "../../action/src/io/github-errors.ts";

const TOKEN = "ghs_retry";
const repo = { owner: "acme", repo: "policies" };
const MARK = "<!-- wpc:check -->";
let gh: StandIn;
const fast = { retryBaseMs: 20 };
const quietWarn = console.warn;

beforeEach(async () => {
  gh = await startGitHubStandIn({ token: TOKEN });
  console.warn = () => {};
});
afterEach(async () => {
  console.warn = quietWarn;
  await gh.close();
});

const ops = () => gh.requests.map((r) => r.operationId);

describe("retries (plugin-retry) and rate limits (plugin-throttling)", () => {
  it("production defaults are sane: 3 retries, 1 s base, rate-limit waits capped at 2 minutes", () => {
    expect(DEFAULT_TIMING).toEqual({ retries: 3, retryBaseMs: 1000, maxWaitSeconds: 120 });
  });

  it("one transient 502 on a GET is survived", async () => {
    gh.state.faults.push({ op: "issues/list-labels-on-issue", kind: "502" });
    expect(await setLabel(octokit(TOKEN, gh.url, fast), repo, 7, "policy-expansion", true)).toBe("added");
    expect(ops()).toEqual(["issues/list-labels-on-issue", "issues/list-labels-on-issue", "issues/add-labels"]);
    expect(gh.state.labels.get("acme/policies#7")).toEqual(["policy-expansion"]);
    expect(gh.violations).toEqual([]);
  });

  it("a secondary rate limit (403, retry-after) is waited out and retried, POST included", async () => {
    gh.state.faults.push({ op: "issues/add-labels", kind: "secondary-rate-limit", retryAfter: 2 });
    const t0 = Date.now();
    expect(await setLabel(octokit(TOKEN, gh.url, fast), repo, 7, "policy-expansion", true)).toBe("added");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(2 * 20 - 5);
    expect(ops().filter((o) => o === "issues/add-labels")).toHaveLength(2);
    expect(gh.state.labels.get("acme/policies#7")).toEqual(["policy-expansion"]);
  });

  it("a primary rate limit (x-ratelimit-remaining: 0, reset) is waited out and retried", async () => {
    gh.state.faults.push({ op: "issues/list-comments", kind: "rate-limit", retryAfter: 1 });
    const r = await upsertMarkedComment(octokit(TOKEN, gh.url, fast), repo, 3, MARK, `${MARK}\nhello`, "github-actions[bot]");
    expect(r.action).toBe("created");
    expect(ops()).toEqual(["issues/list-comments", "issues/list-comments", "issues/create-comment"]);
  });

  it("a rate limit asking for longer than maxWaitSeconds is not waited for", async () => {
    gh.state.faults.push({ op: "issues/list-labels-on-issue", kind: "secondary-rate-limit", retryAfter: 3600 });
    const t0 = Date.now();
    const e = await setLabel(octokit(TOKEN, gh.url, fast), repo, 7, "x", true).catch((x: unknown) => x);
    expect((e as { status: number }).status).toBe(403);
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(explainFailure("label", e, "pull-requests: write")).toMatch(/secondary rate limit/);
  });

  it("5xx beyond the retries fails, after 1 + 3 attempts", async () => {
    gh.state.faults.push({ op: "issues/list-labels-on-issue", kind: "502", count: 10 });
    const e = await setLabel(octokit(TOKEN, gh.url, fast), repo, 7, "x", true).catch((x: unknown) => x);
    expect((e as { status: number }).status).toBe(502);
    expect(isTransient(e)).toBe(true);
    expect(ops()).toHaveLength(4);
    expect(explainFailure("label", e, "pull-requests: write")).toContain("HTTP 502");
  });

  it("a 403 permission refusal is not retried", async () => {
    gh.state.readOnlyToken();
    const e = await setLabel(octokit(TOKEN, gh.url, fast), repo, 7, "x", true).catch((x: unknown) => x);
    expect((e as { status: number }).status).toBe(403);
    expect(ops()).toEqual(["issues/list-labels-on-issue", "issues/add-labels"]);
  });
});

describe("a retried create never duplicates", () => {
  it("createComment answered 502 after it took effect: the marked comment is found, not posted again", async () => {
    gh.state.faults.push({ op: "issues/create-comment", kind: "502-after" });
    const r = await upsertMarkedComment(octokit(TOKEN, gh.url, fast), repo, 9, MARK, `${MARK}\nbody`, "github-actions[bot]");
    expect(r.action).toBe("created");
    expect(gh.state.comments.filter((c) => c.issue_number === 9)).toHaveLength(1);
    expect(ops()).toEqual(["issues/list-comments", "issues/create-comment", "issues/list-comments"]);
  });

  it("createComment answered 502 before it took effect: created on the next attempt, once", async () => {
    gh.state.faults.push({ op: "issues/create-comment", kind: "502" });
    const r = await upsertMarkedComment(octokit(TOKEN, gh.url, fast), repo, 9, MARK, `${MARK}\nbody`, "github-actions[bot]");
    expect(r.action).toBe("created");
    expect(gh.state.comments.filter((c) => c.issue_number === 9).map((c) => c.body)).toEqual([`${MARK}\nbody`]);
    expect(ops()).toEqual(["issues/list-comments", "issues/create-comment", "issues/list-comments", "issues/create-comment"]);
  });

  it("an unchanged comment is not rewritten; a changed one is updated in place", async () => {
    const o = octokit(TOKEN, gh.url, fast);
    const a = await upsertMarkedComment(o, repo, 4, MARK, `${MARK}\nv1`, "github-actions[bot]");
    const b = await upsertMarkedComment(o, repo, 4, MARK, `${MARK}\nv1`, "github-actions[bot]");
    const c = await upsertMarkedComment(o, repo, 4, MARK, `${MARK}\nv2`, "github-actions[bot]");
    expect([a.action, b.action, c.action]).toEqual(["created", "unchanged", "updated"]);
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
    expect(ops().filter((x) => x === "issues/update-comment")).toHaveLength(1);
  });

  it("a DELETE whose answer was lost (502 after the label went) counts as removed", async () => {
    gh.state.issueLabels("acme", "policies", 5).push("policy-expansion");
    gh.state.faults.push({ op: "issues/remove-label", kind: "502-after" });
    expect(await setLabel(octokit(TOKEN, gh.url, fast), repo, 5, "policy-expansion", false)).toBe("removed");
    expect(gh.state.labels.get("acme/policies#5")).toEqual([]);
  });
});

describe("refusals name what is missing", () => {
  it("403 Resource not accessible by integration → the permission, with GitHub's accepted list", async () => {
    gh.state.permissions = { issues: "read", "pull-requests": "read" };
    const e = await upsertMarkedComment(octokit(TOKEN, gh.url, fast), repo, 1, MARK, MARK, "github-actions[bot]").catch((x: unknown) => x);
    const text = explainFailure("PR comment", e, "pull-requests: write");
    expect(text).toContain("Resource not accessible by integration");
    expect(text).toContain("`pull-requests: write`");
    expect(text).toContain("permissions:");
  });

  it("the pull-request setting is named for GitHub's 403 on pulls.create", async () => {
    gh.state.actionsCanCreatePullRequests = false;
    const o = octokit(TOKEN, gh.url, fast);
    const e = await o.rest.pulls.create({ ...repo, head: "x", base: "main", title: "t" }).catch((x: unknown) => x);
    expect(explainFailure("opening the PR", e, "pull-requests: write")).toContain("Allow GitHub Actions to create and approve pull requests");
  });
});
