#!/usr/bin/env node
// npm run demo: the wpc chain end to end on a temporary repository with a local bare remote.
// Every step prints its evidence; the demo exits 0 only if every expected outcome happened.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, cpSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(root, "action/dist/cli.js");
const work = mkdtempSync(join(tmpdir(), "wpc-demo-"));
const remote = join(work, "origin.git");
const repo = join(work, "policy-repo");
const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: "Dana Security",
  GIT_AUTHOR_EMAIL: "dana@example.com",
  GIT_COMMITTER_NAME: "Dana Security",
  GIT_COMMITTER_EMAIL: "dana@example.com",
};
const results = [];
const t0 = Date.now();

function git(cwd, ...args) {
  const r = spawnSync("git", args, { cwd, env: gitEnv, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
}
function wpc(args, env = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, env: { ...gitEnv, ...env }, encoding: "utf8" });
  return { code: r.status ?? 1, out: r.stdout, err: r.stderr };
}
function step(title) {
  console.log(`\n\x1b[1m▶ ${title}\x1b[0m`);
}
function show(text, max = 14) {
  const lines = text.trimEnd().split("\n");
  for (const l of lines.slice(0, max)) console.log(`    ${l}`);
  if (lines.length > max) console.log(`    … (${lines.length - max} more lines)`);
}
function expect(name, ok, evidence) {
  results.push({ name, ok, evidence });
  console.log(`  ${ok ? "\x1b[32m✔\x1b[0m" : "\x1b[31m✘\x1b[0m"} ${name}${evidence ? ` — ${evidence}` : ""}`);
}

try {
  step("A policy repository with a local bare remote");
  git(work, "init", "-q", "--bare", "-b", "main", remote);
  git(work, "clone", "-q", remote, repo);
  git(repo, "checkout", "-q", "-b", "main");
  cpSync(join(root, "policies"), join(repo, "policies"), { recursive: true });
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "Initial policies");
  git(repo, "push", "-q", "origin", "main");
  const v = wpc(["validate", "policies"]);
  show(v.out);
  expect("all policies validate and lint clean", v.code === 0, v.out.trim().split("\n").pop());

  step("A pull request that expands invoice-triage (web_search, no approval for external_send, longer CST TTL)");
  git(repo, "checkout", "-q", "-b", "expand-invoice-triage");
  const file = join(repo, "policies/invoice-triage.wpc.json");
  const doc = JSON.parse(readFileSync(file, "utf8"));
  doc.tool_policy.allow.push("web_search");
  doc.approvals.required_for = doc.approvals.required_for.filter((a) => a !== "external_send");
  doc.token_requirements.cst_ttl_seconds_max = 3600;
  writeFileSync(file, JSON.stringify(doc, null, 2) + "\n");
  git(repo, "commit", "-q", "-am", "invoice-triage: web search, no approval for external sends");
  const chk = wpc(["check", "--base", "origin/main"]);
  show(chk.out);
  const chkJson = JSON.parse(wpc(["check", "--base", "origin/main", "--json"]).out);
  const risky = chkJson.files[0]?.changes.filter((c) => c.risk === "expansion").map((c) => c.path) ?? [];
  expect("the PR check passes (no error-level finding) and flags the expansion", chk.code === 0 && chkJson.expands === true, `expansions at ${risky.join(", ")}`);
  const gh = wpc(["check", "--base", "origin/main", "--format", "github"]);
  show(gh.out, 4);
  expect("annotations carry file and line", /::warning file=policies\/invoice-triage\.wpc\.json,line=\d+/.test(gh.out));

  step("A pull request that breaks a policy fails the check at the right line");
  git(repo, "checkout", "-q", "-b", "broken", "origin/main");
  const bad = readFileSync(join(repo, "policies/prod-deploy.wpc.json"), "utf8").replace('"process"]', '"process", "teleport"]');
  writeFileSync(join(repo, "policies/prod-deploy.wpc.json"), bad);
  const br = wpc(["check", "--base", "origin/main"]);
  show(br.out, 6);
  expect("an unknown tool fails with exit 1 (WPC005 at line 5)", br.code === 1 && /prod-deploy\.wpc\.json:5:\d+: error WPC005/.test(br.out));
  git(repo, "checkout", "-q", "--", ".");
} catch (e) {
  expect("demo ran to completion", false, e instanceof Error ? e.message : String(e));
}

const failed = results.filter((r) => !r.ok);
console.log(`\n\x1b[1mSummary\x1b[0m (${((Date.now() - t0) / 1000).toFixed(1)} s, work dir ${work})`);
for (const r of results) console.log(`  ${r.ok ? "✔" : "✘"} ${r.name}`);
console.log(failed.length ? `\n${failed.length} expected outcome(s) did not happen` : `\nall ${results.length} expected outcomes happened`);
if (!process.env.WPC_DEMO_KEEP) rmSync(work, { recursive: true, force: true });
process.exit(failed.length ? 1 : 0);
