/**
 * What GitHub answers before an operation runs: a token without the permission, the repository setting
 * that keeps GitHub Actions from opening pull requests, and injected transient failures (502, secondary
 * and primary rate limits), each with the status, body and headers GitHub sends.
 */
import { error, type Reply } from "./github-standin-handlers.ts";
import type { Fault, GitHubState, Scope } from "./github-standin-state.ts";

type Need = Array<[Scope, "read" | "write"]>;

/** Permissions each operation accepts (any one of them), from GitHub's "fine-grained permissions" tables. */
const NEEDS: Record<string, Need> = {
  "issues/list-comments": [["issues", "read"], ["pull-requests", "read"]],
  "issues/list-labels-on-issue": [["issues", "read"], ["pull-requests", "read"]],
  "issues/create-comment": [["issues", "write"], ["pull-requests", "write"]],
  "issues/update-comment": [["issues", "write"], ["pull-requests", "write"]],
  "issues/add-labels": [["issues", "write"], ["pull-requests", "write"]],
  "issues/remove-label": [["issues", "write"], ["pull-requests", "write"]],
  "checks/create": [["checks", "write"]],
  "checks/update": [["checks", "write"]],
  "checks/list-for-ref": [["checks", "read"]],
  "pulls/create": [["pull-requests", "write"]],
  "pulls/list": [["pull-requests", "read"]],
  "repos/get": [["metadata", "read"]],
  "actions/list-artifacts-for-repo": [["actions", "read"]],
  "actions/download-artifact": [["actions", "read"]],
  "actions/get-github-actions-default-workflow-permissions-repository": [["administration", "read"]],
};

const grants = (have: "read" | "write" | undefined, want: "read" | "write") => have === "write" || (have === "read" && want === "read");

/** 403 as GitHub sends it for a token without the permission, or a refused pull request; undefined to go on. */
export function permissionGate(op: string, docsUrl: string, state: GitHubState): Reply | undefined {
  const need = NEEDS[op];
  const perms = state.permissions;
  if (need && perms && !need.some(([scope, level]) => scope === "metadata" || grants(perms[scope], level))) {
    const accepted = need.map(([scope, level]) => `${scope.replace(/-/g, "_")}=${level}`).join("; ");
    return { ...error(403, "Resource not accessible by integration", undefined, docsUrl), headers: { "x-accepted-github-permissions": accepted } };
  }
  if (op === "pulls/create" && !state.actionsCanCreatePullRequests && state.actor.login === "github-actions[bot]")
    return error(403, "GitHub Actions is not permitted to create or approve pull requests.", undefined, docsUrl);
  return undefined;
}

const RATE_DOCS = "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api";

/** The next fault for `op`, consumed. */
export function takeFault(state: GitHubState, op: string): Fault | undefined {
  const i = state.faults.findIndex((f) => f.op === op && (f.count ?? 1) > 0);
  if (i < 0) return undefined;
  const f = state.faults[i]!;
  f.count = (f.count ?? 1) - 1;
  if (f.count <= 0) state.faults.splice(i, 1);
  return f;
}

export function faultReply(f: Fault): Reply {
  const nowSec = Math.floor(Date.now() / 1000);
  const after = f.retryAfter ?? 1;
  if (f.kind === "502" || f.kind === "502-after")
    return { status: 502, raw: "<html><body><h1>502 Bad Gateway</h1>\nThe server could not process your request.</body></html>", headers: { "content-type": "text/html" } };
  if (f.kind === "secondary-rate-limit")
    return {
      ...error(403, "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:STANDIN.", undefined, `${RATE_DOCS}#about-secondary-rate-limits`),
      headers: { "retry-after": String(after), "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "4987", "x-ratelimit-used": "13", "x-ratelimit-reset": String(nowSec + 3600), "x-ratelimit-resource": "core" },
    };
  return {
    ...error(403, "API rate limit exceeded for installation ID 4242. If you reach out to GitHub Support for help, please include the request ID 0000:STANDIN.", undefined, `${RATE_DOCS}#about-the-primary-rate-limit`),
    headers: { "x-ratelimit-limit": "5000", "x-ratelimit-remaining": "0", "x-ratelimit-used": "5000", "x-ratelimit-reset": String(nowSec + after), "x-ratelimit-resource": "core" },
  };
}
