/**
 * Publishing to clawcontrols through the bundled CLI, against the local stand-in (HTTPS on 127.0.0.1,
 * test CA trusted through NODE_EXTRA_CA_CERTS): `wpc publish --clawcontrols` and `wpc claw push`, every
 * answer of CLAWSIG §4.5 with a clear message and a non-zero exit, the client's own refusals (http:,
 * redirects, an expired CST, an unpinned signer, a wrong hash) made before anything is trusted or
 * stored, the evidence `registry verify` accepts, and the CST nowhere: not in any output, registry
 * file or git object.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { commitAll, policyRepo } from "../support/git-repo.ts";
import { cleanEnv, json, readRefFiles, wpc, wpcSpawn, type Run } from "../support/registry-harness.ts";
import { makeTestCa, type TestCa } from "../support/tls.ts";
import { didOfSeed, makeCst, startClawcontrols, tokenControl, type Standin } from "../support/clawcontrols-standin.ts";

let tls: TestCa;
let caFile: string;
let keyDir: string;
const issuer = randomBytes(32);
const seedA = randomBytes(32);
const seedB = randomBytes(32);
const runs: Run[] = [];
const used = new Set<string>();
const repos: string[] = [];
const servers: Standin[] = [];

function cst(over: Record<string, unknown> = {}): string {
  const now = Math.floor(Date.now() / 1000);
  const did = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";
  return makeCst({ token_version: "1", sub: did, aud: ["clawcontrols.com", "127.0.0.1"], scope: ["control:policy:update"], iat: now, exp: now + 3600, owner_did: did, controller_did: did, agent_did: did, token_lane: "canonical", ...over }, issuer);
}
const TOKEN = cst();

/** The CLI as a child process, awaited (the stand-in answers from this process's event loop). */
async function run(cwd: string, args: string[], token: string | null = TOKEN): Promise<Run> {
  const r = await wpcSpawn(cwd, args, { NODE_EXTRA_CA_CERTS: caFile, ...(token !== null ? { WPC_CLAWCONTROLS_CST: token } : {}) }).done;
  runs.push(r);
  if (token && token.split(".").length === 3) used.add(token);
  return r;
}

async function standin(o: Partial<Parameters<typeof startClawcontrols>[0]> = {}): Promise<Standin> {
  const s = await startClawcontrols({ tls, verifier: tokenControl(issuer), signingSeed: seedA, ...o });
  servers.push(s);
  return s;
}

/** A policy repository with a registry key and clawcontrols' signer(s) pinned in trust.json. */
async function repo(signers: string[]): Promise<string> {
  const dir = policyRepo("wpc-cc-");
  repos.push(dir);
  expect((await run(dir, ["trust", "add-key", "--role", "registry", registryDid])).code).toBe(0);
  const f = join(dir, "policies/trust.json");
  const t = JSON.parse(readFileSync(f, "utf8"));
  t.claw.controls_signers = signers;
  writeFileSync(f, JSON.stringify(t, null, 2) + "\n");
  commitAll(dir, "trust");
  return dir;
}

const key = () => join(keyDir, "wpc-signing.key");
let registryDid: string;
const evidence = (dir: string) => [...readRefFiles(dir, "wpc-registry").keys()].filter((p) => p.startsWith("clawcontrols/")).sort();
const posts = (s: Standin) => s.requests.filter((q) => q.method === "POST");

beforeAll(() => {
  tls = makeTestCa();
  keyDir = mkdtempSync(join(tmpdir(), "wpc-cc-keys-"));
  caFile = join(keyDir, "ca.pem");
  writeFileSync(caFile, tls.ca);
  const kg = wpc(tmpdir(), ["keygen", "--out", join(keyDir)]);
  registryDid = kg.stdout.trim();
});

afterAll(async () => {
  for (const s of servers) await s.close();
  for (const d of [...repos, keyDir]) rmSync(d, { recursive: true, force: true });
  tls.cleanup();
});

