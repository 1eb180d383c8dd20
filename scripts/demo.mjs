#!/usr/bin/env node
// npm run demo: the wpc chain end to end on a temporary repository with a local bare remote.
// Every step prints its evidence; the demo exits 0 only if every expected outcome happened.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, cpSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { painter } from "./colour.mjs";

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
const sgr = painter(); // colour only on a terminal without NO_COLOR (scripts/colour.mjs)

function git(cwd, ...args) {
  const r = spawnSync("git", args, { cwd, env: gitEnv, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
}
function wpc(args, env = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: repo, env: { ...gitEnv, GITHUB_ACTOR: "dana", ...env }, encoding: "utf8" });
  return { code: r.status ?? 1, out: r.stdout, err: r.stderr };
}
function sim(args) {
  const r = spawnSync(process.execPath, [join(root, "scripts/simulate.mjs"), ...args], { cwd: work, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`simulate ${args[0]}: ${r.stderr}`);
  return r.stdout;
}
function step(title) {
  console.log(`\n${sgr(1, `▶ ${title}`)}`);
}
function show(text, max = 14) {
  const lines = text.trimEnd().split("\n");
  for (const l of lines.slice(0, max)) console.log(`    ${l}`);
  if (lines.length > max) console.log(`    … (${lines.length - max} more lines)`);
}
function expect(name, ok, evidence) {
  results.push({ name, ok, evidence });
  console.log(`  ${ok ? sgr(32, "✔") : sgr(31, "✘")} ${name}${evidence ? ` — ${evidence}` : ""}`);
}

try {
  step("Keys and trust.json: a registry key from `wpc keygen`, the simulated clawscope, clawproxy, agent and approver");
  git(work, "init", "-q", "--bare", "-b", "main", remote);
  git(work, "clone", "-q", remote, repo);
  git(repo, "checkout", "-q", "-b", "main");
  cpSync(join(root, "policies"), join(repo, "policies"), { recursive: true });
  const keyDir = join(work, "secrets");
  const kg = wpc(["keygen", "--out", keyDir]);
  const registryDid = kg.out.trim();
  const keyFile = join(keyDir, "wpc-signing.key");
  const parties = JSON.parse(sim(["keys", "--seed", "demo"]));
  const trust = JSON.parse(readFileSync(join(repo, "policies/trust.json"), "utf8"));
  for (const role of ["agent", "token_issuer", "gateway", "approver"]) trust.roles[role].keys = [parties[role]];
  for (const r of Object.values(trust.routes)) r.gateways = [parties.gateway];
  writeFileSync(join(repo, "policies/trust.json"), JSON.stringify(trust, null, 2) + "\n");
  const add = wpc(["trust", "add-key", "--role", "registry", registryDid]);
  show(`registry key ${registryDid} (seed in ${keyFile}, mode 0600)\n${add.out}agent ${parties.agent}\ngateway ${parties.gateway}\ntoken issuer ${parties.token_issuer}\napprover ${parties.approver}`);
  expect("a registry key and the trust roots are in place", kg.code === 0 && add.code === 0 && /^did:key:z6Mk/.test(registryDid));
  git(repo, "add", "-A");
  git(repo, "commit", "-q", "-m", "Policies and trust roots");
  git(repo, "push", "-q", "origin", "main");
  const p0 = wpc(["publish", "--key", keyFile, "--json"]);
  const first = JSON.parse(p0.out);
  const v1 = first.published.find((p) => p.policy_id === "invoice-triage").policy_hash_b64u;
  show(first.published.map((p) => `seq ${p.seq}  ${p.policy_id.padEnd(20)} ${p.policy_hash_b64u}`).join("\n"));
  expect("first publish signs every policy into the registry branch", p0.code === 0 && first.seq === 4, `seq ${first.seq}, invoice-triage v1 ${v1}`);

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
  expect("the PR check passes and flags the expansion (label policy-expansion)", chk.code === 0 && chkJson.expands === true, `expansions at ${risky.join(", ")}`);

  step("Merge and publish");
  git(repo, "checkout", "-q", "main");
  git(repo, "merge", "-q", "--ff-only", "expand-invoice-triage");
  git(repo, "push", "-q", "origin", "main");
  const p1 = JSON.parse(wpc(["publish", "--key", keyFile, "--json"]).out);
  const v2 = p1.published[0]?.policy_hash_b64u;
  show(p1.published.map((p) => `seq ${p.seq}  ${p.policy_id} ${p.policy_hash_b64u}`).join("\n"));
  expect("publish appends exactly the changed policy", p1.published.length === 1 && p1.published[0].policy_id === "invoice-triage" && p1.seq === 5, `seq ${p1.seq}, v2 ${v2}`);
  const again = JSON.parse(wpc(["publish", "--key", keyFile, "--json"]).out);
  expect("publishing the same commit again appends nothing", again.published.length === 0 && again.seq === 5);

  step("The Claw runtime's view: v2 compiled to Claw WPC v1, served as clawcontrols' read API for a self-hosted clawproxy");
  const shown = JSON.parse(wpc(["registry", "show", "--json"]).out);
  const claw2 = shown.claw_hashes["invoice-triage"];
  const compiled = JSON.parse(wpc(["claw", "compile", "policies/invoice-triage.wpc.json", "--json"]).out);
  const siteDir = join(work, "site");
  const site = JSON.parse(wpc(["registry", "site", siteDir, "--json"]).out);
  show(`Claw hash ${claw2} (wpc hash ${v2})\nallowed_providers ${compiled.payload.allowed_providers.join(", ")}; allowed_models ${compiled.payload.allowed_models.join(", ")}\nread API: ${site.claw_hashes.length} contract(s) under ${siteDir}/v1/wpc/`);
  expect("publish recorded the Claw hash that wpc claw compile gives, and the read API serves it", claw2 === compiled.claw_hash_b64u && site.claw_hashes.includes(claw2));

  step("A simulated agent job under invoice-triage v2 (clawscope CST pinned to the Claw hash, clawproxy enforcing the fetched contract, an approved external send)");
  const subject = git(repo, "rev-parse", "HEAD");
  const jobA = JSON.parse(sim(["job", "--seed", "demo", "--policy-id", "invoice-triage", "--policy-hash", v2, "--pin-hash", claw2, "--wpc-site", siteDir, "--wpc-signer", registryDid, "--subject", subject, "--out", join(work, "job-a.json")]));
  const verifyArgs = (f) => ["verify", f, "--policy", "invoice-triage", "--subject", subject, "--registry", "git:wpc-registry", "--json"];
  const va = wpc(verifyArgs(jobA.bundle));
  const ra = JSON.parse(va.out);
  show(`bundle ${jobA.bundle}\nrun ${jobA.run_id}, token hash ${jobA.token_hash}\nverdict ${ra.verdict}: ${ra.counts.pass} checks pass, ${ra.counts.fail} fail (${ra.counts.receipts} gateway receipts, ${ra.counts.tool_receipts} tool receipts, ${ra.counts.approvals} approval)`);
  const pin = ra.checks.find((c) => c.id === "TOKEN_POLICY_PIN");
  show(`${pin.id}: ${pin.status} — ${pin.detail}`);
  expect("verify passes the honest bundle, whose CST and receipts pin the Claw hash", va.code === 0 && ra.verdict === "pass" && pin.status === "pass" && pin.detail.includes(claw2));
  const r0 = JSON.parse(readFileSync(jobA.bundle, "utf8")).payload.receipts[0].payload;
  const route = ra.checks.find((c) => c.id === "MODEL_ROUTE");
  show(`receipt ${r0.receipt_id}: provider ${r0.provider}, model ${r0.model}\nbinding ${Object.keys(r0.binding).join(", ")}\nmetadata ${Object.keys(r0.metadata).join(", ")}\n${route.id}: ${route.status} — ${route.detail}`);
  expect(
    "its receipts are shaped as clawproxy writes them (OpenRouter via fal: openai + openrouter/…, no span fields)",
    r0.provider === "openai" && r0.model.startsWith("openrouter/") && r0.metadata.upstream === "fal_openrouter" && !("span_id" in r0.binding) && route.status === "pass",
  );

  step("The same job with a forged receipt (model edited after clawproxy signed; the agent re-signs the bundle)");
  sim(["job", "--seed", "demo", "--policy-id", "invoice-triage", "--policy-hash", v2, "--subject", subject, "--out", join(work, "job-forged.json"), "--tamper", "forge-receipt"]);
  const vf = wpc(verifyArgs(join(work, "job-forged.json")));
  const failedF = JSON.parse(vf.out).checks.filter((c) => c.status === "fail");
  show(failedF.map((c) => `${c.id}: ${c.detail}`).join("\n"));
  expect("verify fails the forged receipt on RECEIPTS_SIGNED", vf.code === 1 && failedF.some((c) => c.id === "RECEIPTS_SIGNED"));

  step("Incident: revoke the job's token (by its hash, never the token)");
  const rv = wpc(["revoke", "token", "--token-hash", jobA.token_hash, "--reason", "INC-1042: token seen in a public log", "--key", keyFile]);
  show(rv.out);
  const va2 = JSON.parse(wpc(verifyArgs(jobA.bundle)).out);
  const tnr = va2.checks.find((c) => c.id === "TOKEN_NOT_REVOKED");
  show(`${tnr.id}: ${tnr.status} — ${tnr.detail}`);
  expect("the very next verify of the original bundle fails TOKEN_NOT_REVOKED", rv.code === 0 && va2.verdict === "fail" && tnr.status === "fail");

  step("Incident: roll invoice-triage back to v1");
  const rb = wpc(["rollback", "invoice-triage", "--to", v1, "--reason", "INC-1043: v2 dropped the external_send approval", "--key", keyFile]);
  show(rb.out + wpc(["registry", "history", "invoice-triage"]).out);
  const jobB = JSON.parse(sim(["job", "--seed", "demo-b", "--world", "demo", "--policy-id", "invoice-triage", "--policy-hash", v2, "--subject", subject, "--out", join(work, "job-b.json")]));
  const vb = JSON.parse(wpc(verifyArgs(jobB.bundle)).out);
  const pc = vb.checks.find((c) => c.id === "POLICY_CURRENT");
  show(`job under v2: ${pc.id} ${pc.status} — ${pc.detail}`);
  expect("a bundle made under the replaced version fails POLICY_CURRENT", vb.verdict === "fail" && pc.status === "fail");
  const jobC = JSON.parse(sim(["job", "--seed", "demo-c", "--world", "demo", "--policy-id", "invoice-triage", "--policy-hash", v1, "--subject", subject, "--out", join(work, "job-c.json")]));
  const vc = wpc(verifyArgs(jobC.bundle));
  show(`job under v1: verdict ${JSON.parse(vc.out).verdict}`);
  expect("a bundle made under the restored version passes", vc.code === 0);
  const rv2 = wpc(["registry", "verify"]);
  show(rv2.out);
  expect("the registry verifies end to end (one chain, signed checkpoint)", rv2.code === 0);
} catch (e) {
  expect("demo ran to completion", false, e instanceof Error ? e.message : String(e));
}

const failed = results.filter((r) => !r.ok);
console.log(`\n${sgr(1, "Summary")} (${((Date.now() - t0) / 1000).toFixed(1)} s, work dir ${work})`);
for (const r of results) console.log(`  ${r.ok ? "✔" : "✘"} ${r.name}`);
console.log(failed.length ? `\n${failed.length} expected outcome(s) did not happen` : `\nall ${results.length} expected outcomes happened`);
if (!process.env.WPC_DEMO_KEEP) rmSync(work, { recursive: true, force: true });
process.exit(failed.length ? 1 : 0);
