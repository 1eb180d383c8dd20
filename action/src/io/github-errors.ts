/**
 * What a failed GitHub call means for the person reading the log: which permission or repository setting
 * is missing, in the words of a workflow file. GitHub's own text is reduced to one bounded line.
 */

export interface HttpFailure {
  status?: number;
  message?: string;
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

const NOT_ACCESSIBLE = /resource not accessible by (integration|personal access token)/i;
const ACTIONS_MAY_NOT_CREATE_PRS = /not permitted to create or approve pull requests/i;

export const FORK_HINT =
  "a pull request from a fork gets a read-only token whatever the workflow asks for: the policy-check-comment workflow (workflow_run) posts the comment instead";
export const PR_SETTING =
  'the repository setting "Allow GitHub Actions to create and approve pull requests" (Settings → Actions → General → Workflow permissions) is off';

/** A failure worth another attempt: a 5xx or no answer at all (a dropped connection is status 0 or 500 from fetch). */
export function isTransient(e: unknown): boolean {
  const status = (e as HttpFailure | undefined)?.status;
  return typeof status !== "number" || status === 0 || (status >= 500 && status <= 599);
}

/** GitHub's message (first line, bounded), without the documentation URL Octokit appends. */
export function githubMessage(e: unknown): string {
  const f = e as HttpFailure | undefined;
  const data = f?.response?.data as { message?: unknown } | undefined;
  const raw = typeof data?.message === "string" ? data.message : typeof f?.message === "string" ? f.message : String(e);
  const line = raw.split(/\r?\n/)[0]!.replace(/ - https:\/\/docs\.github\.com\S*$/, "").trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** `x-accepted-github-permissions: issues=write; pull_requests=write` → "`issues: write` or `pull-requests: write`". */
function acceptedPermissions(e: unknown): string | undefined {
  const h = (e as HttpFailure | undefined)?.response?.headers?.["x-accepted-github-permissions"];
  if (typeof h !== "string" || h === "") return undefined;
  const names = h.split(/[;,]/).map((s) => s.trim()).filter((s) => /^[a-z_]+=(read|write|admin)$/.test(s))
    .map((s) => `\`${s.replace("=", ": ").replace(/_/g, "-")}\``);
  return names.length ? names.join(" or ") : undefined;
}

export function isPermissionDenied(e: unknown): boolean {
  const f = e as HttpFailure | undefined;
  return f?.status === 403 && NOT_ACCESSIBLE.test(githubMessage(e));
}

export function isPullRequestCreationDisabled(e: unknown): boolean {
  const f = e as HttpFailure | undefined;
  return f?.status === 403 && ACTIONS_MAY_NOT_CREATE_PRS.test(githubMessage(e));
}

/**
 * One sentence on why `what` failed. `need` is the permission in workflow syntax (`pull-requests: write`);
 * `hint` is added to a permission refusal (e.g. the fork explanation).
 */
export function explainFailure(what: string, e: unknown, need: string, hint?: string): string {
  const status = (e as HttpFailure | undefined)?.status;
  const msg = githubMessage(e);
  if (isPullRequestCreationDisabled(e)) return `${what} failed (HTTP 403: ${msg}): ${PR_SETTING}`;
  if (isPermissionDenied(e)) {
    const accepted = acceptedPermissions(e);
    return `${what} failed (HTTP 403: ${msg}): the token lacks \`${need}\`${accepted && !accepted.includes(need) ? ` (GitHub accepts ${accepted})` : ""} — add it under \`permissions:\` in the workflow${hint ? `; ${hint}` : ""}`;
  }
  if (status === 401) return `${what} failed (HTTP 401: ${msg}): the token is not valid`;
  if (status === 404) return `${what} failed (HTTP 404): the token cannot see it (needs \`${need}\`) or it does not exist`;
  if (status === 403 || status === 429) return `${what} failed (HTTP ${status}: ${msg})`;
  if (typeof status === "number" && status > 0) return `${what} failed (HTTP ${status}: ${msg})${status >= 500 ? " after retries" : ""}`;
  return `${what} failed: ${msg}`;
}