describe("wpc publish --clawcontrols", () => {
  it("201: every recorded version is pushed, clawcontrols' envelopes are kept, registry verify accepts them; a second registry gets 200 existed:true with the original envelope", async () => {
    const s = await standin();
    const dir = await repo([didOfSeed(seedA)]);
    const pub = await run(dir, ["publish", "--key", key(), "--clawcontrols", s.base, "--json"]);
    expect(pub.code, pub.stderr).toBe(0);
    const out = json(pub);
    const recorded = (out.published as Array<{ claw_hash_b64u: string }>).map((p) => p.claw_hash_b64u).sort();
    expect(recorded.length).toBe(4);
    expect(out.clawcontrols.pushed.map((p: { claw_hash_b64u: string }) => p.claw_hash_b64u).sort()).toEqual(recorded);
    expect(out.clawcontrols.pushed.every((p: { existed: boolean; signer_did: string }) => !p.existed && p.signer_did === didOfSeed(seedA))).toBe(true);
    expect(evidence(dir)).toEqual(recorded.map((h) => `clawcontrols/${h}.json`));
    // the stand-in saw the CST in X-CST and the compiled payloads
    expect(posts(s).every((q) => q.headers["x-cst"] === TOKEN && q.path === "/v1/wpc")).toBe(true);
    for (const h of recorded) {
      const kept = JSON.parse(readRefFiles(dir, "wpc-registry").get(`clawcontrols/${h}.json`)!.toString("utf8"));
      expect(kept).toEqual(s.stored.get(h));
      expect(kept.issued_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const compiled = json(await run(dir, ["claw", "compile", `policies/${kept.payload.policy_id}.wpc.json`, "--json"]));
      expect(kept.payload).toEqual(compiled.payload);
    }
    expect((await run(dir, ["registry", "verify"])).code).toBe(0);
    // nothing left to push; a repeat sends nothing
    const again = await run(dir, ["claw", "push", "--clawcontrols", s.base]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("nothing to push");
    expect(posts(s).length).toBe(4);

    // the same contracts from another registry: 200 existed:true, the originally stored envelope
    const other = await repo([didOfSeed(seedA)]);
    const pub2 = await run(other, ["publish", "--key", key(), "--clawcontrols", s.base, "--json"]);
    expect(pub2.code, pub2.stderr).toBe(0);
    expect(json(pub2).clawcontrols.pushed.every((p: { existed: boolean }) => p.existed)).toBe(true);
    for (const h of recorded) expect(readRefFiles(other, "wpc-registry").get(`clawcontrols/${h}.json`)!.equals(readRefFiles(dir, "wpc-registry").get(`clawcontrols/${h}.json`)!)).toBe(true);
    expect((await run(other, ["registry", "verify"])).code).toBe(0);
  });

  it("a push that fails after the registry write leaves the write standing, exits non-zero naming `wpc claw push`; the retry pushes and keeps the evidence", async () => {
    const s = await standin({ signingSeed: null });
    const dir = await repo([didOfSeed(seedA)]);
    const pub = await run(dir, ["publish", "--key", key(), "--clawcontrols", s.base]);
    expect(pub.code).toBe(2);
    expect(pub.stdout).toMatch(/published \S+ \S+ seq 1/);
    expect(pub.stderr).toContain("E_CLAWCONTROLS");
    expect(pub.stderr).toContain("SIGNING_NOT_CONFIGURED");
    expect(pub.stderr).toContain("wpc claw push");
    expect(posts(s).length).toBe(1); // a service failure stops the run: the rest are not attempted
    expect(json(await run(dir, ["registry", "show", "--json"])).seq).toBe(4);
    expect(evidence(dir)).toEqual([]);
    s.opts.signingSeed = seedA;
    const retry = await run(dir, ["claw", "push", "--clawcontrols", s.base, "--key", key(), "--json"]);
    expect(retry.code, retry.stderr).toBe(0);
    expect(json(retry).pushed.length).toBe(4);
    expect(evidence(dir).length).toBe(4);
    expect((await run(dir, ["registry", "verify"])).code).toBe(0);
    // a named policy only; one without a current version is refused
    expect((await run(dir, ["claw", "push", "no-such-policy", "--clawcontrols", s.base])).stderr).toContain("E_POLICY_UNKNOWN");
  });

  it("several pinned clawcontrols signers: an envelope by any of them is accepted; an unpinned signer is refused and nothing is kept", async () => {
    const a = await standin();
    const b = await standin({ signingSeed: seedB });
    const dir = await repo([didOfSeed(seedA), didOfSeed(seedB)]);
    expect((await run(dir, ["publish", "--key", key()])).code).toBe(0);
    const viaB = await run(dir, ["claw", "push", "--clawcontrols", b.base, "--json"]);
    expect(viaB.code, viaB.stderr).toBe(0);
    expect(json(viaB).pushed.every((p: { signer_did: string }) => p.signer_did === didOfSeed(seedB))).toBe(true);
    expect((await run(dir, ["registry", "verify"])).code).toBe(0);
    expect(posts(a).length).toBe(0);

    const only = await repo([didOfSeed(seedA)]);
    expect((await run(only, ["publish", "--key", key()])).code).toBe(0);
    const bad = await run(only, ["claw", "push", "--clawcontrols", b.base]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("WPC_SIGNER_NOT_ALLOWED");
    expect(bad.stderr).toContain("claw.controls_signers");
    expect(evidence(only)).toEqual([]);
  });

  it("an answer naming another hash, or an envelope of another contract, is refused", async () => {
    const s = await standin();
    const dir = await repo([didOfSeed(seedA)]);
    expect((await run(dir, ["publish", "--key", key()])).code).toBe(0);
    s.tamper = (a) => ({ ...a, body: { ...a.body, policy_hash_b64u: "A".repeat(43) } });
    const r1 = await run(dir, ["claw", "push", "--clawcontrols", s.base]);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toContain("HASH_MISMATCH");
    s.tamper = (a) => ({ ...a, body: { ...a.body, envelope: { ...(a.body.envelope as object), payload: { ...(a.body.envelope as { payload: object }).payload, policy_id: "other" } } } });
    const r2 = await run(dir, ["claw", "push", "--clawcontrols", s.base]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain("WPC_HASH_INVALID");
    s.tamper = (a) => ({ status: 201, body: { ...a.body, existed: true } });
    expect((await run(dir, ["claw", "push", "--clawcontrols", s.base])).stderr).toContain("BAD_RESPONSE");
    s.tamper = null;
    expect(evidence(dir)).toEqual([]);
  });
});

describe("refused before anything is sent", () => {
  it("http:, a URL with credentials, an expired or missing CST, no pinned signer: no request, no registry write", async () => {
    const s = await standin();
    const dir = await repo([didOfSeed(seedA)]);
    const http = await run(dir, ["publish", "--key", key(), "--clawcontrols", s.base.replace("https:", "http:")]);
    expect(http.code).toBe(2);
    expect(http.stderr).toContain("E_USAGE");
    expect(http.stderr).toContain("https");
    expect((await run(dir, ["publish", "--key", key(), "--clawcontrols", s.base.replace("https://", "https://u:p@")])).stderr).toMatch(/E_USAGE.*credentials/);
    const expired = await run(dir, ["publish", "--key", key(), "--clawcontrols", s.base], cst({ exp: Math.floor(Date.now() / 1000) - 10 }));
    expect(expired.code).toBe(2);
    expect(expired.stderr).toMatch(/E_CLAWCONTROLS: WPC_CLAWCONTROLS_CST: the CST expired at \d{4}-/);
    expect((await run(dir, ["publish", "--key", key(), "--clawcontrols", s.base], null)).stderr).toContain("set WPC_CLAWCONTROLS_CST");
    expect((await run(dir, ["publish", "--key", key(), "--clawcontrols", s.base], "not-a-jws")).stderr).toContain("not a compact JWS");
    const none = await repo([]);
    const unpinned = await run(none, ["publish", "--key", key(), "--clawcontrols", s.base]);
    expect(unpinned.code).toBe(2);
    expect(unpinned.stderr).toContain("pins no claw.controls_signers");
    expect(s.requests).toEqual([]);
    expect((await run(dir, ["registry", "show", "--json"])).code).toBe(2); // never written
  });

  it("a redirect is never followed", async () => {
    const s = await standin();
    const dir = await repo([didOfSeed(seedA)]);
    expect((await run(dir, ["publish", "--key", key()])).code).toBe(0);
    const r = await run(dir, ["claw", "push", "--clawcontrols", `${s.base}/redirect`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("REDIRECT");
    expect(r.stderr).toContain("307");
    expect(s.requests.map((q) => `${q.method} ${q.path}`)).toEqual(["POST /redirect/v1/wpc"]);
  });
});

describe("every error status of §4.5 has a clear message and a non-zero exit", () => {
  const cases: Array<{ name: string; setup: (s: Standin) => void; token?: () => string; want: RegExp }> = [
    { name: "legacy mode: 401 UNAUTHORIZED", setup: (s) => ((s.opts.mode = "legacy"), (s.opts.adminToken = "admin")), want: /401 UNAUTHORIZED: .*legacy admin-token mode/ },
    { name: "CST dropped on the way: 401 TOKEN_REQUIRED", setup: (s) => (s.middlebox = ({ headers, body }) => ({ headers: { ...headers, "x-cst": undefined }, body })), want: /401 TOKEN_REQUIRED: no CST reached clawcontrols/ },
    { name: "two different CSTs: 401 TOKEN_MALFORMED", setup: (s) => (s.middlebox = ({ headers, body }) => ({ headers: { ...headers, "x-scoped-token": "other" }, body })), want: /401 TOKEN_MALFORMED: .*two different CSTs/ },
    { name: "only Authorization: 401 LEGACY_AUTH_FORBIDDEN", setup: (s) => (s.middlebox = ({ headers, body }) => ({ headers: { ...headers, "x-cst": undefined, authorization: "Bearer x" }, body })), want: /401 LEGACY_AUTH_FORBIDDEN/ },
    { name: "scope missing: 401 TOKEN_CONTROL_SCOPE_MISSING", setup: () => {}, token: () => cst({ scope: ["clawproxy:call"] }), want: /401 TOKEN_CONTROL_SCOPE_MISSING: .*control:policy:update/ },
    { name: "audience: 401 TOKEN_CONTROL_AUDIENCE_MISMATCH", setup: () => {}, token: () => cst({ aud: ["clawcontrols.com"] }), want: /TOKEN_CONTROL_AUDIENCE_MISMATCH: .*clawcontrols\.com and 127\.0\.0\.1/ },
    { name: "signed by another issuer: 401 PARSE_ERROR", setup: () => {}, token: () => makeCst({ exp: Math.floor(Date.now() / 1000) + 600 }, randomBytes(32)), want: /401 PARSE_ERROR: clawscope could not accept the CST/ },
    { name: "clawverify down: 503 DEPENDENCY_NOT_CONFIGURED", setup: (s) => (s.opts.verifier = () => "down"), want: /503 DEPENDENCY_NOT_CONFIGURED: .*retry later/ },
    { name: "no clawverify: 503 DEPENDENCY_NOT_CONFIGURED", setup: (s) => (s.opts.clawverifyConfigured = false), want: /503 DEPENDENCY_NOT_CONFIGURED/ },
    { name: "clawverify 5xx code passed through as 503", setup: (s) => (s.opts.verifier = () => ({ status: 503, body: { error: { code: "DEPENDENCY_NOT_CONFIGURED", message: "clawscope down" } } })), want: /503 DEPENDENCY_NOT_CONFIGURED.*clawscope down/ },
    { name: "no signing key: 503 SIGNING_NOT_CONFIGURED", setup: (s) => (s.opts.signingSeed = null), want: /503 SIGNING_NOT_CONFIGURED: .*CONTROLS_SIGNING_KEY/ },
    { name: "body cut: 400 INVALID_JSON", setup: (s) => (s.middlebox = ({ headers, body }) => ({ headers, body: body.subarray(0, 10) })), want: /400 INVALID_JSON: clawcontrols could not read the request body/ },
    { name: "body replaced: 400 INVALID_REQUEST", setup: (s) => (s.middlebox = ({ headers }) => ({ headers, body: Buffer.from("null") })), want: /400 INVALID_REQUEST/ },
    { name: "contract changed: 400 INVALID_WPC", setup: (s) => (s.middlebox = ({ headers, body }) => ({ headers, body: Buffer.from(JSON.stringify({ wpc: { ...JSON.parse(body.toString()).wpc, extra: 1 } })) })), want: /400 INVALID_WPC: clawcontrols does not accept the compiled Claw WPC v1/ },
    { name: "body aborted: 400 BODY_READ_FAILED", setup: (s) => (s.middlebox = ({ headers }) => ({ headers, body: null })), want: /400 BODY_READ_FAILED/ },
    { name: "body grown: 413 PAYLOAD_TOO_LARGE", setup: (s) => (s.middlebox = ({ headers, body }) => ({ headers, body: Buffer.concat([body, Buffer.from(" ".repeat(70_000))]) })), want: /413 PAYLOAD_TOO_LARGE: .*65536/ },
    { name: "wrong base path: 404", setup: () => {}, want: /404 NOT_FOUND.*base URL/ },
  ];
  let dir: string;
  beforeAll(async () => {
    dir = await repo([didOfSeed(seedA)]);
    expect((await run(dir, ["publish", "--key", key()])).code).toBe(0);
  });
  for (const c of cases) {
    it(c.name, async () => {
      const s = await standin();
      c.setup(s);
      const base = c.name.startsWith("wrong base") ? `${s.base}/v1/wpc/x` : s.base;
      const r = await run(dir, ["claw", "push", "--clawcontrols", base, "--json"], c.token ? c.token() : TOKEN);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^wpc: E_CLAWCONTROLS: clawcontrols push failed for /);
      expect(r.stderr).toMatch(c.want);
      expect(r.stderr).toContain("wpc claw push --clawcontrols");
      expect(json(r).error.code).toBe("E_CLAWCONTROLS");
      expect(json(r).failed[0].message).toMatch(c.want);
      expect(evidence(dir)).toEqual([]);
    });
  }
});

describe("the CST appears nowhere", () => {
  it("not in any output of this file's runs, not in a registry file, not in a git object", () => {
    expect(runs.length).toBeGreaterThan(20);
    const tokens = [...used];
    expect(tokens.length).toBeGreaterThan(3);
    for (const r of runs)
      for (const t of tokens) {
        expect(r.stdout + r.stderr).not.toContain(t.split(".")[1]!);
        expect(r.stdout + r.stderr).not.toContain(t.split(".")[2]!);
      }
    for (const d of repos) {
      const objs = spawnSync("git", ["cat-file", "--batch-all-objects", "--batch"], { cwd: d, env: cleanEnv(), maxBuffer: 256 * 1024 * 1024 });
      expect(objs.status).toBe(0);
      expect(objs.stdout.length).toBeGreaterThan(1000);
      for (const t of tokens) {
        expect(objs.stdout.includes(Buffer.from(t.split(".")[2]!))).toBe(false);
        expect(objs.stdout.includes(Buffer.from(t.split(".")[1]!))).toBe(false);
      }
    }
  });
});
