/**
 * action/check on `workflow_run` (policy-check-comment.yml): the follow-up that comments on pull
 * requests whose own check could not (a fork's token is read-only). It holds a write token, so it
 * trusts nothing the pull request controls: the pull request is found through the API from the run's
 * head SHA and head repository (never from the artifact), its commits are fetched as git objects and
 * checked without being checked out or run, and the comment is rendered from that result. The result
 * artifact is only compared with it. The verdict stays with the check run: this step fails only when it
 * cannot do its job, never on findings.
 */
import * as core from "@actions/core";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Octokit } from "@octokit/rest";
import { WpcError } from "../../core/json/errors.ts";
import { capAnnotations, checkAnnotations, checkMarkdown } from "../../core/policy/render.ts";
import { readResultClaims } from "../../io/check-result.ts";
import { firstLine, git, resolveCommit } from "../../io/git.ts";
import { octokit, repoFromEnv, type Repo } from "../../io/github.ts";
import { explainFailure } from "../../io/github-errors.ts";
import { checkCommits } from "../../io/policy-commits.ts";
import { postCheckFeedback } from "./check-comment.ts";
import { booleanInput, env, optionalInput } from "./inputs.ts";
import { annotate, info } from "./log.ts";

const SHA_RE = /^[0-9a-f]{40}$/;
const FULL_NAME_RE = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;

interface WorkflowRun {
  event?: string;
  head_sha?: string;
  head_branch?: string | null;
  head_repository?: { full_name?: string } | null;
}

interface Pull {
  number: number;
  head: { sha: string; repo: { full_name: string } | null };
  base: { sha: string; ref: string };
}

function readRun(): WorkflowRun | undefined {
  const path = env("eventPath");
  if (!path) return undefined;
  try {
    return (JSON.parse(readFileSync(path, "utf8")) as { workflow_run?: WorkflowRun }).workflow_run;
  } catch {
    throw new WpcError("E_BAD_INPUT", `cannot read the event payload at ${path}`);
  }
}

/** Open pull requests of this repository whose head is exactly `sha` from `headRepo` (API, not artifact). */
export async function findPulls(gh: Octokit, repo: Repo, sha: string, headRepo: string, headBranch: string | undefined): Promise<Pull[]> {
  const owner = headRepo.split("/")[0]!;
  const query = { ...repo, state: "open" as const, per_page: 100, ...(headBranch ? { head: `${owner}:${headBranch}` } : {}) };
  const pulls = (await gh.paginate(gh.rest.pulls.list, query)) as Pull[];
  return pulls.filter((p) => p.head.sha === sha && p.head.repo?.full_name.toLowerCase() === headRepo.toLowerCase()).sort((a, b) => a.number - b.number);
}

/** Fetch the pull request's head and base as objects only (no checkout); the head must still be `sha`. */
function fetchPull(cwd: string, remote: string, p: Pull, sha: string): { base: string } | { stale: string } {
  if (git(["check-ref-format", "--branch", p.base.ref], cwd).status !== 0 || p.base.ref.startsWith("-"))
    throw new WpcError("E_BAD_INPUT", `pull request #${p.number}: base branch ${JSON.stringify(p.base.ref)} is not a branch name`);
  const headRef = `refs/wpc/follow-up/pull/${p.number}`;
  const f = git(["fetch", "--no-tags", "--quiet", "--no-recurse-submodules", remote, `+refs/pull/${p.number}/head:${headRef}`, `+refs/heads/${p.base.ref}:refs/remotes/${remote}/${p.base.ref}`], cwd);
  if (f.status !== 0) throw new WpcError("E_IO", `git fetch of pull request #${p.number}: ${firstLine(f.stderr)}`);
  const fetched = resolveCommit(headRef, cwd);
  if (fetched !== sha) return { stale: fetched ?? "(none)" };
  const base = (SHA_RE.test(p.base.sha) ? resolveCommit(p.base.sha, cwd) : undefined) ?? resolveCommit(`refs/remotes/${remote}/${p.base.ref}`, cwd);
  if (!base) throw new WpcError("E_IO", `pull request #${p.number}: base ${p.base.ref} not found after fetch`);
  return { base };
}

export async function followUp(): Promise<void> {
  const cwd = resolve(optionalInput("working-directory") ?? env("workspace") ?? process.cwd());
  const run = readRun();
  if (run?.event !== "pull_request") {
    info(`the triggering run was not for a pull_request (${JSON.stringify(run?.event ?? null)}): nothing to comment on`);
    return;
  }
  const sha = run.head_sha ?? "";
  const headRepo = run.head_repository?.full_name ?? "";
  if (!SHA_RE.test(sha)) throw new WpcError("E_BAD_INPUT", "workflow_run.head_sha is not a commit SHA");
  if (!FULL_NAME_RE.test(headRepo)) throw new WpcError("E_BAD_INPUT", "workflow_run.head_repository.full_name is not owner/name");
  const token = optionalInput("github-token");
  const repo = repoFromEnv(env("repository"));
  if (!token || !repo) {
    annotate("warning", "no github-token (or GITHUB_REPOSITORY): the follow-up cannot comment");
    return;
  }
  const gh = octokit(token, env("apiUrl"));
  let pulls: Pull[];
  try {
    pulls = await findPulls(gh, repo, sha, headRepo, run.head_branch ?? undefined);
  } catch (e) {
    throw new WpcError("E_IO", explainFailure("listing the open pull requests", e, "pull-requests: read"));
  }
  if (!pulls.length) {
    info(`no open pull request has head ${sha} from ${headRepo}: nothing to comment on`);
    return;
  }
  // no artifact (the download is allowed to fail): nothing to compare
  const resultPath = optionalInput("result") ? resolve(cwd, optionalInput("result")!) : undefined;
  const claims = resultPath && existsSync(resultPath) ? readResultClaims(resultPath) : undefined;
  const summary: string[] = [];
  for (const p of pulls) {
    const fetched = fetchPull(cwd, "origin", p, sha);
    if ("stale" in fetched) {
      annotate("notice", `pull request #${p.number} moved on to ${fetched.stale}: the run for that commit comments`);
      continue;
    }
    const result = checkCommits({ cwd, base: fetched.base, head: sha, policiesDir: optionalInput("policies") ?? "policies" });
    const { overflow } = capAnnotations(checkAnnotations(result));
    if (claims && !claims.ok) annotate("warning", `the result artifact is ignored: ${claims.why}`);
    else if (claims && (claims.pull_request !== p.number || claims.head_sha !== sha || claims.expands !== result.expands))
      annotate("warning", `the result artifact disagrees with the re-computed check of #${p.number} at ${sha.slice(0, 12)}: ignored`);
    if (!booleanInput("comment", true)) continue;
    await postCheckFeedback(gh, repo, p.number, result, overflow, false);
    summary.push(`## Pull request #${p.number}\n\n${checkMarkdown(result, { target: "summary", overflow })}`);
  }
  if (summary.length) await core.summary.addRaw(summary.join("\n") + "\n").write();
}
