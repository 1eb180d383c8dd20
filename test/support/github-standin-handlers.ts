/** The stand-in's operations: GitHub's answers to the requests wpc makes, faked on GitHubState. */
import { DOCS_URL } from "./openapi-routes.ts";
import { now, sameName, type StoredArtifact, type Annotation, type GitHubState, type GitHubUser, type StoredCheckRun, type StoredComment, type StoredPull } from "./github-standin-state.ts";

/** `raw`: a non-JSON body (e.g. the HTML of a 502), sent as is. */
export interface Reply { status: number; body?: unknown; raw?: string | Buffer; headers?: Record<string, string>; violation?: string }
export interface Ctx { path: Record<string, unknown>; query: Record<string, unknown>; body: unknown; url: URL; state: GitHubState; base: string }
export type Handler = (ctx: Ctx) => Reply;

export const error = (status: number, message: string, errors?: string[], docs = DOCS_URL): Reply => ({
  status,
  body: { message: errors?.length ? `${message}\n\n${errors.join("\n")}` : message, documentation_url: docs, status: String(status) },
});
const notFound = (): Reply => error(404, "Not Found");

/** One page of `items`, with a GitHub-style Link header (first/prev/next/last). */
function paginate(ctx: Ctx, items: unknown[]): Reply {
  const perPage = Math.min(Math.max(Number(ctx.query.per_page ?? 30), 1), 100);
  const page = Math.max(Number(ctx.query.page ?? 1), 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const link = (n: number, rel: string) => {
    const u = new URL(ctx.url.pathname + ctx.url.search, ctx.base);
    u.searchParams.set("per_page", String(perPage));
    u.searchParams.set("page", String(n));
    return `<${u.href}>; rel="${rel}"`;
  };
  const links = page > 1 ? [link(page - 1, "prev"), link(1, "first")] : [];
  if (page < last) links.unshift(link(page + 1, "next"), link(last, "last"));
  const headers: Record<string, string> = links.length ? { link: links.join(", ") } : {};
  return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), headers };
}

const userJson = (u: GitHubUser) => ({ login: u.login, id: u.id, type: u.type, html_url: `https://github.com/${u.login}` });
function commentJson({ owner, repo, issue_number, ...c }: StoredComment, base: string) {
  return { ...c, node_id: `IC_${c.id}`, user: userJson(c.user), author_association: "NONE",
    url: `${base}/repos/${owner}/${repo}/issues/comments/${c.id}`, issue_url: `${base}/repos/${owner}/${repo}/issues/${issue_number}` };
}
const labelJson = (name: string) => ({ id: [...name].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7), name, color: "ededed", default: false, description: null });
function checkRunJson({ owner, repo, annotations, output, ...run }: StoredCheckRun, base: string) {
  const url = `${base}/repos/${owner}/${repo}/check-runs/${run.id}`;
  return { ...run, node_id: `CR_${run.id}`, url, html_url: `https://github.com/${owner}/${repo}/runs/${run.id}`,
    output: { ...output, annotations_count: annotations.length, annotations_url: `${url}/annotations` },
    app: { id: 15368, slug: "github-actions", name: "GitHub Actions" }, check_suite: { id: run.id + 1 }, pull_requests: [] };
}
function pullJson(p: StoredPull, base: string) {
  const [headOwner, headRef] = p.head.includes(":") ? p.head.split(":", 2) : [p.owner, p.head];
  const repoJson = (full: string) => ({ id: 1, name: full.split("/")[1], full_name: full, owner: { login: full.split("/")[0] } });
  const headRepo = p.head_repo ?? `${headOwner}/${p.repo}`;
  return { id: p.id, node_id: `PR_${p.id}`, number: p.number, state: p.state, title: p.title, body: p.body, draft: p.draft,
    user: userJson(p.user), created_at: p.created_at, updated_at: p.created_at, merged: false, locked: false,
    url: `${base}/repos/${p.owner}/${p.repo}/pulls/${p.number}`, html_url: `https://github.com/${p.owner}/${p.repo}/pull/${p.number}`,
    head: { ref: headRef, label: `${headOwner}:${headRef}`, sha: p.head_sha ?? "0".repeat(40), repo: repoJson(headRepo) },
    base: { ref: p.base, label: `${p.owner}:${p.base}`, sha: p.base_sha ?? "0".repeat(40), repo: repoJson(`${p.owner}/${p.repo}`) } };
}

/** Where the stand-in serves artifact ZIPs (a redirect target, like GitHub's blob storage; not an API path). */
export const BLOB_PREFIX = "/_blobs/artifacts/";
function artifactJson(a: StoredArtifact, base: string) {
  const url = `${base}/repos/${a.owner}/${a.repo}/actions/artifacts/${a.id}`;
  return { id: a.id, node_id: `MDg6QXJ0aWZhY3Q${a.id}`, name: a.name, size_in_bytes: a.zip.length, url, archive_download_url: `${url}/zip`,
    expired: a.expired, created_at: a.created_at, updated_at: a.created_at, expires_at: "2027-03-01T00:00:00Z", digest: null,
    workflow_run: { id: a.run_id, repository_id: 1, head_repository_id: a.head_repository_id ?? 1, head_branch: "main", head_sha: "0".repeat(40) } };
}

