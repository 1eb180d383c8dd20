/**
 * The check's feedback on a pull request: the sticky comment and the expansion label. Feedback never
 * decides anything: every failure here becomes a warning naming the missing permission or setting,
 * and the check's verdict stays what the policies made it.
 */
import type { Octokit } from "@octokit/rest";
import { explainFailure, FORK_HINT } from "./github-errors.ts";
import { setLabel, upsertMarkedComment, type Repo } from "./github.ts";

export interface FeedbackLog {
  info(message: string): void;
  warning(message: string): void;
}

export interface Feedback {
  marker: string;
  body: string;
  botLogin: string;
  /** Label name, or undefined for none. */
  label: string | undefined;
  expands: boolean;
  /** The pull request comes from a fork (its token is read-only): said in the warnings. */
  fork: boolean;
}

export interface FeedbackResult {
  comment: "created" | "updated" | "unchanged" | "failed";
  label: "added" | "removed" | "unchanged" | "failed" | "skipped";
}

export async function postFeedback(gh: Octokit, repo: Repo, pr: number, f: Feedback, log: FeedbackLog): Promise<FeedbackResult> {
  const hint = f.fork ? FORK_HINT : undefined;
  const out: FeedbackResult = { comment: "failed", label: "skipped" };
  try {
    const c = await upsertMarkedComment(gh, repo, pr, f.marker, f.body, f.botLogin);
    out.comment = c.action;
    log.info(`PR comment ${c.action} (id ${c.id})`);
  } catch (e) {
    log.warning(explainFailure(`PR comment on #${pr}`, e, "pull-requests: write", hint));
  }
  if (f.label === undefined) return out;
  try {
    out.label = await setLabel(gh, repo, pr, f.label, f.expands);
    log.info(`label ${f.label}: ${out.label}`);
  } catch (e) {
    out.label = "failed";
    log.warning(explainFailure(`label ${JSON.stringify(f.label)} on #${pr}`, e, "pull-requests: write", hint));
  }
  return out;
}

/** Whether a pull_request payload's head lives in another repository than its base. */
export function isForkPull(pr: { head?: { repo?: { full_name?: string } | null }; base?: { repo?: { full_name?: string } | null } } | undefined): boolean {
  const head = pr?.head?.repo?.full_name;
  const base = pr?.base?.repo?.full_name;
  // a deleted fork has head.repo null: still not this repository
  if (pr?.head && pr.head.repo === null) return true;
  return typeof head === "string" && typeof base === "string" && head.toLowerCase() !== base.toLowerCase();
}
