import { Octokit } from "@octokit/rest";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startGitHubStandIn, type StandIn } from "../support/github-standin.ts";

const TOKEN = "t0ken";
const repo = { owner: "acme", repo: "policies" };
let gh: StandIn;
let octokit: Octokit;

beforeEach(async () => {
  gh = await startGitHubStandIn({ token: TOKEN });
  const quiet = () => {};
  octokit = new Octokit({ auth: TOKEN, baseUrl: gh.url, log: { debug: quiet, info: quiet, warn: quiet, error: quiet } });
});
afterEach(() => gh.close());

/** A raw request as a careless client would send it (authenticated, JSON). */
function send(method: string, path: string, body?: unknown, auth: string | null = `token ${TOKEN}`): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json", "user-agent": "standin-test" };
  if (auth) headers.authorization = auth;
  return fetch(gh.url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

describe("valid requests through Octokit", () => {
  it("creates, lists and updates issue comments, by the bot user", async () => {
    gh.state.addComment({ ...repo, issue_number: 7 }, "hello from a human", { login: "alice", id: 1, type: "User" });
    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: "<!-- wpc:check -->\nfirst" });
    expect(created.status).toBe(201);
    expect(created.data.user?.login).toBe("github-actions[bot]");
    expect(created.data.user?.type).toBe("Bot");
    expect(created.data.html_url).toContain("#issuecomment-");

    const listed = await octokit.rest.issues.listComments({ ...repo, issue_number: 7 });
    expect(listed.data.map((c) => [c.user?.login, c.body])).toEqual([["alice", "hello from a human"], ["github-actions[bot]", "<!-- wpc:check -->\nfirst"]]);

    const updated = await octokit.rest.issues.updateComment({ ...repo, comment_id: created.data.id, body: "<!-- wpc:check -->\nsecond" });
    expect(updated.data.body).toBe("<!-- wpc:check -->\nsecond");
    expect(gh.state.comments.find((c) => c.id === created.data.id)?.body).toBe("<!-- wpc:check -->\nsecond");
    expect(gh.requests.map((r) => r.operationId)).toEqual(["issues/create-comment", "issues/list-comments", "issues/update-comment"]);
    expect(gh.violations).toEqual([]);
  });

  it("paginates comments across two pages with a Link header", async () => {
    for (let i = 1; i <= 3; i++) gh.state.addComment({ ...repo, issue_number: 2 }, `c${i}`);
    const first = await octokit.rest.issues.listComments({ ...repo, issue_number: 2, per_page: 2 });
    expect(first.data.map((c) => c.body)).toEqual(["c1", "c2"]);
    expect(first.headers.link).toContain('rel="next"');
    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 2, per_page: 2 });
    expect(all.map((c) => c.body)).toEqual(["c1", "c2", "c3"]);
    expect(gh.requests.filter((r) => r.query.page === "2")).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });

  it("adds and removes labels; removing an absent label is a 404, not a violation", async () => {
    const added = await octokit.rest.issues.addLabels({ ...repo, issue_number: 3, labels: ["policy-expands", "x"] });
    expect(added.data.map((l) => l.name)).toEqual(["policy-expands", "x"]);
    await octokit.rest.issues.removeLabel({ ...repo, issue_number: 3, name: "x" });
    const listed = await octokit.rest.issues.listLabelsOnIssue({ ...repo, issue_number: 3 });
    expect(listed.data.map((l) => l.name)).toEqual(["policy-expands"]);

    await expect(octokit.rest.issues.removeLabel({ ...repo, issue_number: 3, name: "x" })).rejects.toMatchObject({ status: 404 });
    expect(gh.violations).toEqual([]);
  });

  it("creates and completes a check run", async () => {
    const created = await octokit.rest.checks.create({
      ...repo, name: "wpc verify", head_sha: "a".repeat(40), status: "in_progress",
      output: { title: "wpc", summary: "running", annotations: [{ path: "p.wpc.json", start_line: 1, end_line: 1, annotation_level: "failure", message: "bad" }] },
    });
    expect(created.status).toBe(201);
    expect(created.data.status).toBe("in_progress");
    const done = await octokit.rest.checks.update({ ...repo, check_run_id: created.data.id, conclusion: "success", output: { title: "wpc", summary: "ok" } });
    expect(done.data).toMatchObject({ status: "completed", conclusion: "success", output: { summary: "ok", annotations_count: 1 } });
    expect(gh.violations).toEqual([]);
  });

  it("opens and lists pull requests and reads the repository", async () => {
    const pr = await octokit.rest.pulls.create({ ...repo, title: "rollback", head: "wpc/rollback-1", base: "main" });
    expect(pr.data.number).toBeGreaterThan(0);
    const open = await octokit.rest.pulls.list({ ...repo, head: "acme:wpc/rollback-1", state: "open" });
    expect(open.data.map((p) => p.number)).toEqual([pr.data.number]);
    expect((await octokit.rest.pulls.list({ ...repo, head: "acme:other" })).data).toEqual([]);
    await expect(octokit.rest.pulls.create({ ...repo, head: "wpc/rollback-1", base: "main" })).rejects.toMatchObject({ status: 422 });
    expect((await octokit.rest.repos.get(repo)).data.default_branch).toBe("main");
    expect(gh.violations).toEqual([]);
  });
});

