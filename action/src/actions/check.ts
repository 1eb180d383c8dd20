/**
 * action/check (pull_request): validate + lint + risk diff of changed policies against the merge-base,
 * annotations (≤ 10 per level), job summary, one sticky PR comment, the `policy-expansion` label,
 * outputs `expands` and `hashes`. Fails on error-level findings or unusable files, never on an expansion.
 */
import * as core from "@actions/core";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { capAnnotations, checkAnnotations, checkMarkdown } from "../core/policy/render.ts";
import { checkWorkingTreeWithSources } from "../io/policy-check.ts";
import { replayFolder } from "../io/impact-replay.ts";
import { fetchProofArtifacts } from "../io/proof-artifacts.ts";
import { explainFailure } from "../io/github-errors.ts";
import { impactMarkdown, type Impact } from "../core/gate/index.ts";
import type { CheckSources } from "../io/policy-check.ts";
import { git, isShallow } from "../io/git.ts";
import { checkRevision } from "../io/git-args.ts";
import { octokit, repoFromEnv } from "../io/github.ts";
import { isForkPull } from "../io/pr-feedback.ts";
import { postCheckFeedback } from "./shared/check-comment.ts";
import { resultRecord } from "../io/check-result.ts";
import { checkSarif } from "../core/policy/sarif.ts";
import { jsonText } from "../core/escape/index.ts";
import { sarifContext } from "../io/docs-url.ts";
import { followUp } from "./shared/check-follow-up.ts";
import { booleanInput, env, optionalInput } from "./shared/inputs.ts";
import { entry, isProcessEntry } from "./shared/entry.ts";
import { annotate, fail, info } from "./shared/log.ts";

interface PullRequestEvent {
  pull_request?: { number: number; base: { sha: string; ref: string; repo?: { full_name?: string } | null }; head: { sha: string; repo?: { full_name?: string } | null } };
}

function readEvent(): PullRequestEvent {
  const path = env("eventPath");
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8")) as PullRequestEvent;
  } catch {
    throw new WpcError("E_BAD_INPUT", `cannot read the event payload at ${path}`);
  }
}

