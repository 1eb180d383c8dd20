/**
 * After a registry rollback, bring main back in line: a branch whose only change restores
 * policies/<id>.wpc.json to the rolled-back contract, and a pull request (Octokit) whose body links
 * the registry entry. A PR opened with GITHUB_TOKEN triggers no workflows; an App token does.
 */
import type { Octokit } from "@octokit/rest";
import { WpcError } from "../core/errors.ts";
import { policyHash } from "../core/hash.ts";
import type { JsonValue } from "../core/ijson.ts";
import type { EntryRecord } from "../core/registry-types.ts";
import { buildCommit } from "./git-commit.ts";
import { firstLine, git, resolveCommit, showFile } from "./git.ts";
import type { Repo } from "./github.ts";

export interface RollbackPrOptions {
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

export async function openRollbackPr(o: RollbackPrOptions): Promise<RollbackPr> {
  const path = `${o.policiesDir}/${o.policyId}.wpc.json`;
  const f = git(["fetch", "--quiet", "--no-tags", o.remote, `+refs/heads/${o.base}:refs/remotes/${o.remote}/${o.base}`], o.cwd);
  if (f.status !== 0) throw new WpcError("E_IO", `git fetch ${o.remote} ${o.base}: ${firstLine(f.stderr)}`);
  const baseCommit = resolveCommit(`refs/remotes/${o.remote}/${o.base}`, o.cwd);
  if (!baseCommit) throw new WpcError("E_IO", `${o.remote}/${o.base} not found`);
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
  const p = git(["push", "--quiet", o.remote, `${commit}:refs/heads/${branch}`], o.cwd);
  if (p.status !== 0) throw new WpcError("E_IO", `git push ${o.remote} ${branch}: ${firstLine(p.stderr)}`);
  const entryUrl = `${o.serverUrl}/${o.repo.owner}/${o.repo.repo}/blob/${o.registryBranch}/log/${String(o.entry.seq).padStart(12, "0")}.json`;
  const body = [
    `The registry rolled **${o.policyId}** back to \`${hash}\` (entry [seq ${o.entry.seq}](${entryUrl}), \`${o.entry.entry_hash_b64u}\`).`,
    "",
    `Reason: ${o.entry.payload.reason ?? "—"}`,
    "",
    `This pull request restores \`${path}\` to that contract so main and the registry agree again. Until it merges, publish will not re-publish the replaced version.`,
  ].join("\n");
  const pr = await o.gh.rest.pulls.create({ ...o.repo, title: `wpc: roll back ${o.policyId} to ${hash.slice(0, 12)}`, head: branch, base: o.base, body });
  return { opened: true, url: pr.data.html_url, number: pr.data.number, branch };
}
