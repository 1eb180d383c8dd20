/**
 * The `wpc / verify` check run. A check run belongs on a commit: its head_sha is the subject when the
 * subject is a commit, else the workflow's GITHUB_SHA, else there is none and it is skipped. Like every
 * GitHub call of a gate, it is feedback: a refusal is a warning, the verdict decides the step.
 */
import { randomUUID } from "node:crypto";
import type { Octokit } from "@octokit/rest";
import { explainFailure } from "./github-errors.ts";
import { createOnce, octokit, type Repo } from "./github.ts";
import { resolveCommit } from "./git.ts";
import type { FeedbackLog } from "./pr-feedback.ts";

const SHA_RE = /^[0-9a-f]{40}$/;

/** The commit a check run goes on, or why there is none. */
export function checkRunCommit(subject: string, cwd: string, githubSha: string | undefined): { sha: string; from: "subject" | "GITHUB_SHA" } | { why: string } {
  let resolved: string | undefined;
  try {
    // a commit named by the subject (SHA or ref); an artifact digest (sha256:…) resolves to nothing
    resolved = subject.includes(":") ? undefined : resolveCommit(subject, cwd);
  } catch {
    resolved = undefined;
  }
  if (resolved && SHA_RE.test(resolved)) return { sha: resolved, from: "subject" };
  if (githubSha && SHA_RE.test(githubSha)) return { sha: githubSha, from: "GITHUB_SHA" };
  return { why: "the subject is not a commit here and GITHUB_SHA is not a commit SHA" };
}

export interface CheckRunRequest {
  token: string;
  apiUrl: string | undefined;
  repo: Repo;
  name: string;
  subject: string;
  cwd: string;
  githubSha: string | undefined;
  conclusion: "success" | "failure";
  title: string;
  summary: string;
  completedAt: string;
}

/** Post the check run; returns its id, or undefined when skipped or refused (a warning says why). */
export async function postCheckRun(r: CheckRunRequest, log: FeedbackLog, gh: Octokit = octokit(r.token, r.apiUrl)): Promise<number | undefined> {
  const at = checkRunCommit(r.subject, r.cwd, r.githubSha);
  if ("why" in at) {
    log.warning(`check run "${r.name}" skipped: ${at.why}`);
    return undefined;
  }
  // external_id marks this attempt, so a create whose answer was lost is found, not repeated
  const externalId = `wpc-${randomUUID()}`;
  try {
    const run = await createOnce(
      gh,
      async () => {
        const runs = await gh.rest.checks.listForRef({ ...r.repo, ref: at.sha, check_name: r.name, filter: "all", per_page: 100 });
        return runs.data.check_runs.find((c) => c.external_id === externalId);
      },
      async () =>
        (await gh.rest.checks.create({
          ...r.repo,
          name: r.name,
          head_sha: at.sha,
          external_id: externalId,
          status: "completed",
          conclusion: r.conclusion,
          completed_at: r.completedAt,
          output: { title: r.title.slice(0, 255), summary: r.summary.slice(0, 65_000) },
          request: { retries: 0 },
        })).data,
      { lookFirst: false },
    );
    log.info(`check run ${run.value.id} on ${at.sha} (${at.from}): ${r.conclusion}`);
    return run.value.id;
  } catch (e) {
    log.warning(explainFailure(`check run "${r.name}" on ${at.sha}`, e, "checks: write"));
    return undefined;
  }
}
