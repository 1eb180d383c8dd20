/**
 * The actions' entries as GitHub's typescript-action layout has them: each exports `run()` and starts
 * itself only as the process entry. GitHub's own runner emulator, `@github/local-action`, imports the
 * TypeScript entry and calls `run()`; check and verify must produce their outputs and summary there,
 * once each (an entry that also ran at import would run twice).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runLocalAction } from "../support/local-action.ts";
import { commitAll, policyRepo, sh, writeFile } from "../support/git-repo.ts";
import { removeTemps } from "../support/registry-harness.ts";
import { POLICY, cloneOf, createWorld, editPolicy, job, publish, type World } from "../support/incident-world.ts";
import { isProcessEntry } from "../../action/src/actions/shared/entry.ts";
import { ROOT } from "../support/paths.ts";

describe("isProcessEntry", () => {
  const file = join(ROOT, "action/dist/check.js");
  it("is true only for the script node was started with", () => {
    expect(isProcessEntry(pathToFileURL(file).href, file)).toBe(true);
    expect(isProcessEntry(pathToFileURL(file).href, join(ROOT, "action/dist/verify.js"))).toBe(false);
    expect(isProcessEntry(pathToFileURL(file).href, undefined)).toBe(false);
    expect(isProcessEntry("data:text/javascript,1", file)).toBe(false);
    expect(isProcessEntry(pathToFileURL(join(ROOT, "no-such-file.js")).href, join(ROOT, "no-such-file.js"))).toBe(false);
  });
  it("every action module exports run() and does not start at import", async () => {
    for (const name of ["check", "publish", "revoke", "rollback", "verify"]) {
      const src = readFileSync(join(ROOT, `action/src/actions/${name}.ts`), "utf8");
      expect(src, name).toMatch(/^export const run = entry\(/m);
      expect(src, name).toMatch(/^if \(isProcessEntry\(import\.meta\.url\)\) void run\(\);$/m);
    }
    // importing a bundle starts nothing: with no inputs it would fail the (test) process at once
    const before = process.exitCode;
    const mod = (await import(pathToFileURL(join(ROOT, "action/dist/revoke.js")).href)) as { run?: unknown };
    expect(typeof mod.run).toBe("function");
    expect(process.exitCode).toBe(before);
  });
});

describe("action/check under @github/local-action", () => {
  let repo: string;
  let base: string;
  beforeAll(() => {
    repo = policyRepo("wpc-local-check-");
    base = sh(repo, "rev-parse", "HEAD");
    const file = join(repo, "policies/invoice-triage.wpc.json");
    const doc = JSON.parse(readFileSync(file, "utf8"));
    doc.tool_policy.allow.push("web_fetch");
    writeFile(repo, "policies/invoice-triage.wpc.json", JSON.stringify(doc, null, 2) + "\n");
    commitAll(repo, "expand");
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it("runs once, sets expands/hashes/result and writes the summary", async () => {
    const r = await runLocalAction("check", { base, "working-directory": repo, comment: "false", "github-token": "" });
    expect(r.stdout, r.stderr).toContain("Running Action");
    expect(r.failed, r.stdout).toBeUndefined();
    expect(r.outputs.expands).toBe("true");
    const hashes = JSON.parse(r.outputs.hashes!);
    expect(Object.keys(hashes)).toEqual(["policies/invoice-triage.wpc.json"]);
    expect(hashes["policies/invoice-triage.wpc.json"].old).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(r.outputs.result).toMatch(/wpc-check-result\.json$/);
    expect(r.summary).toContain("wpc policy check");
    expect(r.summary.match(/## wpc policy check/g)).toHaveLength(1); // one run, not two
    expect(r.stdout.match(/::set-output name=expands::/g)).toHaveLength(1);
  }, 120_000);

  it("an error-level finding fails the step through setFailed", async () => {
    const doc = JSON.parse(readFileSync(join(repo, "policies/invoice-triage.wpc.json"), "utf8"));
    doc.tool_policy.allow.push("nosuchtool");
    writeFile(repo, "policies/invoice-triage.wpc.json", JSON.stringify(doc, null, 2) + "\n");
    commitAll(repo, "unknown tool");
    const r = await runLocalAction("check", { base, "working-directory": repo, comment: "false", "github-token": "" });
    expect(r.failed, r.stdout).toMatch(/1 error-level finding/);
    expect(r.stdout).toMatch(/::error title=wpc WPC005,file=policies\/invoice-triage\.wpc\.json,line=\d+/);
  }, 120_000);
});

describe("action/verify under @github/local-action", () => {
  let w: World;
  let hash: string;
  let head: string;
  let verifier: string;
  beforeAll(() => {
    w = createWorld("wpc-local-verify-");
    publish(w);
    head = editPolicy(w, "Triage incoming invoices (local-action)");
    hash = publish(w).out.published[0].policy_hash_b64u;
    verifier = cloneOf(w.remote, join(w.dir, "verifier"));
  });
  afterAll(() => removeTemps());

  it("a good bundle: verdict pass, policy-hash, report and the summary table", async () => {
    const j = job(w, "local-pass", hash, head);
    const r = await runLocalAction("verify", { bundle: j.bundle, "policy-id": POLICY, subject: head, "working-directory": verifier, "github-token": "" });
    expect(r.failed, r.stdout).toBeUndefined();
    expect(r.outputs.verdict).toBe("pass");
    expect(r.outputs["policy-hash"]).toBe(hash);
    expect(r.outputs.report).toMatch(/wpc-proof\/wpc-report\.json$/);
    expect(r.summary).toContain("## wpc verify: ✅ PASS");
    expect(r.summary.match(/## wpc verify/g)).toHaveLength(1);
  }, 120_000);

  it("a bundle for another subject: verdict fail, SUBJECT named in the failure", async () => {
    const j = job(w, "local-fail", hash, head);
    const r = await runLocalAction("verify", { bundle: j.bundle, "policy-id": POLICY, subject: "f".repeat(40), "working-directory": verifier, "github-token": "" });
    expect(r.outputs.verdict).toBe("fail");
    expect(r.failed).toMatch(/proof bundle rejected: .*SUBJECT/);
    expect(r.summary).toContain("## wpc verify: ❌ FAIL");
  }, 120_000);
});
