/**
 * The audit record of `wpc verify --json` and `wpc report` as processes (the bundled CLI) on a real
 * policy repository: trust.json committed on main, a signed registry on a git branch, signed bundles.
 * The record names what an auditor re-checks (issue 15 item 1); `wpc report` renders a verification it
 * runs itself, or re-runs the one a saved report names — against the recorded registry and trust
 * commits, never taking the saved verdict.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { GitRegistryStore } from "../../action/src/io/registry-git.ts";
import { DirRegistryStore } from "../../action/src/io/registry-store.ts";
import { partySigner } from "../../scripts/sim/keys.ts";
import { CLI } from "../support/paths.ts";
import { POLICY_ID, SUBJECT, VERIFY_AT, appendTo, worldTrust } from "../support/gate-world.ts";
import { createReportWorld, sh, wpc, type ReportWorld } from "../support/report-world.ts";
import pkg from "../../package.json" with { type: "json" };

let w: ReportWorld;
const AT = new Date(VERIFY_AT).toISOString();
const verifyArgs = (bundle: string, extra: string[] = []) => ["verify", bundle, "--policy", POLICY_ID, "--registry", "git:wpc-registry", "--trust", "policies/trust.json", "--subject", SUBJECT, "--at", AT, "--json", ...extra];
const reportArgs = (bundle: string, out: string, extra: string[] = []) => ["report", bundle, "--policy", POLICY_ID, "--registry", "git:wpc-registry", "--trust", "policies/trust.json", "--subject", SUBJECT, "--at", AT, "--out", out, ...extra];
const sha256 = (b: Uint8Array | string) => `sha256:${createHash("sha256").update(b).digest("hex")}`;

beforeAll(() => {
  expect(existsSync(CLI), `${CLI} is missing: run node scripts/build.mjs`).toBe(true);
  w = createReportWorld("report-cli");
});
afterAll(() => {
  if (w) rmSync(w.dir, { recursive: true, force: true });
});

describe("the audit record (wpc verify --json)", () => {
  it("names the tool, time, bundle bytes, registry commit and checkpoint, and trust.json's commit and hash", () => {
    const r = wpc(w.dir, verifyArgs("bundle.json"));
    expect(r.code, r.stderr).toBe(0);
    const rep = JSON.parse(r.stdout);
    expect(rep.verdict).toBe("pass");
    const a = rep.audit;
    expect(Object.keys(a).sort()).toEqual(["audit_version", "bundle", "inputs", "registry", "tool", "trust", "verified_at"]);
    expect(a.audit_version).toBe("1");
    expect(a.tool.name).toBe("wpc");
    expect(a.tool.version).toBe(pkg.version);
    expect(a.tool.commit).toMatch(/^([0-9a-f]{40}|unknown)$/);
    expect(a.verified_at).toBe(AT);
    expect(a.inputs).toEqual({ policy_id: POLICY_ID, expected_hash: null, subject: SUBJECT, min_seq: null });
    const bytes = readFileSync(join(w.dir, "bundle.json"));
    expect(a.bundle).toEqual({ file: "bundle.json", sha256: sha256(bytes), bytes: bytes.length, payload_hash_b64u: w.job.bundle.payload_hash_b64u });
    const regCommit = sh(w.dir, "rev-parse", "wpc-registry");
    const head = JSON.parse(sh(w.dir, "show", `${regCommit}:HEAD.json`));
    expect(a.registry).toEqual({
      location: "git:wpc-registry",
      branch: "wpc-registry",
      commit: regCommit,
      seq: 2,
      checkpoint_hash_b64u: head.payload_hash_b64u,
      checkpoint_issued_at: head.payload.issued_at,
      checkpoint_expires_at: head.payload.expires_at,
    });
    expect(a.trust).toEqual({ path: "policies/trust.json", branch: "main", commit: sh(w.dir, "rev-parse", "HEAD"), sha256: sha256(readFileSync(join(w.dir, "policies/trust.json"))) });
  });

  it("an edited (uncommitted) trust.json is named by its hash and no commit; a directory registry by no commit", () => {
    const t = join(w.dir, "policies/trust.json");
    const orig = readFileSync(t, "utf8");
    try {
      writeFileSync(t, orig.replace(/\n$/, "\n\n"));
      const r = wpc(w.dir, verifyArgs("bundle.json"));
      expect(r.code, r.stderr).toBe(0);
      const a = JSON.parse(r.stdout).audit;
      expect(a.trust).toEqual({ path: "policies/trust.json", branch: null, commit: null, sha256: sha256(orig + "\n") });
    } finally {
      writeFileSync(t, orig);
    }
    const store = new DirRegistryStore(join(w.dir, "regdir"));
    expect(store.write(store.read(), w.files)).toBe("ok");
    const d = wpc(w.dir, verifyArgs("bundle.json").map((x) => (x === "git:wpc-registry" ? "regdir" : x)));
    expect(d.code, d.stderr).toBe(0);
    expect(JSON.parse(d.stdout).audit.registry).toMatchObject({ location: "regdir", branch: null, commit: null, seq: 2 });
  });
});

describe("wpc report", () => {
  it("renders its own verification: same verification, same bytes; verdict first; exit as verify", () => {
    const a = wpc(w.dir, reportArgs("bundle.json", "a.html"));
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toMatch(/^verdict: PASS/);
    const b = wpc(w.dir, reportArgs("bundle.json", "b.html", ["--json"]));
    expect(b.code, b.stderr).toBe(0);
    expect(JSON.parse(b.stdout).audit.registry.seq).toBe(2);
    const html = readFileSync(join(w.dir, "a.html"), "utf8");
    expect(readFileSync(join(w.dir, "b.html"), "utf8")).toBe(html);
    expect(html.indexOf("Verdict: PASS")).toBeGreaterThan(0);
    expect(html.indexOf("Verdict: PASS")).toBeLessThan(html.indexOf('id="checks"'));
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/]{43}='/);
    expect(html).not.toMatch(/<script|\bsrc=|https?:\/\//i);
    // the policy version: who published it, from which commit, and the risk diff against v1 (TTL longer: an expansion)
    expect(html).toContain("dana");
    expect(html).toContain("c0ffee");
    expect(html).toContain(w.v1);
    expect(html).toMatch(/expansion<\/span><\/td><td>\/token_requirements\/cst_ttl_seconds_max: 900 → 1800/);
    // the timeline: model calls with provider and model, tool calls, the approval
    expect(html).toContain("openrouter/anthropic/claude-sonnet-4");
    expect(html).toMatch(/tool call<\/td><td><code class="v">web_fetch/);
    expect(html).toMatch(/approval<\/td><td><code class="v">approver:did:key:/);
  });

  it("a forged bundle: exit 1 and FAIL first", () => {
    const r = wpc(w.dir, reportArgs("forged.json", "forged.html"));
    expect(r.code).toBe(1);
    const html = readFileSync(join(w.dir, "forged.html"), "utf8");
    expect(html).toContain("Verdict: FAIL");
    expect(html).toMatch(/<a href="#explain-RECEIPTS_SIGNED">RECEIPTS_SIGNED<\/a><\/th><td><span class="badge b-fail">FAIL/);
  });

  it("--from re-runs against the recorded registry commit even after the registry moved; the saved verdict is never taken", () => {
    const v = wpc(w.dir, verifyArgs("bundle.json"));
    expect(v.code, v.stderr).toBe(0);
    const saved = JSON.parse(v.stdout);
    saved.verdict = "fail"; // a doctored verdict: the re-run decides
    writeFileSync(join(w.dir, "saved.json"), JSON.stringify(saved));
    // the registry moves on: v2 revoked, so a fresh verification fails
    const trust = worldTrust(w.seed);
    const moved = appendTo(w.files, trust, partySigner(w.seed, "registry"), [{ kind: "revoke_policy", policy_id: POLICY_ID, policy_hash_b64u: w.v2, reason: "test" }]);
    const store = new GitRegistryStore({ cwd: w.dir, remote: null, branch: "wpc-registry", readOnlyRef: null });
    expect(store.write(store.read(), moved, "revoke")).toBe("ok");
    expect(wpc(w.dir, verifyArgs("bundle.json")).code).toBe(1);

    const r = wpc(w.dir, ["report", "--from", "saved.json", "--out", "rerun.html", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const rep = JSON.parse(r.stdout);
    expect(rep.verdict).toBe("pass");
    expect(rep.audit.registry.commit).toBe(saved.audit.registry.commit);
    expect(rep.audit.trust).toEqual(saved.audit.trust);
    const html = readFileSync(join(w.dir, "rerun.html"), "utf8");
    expect(html).toContain("Verdict: PASS");
    expect(html).toMatch(/The saved report said <strong>FAIL<\/strong>; this re-run decides/);
  });

  it("--from refuses a different bundle, a bad audit record and a missing --out (exit 2, JSON error)", () => {
    const saved = JSON.parse(wpc(w.dir, verifyArgs("bundle.json")).stdout);
    writeFileSync(join(w.dir, "saved2.json"), JSON.stringify(saved));
    const other = wpc(w.dir, ["report", "--from", "saved2.json", "--bundle", "forged.json", "--out", "x.html", "--json"]);
    expect(other.code).toBe(2);
    expect(JSON.parse(other.stdout).error.code).toBe("E_BAD_INPUT");
    for (const mutate of [(a: any) => (a.registry.commit = "--upload-pack=evil"), (a: any) => (a.trust.path = "-x"), (a: any) => (a.bundle.sha256 = "md5:x"), (a: any) => delete a.inputs]) {
      const s = JSON.parse(JSON.stringify(saved));
      mutate(s.audit);
      writeFileSync(join(w.dir, "bad.json"), JSON.stringify(s));
      const r = wpc(w.dir, ["report", "--from", "bad.json", "--out", "x.html", "--json"]);
      expect(r.code, r.stdout).toBe(2);
      expect(JSON.parse(r.stdout).error.code).toBe("E_BAD_INPUT");
    }
    expect(existsSync(join(w.dir, "x.html"))).toBe(false);
    const noOut = wpc(w.dir, ["report", "bundle.json", "--policy", POLICY_ID, "--json"]);
    expect(noOut.code).toBe(2);
    expect(JSON.parse(noOut.stdout).error.code).toBe("E_USAGE");
  });
});
