/**
 * The PR check's feedback on one pull request — the marked comment (the check's Markdown, linked to this
 * run's job summary) and the expansion label — as action/check and its fork follow-up both post it.
 * A refusal is a warning, never the verdict.
 */
import type { Octokit } from "@octokit/rest";
import { runUrl } from "../../core/escape/index.ts";
import { CHECK_MARKER, checkMarkdown, type Annotation } from "../../core/policy/render.ts";
import type { CheckResult } from "../../core/policy/check.ts";
import type { Repo } from "../../io/github.ts";
import { postFeedback } from "../../io/pr-feedback.ts";
import { env, optionalInput } from "./inputs.ts";
import { annotate, info } from "./log.ts";

/** `extra`: Markdown appended to the comment (the impact replay, fitted under its own limit). */
export async function postCheckFeedback(gh: Octokit, repo: Repo, pr: number, result: CheckResult, overflow: readonly Annotation[], fork: boolean, extra = ""): Promise<void> {
  const run = runUrl(env("serverUrl"), env("repository"), env("runId"));
  await postFeedback(gh, repo, pr, {
    marker: CHECK_MARKER,
    body: checkMarkdown(result, { target: "comment", overflow, ...(run ? { runUrl: run } : {}) }) + extra,
    botLogin: optionalInput("bot-login") ?? "github-actions[bot]",
    label: optionalInput("label") ?? "policy-expansion",
    expands: result.expands,
    fork,
  }, { info, warning: (s) => annotate("warning", s) });
}
