/**
 * After a registry rollback, bring main back in line: a branch whose only change restores
 * policies/<id>.wpc.json to the rolled-back contract, and a pull request (Octokit) whose body links
 * the registry entry. A PR opened with GITHUB_TOKEN triggers no workflows; an App token does.
 */
import { mdCode } from "../core/escape/index.ts";
import type { Octokit } from "@octokit/rest";
import { WpcError } from "../core/json/errors.ts";
import { policyHash } from "../core/crypto/hash.ts";
import type { JsonValue } from "../core/json/ijson.ts";
import type { EntryRecord } from "../core/registry/types.ts";
import { buildCommit } from "./git-commit.ts";
import { firstLine, git, resolveCommit, showFile } from "./git.ts";
import { createOnce, type Repo } from "./github.ts";
import { explainFailure, PR_SETTING } from "./github-errors.ts";
import { checkBranch, checkRemote } from "./git-args.ts";

export interface RollbackPrOptions {
  /** Resolved by prepareRollbackPr, before anything is signed. */
  baseCommit?: string;
  cwd: string;
  remote: string;
  base: string;
  policiesDir: string;
  policyId: string;
  contract: JsonValue;
  entry: EntryRecord;
  registryBranch: string;
  gh: Octokit;
  repo: Repo;
  serverUrl: string;
}

export type RollbackPr = { opened: true; url: string; number: number; branch: string } | { opened: false; why: string };

const DIR_RE = /^[A-Za-z0-9_][A-Za-z0-9._/-]{0,200}$/;

/**
 * Check the pull request's inputs before the rollback is signed: the base branch exists on the
 * remote (fetched), the policies folder is a plain relative path and holds the policy file there.
 */
export function prepareRollbackPr<T extends Omit<RollbackPrOptions, "contract" | "entry">>(o: T): T {
  checkBranch(o.base, 'input "base-branch"');
  checkRemote(o.remote, "remote");
  if (git(["check-ref-format", "--branch", o.base], o.cwd).status !== 0) throw new WpcError("E_USAGE", `input "base-branch": not a valid branch name (got ${JSON.stringify(o.base)})`);
  if (!DIR_RE.test(o.policiesDir) || o.policiesDir.split("/").some((s) => s === "" || s === "." || s === ".."))
    throw new WpcError("E_BAD_INPUT", `invalid policies folder ${JSON.stringify(o.policiesDir)} (a relative path without . or ..)`);
  const f = git(["fetch", "--quiet", "--no-tags", "--end-of-options", o.remote, `+refs/heads/${o.base}:refs/remotes/${o.remote}/${o.base}`], o.cwd);
  if (f.status !== 0) throw new WpcError("E_BAD_INPUT", `base branch ${o.base} not found on ${o.remote}: ${firstLine(f.stderr)}`);
  const baseCommit = resolveCommit(`refs/remotes/${o.remote}/${o.base}`, o.cwd);
  if (!baseCommit) throw new WpcError("E_BAD_INPUT", `${o.remote}/${o.base} not found`);
  const path = `${o.policiesDir}/${o.policyId}.wpc.json`;
  if (!showFile(baseCommit, path, o.cwd)) throw new WpcError("E_BAD_INPUT", `${path} does not exist on ${o.base}: nothing to restore there`);
  return { ...o, baseCommit };
}

/** A token GitHub rejects is found before anything is signed. */
export async function checkToken(gh: Octokit, repo: Repo): Promise<void> {
  try {
    await gh.rest.repos.get({ ...repo });
  } catch (e) {
    const status = (e as { status?: number }).status;
    throw new WpcError("E_BAD_INPUT", `the GitHub token cannot read ${repo.owner}/${repo.repo}${status ? ` (HTTP ${status})` : ""}`);
  }
}

/**
 * Before signing: may GitHub Actions open pull requests here? (GITHUB_TOKEN only; an App token is not
 * bound by the setting.) "off" when the repository says so; "unknown" when the token may not read the
 * setting (GITHUB_TOKEN never may: it needs `administration: read`).
 */
