/**
 * action/rollback (workflow_dispatch, protected environment): roll a policy back to a known-good
 * published hash (a signed registry entry), then open a pull request restoring the policy file so main
 * and the registry agree. With only GITHUB_TOKEN the PR triggers no workflows: the summary says so.
 */
import * as core from "@actions/core";
import { resolve } from "node:path";
import { checkPolicyHash, checkPolicyId, checkReason } from "../core/registry/incident.ts";
import { rollback, writer } from "../io/incident.ts";
import { checkToken, openRollbackPr, prepareRollbackPr, pullRequestSetting, SETTING_OFF, type RollbackPrOptions } from "../io/rollback-pr.ts";
import { WpcError, isWpcError } from "../core/json/errors.ts";
import { verifyForWrite } from "../io/registry-writer.ts";
import { octokit, repoFromEnv } from "../io/github.ts";
import { checkBranch } from "../io/git-args.ts";
import { booleanInput, env, optionalInput, requiredInput } from "./shared/inputs.ts";
import { maskKey } from "./shared/secrets.ts";
import { entry, isProcessEntry } from "./shared/entry.ts";
import { incidentOptions } from "./shared/incident.ts";
import { mdCode } from "../core/escape/index.ts";

async function main(): Promise<void> {
  const key = maskKey(core.getInput("signing-key"));
  const appToken = optionalInput("app-token");
  if (appToken) core.setSecret(appToken);
  // Every input is checked before anything is signed or pushed.
  const id = checkPolicyId(requiredInput("policy-id"));
  const to = checkPolicyHash(optionalInput("to"), "to");
  const reason = checkReason(core.getInput("reason"));
  const openPr = booleanInput("open-pr", true);
  const baseBranch = checkBranch(optionalInput("base-branch") ?? "main", 'input "base-branch"');
  const cwd = resolve(optionalInput("working-directory") ?? env("workspace") ?? process.cwd());
  const opts = incidentOptions(key, cwd);
  const repo = repoFromEnv(env("repository"));
  const token = appToken ?? optionalInput("github-token");
  let pr: Omit<RollbackPrOptions, "contract" | "entry"> | undefined;
  if (openPr && repo && token) {
    const gh = octokit(token, env("apiUrl"));
    pr = prepareRollbackPr({
      cwd,
      remote: "origin",
      base: baseBranch,
      policiesDir: optionalInput("policies") ?? "policies",
      policyId: id,
      registryBranch: "wpc-registry",
      gh,
      repo,
      serverUrl: env("serverUrl") ?? "https://github.com",
    });
    await checkToken(gh, repo);
    // Only GITHUB_TOKEN (an installation token, ghs_) is bound by the repository setting; a personal
    // token (ghp_, github_pat_) or the app-token is not. Read the setting where the token may.
    if (!appToken && !/^(ghp_|github_pat_|gho_|ghu_)/.test(token)) {
      const setting = await pullRequestSetting(gh, repo);
      if (setting.state === "off") throw new WpcError("E_BAD_INPUT", `nothing signed: ${SETTING_OFF}`);
      if (setting.state === "unknown")
        core.warning(`${setting.why}. Opening the rollback pull request with GITHUB_TOKEN needs \`pull-requests: write\` and the repository setting "Allow GitHub Actions to create and approve pull requests"; the rollback is signed either way`);
    }
  }

  const r = rollback(opts, id, to, reason);
  const entry = r.entries[0]!;
  // The entry is in the registry from here on: outputs and summary first, whatever the pull request does.
  core.setOutput("seq", String(r.seq));
  core.setOutput("entry-hash", entry.entry_hash_b64u);
  await core.summary
    .addRaw([`## wpc rollback: ${mdCode(id)} → ${mdCode(to)}`, "", `Registry ${mdCode(r.registry)} at seq **${r.seq}** (entry ${mdCode(entry.entry_hash_b64u)}). The next verification requires this version.`, "", ""].join("\n"))
    .write();
  if (!pr) {
    await core.summary.addRaw("No pull request opened (open-pr false or no token): restore the policy file on main by hand.\n").write();
    return;
  }
  const lines: string[] = [];
  try {
    const w = writer(opts);
    const reg = verifyForWrite(w.store, w.trust, Date.now()).reg;
    // the entry names the wpc hash (`to` may have been its Claw hash)
    const res = await openRollbackPr({ ...pr, contract: reg.contracts.get(entry.payload.policy_hash_b64u!)!, entry });
    if (res.opened) {
      lines.push(`Pull request #${res.number} restores the policy file: ${mdCode(res.url)}`);
      core.setOutput("pr-url", res.url);
    } else lines.push(`No pull request needed: ${mdCode(res.why)}.`);
    if (!appToken)
      lines.push("", "⚠️ Opened with GITHUB_TOKEN, which triggers no workflows: the policy check will not run on that pull request until someone pushes to it. Pass a GitHub App token (`app-token`) to have it run.");
  } catch (e) {
    const why = isWpcError(e) ? e.message : `${e instanceof Error ? e.message : String(e)}`;
    lines.push(`⚠️ The pull request was not opened: ${mdCode(why)}`);
    await core.summary.addRaw(lines.join("\n") + "\n").write();
    throw e;
  }
  await core.summary.addRaw(lines.join("\n") + "\n").write();
}

export const run = entry(main);

if (isProcessEntry(import.meta.url)) void run();