type CheckBody = Partial<Pick<StoredCheckRun, "name" | "head_sha" | "status" | "conclusion" | "started_at" | "completed_at" | "details_url" | "external_id">> &
  { output?: { title?: string; summary?: string; text?: string; annotations?: Annotation[] } };

/** Apply a create/update body; GitHub also rejects "completed" (or a completed_at) without a conclusion. */
function applyCheck(run: StoredCheckRun, b: CheckBody): Reply | undefined {
  const { output, ...fields } = b;
  Object.assign(run, fields);
  if (output) {
    run.output = { title: output.title ?? run.output.title, summary: output.summary ?? run.output.summary, text: output.text ?? run.output.text };
    run.annotations.push(...(output.annotations ?? []));
  }
  if (run.conclusion) {
    run.status = "completed";
    run.completed_at ??= now();
  } else if (run.status === "completed" || run.completed_at) {
    const r = error(422, "Invalid request.", ["No conclusion provided when status is completed or completed_at is set."]);
    return { ...r, violation: "check run completed without a conclusion" };
  }
  return undefined;
}

/** GitHub refuses an issue comment body over 65,536 characters: 422, and no comment is written. */
const MAX_COMMENT_BODY = 65_536;
function bodyTooLong(body: unknown): Reply | undefined {
  const text = (body as { body?: string } | undefined)?.body ?? "";
  if (text.length <= MAX_COMMENT_BODY) return undefined;
  return { ...error(422, "Validation Failed", [`body is too long (maximum is ${MAX_COMMENT_BODY} characters)`]), violation: "comment body over 65,536 characters" };
}

