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
import { verifyRegistry } from "../core/registry/registry.ts";
import { reportMarkdown } from "../core/gate/index.ts";
import { prepareGateProcess, runVerify } from "../io/verify-run.ts";
import { git, firstLine, resolveCommit, showFiles } from "../io/git.ts";
import { GitRegistryStore } from "../io/registry-git.ts";
import { repoFromEnv } from "../io/repo-env.ts";
import { booleanInput, env, optionalInput, requiredInput } from "./shared/inputs.ts";
import { failWith } from "./shared/secrets.ts";
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

async function run(): Promise<void> {
  const cwd = resolve(optionalInput("working-directory") ?? env("workspace") ?? process.cwd());
  const policyId = requiredInput("policy-id");
  const expect = optionalInput("expected-hash");
  if (expect && !HASH_B64U_RE.test(expect)) throw new WpcError("E_USAGE", 'input "expected-hash" must be a 43-character base64url policy hash');
  const subject = optionalInput("subject") ?? env("sha");
  if (!subject) throw new WpcError("E_USAGE", 'no subject: set "subject" or run where GITHUB_SHA is set');
  const bundlePath = resolve(cwd, requiredInput("bundle"));
  prepareGateProcess(bundlePath);
  const remote = optionalInput("remote") ?? "origin";
  const branch = optionalInput("trust-branch") ?? defaultBranch();
  const registryBranch = optionalInput("registry-branch") ?? "wpc-registry";
  const trustPath = optionalInput("trust") ?? "policies/trust.json";

  // trust.json from the default branch, fetched fresh: never from the commit being promoted
  const fetch = booleanInput("fetch", true);
  if (fetch) {
    const f = git(["fetch", "--quiet", "--no-tags", remote, `+refs/heads/${branch}:refs/remotes/${remote}/${branch}`], cwd);
    if (f.status !== 0) throw new WpcError("E_IO", `git fetch ${remote} ${branch}: ${firstLine(f.stderr)}`);
  }
  const trustBytes = showFiles(`refs/remotes/${remote}/${branch}`, [trustPath], cwd).get(trustPath);
  if (!trustBytes) throw new WpcError("E_IO", `${trustPath} not found on ${remote}/${branch}`);
  const trust = parseTrust(trustBytes, `${remote}/${branch}:${trustPath}`);

  // the registry branch, fetched (or, with fetch: false, as last fetched), read-only
  const store = fetch
    ? new GitRegistryStore({ cwd, remote, branch: registryBranch, readOnlyRef: null })
    : new GitRegistryStore({ cwd, remote: null, branch: registryBranch, readOnlyRef: `refs/remotes/${remote}/${registryBranch}` });
  const snap = store.read();
  if (snap.version === null) throw new WpcError("E_IO", `registry branch ${remote}/${registryBranch} does not exist`);
  const at = Date.now();
  const minSeqText = optionalInput("min-seq");
  if (minSeqText !== undefined && !/^\d{1,15}$/.test(minSeqText)) throw new WpcError("E_USAGE", 'input "min-seq" must be a non-negative integer');
  const registry = verifyRegistry(snap.files, { trust, at, ...(minSeqText !== undefined ? { minSeq: Number(minSeqText) } : {}) });

  const urmInput = optionalInput("urm");
  const report = await runVerify({
    bundlePath,
    ownProcess: true,
    policyId,
    registry,
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

  const token = optionalInput("github-token");
  const repo = repoFromEnv(env("repository"));
  if (token && repo) {
    const { octokit } = await import("../io/github.ts");
    const gh = octokit(token, env("apiUrl"));
    const failed = report.checks.filter((c) => c.status === "fail").map((c) => c.id);
    const run = await gh.rest.checks.create({
      ...repo,
      name: "wpc / verify",
      head_sha: resolveCommit(subject, cwd) ?? subject,
      status: "completed",
      conclusion: report.verdict === "pass" ? "success" : "failure",
      completed_at: new Date(at).toISOString(),
      output: {
        title: report.verdict === "pass" ? `pass: ${plain(policyId)} ${report.policy.hash ?? ""}`.slice(0, 255) : `fail: ${failed.join(", ")}`.slice(0, 255),
        summary: md.slice(0, 65_000),
      },
    });
    info(`check run ${run.data.id}: ${report.verdict}`);
  }
  for (const c of report.checks) if (c.status === "fail") annotate("error", `${c.id}: ${c.detail}`, { title: `wpc verify ${c.id}` });
  if (report.verdict !== "pass") fail(`proof bundle rejected: ${report.checks.filter((c) => c.status === "fail").map((c) => c.id).join(", ")}`);
}

run().catch((e: unknown) => failWith(e));
