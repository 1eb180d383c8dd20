/**
 * action/verify (reusable promotion gate): verify a proof bundle against the published, unrevoked WPC.
 * trust.json and the registry are read from the policy repository's default branch and registry
 * branch (read-only, fetched), never from the commit being promoted. Job summary (verdict first,
 * failures on top), outputs `verdict`, `policy-hash`, `report`, a `wpc / verify` check run, and the
 * job fails on anything but pass.
 */
import * as core from "@actions/core";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { HASH_B64U_RE } from "../core/crypto/hash.ts";
import { parseTrust } from "../core/policy/trust.ts";
import type { GateNeeds } from "../core/registry/head.ts";
import { readRegistryForGate } from "../io/registry-read.ts";
import { reportJunit, reportMarkdown } from "../core/gate/index.ts";
import { prepareGateProcess, runVerify } from "../io/verify-run.ts";
import { git, firstLine, showFiles } from "../io/git.ts";
import { GitRegistryStore } from "../io/registry-git.ts";
import { verifySnapshot } from "../io/registry-store.ts";
import { checkBranch, checkGitValue, checkRemote } from "../io/git-args.ts";
import { repoFromEnv } from "../io/repo-env.ts";
import { booleanInput, env, optionalInput, requiredInput } from "./shared/inputs.ts";
import { entry, isProcessEntry } from "./shared/entry.ts";
import { annotate, fail, info } from "./shared/log.ts";
import { plain } from "../core/escape/index.ts";

function defaultBranch(): string {
  const path = env("eventPath");
  if (path) {
    try {
      const ev = JSON.parse(readFileSync(path, "utf8")) as { repository?: { default_branch?: string } };
      if (ev.repository?.default_branch) return ev.repository.default_branch;
    } catch {
      // fall through to main
    }
  }
  return "main";
}

async function main(): Promise<void> {
  const cwd = resolve(optionalInput("working-directory") ?? env("workspace") ?? process.cwd());
  const policyId = requiredInput("policy-id");
  const expect = optionalInput("expected-hash");
  if (expect && !HASH_B64U_RE.test(expect)) throw new WpcError("E_USAGE", 'input "expected-hash" must be a 43-character base64url policy hash');
  const subject = optionalInput("subject") ?? env("sha");
  if (!subject) throw new WpcError("E_USAGE", 'no subject: set "subject" or run where GITHUB_SHA is set');
  // a commit id or an artifact digest (sha256:…); looked up as a commit for the check run
  checkGitValue(subject, optionalInput("subject") !== undefined ? 'input "subject"' : "GITHUB_SHA");
  const bundlePath = resolve(cwd, requiredInput("bundle"));
  prepareGateProcess(bundlePath);
  // every value that reaches git is checked before the first git call (a leading "-" is an option)
  const remote = checkRemote(optionalInput("remote") ?? "origin", 'input "remote"');
  const branch = checkBranch(optionalInput("trust-branch") ?? defaultBranch(), optionalInput("trust-branch") !== undefined ? 'input "trust-branch"' : "repository.default_branch");
  const registryBranch = checkBranch(optionalInput("registry-branch") ?? "wpc-registry", 'input "registry-branch"');
  const trustPath = optionalInput("trust") ?? "policies/trust.json";
  // read as `REF:PATH` on `git cat-file --batch`'s input: one line, so no control characters
  if (/[\u0000-\u001f\u007f]/.test(trustPath) || trustPath.startsWith("-")) throw new WpcError("E_USAGE", 'input "trust": not a usable path');

  // trust.json from the default branch, fetched fresh: never from the commit being promoted
  const fetch = booleanInput("fetch", true);
  if (fetch) {
    const f = git(["fetch", "--quiet", "--no-tags", "--end-of-options", remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`], cwd);
    if (f.status !== 0) throw new WpcError("E_IO", `git fetch ${remote} ${branch}: ${firstLine(f.stderr)}`);
  }
  const trustBytes = showFiles(`refs/remotes/${remote}/${branch}`, [trustPath], cwd).get(trustPath);
  if (!trustBytes) throw new WpcError("E_IO", `${trustPath} not found on ${remote}/${branch}`);
  const trust = parseTrust(trustBytes, `${remote}/${branch}:${trustPath}`);

  // the registry branch, fetched (or, with fetch: false, as last fetched), read-only
  // (a gate needs the current tree only: the tip commit is enough, whatever the length of the history)
  const store = fetch
    ? new GitRegistryStore({ cwd, remote, branch: registryBranch, readOnlyRef: null, shallow: true })
    : new GitRegistryStore({ cwd, remote: null, branch: registryBranch, readOnlyRef: `refs/remotes/${remote}/${registryBranch}` });
  const at = Date.now();
  const minSeqText = optionalInput("min-seq");
  if (minSeqText !== undefined && !/^\d{1,15}$/.test(minSeqText)) throw new WpcError("E_USAGE", 'input "min-seq" must be a non-negative integer');
  const regOpts = { trust, at, ...(minSeqText !== undefined ? { minSeq: Number(minSeqText) } : {}) };
  const loadRegistry = (needs: GateNeeds) => readRegistryForGate(store, regOpts, needs, (w) => core.warning(w));

  const urmInput = optionalInput("urm");
  const report = await runVerify({
    bundlePath,
    ownProcess: true,
    policyId,
    loadRegistry,
    trust,
    at,
    subject,
    ...(expect ? { expectHash: expect } : {}),
    ...(urmInput ? { urmPath: resolve(cwd, urmInput) } : {}),
  });

  const md = reportMarkdown(report);
  const reportPath = join(process.env.RUNNER_TEMP || cwd, "wpc-verify-report.json");
  writeFileSync(reportPath, JSON.stringify(report, null, 2) + "\n");
  await core.summary.addRaw(md).write();
  core.setOutput("verdict", report.verdict);
  core.setOutput("policy-hash", report.policy.hash ?? "");
  core.setOutput("report", reportPath);
  const junitPath = join(process.env.RUNNER_TEMP || cwd, "wpc-verify-junit.xml");
  writeFileSync(junitPath, reportJunit(report));
  core.setOutput("junit", junitPath);

  // The check run is feedback: a refusal (no `checks: write`, no commit to put it on) is a warning.
  const token = optionalInput("github-token");
  const repo = repoFromEnv(env("repository"));
  if (token && repo) {
    const { postCheckRun } = await import("../io/check-run.ts");
    const failed = report.checks.filter((c) => c.status === "fail").map((c) => c.id);
    await postCheckRun({
      token, apiUrl: env("apiUrl"), repo, name: "wpc / verify", subject, cwd, githubSha: env("sha"),
      conclusion: report.verdict === "pass" ? "success" : "failure",
      title: (report.verdict === "pass" ? `pass: ${plain(policyId)} ${report.policy.hash ?? ""}` : `fail: ${failed.join(", ")}`).slice(0, 255),
      summary: md.slice(0, 65_000),
      completedAt: new Date(at).toISOString(),
    }, { info, warning: (s) => annotate("warning", s) });
  }
  for (const c of report.checks) if (c.status === "fail") annotate("error", `${c.id}: ${c.detail}`, { title: `wpc verify ${c.id}` });
  if (report.verdict !== "pass") fail(`proof bundle rejected: ${report.checks.filter((c) => c.status === "fail").map((c) => c.id).join(", ")}`);
}

export const run = entry(main);

if (isProcessEntry(import.meta.url)) void run();
