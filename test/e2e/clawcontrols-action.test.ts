/**
 * action/publish with clawcontrols (the bundle, action/dist/publish.js, run like a runner runs it)
 * against the local clawcontrols stand-in over HTTPS: the Claw hashes it recorded are pushed, listed in
 * `clawcontrols-pushed` and the summary, clawcontrols' envelopes land on the registry branch of origin;
 * a failing push after the registry write fails the step (naming `wpc claw push`) while the write and
 * the `published` output stand; a misconfiguration (http:, expired CST) fails before the registry write.
 * The CST is masked first and appears nowhere else: stdout, stderr, outputs, summary, git objects.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { commitAll, policyRepo, sh } from "../support/git-repo.ts";
import { cleanEnv, readRefFiles, revOf, wpcSpawn } from "../support/registry-harness.ts";
import { runAction, type ActionRun } from "../support/run-action.ts";
import { makeTestCa, type TestCa } from "../support/tls.ts";
import { didOfSeed, makeCst, startClawcontrols, tokenControl, type Standin } from "../support/clawcontrols-standin.ts";

let tls: TestCa;
let dir: string;
let caFile: string;
let keyText: string;
let registryDid: string;
const issuer = randomBytes(32);
const seed = randomBytes(32);
const cleanup: string[] = [];
const servers: Standin[] = [];
const now = () => Math.floor(Date.now() / 1000);
const did = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";
const cst = (exp = now() + 3600) =>
  makeCst({ token_version: "1", sub: did, aud: ["clawcontrols.com", "127.0.0.1"], scope: ["control:policy:update"], iat: now(), exp, owner_did: did, controller_did: did, agent_did: did, token_lane: "canonical" }, issuer);

/** A repository with the registry key and clawcontrols' signer pinned, pushed to a bare origin. */
async function fixture(): Promise<{ repo: string; remote: string }> {
  const remote = mkdtempSync(join(tmpdir(), "wpc-cc-origin-"));
  sh(remote, "init", "-q", "--bare", "-b", "main");
  const repo = policyRepo("wpc-cc-action-");
  cleanup.push(remote, repo);
  expect((await wpcSpawn(repo, ["trust", "add-key", "--role", "registry", registryDid]).done).code).toBe(0);
  const f = join(repo, "policies/trust.json");
  const t = JSON.parse(readFileSync(f, "utf8"));
  t.claw.controls_signers = [didOfSeed(seed)];
  writeFileSync(f, JSON.stringify(t, null, 2) + "\n");
  commitAll(repo, "trust");
  sh(repo, "remote", "add", "origin", remote);
  sh(repo, "push", "-q", "origin", "main");
  return { repo, remote };
}

function publish(repo: string, inputs: Record<string, string>): Promise<ActionRun> {
  return runAction("publish", {
    cwd: repo,
    eventName: "push",
    inputs: { "signing-key": keyText, ...inputs },
    env: { GITHUB_WORKSPACE: repo, GITHUB_REF: "refs/heads/main", NODE_EXTRA_CA_CERTS: caFile },
  });
}

/** A log reader's view: the runner consumes `::add-mask::` lines. */
const shown = (t: string) =>
  t
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");

function expectNoToken(r: ActionRun, token: string, repos: string[]): void {
  const [, claims, sig] = token.split(".");
  for (const part of [token, claims!, sig!]) {
    expect(shown(r.all).includes(part), "the CST in a visible channel").toBe(false);
    for (const d of repos) {
      const objs = spawnSync("git", ["cat-file", "--batch-all-objects", "--batch"], { cwd: d, env: cleanEnv(), maxBuffer: 1 << 28 });
      expect(objs.stdout.includes(Buffer.from(part)), "the CST in a git object").toBe(false);
    }
  }
  expect(r.stdout.split("\n")).toContain(`::add-mask::${token}`);
}

beforeAll(async () => {
  tls = makeTestCa();
  const keys = mkdtempSync(join(tmpdir(), "wpc-cc-akeys-"));
  cleanup.push(keys);
  caFile = join(keys, "ca.pem");
  writeFileSync(caFile, tls.ca);
  const kg = await wpcSpawn(tmpdir(), ["keygen", "--out", join(keys, "k")]).done;
  registryDid = kg.stdout.trim();
  keyText = readFileSync(join(keys, "k/wpc-signing.key"), "utf8").trim();
  dir = keys;
});

