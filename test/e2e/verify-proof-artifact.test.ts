/**
 * action/verify's proof directory (issue 15 item 1): the bundled action, on a real policy repository
 * with a published registry, writes `wpc-report.json` (the report and its audit record: trust.json's
 * commit on the default branch, the registry commit it read) into `proof-dir` whatever the verdict, and
 * `bundle.json` only with `keep-bundle` (a bundle carries a live CST). The reusable workflow uploads the
 * directory as `wpc-proof-<run_id>-<run_attempt>`; an auditor re-runs it with `wpc report --from`.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { runAction } from "../support/run-action.ts";
import { removeTemps } from "../support/registry-harness.ts";
import { POLICY, cli, cloneOf, createWorld, editPolicy, job, publish, type World } from "../support/incident-world.ts";
import { ROOT } from "../support/paths.ts";
import { spawnSync } from "node:child_process";

let w: World;
let v1: string;
let v2: string;
let head: string;
let verifier: string;
const temps: string[] = [];
const git = (cwd: string, ...args: string[]) => spawnSync("git", args, { cwd, encoding: "utf8" }).stdout.trim();

beforeAll(() => {
  w = createWorld("wpc-proof-");
  v1 = publish(w).out.published.find((p: { policy_id: string }) => p.policy_id === POLICY).policy_hash_b64u;
  head = editPolicy(w, "Triage incoming invoices (v2)");
  v2 = publish(w).out.published[0].policy_hash_b64u;
  verifier = cloneOf(w.remote, join(w.dir, "verifier"));
});
afterAll(() => {
  removeTemps();
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

async function gate(bundle: string, inputs: Record<string, string> = {}) {
  const temp = mkdtempSync(join(tmpdir(), "wpc-proof-temp-"));
  temps.push(temp);
  const r = await runAction("verify", {
    cwd: verifier,
    eventName: "workflow_call",
    inputs: { bundle, "policy-id": POLICY, subject: head, "github-token": "", ...inputs },
    env: { GITHUB_SHA: head, RUNNER_TEMP: temp },
  });
  return { r, temp, dir: join(temp, "wpc-proof") };
}

describe("action/verify proof directory", () => {
  it("pass: wpc-report.json with the audit record, no bundle unless asked", async () => {
    const j = job(w, "proof-pass", v2, head);
    const { r, dir } = await gate(j.bundle);
    expect(r.status, r.all).toBe(0);
    expect(r.outputs["proof-dir"]).toBe(dir);
    expect(r.outputs.report).toBe(join(dir, "wpc-report.json"));
    expect(readdirSync(dir)).toEqual(["wpc-report.json"]);
    const rep = JSON.parse(readFileSync(join(dir, "wpc-report.json"), "utf8"));
    expect(rep.verdict).toBe("pass");
    const a = rep.audit;
    expect(a.trust).toMatchObject({ path: "policies/trust.json", branch: "main", commit: git(verifier, "rev-parse", "refs/remotes/origin/main") });
    expect(a.trust.sha256).toBe(`sha256:${createHash("sha256").update(spawnSync("git", ["show", "origin/main:policies/trust.json"], { cwd: verifier }).stdout).digest("hex")}`);
    const cp = JSON.parse(git(w.remote, "show", "wpc-registry:HEAD.json"));
    expect(a.registry).toEqual({
      location: "git:origin/wpc-registry",
      branch: "origin/wpc-registry",
      commit: git(w.remote, "rev-parse", "wpc-registry"),
      seq: cp.payload.seq,
      checkpoint_hash_b64u: cp.payload_hash_b64u,
      checkpoint_issued_at: cp.payload.issued_at,
      checkpoint_expires_at: cp.payload.expires_at,
    });
    expect(a.bundle.sha256).toBe(`sha256:${createHash("sha256").update(readFileSync(j.bundle)).digest("hex")}`);
    expect(a.inputs).toEqual({ policy_id: POLICY, expected_hash: null, subject: head, min_seq: null });

    // an auditor, later, in a clone: the re-run names the same commits and reaches the same verdict
    const r2 = cli(verifier, ["report", "--from", join(dir, "wpc-report.json"), "--bundle", j.bundle, "--out", join(dir, "..", "audit.html"), "--json"]);
    expect(r2.code, r2.stderr).toBe(0);
    expect(JSON.parse(r2.stdout).audit.registry.commit).toBe(a.registry.commit);
  }, 120_000);

  it("keep-bundle: true adds bundle.json, byte for byte; a fail verdict still writes the record", async () => {
    const j = job(w, "proof-keep", v1, head); // v1 is no longer current: POLICY_CURRENT fails
    const { r, dir } = await gate(j.bundle, { "keep-bundle": "true" });
    expect(r.status).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(["bundle.json", "wpc-report.json"]);
    expect(readFileSync(join(dir, "bundle.json"))).toEqual(readFileSync(j.bundle));
    expect(JSON.parse(readFileSync(join(dir, "wpc-report.json"), "utf8")).verdict).toBe("fail");
  }, 120_000);

  it("the reusable workflow uploads the proof directory under the artifact convention, bundle opt-in", () => {
    const wf = parse(readFileSync(join(ROOT, ".github/workflows/verify.yml"), "utf8"));
    const steps = wf.jobs.verify.steps as Array<Record<string, any>>;
    const gateStep = steps.find((s) => s.id === "gate")!;
    expect(gateStep.with["keep-bundle"]).toBe("${{ inputs.keep-bundle }}");
    expect(wf.on.workflow_call.inputs["keep-bundle"]).toMatchObject({ type: "boolean", default: false });
    const up = steps.find((s) => String(s.uses).startsWith("actions/upload-artifact@"))!;
    expect(up.uses).toMatch(/^actions\/upload-artifact@[0-9a-f]{40}$/);
    expect(up.if).toContain("always()");
    expect(up.with.name).toBe("wpc-proof-${{ github.run_id }}-${{ github.run_attempt }}");
    expect(up.with.path).toBe("${{ steps.gate.outputs.proof-dir }}");
  });
});
