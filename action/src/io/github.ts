/**
 * GitHub REST edge (Octokit): the client, with retries and rate-limit handling, and the calls that must
 * not repeat themselves (the sticky PR comment; see createOnce). Comments, labels, check runs and pull
 * requests are feedback: callers turn their failures into warnings (github-errors.ts), never a verdict.
 */
import { Octokit } from "@octokit/rest";
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";

import type { Repo } from "./repo-env.ts";
import { isTransient } from "./github-errors.ts";
export { repoFromEnv, type Repo } from "./repo-env.ts";

/** Retry and rate-limit waits. Defaults suit a CI step; tests pass smaller ones. */
export interface GitHubTiming {
  /** Attempts after the first for a 5xx or a lost connection (waits 1, 4, 9 × retryBaseMs). */
  retries: number;
  /** One "second" of waiting, in milliseconds (GitHub's retry-after and reset headers are in seconds). */
  retryBaseMs: number;
  /** A rate limit asking for a longer wait than this (seconds) is not waited for: the call fails. */
  maxWaitSeconds: number;
}

export const DEFAULT_TIMING: GitHubTiming = { retries: 3, retryBaseMs: 1000, maxWaitSeconds: 120 };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Throttling outside retry: a rate-limited request is re-queued by throttling, a 5xx by retry.
const WpcOctokit = Octokit.plugin(throttling, retry);
const timings = new WeakMap<object, GitHubTiming>();

/**
 * GitHub asks for at least a second between writes, more between ones that notify people (comments,
 * pull requests); throttling paces them with limiters of this shape. Ours is per client and scales with
 * retryBaseMs, so tests do not wait real seconds.
 */
function spacing(ms: number) {
  let next = 0;
  const limiter = {
    async schedule<A extends unknown[], R>(_job: unknown, fn: (...args: A) => R | Promise<R>, ...args: A): Promise<R> {
      const at = Math.max(Date.now(), next);
      next = at + ms;
      if (at > Date.now()) await sleep(at - Date.now());
      return fn(...args);
    },
  };
  return { key: () => limiter };
}

/** Statuses retry must leave alone: client errors, and 403/429 (rate limits belong to throttling). */
const DO_NOT_RETRY = [400, 401, 403, 404, 410, 422, 429, 451];

export function octokit(token: string, baseUrl?: string, timing: Partial<GitHubTiming> = {}): Octokit {
  const t: GitHubTiming = { ...DEFAULT_TIMING, ...timing };
  // failed requests are reported by the callers (github-errors.ts), once and with what to do about them
  const log = { debug: () => {}, info: () => {}, warn: (m: string) => console.warn(m), error: () => {} };
  const wait = (kind: string, limitTries: number) => (after: number, options: { method?: string; url?: string }, _o: unknown, count: number): boolean => {
    const what = `${options.method ?? "GET"} ${options.url ?? ""}`;
    if (count < limitTries && after <= t.maxWaitSeconds) {
      log.warn(`GitHub ${kind} on ${what}: retrying in ${after} s`);
      return true;
    }
    log.warn(`GitHub ${kind} on ${what}: giving up (asked to wait ${after} s)`);
    return false;
  };
  const gh = new WpcOctokit({
    auth: token,
    baseUrl: baseUrl || "https://api.github.com",
    userAgent: "wpc",
    log,
    retry: { retries: t.retries, retryAfterBaseValue: t.retryBaseMs, doNotRetry: DO_NOT_RETRY },
    throttle: {
      retryAfterBaseValue: t.retryBaseMs,
      // the plugin only calls key(id).schedule(...) on these; its type asks for a whole Bottleneck group
      write: spacing(t.retryBaseMs) as never,
      notifications: spacing(3 * t.retryBaseMs) as never,
      onRateLimit: wait("rate limit", 1),
      onSecondaryRateLimit: wait("secondary rate limit", 2),
    },
  });
  timings.set(gh, t);
  return gh;
}

/**
 * A POST that must not take effect twice. GitHub may create the object and still answer 502 (or drop the
 * connection), so the POST is never retried blindly: before every attempt `find` looks for what an
 * earlier attempt may have made (`lookFirst: false` skips the first look when nothing can exist yet).
 * `create` must pass `request: { retries: 0 }` (no automatic retry).
 */
export async function createOnce<T>(
  gh: Octokit,
  find: () => Promise<T | undefined>,
  create: () => Promise<T>,
  opts: { lookFirst?: boolean } = {},
): Promise<{ value: T; found: boolean }> {
  const t = timings.get(gh) ?? DEFAULT_TIMING;
  for (let attempt = 0; ; attempt++) {
    const existing = attempt > 0 || opts.lookFirst !== false ? await find() : undefined;
    if (existing !== undefined) return { value: existing, found: attempt === 0 };
    try {
      return { value: await create(), found: false };
    } catch (e) {
      if (!isTransient(e) || attempt >= t.retries) throw e;
      await sleep((attempt + 1) ** 2 * t.retryBaseMs);
    }
  }
}

/**
 * Create the PR comment that carries `marker`, or update it in place when one written by `botLogin`
 * already exists (so later pushes keep a single comment). A retried create never makes a second one.
 */
export async function upsertMarkedComment(
  gh: Octokit,
  repo: Repo,
  issueNumber: number,
  marker: string,
  body: string,
  botLogin: string,
): Promise<{ id: number; action: "created" | "updated" | "unchanged" }> {
  const find = async () => {
    const comments = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
    return comments.find((c) => c.user?.login === botLogin && (c.body ?? "").includes(marker));
  };
  let createdId: number | undefined;
  const r = await createOnce(gh, find, async () => {
    const c = await gh.rest.issues.createComment({ ...repo, issue_number: issueNumber, body, request: { retries: 0 } });
    createdId = c.data.id;
    return c.data;
  });
  if (createdId !== undefined) return { id: createdId, action: "created" };
  if (r.value.body === body) return { id: r.value.id, action: r.found ? "unchanged" : "created" };
  await gh.rest.issues.updateComment({ ...repo, comment_id: r.value.id, body });
  return { id: r.value.id, action: r.found ? "updated" : "created" };
}

/** Add `label` when `on`, remove it when not (absent label: nothing to do). */
export async function setLabel(gh: Octokit, repo: Repo, issueNumber: number, label: string, on: boolean): Promise<"added" | "removed" | "unchanged"> {
  const current = await gh.paginate(gh.rest.issues.listLabelsOnIssue, { ...repo, issue_number: issueNumber, per_page: 100 });
  const has = current.some((l) => l.name.toLowerCase() === label.toLowerCase());
  if (on && !has) {
    // adding a label twice is harmless: a retried POST cannot duplicate it
    await gh.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: [label] });
    return "added";
  }
  if (!on && has) {
    try {
      await gh.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name: label });
    } catch (e) {
      // a retried DELETE whose first answer was lost finds the label gone
      if ((e as { status?: number }).status !== 404) throw e;
    }
    return "removed";
  }
  return "unchanged";
}