export async function pullRequestSetting(gh: Octokit, repo: Repo): Promise<{ state: "on" | "off" } | { state: "unknown"; why: string }> {
  try {
    const r = await gh.rest.actions.getGithubActionsDefaultWorkflowPermissionsRepository({ ...repo });
    return { state: r.data.can_approve_pull_request_reviews ? "on" : "off" };
  } catch (e) {
    return { state: "unknown", why: explainFailure("reading the repository's workflow permissions", e, "administration: read") };
  }
}

export const SETTING_OFF = `${PR_SETTING}: GITHUB_TOKEN cannot open the rollback pull request. Turn it on, pass a GitHub App token (\`app-token\`), or run with \`open-pr: false\` and restore the policy file by hand`;

export async function openRollbackPr(o: RollbackPrOptions): Promise<RollbackPr> {
  const path = `${o.policiesDir}/${o.policyId}.wpc.json`;
  const baseCommit = o.baseCommit ?? prepareRollbackPr(o).baseCommit!;
  const hash = o.entry.payload.policy_hash_b64u!;
  const current = showFile(baseCommit, path, o.cwd);
  if (current) {
    try {
      if (policyHash(JSON.parse(new TextDecoder().decode(current))).policy_hash_b64u === hash) return { opened: false, why: `${path} on ${o.base} already holds ${hash}` };
    } catch {
      // unreadable on main: restore it
    }
  }
  const text = JSON.stringify(o.contract, null, 2) + "\n";
  const branch = `wpc/rollback-${o.policyId}-seq${o.entry.seq}`;
  const message = `Roll back ${o.policyId} to ${hash}\n\nRegistry entry seq ${o.entry.seq} (${o.entry.entry_hash_b64u}): ${o.entry.payload.reason ?? ""}`;
  const commit = buildCommit(o.cwd, baseCommit, new Map([[path, new TextEncoder().encode(text)]]), message);
  const p = git(["push", "--quiet", "--end-of-options", o.remote, `${commit}:refs/heads/${branch}`], o.cwd);
  if (p.status !== 0) throw new WpcError("E_IO", `git push ${o.remote} ${branch}: ${firstLine(p.stderr)}`);
  const entryUrl = `${o.serverUrl}/${o.repo.owner}/${o.repo.repo}/blob/${o.registryBranch}/log/${String(o.entry.seq).padStart(12, "0")}.json`;
  const body = [
    `The registry rolled **${o.policyId}** back to \`${hash}\` (entry [seq ${o.entry.seq}](${entryUrl}), \`${o.entry.entry_hash_b64u}\`).`,
    "",
    `Reason: ${o.entry.payload.reason ? mdCode(o.entry.payload.reason) : "—"}`, // input: inert (core/escape)
    "",
    `This pull request restores \`${path}\` to that contract so main and the registry agree again. Until it merges, publish will not re-publish the replaced version.`,
  ].join("\n");
  const title = `wpc: roll back ${o.policyId} to ${hash.slice(0, 12)}`;
  try {
    // a create whose answer was lost is found by its branch, never opened twice
    const pr = await createOnce(
      o.gh,
      async () => {
        const open = await o.gh.rest.pulls.list({ ...o.repo, state: "open", head: `${o.repo.owner}:${branch}`, base: o.base, per_page: 10 });
        return open.data[0] && { html_url: open.data[0].html_url, number: open.data[0].number };
      },
      async () => {
        const made = await o.gh.rest.pulls.create({ ...o.repo, title, head: branch, base: o.base, body, request: { retries: 0 } });
        return { html_url: made.data.html_url, number: made.data.number };
      },
      { lookFirst: false },
    );
    return { opened: true, url: pr.value.html_url, number: pr.value.number, branch };
  } catch (e) {
    throw new WpcError("E_IO", `${explainFailure("opening the rollback pull request", e, "pull-requests: write")}. The rollback itself is in the registry (seq ${o.entry.seq}): restore ${path} from branch ${branch} by hand`);
  }
}