describe("requests GitHub would reject are flagged", () => {
  it("a comment without `body`", async () => {
    const res = await send("POST", "/repos/acme/policies/issues/1/comments", { text: "hi" });
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ message: expect.stringContaining("body"), documentation_url: expect.stringContaining("docs.github.com") });
    expect(gh.violations).toEqual([expect.stringContaining("issues/create-comment")]);
    expect(gh.state.comments).toEqual([]);
  });

  it("a comment POST with no body at all", async () => {
    expect((await send("POST", "/repos/acme/policies/issues/1/comments")).status).toBe(422);
    expect(gh.violations).toEqual([expect.stringContaining("body is required")]);
  });

  it.each([
    ["an invalid status", { status: "passed" }],
    ["conclusion: passed", { conclusion: "passed" }],
    ["completed without a conclusion", { status: "completed" }],
  ])("a check run with %s", async (_name, mutation) => {
    const res = await send("POST", "/repos/acme/policies/check-runs", { name: "wpc", head_sha: "a".repeat(40), ...mutation });
    expect(res.status).toBe(422);
    expect(gh.violations).toHaveLength(1);
    expect(gh.state.checkRuns).toEqual([]);
  });

  it("an unknown path (404)", async () => {
    const res = await send("GET", "/repos/acme/policies/frobnicate");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ message: "Not Found" });
    expect(gh.violations).toEqual([expect.stringContaining("no operation for GET /repos/acme/policies/frobnicate")]);
  });

  it("a non-integer issue_number", async () => {
    expect((await send("GET", "/repos/acme/policies/issues/abc/comments")).status).toBe(404);
    expect(gh.violations).toEqual([expect.stringContaining("issue_number must be integer")]);
  });

  it("a bad query parameter type", async () => {
    expect((await send("GET", "/repos/acme/policies/issues/1/comments?per_page=lots")).status).toBe(422);
    expect(gh.violations).toEqual([expect.stringContaining("per_page must be integer")]);
  });

  it("a missing or wrong token", async () => {
    expect((await send("GET", "/repos/acme/policies", undefined, null)).status).toBe(401);
    expect((await send("GET", "/repos/acme/policies", undefined, "token nope")).status).toBe(401);
    expect(gh.violations).toEqual([expect.stringContaining("no Authorization"), expect.stringContaining("wrong Authorization")]);
  });

  it("a valid operation the stand-in does not implement (501)", async () => {
    const res = await send("GET", "/repos/acme/policies/releases");
    expect(res.status).toBe(501);
    expect(gh.violations).toEqual([expect.stringContaining("unsupported by stand-in: repos/list-releases")]);
  });
});