async function main(): Promise<void> {
  const cwd = resolve(optionalInput("working-directory") ?? env("workspace") ?? process.cwd());
  const event = readEvent();
  const pr = event.pull_request;
  const baseInput = optionalInput("base");
  const base = baseInput ?? pr?.base.sha;
  if (!base) throw new WpcError("E_USAGE", 'no base: run on pull_request or set the "base" input');
  const baseLabel = baseInput !== undefined ? 'input "base"' : "pull_request.base.sha";
  checkRevision(base, baseLabel); // before any git call: a leading "-" would be an option

  // A shallow checkout lacks the merge-base: fetch the base and enough history.
  if (isShallow(cwd)) {
    git(["fetch", "--no-tags", "--quiet", "--unshallow", "--end-of-options", "origin"], cwd);
    git(["fetch", "--no-tags", "--quiet", "--end-of-options", "origin", base], cwd);
  }

  // What git stores for the checked-out commit, never the working tree (the same bytes publish reads).
  const { result, sources } = checkWorkingTreeWithSources({
    base,
    baseLabel,
    head: "HEAD",
    cwd,
    policiesDir: optionalInput("policies") ?? "policies",
    ...(optionalInput("trust") ? { trust: optionalInput("trust")! } : {}),
  });

  const { shown, overflow } = capAnnotations(checkAnnotations(result));
  for (const a of shown) annotate(a.level, a.message, { file: a.file, startLine: a.line, startColumn: a.column, title: a.title });
  const token = optionalInput("github-token");
  const repo = repoFromEnv(env("repository"));
  const impact = await replay(sources, cwd, token, repo);
  // the summary lists what the comment leaves out; both are fitted under GitHub's size limits
  await core.summary.addRaw(checkMarkdown(result, { target: "summary", overflow }) + (impact ? impactMarkdown(impact, "summary") : "")).write();
  core.setOutput("now-failing", impact ? String(impact.now_failing) : "");

  const hashes: Record<string, { old: string | null; new: string | null }> = {};
  for (const f of result.files) hashes[f.file] = { old: f.base_hash, new: f.head_hash };
  core.setOutput("expands", result.expands ? "true" : "false");
  core.setOutput("hashes", JSON.stringify(hashes));

  // The result file (uploaded as an artifact by policy-check.yml) is for the follow-up workflow on fork
  // pull requests, which re-computes everything itself: nothing in it is trusted there.
  const resultPath = join(process.env.RUNNER_TEMP || cwd, "wpc-check-result.json");
  writeFileSync(resultPath, JSON.stringify(resultRecord(result, pr ? { number: pr.number, head_sha: pr.head.sha } : undefined), null, 2) + "\n");
  core.setOutput("result", resultPath);
  // SARIF for code scanning (policy-check.yml uploads it where it may; the upload never decides the verdict)
  const sarifPath = join(process.env.RUNNER_TEMP || cwd, "wpc-check.sarif");
  writeFileSync(sarifPath, jsonText(checkSarif(result, sarifContext(process.env))) + "\n");
  core.setOutput("sarif", sarifPath);

  // Comment and label are feedback: a refusal (a fork's read-only token) is a warning, never the verdict.
  if (pr && token && repo && booleanInput("comment", true)) {
    const gh = octokit(token, env("apiUrl"));
    await postCheckFeedback(gh, repo, pr.number, result, overflow, isForkPull(pr), impact ? impactMarkdown(impact, "comment") : "");
  } else if (pr) {
    info("no github-token: PR comment and label skipped");
  }

  if (result.unusable || result.errors)
    fail(`${result.errors} error-level finding(s)${result.unusable ? `, ${result.unusable} unusable file(s)` : ""} in changed policies`);
  // the impact is advisory unless the workflow asks otherwise (documented in docs/impact-replay.md)
  else if (impact && impact.now_failing > 0 && booleanInput("fail-on-impact", false))
    fail(`${impact.now_failing} recent job(s) would fail under the proposed policies (fail-on-impact)`);
}

/**
 * The impact replay, when asked for: the folder `replay-bundles`, or the last `replay-artifacts`
 * proof artifacts of verify runs fetched into RUNNER_TEMP (needs `actions: read`; a refusal is a
 * warning). Live CSTs are judged only with `replay-live`.
 */
async function replay(sources: CheckSources, cwd: string, token: string | undefined, repo: ReturnType<typeof repoFromEnv>): Promise<Impact | undefined> {
  let dir = optionalInput("replay-bundles");
  const count = optionalInput("replay-artifacts");
  if (count !== undefined && !/^(0|[1-9][0-9]{0,2})$/.test(count)) throw new WpcError("E_USAGE", 'input "replay-artifacts" must be a number of artifacts, 0 to 999');
  if (dir === undefined && count !== undefined && count !== "0") {
    if (!token || !repo) {
      annotate("warning", "replay-artifacts needs github-token and GITHUB_REPOSITORY: impact replay skipped");
      return undefined;
    }
    dir = join(process.env.RUNNER_TEMP || cwd, "wpc-replay");
    try {
      const got = await fetchProofArtifacts(octokit(token, env("apiUrl")), repo, Number(count), dir);
      info(`impact replay: ${got.fetched} proof artifact(s) fetched of ${got.listed} listed${got.skipped.length ? `; skipped: ${got.skipped.join("; ")}` : ""}`);
    } catch (e) {
      annotate("warning", explainFailure("fetching proof artifacts", e, "actions: read"));
      return undefined;
    }
  }
  if (dir === undefined) return undefined;
  return replayFolder(sources, { dir: resolve(cwd, dir), includeLive: booleanInput("replay-live", false), at: Date.now() });
}

// On workflow_run (policy-check-comment.yml) the same action is the follow-up that comments on fork pull requests.
export const run = entry(() => (env("eventName") === "workflow_run" ? followUp() : main()));

if (isProcessEntry(import.meta.url)) void run();
