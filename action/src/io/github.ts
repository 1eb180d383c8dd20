/** GitHub REST edge (Octokit): the sticky PR comment, labels, check runs, pull requests. */
import { Octokit } from "@octokit/rest";

import type { Repo } from "./repo-env.ts";
export { repoFromEnv, type Repo } from "./repo-env.ts";

export function octokit(token: string, baseUrl?: string): Octokit {
  return new Octokit({ auth: token, baseUrl: baseUrl || "https://api.github.com", userAgent: "wpc" });
}


/**
 * Create the PR comment that carries `marker`, or update it in place when one written by `botLogin`
 * already exists (so later pushes keep a single comment). Returns the comment id and what happened.
 */
export async function upsertMarkedComment(
  gh: Octokit,
  repo: Repo,
  issueNumber: number,
  marker: string,
  body: string,
  botLogin: string,
): Promise<{ id: number; action: "created" | "updated" }> {
  const comments = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  const mine = comments.find((c) => c.user?.login === botLogin && (c.body ?? "").includes(marker));
  if (mine) {
    await gh.rest.issues.updateComment({ ...repo, comment_id: mine.id, body });
    return { id: mine.id, action: "updated" };
  }
  const created = await gh.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
  return { id: created.data.id, action: "created" };
}

/** Add `label` when `on`, remove it when not (absent label: nothing to do). */
export async function setLabel(gh: Octokit, repo: Repo, issueNumber: number, label: string, on: boolean): Promise<"added" | "removed" | "unchanged"> {
  const current = await gh.paginate(gh.rest.issues.listLabelsOnIssue, { ...repo, issue_number: issueNumber, per_page: 100 });
  const has = current.some((l) => l.name === label);
  if (on && !has) {
    await gh.rest.issues.addLabels({ ...repo, issue_number: issueNumber, labels: [label] });
    return "added";
  }
  if (!on && has) {
    await gh.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name: label });
    return "removed";
  }
  return "unchanged";
}
