/**
 * action/rollback (workflow_dispatch, protected environment): roll a policy back to a known-good
 * published hash (a signed registry entry), then open a pull request restoring the policy file so main
 * and the registry agree. With only GITHUB_TOKEN the PR triggers no workflows: the summary says so.
 */
import * as core from "@actions/core";
import { resolve } from "node:path";
import { checkPolicyHash, checkPolicyId, checkReason } from "../core/registry/incident.ts";
import { rollback, writer } from "../io/incident.ts";
import { checkToken, openRollbackPr, prepareRollbackPr, type RollbackPrOptions } from "../io/rollback-pr.ts";
import { verifyForWrite } from "../io/registry-writer.ts";
import { octokit, repoFromEnv } from "../io/github.ts";
import { booleanInput, env, optionalInput, requiredInput } from "./shared/inputs.ts";
import { failWith, maskKey } from "./shared/secrets.ts";
import { incidentOptions } from "./shared/incident.ts";
import { mdCode } from "../core/escape/index.ts";

async function run(): Promise<void> {
  const key = maskKey(core.getInput("signing-key"));
  const appToken = optionalInput("app-token");
  if (appToken) core.setSecret(appToken);
  // Every input is checked before anything is signed or pushed.
  const id = checkPolicyId(requiredInput("policy-id"));
  const to = checkPolicyHash(optionalInput("to"), "to");
  const reason = checkReason(core.getInput("reason"));
  const openPr = booleanInput("open-pr", true);
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
      base: optionalInput("base-branch") ?? "main",
      policiesDir: optionalInput("policies") ?? "policies",
      policyId: id,
      registryBranch: "wpc-registry",
      gh,
      repo,
      serverUrl: env("serverUrl") ?? "https://github.com",
    });
    await checkToken(gh, repo);
  }

  const r = rollback(opts, id, to, reason);
  const entry = r.entries[0]!;
  const lines = [`## wpc rollback: ${mdCode(id)} → ${mdCode(to)}`, "", `Registry ${mdCode(r.registry)} at seq **${r.seq}** (entry ${mdCode(entry.entry_hash_b64u)}). The next verification requires this version.`, ""];
  if (pr) {
    const w = writer(opts);
    const reg = verifyForWrite(w.store, w.trust, Date.now()).reg;
    const res = await openRollbackPr({ ...pr, contract: reg.contracts.get(to)!, entry });
    if (res.opened) {
      lines.push(`Pull request #${res.number} restores the policy file: ${mdCode(res.url)}`);
      core.setOutput("pr-url", res.url);
    } else lines.push(`No pull request needed: ${mdCode(res.why)}.`);
    if (!appToken)
      lines.push("", "⚠️ Opened with GITHUB_TOKEN, which triggers no workflows: the policy check will not run on that pull request until someone pushes to it. Pass a GitHub App token (`app-token`) to have it run.");
  } else lines.push("No pull request opened (open-pr false or no token): restore the policy file on main by hand.");
  await core.summary.addRaw(lines.join("\n") + "\n").write();
  core.setOutput("seq", String(r.seq));
}

run().catch((e: unknown) => failWith(e));
