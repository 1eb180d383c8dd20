/**
 * action/verify (reusable promotion gate): verify a proof bundle against the published, unrevoked WPC.
 * trust.json and the registry are read from the policy repository's default branch and registry
 * branch (read-only, fetched), never from the commit being promoted. Job summary (verdict first,
 * failures on top), outputs `verdict`, `policy-hash`, `report`, a `wpc / verify` check run, and the
 * job fails on anything but pass.
 */
import * as core from "@actions/core";
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { HASH_B64U_RE } from "../core/crypto/hash.ts";
import { parseTrust } from "../core/policy/trust.ts";
import { reportJunit, reportMarkdown } from "../core/gate/index.ts";
import { prepareGateProcess } from "../io/verify-run.ts";
import { hashFile, runAuditedVerify } from "../io/verify-audit.ts";
import { git, firstLine, resolveCommit, showFiles } from "../io/git.ts";
import { GitRegistryStore } from "../io/registry-git.ts";
import { checkBranch, checkGitValue, checkRemote } from "../io/git-args.ts";
import { repoFromEnv } from "../io/repo-env.ts";
import { booleanInput, env, optionalInput, requiredInput } from "./shared/inputs.ts";
import { entry, isProcessEntry } from "./shared/entry.ts";
import { annotate, fail, info } from "./shared/log.ts";
import { plain } from "../core/escape/index.ts";

/** File names inside the proof artifact (another step, impact replay, reads them by these names). */
const PROOF_REPORT = "wpc-report.json";
const PROOF_BUNDLE = "bundle.json";

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
  // one commit for both the bytes and the audit record's name for them
  const trustCommit = resolveCommit(`refs/remotes/${remote}/${branch}`, cwd);
  const trustBytes = trustCommit ? showFiles(trustCommit, [trustPath], cwd).get(trustPath) : undefined;
  if (!trustCommit || !trustBytes) throw new WpcError("E_IO", `${trustPath} not found on ${remote}/${branch}`);
  const trust = parseTrust(trustBytes, `${remote}/${branch}:${trustPath}`);

  // the registry branch, fetched (or, with fetch: false, as last fetched), read-only
  // (a gate needs the current tree only: the tip commit is enough, whatever the length of the history)
  const store = fetch
    ? new GitRegistryStore({ cwd, remote, branch: registryBranch, readOnlyRef: null, shallow: true })
    : new GitRegistryStore({ cwd, remote: null, branch: registryBranch, readOnlyRef: `refs/remotes/${remote}/${registryBranch}` });
  const at = Date.now();
  const minSeqText = optionalInput("min-seq");
  if (minSeqText !== undefined && !/^\d{1,15}$/.test(minSeqText)) throw new WpcError("E_USAGE", 'input "min-seq" must be a non-negative integer');
  const minSeq = minSeqText !== undefined ? Number(minSeqText) : undefined;
  const regOpts = { trust, at, ...(minSeq !== undefined ? { minSeq } : {}) };
  const keepBundle = booleanInput("keep-bundle", false);

  const urmInput = optionalInput("urm");
  const { report } = await runAuditedVerify({
    bundlePath,
    bundleShown: requiredInput("bundle"),
    ownProcess: true,
    policyId,
    store,
    location: `git:${remote}/${registryBranch}`,
    regOpts,
    warn: (w) => core.warning(w),
    trust,
    trustSource: { path: trustPath, branch, commit: trustCommit, bytes: trustBytes },
    at,
    env: process.env,
    subject,
    ...(minSeq !== undefined ? { minSeq } : {}),
    ...(expect ? { expectHash: expect } : {}),
    ...(urmInput ? { urmPath: resolve(cwd, urmInput) } : {}),
  });

  const md = reportMarkdown(report);
  // the proof directory the reusable workflow uploads as `wpc-proof-<run_id>-<run_attempt>`: the report
  // always; the bundle only on request, since it carries the job's CST (live until it expires)
  const proofDir = join(process.env.RUNNER_TEMP || cwd, "wpc-proof");
  mkdirSync(proofDir, { recursive: true });
  const reportPath = join(proofDir, PROOF_REPORT);
  writeFileSync(reportPath, JSON.stringify(report, null, 2) + "\n");
  if (keepBundle) {
    const kept = join(proofDir, PROOF_BUNDLE);
    copyFileSync(bundlePath, kept);
    // the artifact holds the bytes the record names, or nothing: a file swapped meanwhile is an error
    if (`sha256:${hashFile(kept).sha256Hex}` !== report.audit.bundle.sha256) throw new WpcError("E_IO", "the bundle changed after it was verified: not kept");
  }
  await core.summary.addRaw(md).write();
  core.setOutput("verdict", report.verdict);
  core.setOutput("policy-hash", report.policy.hash ?? "");
  core.setOutput("report", reportPath);
  const junitPath = join(process.env.RUNNER_TEMP || cwd, "wpc-verify-junit.xml");
  writeFileSync(junitPath, reportJunit(report));
  core.setOutput("junit", junitPath);
  core.setOutput("proof-dir", proofDir);

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
