/**
 * `wpc check --replay DIR` (the bundled CLI) on a real git repository whose trust.json holds the
 * simulated parties' keys, against a folder of real signed proof bundles laid out as the verify
 * workflow's artifacts are (`wpc-proof-<run>-<attempt>/bundle.json` + `wpc-report.json`) and as plain
 * files: a pull request denying web_search fails exactly the jobs that used it; live CSTs, links,
 * non-bundles and bundles of unchanged policies are counted, never judged; the verdict is untouched
 * unless --fail-on-impact.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI } from "../support/paths.ts";
import { GIT_ENV, commitAll, policyRepo, sh, writeFile } from "../support/git-repo.ts";
import { exampleWpc, runWorldJob, VERIFY_AT, POLICY_ID, copy } from "../support/gate-world.ts";
import { simTrust } from "../../scripts/sim/keys.ts";
import { policyHash } from "../../action/src/core/crypto/hash.ts";
import { DEFAULT_STEPS, type Step } from "../../scripts/sim/harness.ts";

const SEED = "replay-e2e";
const AT = new Date(VERIFY_AT).toISOString();
const runtime = (tools: string[]) => ({ tools: { profile: "full", allow: tools, deny: ["exec", "process"], elevated: { enabled: false } }, sandbox: { mode: "all", workspaceAccess: "ro" } });
const WEB: Step[] = [...DEFAULT_STEPS, { kind: "tool_call", tool: "web_search", args: "supplier" }];

function wpc(cwd: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, ...GIT_ENV, NO_COLOR: "1" }, maxBuffer: 64 << 20 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let repo: string;
let dir: string;

beforeAll(() => {
  repo = policyRepo("wpc-replay-");
  const wpcDoc = exampleWpc();
  writeFile(repo, "policies/trust.json", JSON.stringify(simTrust(SEED), null, 2) + "\n");
  writeFile(repo, `policies/${POLICY_ID}.wpc.json`, JSON.stringify(wpcDoc, null, 2) + "\n");
  commitAll(repo, "sim trust");
  sh(repo, "checkout", "-q", "-b", "feature");
  const head = copy(wpcDoc);
  head.tool_policy.deny.push("web_search");
  writeFile(repo, `policies/${POLICY_ID}.wpc.json`, JSON.stringify(head, null, 2) + "\n");
  commitAll(repo, "deny web_search");

  dir = mkdtempSync(join(tmpdir(), "wpc-replay-bundles-"));
  const hash = policyHash(wpcDoc).policy_hash_b64u;
  const job = (name: string, steps: Step[], tools: string[], o: Record<string, unknown> = {}) =>
    runWorldJob({ seed: SEED, policyHash: hash }, { seed: `${SEED}-${name}`, steps, openclaw: runtime(tools), ...o }).bundle;
  const narrow = ["browser", "read", "web_fetch", "write"];
  const wide = [...narrow, "web_search"];
  for (let i = 0; i < 4; i++) writeFileSync(join(dir, `plain-${i}.json`), JSON.stringify(job(`p${i}`, DEFAULT_STEPS, narrow)));
  writeFileSync(join(dir, "web-0.json"), JSON.stringify(job("w0", WEB, wide)));
  // the verify workflow's artifacts: one with the bundle (opted in), one with only the report
  for (const [run, steps] of [["101", WEB], ["102", WEB]] as const) {
    mkdirSync(join(dir, `wpc-proof-${run}-1`));
    writeFileSync(join(dir, `wpc-proof-${run}-1`, "bundle.json"), JSON.stringify(job(`run${run}`, steps, wide)));
    writeFileSync(join(dir, `wpc-proof-${run}-1`, "wpc-report.json"), JSON.stringify({ verdict: "pass" }));
  }
  mkdirSync(join(dir, "wpc-proof-103-1"));
  writeFileSync(join(dir, "wpc-proof-103-1", "wpc-report.json"), JSON.stringify({ verdict: "pass" }));
  // a job whose CST is still live at --at
  writeFileSync(join(dir, "live.json"), JSON.stringify(job("live", WEB, wide, { start: new Date(VERIFY_AT - 60_000).toISOString() })));
  // a link to a bundle (never followed), a document that is not a bundle, a bundle of another policy
  symlinkSync(join(dir, "web-0.json"), join(dir, "link.json"));
  writeFileSync(join(dir, "not-a-bundle.json"), JSON.stringify({ envelope_type: "gateway_receipt" }));
  writeFileSync(join(dir, "other.json"), JSON.stringify(runWorldJob({ seed: SEED, policyHash: hash }, { seed: `${SEED}-o`, policyId: "research-readonly", openclaw: runtime(narrow) }).bundle));
});
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
});

describe("wpc check --replay", () => {
  it("reports, in --json, the jobs a change would now fail, per check, with the counts of what it skipped", () => {
    const r = wpc(repo, "check", "--base", "main", "--replay", dir, "--at", AT, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0); // advisory by default
    const out = JSON.parse(r.stdout);
    expect(out.errors).toBe(0);
    const i = out.impact;
    expect(i.bundles).toEqual({ found: 9, unreadable: 1, report_only: 1, other_policy: 1 });
    expect(i.include_live).toBe(false);
    expect(i.replayed_checks).toContain("TOOLS_ALLOWED");
    expect(i.by_presence).toEqual(["POLICY_CURRENT", "TOKEN_POLICY_PIN", "RECEIPTS_BOUND"]);
    expect(i.now_failing).toBe(3);
    expect(i.policies).toHaveLength(1);
    const p = i.policies[0];
    expect(p).toMatchObject({ policy_id: POLICY_ID, file: `policies/${POLICY_ID}.wpc.json`, bundles: { found: 8, judged: 7, skipped_live: 1, unverified: 0 }, now_failing: 3, now_passing: 0 });
    expect(p.base_hash).not.toBe(p.head_hash);
    expect(p.flips).toEqual([
      {
        check: "TOOLS_ALLOWED",
        direction: "now_fails",
        count: 3,
        bundles: ["web-0.json", "wpc-proof-101-1", "wpc-proof-102-1"],
        evidence: ["web_search"],
        sentence: `3 of the last 7 ${POLICY_ID} jobs used web_search, which this change denies`,
        detail: expect.stringContaining("web_search is denied by the contract"),
      },
    ]);
  });

  it("prints the impact in text, and fails only with --fail-on-impact", () => {
    const t = wpc(repo, "check", "--base", "main", "--replay", dir, "--at", AT);
    expect(t.code).toBe(0);
    expect(t.stdout).toContain("impact replay: 3 recent job(s) would now fail");
    expect(t.stdout).toContain(`now fails TOOLS_ALLOWED ×3: 3 of the last 7 ${POLICY_ID} jobs used web_search, which this change denies`);
    expect(wpc(repo, "check", "--base", "main", "--replay", dir, "--at", AT, "--fail-on-impact").code).toBe(1);
  });

  it("judges live-CST bundles only when opted in", () => {
    const out = JSON.parse(wpc(repo, "check", "--base", "main", "--replay", dir, "--at", AT, "--replay-live", "--json").stdout);
    expect(out.impact.include_live).toBe(true);
    expect(out.impact.policies[0].bundles).toMatchObject({ judged: 8, skipped_live: 0 });
    expect(out.impact.now_failing).toBe(4);
  });

  it("an unchanged policy has no impact; usage errors exit 2", () => {
    const clean = mkdtempSync(join(tmpdir(), "wpc-replay-none-"));
    try {
      const out = JSON.parse(wpc(repo, "check", "--base", "HEAD", "--replay", dir, "--at", AT, "--json").stdout);
      expect(out.impact).toMatchObject({ now_failing: 0, policies: [] });
      expect(JSON.parse(wpc(repo, "check", "--base", "main", "--replay", clean, "--at", AT, "--json").stdout).impact.bundles.found).toBe(0);
    } finally {
      rmSync(clean, { recursive: true, force: true });
    }
    const bad = wpc(repo, "check", "--base", "main", "--replay-live", "--json");
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout).error.code).toBe("E_USAGE");
    const missing = wpc(repo, "check", "--base", "main", "--replay", join(dir, "nope"), "--json");
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout).error.code).toBe("E_IO");
    // without --replay, the JSON shape is unchanged
    expect(JSON.parse(wpc(repo, "check", "--base", "main", "--json").stdout).impact).toBeUndefined();
  });
});

describe("wpc check --replay, a folder large enough for the signature workers", () => {
  let many: string;
  beforeAll(() => {
    many = mkdtempSync(join(tmpdir(), "wpc-replay-many-"));
    const hash = policyHash(exampleWpc()).policy_hash_b64u;
    const narrow = ["browser", "read", "web_fetch", "write"];
    const wide = [...narrow, "web_search"];
    for (let i = 0; i < 70; i++) {
      const web = i % 7 === 2;
      const b = runWorldJob({ seed: SEED, policyHash: hash }, { seed: `${SEED}-many-${i}`, steps: web ? WEB : DEFAULT_STEPS, openclaw: runtime(web ? wide : narrow) }).bundle as { signature_b64u: string };
      // two of the jobs that would now fail carry a forged bundle signature: never counted, never named
      if (i === 2 || i === 9) {
        const sig = Buffer.from(b.signature_b64u, "base64url");
        sig[0] = sig[0]! ^ 1;
        b.signature_b64u = sig.toString("base64url");
      }
      writeFileSync(join(many, `job-${String(i).padStart(3, "0")}.json`), JSON.stringify(b));
    }
  });
  afterAll(() => rmSync(many, { recursive: true, force: true }));

  it("reports exactly what it reports without worker threads, and exits", () => {
    const run = (threads?: string) => {
      const r = spawnSync(process.execPath, [CLI, "check", "--base", "main", "--replay", many, "--at", AT, "--json"], { cwd: repo, encoding: "utf8", env: { ...process.env, ...GIT_ENV, NO_COLOR: "1", ...(threads === undefined ? {} : { WPC_SIG_THREADS: threads }) }, timeout: 60_000 });
      expect(r.status, r.stderr).toBe(0);
      return JSON.parse(r.stdout).impact;
    };
    const pooled = run();
    expect(run("0")).toEqual(pooled);
    const p = pooled.policies[0];
    expect(p.bundles).toEqual({ found: 70, judged: 68, skipped_live: 0, unverified: 2 });
    expect(pooled.now_failing).toBe(8);
    expect(p.flips[0].bundles).not.toContain("job-002.json");
    expect(p.flips[0].bundles).toContain("job-016.json");
  });
});
