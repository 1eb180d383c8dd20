/** The stand-in's in-memory GitHub: stored objects, the token's permissions, injected faults. */

/** GITHUB_TOKEN permission scopes (workflow spelling); `administration` only an App or PAT can hold. */
export const SCOPES = ["actions", "administration", "checks", "contents", "issues", "metadata", "pull-requests", "statuses"] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * An injected failure. `502`: answered before anything happens; `502-after`: the request takes effect,
 * then the answer is a 502 (a lost response); `secondary-rate-limit` / `rate-limit`: GitHub's 403 with
 * its headers (`retry-after`, `x-ratelimit-*`), asking for `retryAfter` seconds (default 1).
 */
export interface Fault { op: string; kind: "502" | "502-after" | "secondary-rate-limit" | "rate-limit"; count?: number; retryAfter?: number }

export interface GitHubUser { login: string; id: number; type: "User" | "Bot" }
export interface RepoRef { owner: string; repo: string }
export interface StoredComment extends RepoRef {
  issue_number: number;
  id: number; body: string; user: GitHubUser; html_url: string; created_at: string; updated_at: string;
}
export interface Annotation { path: string; start_line: number; end_line: number; annotation_level: string; message: string; title?: string }
export interface StoredCheckRun extends RepoRef {
  id: number; name: string; head_sha: string; status: string; conclusion: string | null;
  started_at: string; completed_at: string | null; details_url: string | null; external_id: string | null;
  output: { title: string | null; summary: string | null; text: string | null }; annotations: Annotation[];
}
export interface StoredPull extends RepoRef {
  id: number; number: number; title: string; body: string | null; state: "open" | "closed"; draft: boolean;
  /** `branch` (this repository) or `owner:branch` (a fork). */
  head: string; base: string; user: GitHubUser; created_at: string;
  /** Head and base commits, and the head repository's full name (default: this repository). */
  head_sha?: string; base_sha?: string; head_repo?: string;
}
/** A workflow run's artifact: its ZIP bytes are served from the stand-in's blob path (as GitHub redirects to blob storage). */
export interface StoredArtifact extends RepoRef {
  id: number; name: string; zip: Buffer; expired: boolean; created_at: string; run_id: number;
  /** The repository the run's head came from (a fork's differs from the repository's own, 1). */
  head_repository_id?: number;
}
export interface RecordedRequest { method: string; path: string; query: Record<string, string | string[]>; body: unknown; operationId: string | undefined }

export const now = (): string => new Date().toISOString().replace(/\.\d+Z$/, "Z");
export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The in-memory GitHub. Tests may seed or inspect any of it. */
export class GitHubState {
  comments: StoredComment[] = [];
  /** Label names per issue, keyed `owner/repo#number`. */
  labels = new Map<string, string[]>();
  checkRuns: StoredCheckRun[] = [];
  pulls: StoredPull[] = [];
  /** Per-repo overrides for GET /repos/{owner}/{repo}, keyed `owner/repo`; unknown repos get defaults. */
  repos = new Map<string, { default_branch?: string; private?: boolean }>();
  /**
   * The token's permissions, spelled as in a workflow (`"pull-requests": "read"`); a scope not listed is
   * none. Undefined: every permission. GitHub answers a missing one with 403 "Resource not accessible by
   * integration" and an `x-accepted-github-permissions` header (github-standin-gates.ts).
   */
  permissions: Partial<Record<Scope, "read" | "write">> | undefined = undefined;
  /** Repository setting "Allow GitHub Actions to create and approve pull requests" (binds github-actions[bot]). */
  actionsCanCreatePullRequests = true;
  /** Failures to inject, each consumed by the next `count` requests of its operation (github-standin-gates.ts). */
  faults: Fault[] = [];
  /** Commits per `owner/repo` that check runs may name; a repository not listed accepts any 40-hex SHA. */
  commits = new Map<string, Set<string>>();
  /** Artifacts of workflow runs, newest last (listed newest first, as GitHub does). */
  artifacts: StoredArtifact[] = [];
  /** Origin of the stand-in's blob storage (set when it starts). */
  blobBase = "";
  private nextId = 1000;
  private nextNumber = 1;

  constructor(readonly actor: GitHubUser) {}

  /** The token a pull request from a fork gets: read-only, whatever the workflow asks for. */
  readOnlyToken(): void {
    this.permissions = Object.fromEntries(SCOPES.filter((s) => s !== "administration").map((s) => [s, "read"])) as Record<Scope, "read">;
  }

  newId(): number { return this.nextId++; }
  newNumber(): number { return this.nextNumber++; }

  /** Seed or post a comment; the author defaults to the token's user. */
  addComment(where: RepoRef & { issue_number: number }, body: string, user: GitHubUser = this.actor): StoredComment {
    const id = this.newId();
    const at = now();
    const html_url = `https://github.com/${where.owner}/${where.repo}/issues/${where.issue_number}#issuecomment-${id}`;
    const comment = { ...where, id, body, user, html_url, created_at: at, updated_at: at };
    this.comments.push(comment);
    return comment;
  }

  issueLabels(owner: string, repo: string, issue: number): string[] {
    const key = `${owner}/${repo}#${issue}`;
    if (!this.labels.has(key)) this.labels.set(key, []);
    return this.labels.get(key) ?? [];
  }
}