export const HANDLERS: Record<string, Handler> = {
  "issues/list-comments": (c) => paginate(c, c.state.comments
    .filter((x) => x.owner === c.path.owner && x.repo === c.path.repo && x.issue_number === c.path.issue_number)
    .map((x) => commentJson(x, c.base))),
  "issues/create-comment": (c) => {
    const tooLong = bodyTooLong(c.body);
    if (tooLong) return tooLong;
    const where = { owner: String(c.path.owner), repo: String(c.path.repo), issue_number: Number(c.path.issue_number) };
    return { status: 201, body: commentJson(c.state.addComment(where, (c.body as { body: string }).body), c.base) };
  },
  "issues/update-comment": (c) => {
    const found = c.state.comments.find((x) => x.id === c.path.comment_id && x.owner === c.path.owner && x.repo === c.path.repo);
    if (!found) return notFound();
    const tooLong = bodyTooLong(c.body);
    if (tooLong) return tooLong;
    Object.assign(found, { body: (c.body as { body: string }).body, updated_at: now() });
    return { status: 200, body: commentJson(found, c.base) };
  },
  "issues/list-labels-on-issue": (c) =>
    paginate(c, c.state.issueLabels(String(c.path.owner), String(c.path.repo), Number(c.path.issue_number)).map(labelJson)),
  "issues/add-labels": (c) => {
    const labels = c.state.issueLabels(String(c.path.owner), String(c.path.repo), Number(c.path.issue_number));
    for (const l of (c.body as { labels?: Array<string | { name: string }> } | undefined)?.labels ?? []) {
      const name = typeof l === "string" ? l : l.name;
      if (!labels.some((x) => sameName(x, name))) labels.push(name);
    }
    return { status: 200, body: labels.map(labelJson) };
  },
  "issues/remove-label": (c) => {
    const labels = c.state.issueLabels(String(c.path.owner), String(c.path.repo), Number(c.path.issue_number));
    const i = labels.findIndex((x) => sameName(x, String(c.path.name)));
    if (i < 0) return error(404, "Label does not exist", undefined, "https://docs.github.com/rest/issues/labels#remove-a-label-from-an-issue");
    labels.splice(i, 1);
    return { status: 200, body: labels.map(labelJson) };
  },
  "checks/create": (c) => {
    const { name, head_sha } = c.body as { name: string; head_sha: string };
    const known = c.state.commits.get(`${String(c.path.owner)}/${String(c.path.repo)}`);
    if (!/^[0-9a-f]{40}$/.test(head_sha) || (known && !known.has(head_sha))) {
      const r = error(422, `No commit found for SHA: ${head_sha}`, undefined, "https://docs.github.com/rest/checks/runs#create-a-check-run");
      return { ...r, violation: `check run head_sha ${JSON.stringify(head_sha)} is not a commit of the repository` };
    }
    const run: StoredCheckRun = { owner: String(c.path.owner), repo: String(c.path.repo), id: c.state.newId(), name, head_sha, status: "queued",
      conclusion: null, started_at: now(), completed_at: null, details_url: null, external_id: null, output: { title: null, summary: null, text: null }, annotations: [] };
    const rejected = applyCheck(run, c.body as CheckBody);
    if (rejected) return rejected;
    c.state.checkRuns.push(run);
    return { status: 201, body: checkRunJson(run, c.base) };
  },
  "checks/update": (c) => {
    const found = c.state.checkRuns.find((x) => x.id === c.path.check_run_id && x.owner === c.path.owner && x.repo === c.path.repo);
    if (!found) return notFound();
    const draft: StoredCheckRun = structuredClone(found);
    const rejected = applyCheck(draft, c.body as CheckBody);
    if (rejected) return rejected;
    Object.assign(found, draft);
    return { status: 200, body: checkRunJson(found, c.base) };
  },
  "pulls/create": (c) => {
    const b = c.body as { title?: string; head: string; base: string; body?: string; draft?: boolean };
    const [owner, repo] = [String(c.path.owner), String(c.path.repo)];
    const headOf = (head: string) => (head.includes(":") ? head : `${owner}:${head}`);
    if (c.state.pulls.some((p) => p.owner === owner && p.repo === repo && p.state === "open" && headOf(p.head) === headOf(b.head) && p.base === b.base)) {
      return error(422, "Validation Failed", [`A pull request already exists for ${headOf(b.head)}.`]);
    }
    const pull: StoredPull = { owner, repo, id: c.state.newId(), number: c.state.newNumber(), title: b.title ?? b.head, body: b.body ?? null,
      state: "open", draft: b.draft ?? false, head: b.head, base: b.base, user: c.state.actor, created_at: now() };
    c.state.pulls.push(pull);
    return { status: 201, body: pullJson(pull, c.base) };
  },
  "pulls/list": (c) => {
    const [owner, repo] = [String(c.path.owner), String(c.path.repo)];
    const headOf = (head: string) => (head.includes(":") ? head : `${owner}:${head}`);
    const q = c.query as { state?: string; head?: string; base?: string };
    return paginate(c, c.state.pulls
      .filter((p) => p.owner === owner && p.repo === repo && (q.state === "all" || p.state === (q.state ?? "open")))
      .filter((p) => (q.head === undefined || headOf(p.head) === q.head) && (q.base === undefined || p.base === q.base))
      .map((p) => pullJson(p, c.base)));
  },
  "checks/list-for-ref": (c) => {
    const q = c.query as { check_name?: string; per_page?: number; page?: number };
    const runs = c.state.checkRuns.filter((x) => x.owner === c.path.owner && x.repo === c.path.repo && x.head_sha === c.path.ref && (q.check_name === undefined || x.name === q.check_name));
    const per = Number(q.per_page ?? 30);
    const page = Number(q.page ?? 1);
    return { status: 200, body: { total_count: runs.length, check_runs: runs.slice((page - 1) * per, page * per).map((x) => checkRunJson(x, c.base)) } };
  },
  "actions/get-github-actions-default-workflow-permissions-repository": (c) =>
    ({ status: 200, body: { default_workflow_permissions: "read", can_approve_pull_request_reviews: c.state.actionsCanCreatePullRequests } }),
  "actions/list-artifacts-for-repo": (c) => {
    const q = c.query as { name?: string; per_page?: number; page?: number };
    const list = c.state.artifacts.filter((a) => a.owner === c.path.owner && a.repo === c.path.repo && (q.name === undefined || a.name === q.name)).reverse();
    const per = Math.min(Number(q.per_page ?? 30), 100);
    const page = Number(q.page ?? 1);
    return { status: 200, body: { total_count: list.length, artifacts: list.slice((page - 1) * per, page * per).map((a) => artifactJson(a, c.base)) } };
  },
  "actions/download-artifact": (c) => {
    const a = c.state.artifacts.find((x) => x.owner === c.path.owner && x.repo === c.path.repo && x.id === Number(c.path.artifact_id));
    if (!a) return notFound();
    if (a.expired) return error(410, "Artifact has expired");
    // GitHub answers with a short-lived redirect to blob storage (not the API: no token there)
    return { status: 302, headers: { location: `${c.state.blobBase}${BLOB_PREFIX}${a.id}.zip` } };
  },
  "repos/get": (c) => {
    const [owner, repo] = [String(c.path.owner), String(c.path.repo)];
    const o = c.state.repos.get(`${owner}/${repo}`) ?? {};
    return { status: 200, body: { id: 1, node_id: "R_1", name: repo, full_name: `${owner}/${repo}`, private: o.private ?? false,
      owner: { login: owner, type: "Organization" }, html_url: `https://github.com/${owner}/${repo}`, url: `${c.base}/repos/${owner}/${repo}`,
      default_branch: o.default_branch ?? "main" } };
  },
};