afterAll(async () => {
  for (const s of servers) await s.close();
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  tls.cleanup();
});

describe("action/publish with clawcontrols-url", () => {
  it("pushes what it recorded, lists it in clawcontrols-pushed and the summary, keeps the envelopes on origin's registry branch; the CST is masked and nowhere else", async () => {
    const s = await startClawcontrols({ tls, verifier: tokenControl(issuer), signingSeed: seed });
    servers.push(s);
    const f = await fixture();
    const token = cst();
    const r = await publish(f.repo, { "clawcontrols-url": s.base, "clawcontrols-cst": token });
    expect(r.status, r.all).toBe(0);
    const published = JSON.parse(r.outputs["published"]!) as Array<{ claw_hash_b64u: string }>;
    const pushed = JSON.parse(r.outputs["clawcontrols-pushed"]!) as string[];
    expect(pushed.sort()).toEqual(published.map((p) => p.claw_hash_b64u).sort());
    expect(pushed.length).toBe(4);
    expect(r.summary).toContain("### clawcontrols: 4 pushed");
    for (const h of pushed) expect(r.summary).toContain(`\`${h}\` | created`);
    const files = readRefFiles(f.remote, "wpc-registry");
    expect([...files.keys()].filter((p) => p.startsWith("clawcontrols/")).sort()).toEqual(pushed.map((h) => `clawcontrols/${h}.json`).sort());
    const verify = await wpcSpawn(f.repo, ["registry", "verify", "--registry", "git:origin/wpc-registry"]).done;
    expect(verify.code, verify.stderr).toBe(0);
    expectNoToken(r, token, [f.repo, f.remote]);
  });

  it("a push failing after the registry write fails the step naming `wpc claw push`; the write and `published` stand", async () => {
    const s = await startClawcontrols({ tls, verifier: tokenControl(issuer), signingSeed: null });
    servers.push(s);
    const f = await fixture();
    const token = cst();
    const r = await publish(f.repo, { "clawcontrols-url": s.base, "clawcontrols-cst": token });
    expect(r.status).not.toBe(0);
    expect(r.stdout).toMatch(/::error::E_CLAWCONTROLS: clawcontrols push failed for .*SIGNING_NOT_CONFIGURED.*wpc claw push/);
    expect(JSON.parse(r.outputs["published"]!).length).toBe(4);
    expect(r.outputs["clawcontrols-pushed"]).toBe("[]");
    expect(r.summary).toContain("push failed (the registry write stands");
    expect(r.summary).toContain("**failed**: `SIGNING_NOT_CONFIGURED`");
    expect([...readRefFiles(f.remote, "wpc-registry").keys()].some((p) => p.startsWith("log/"))).toBe(true);
    expectNoToken(r, token, [f.repo, f.remote]);
  });

  it("http: or an expired CST fails before the registry write and before any request", async () => {
    const s = await startClawcontrols({ tls, verifier: tokenControl(issuer), signingSeed: seed });
    servers.push(s);
    const f = await fixture();
    const http = await publish(f.repo, { "clawcontrols-url": s.base.replace("https:", "http:"), "clawcontrols-cst": cst() });
    expect(http.status).not.toBe(0);
    expect(http.stdout).toMatch(/::error::E_USAGE: input "clawcontrols-url" must be an https URL/);
    const token = cst(now() - 60);
    const expired = await publish(f.repo, { "clawcontrols-url": s.base, "clawcontrols-cst": token });
    expect(expired.status).not.toBe(0);
    expect(expired.stdout).toMatch(/::error::E_CLAWCONTROLS: input "clawcontrols-cst": the CST expired at/);
    expect(revOf(f.remote, "refs/heads/wpc-registry")).toBeNull();
    expect(s.requests).toEqual([]);
    expectNoToken(expired, token, [f.repo, f.remote]);
    expect(dir).toBeTruthy();
  });
});
