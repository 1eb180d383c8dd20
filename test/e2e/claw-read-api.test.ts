/**
 * A self-hosted clawproxy enforces a contract published from git: publish records the Claw hash,
 * `wpc registry site` writes the clawcontrols-compatible read API, a static HTTPS server on 127.0.0.1
 * (certificate from a test CA made here) serves it, and a client making every check clawproxy makes
 * accepts the served envelope, with the registry DID as WPC_SIGNER_DIDS. A revoked version leaves the
 * tree (clawproxy: WPC_NOT_FOUND, fail closed).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { commitAll, policyRepo } from "../support/git-repo.ts";
import { json, wpc } from "../support/registry-harness.ts";
import { makeTestCa, serveStatic, type TestCa } from "../support/tls.ts";
import { clawproxyFetchWpc } from "../support/clawproxy-wpc.ts";

let repo: string;
let keys: string;
let site: string;
let tls: TestCa;
let did: string;

beforeAll(() => {
  repo = policyRepo("wpc-claw-api-");
  keys = mkdtempSync(join(tmpdir(), "wpc-claw-keys-"));
  site = mkdtempSync(join(tmpdir(), "wpc-claw-site-"));
  tls = makeTestCa();
  const kg = wpc(repo, ["keygen", "--out", keys]);
  expect(kg.code).toBe(0);
  did = kg.stdout.trim();
  expect(wpc(repo, ["trust", "add-key", "--role", "registry", did]).code).toBe(0);
  commitAll(repo, "registry key");
});

afterAll(() => {
  for (const d of [repo, keys, site]) rmSync(d, { recursive: true, force: true });
  tls.cleanup();
});

describe("the Claw read API from a static host", () => {
  it("publish records, for every policy, the Claw hash that wpc claw compile gives", () => {
    const pub = wpc(repo, ["publish", "--key", join(keys, "wpc-signing.key"), "--json"]);
    expect(pub.code, pub.stderr).toBe(0);
    const published = json(pub).published as Array<{ policy_id: string; claw_hash_b64u: string }>;
    expect(published.length).toBe(4);
    const show = json(wpc(repo, ["registry", "show", "--json"]));
    for (const p of published) {
      const compiled = json(wpc(repo, ["claw", "compile", `policies/${p.policy_id}.wpc.json`, "--json"]));
      expect(compiled.claw_hash_b64u).toBe(p.claw_hash_b64u);
      expect(show.claw_hashes[p.policy_id]).toBe(p.claw_hash_b64u);
    }
    expect(wpc(repo, ["registry", "verify"]).code).toBe(0);
  });

  it("a clawproxy fetch of each served contract passes every check; the payload is the compiled one", async () => {
    const out = wpc(repo, ["registry", "site", site, "--json"]);
    expect(out.code, out.stderr).toBe(0);
    const served = json(out).claw_hashes as string[];
    expect(served.length).toBe(4);
    expect(existsSync(join(site, ".nojekyll"))).toBe(true);
    const server = await serveStatic(site, tls);
    try {
      for (const h of served) {
        // a base path is dropped by clawproxy (absolute /v1/wpc/… path): the tree must be at the host root
        const r = await clawproxyFetchWpc(`${server.base}/ignored/base/path`, h, [did], tls.ca);
        expect(r).toMatchObject({ ok: true, signer: did });
        const id = (r as unknown as { payload: { policy_id: string } }).payload.policy_id;
        const compiled = json(wpc(repo, ["claw", "compile", `policies/${id}.wpc.json`, "--json"]));
        expect((r as unknown as { payload: unknown }).payload).toEqual(compiled.payload);
      }
      expect(server.requests.every((q) => q.startsWith("GET /v1/wpc/"))).toBe(true);
      // what clawproxy refuses
      expect(await clawproxyFetchWpc(server.base, served[0]!, ["did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"], tls.ca)).toEqual({ ok: false, code: "WPC_SIGNER_NOT_ALLOWED" });
      expect(await clawproxyFetchWpc(server.base.replace("https:", "http:"), served[0]!, [did], tls.ca)).toEqual({ ok: false, code: "WPC_REGISTRY_BASE_URL_INSECURE" });
      expect(await clawproxyFetchWpc(server.base, "A".repeat(43), [did], tls.ca)).toEqual({ ok: false, code: "WPC_NOT_FOUND" });
    } finally {
      await server.close();
    }
  });

  it("revoking a version by its Claw hash takes it out of the served tree: clawproxy fails closed", async () => {
    const show = json(wpc(repo, ["registry", "show", "--json"]));
    const claw = show.claw_hashes["invoice-triage"] as string;
    const rev = wpc(repo, ["revoke", "policy", claw, "--reason", "incident 42", "--key", join(keys, "wpc-signing.key")]);
    expect(rev.code, rev.stderr).toBe(0);
    const after = json(wpc(repo, ["registry", "show", "--json"]));
    expect(after.policies["invoice-triage"]).toBeNull();
    expect(after.revoked_policies).toEqual([show.policies["invoice-triage"]]);
    const out = wpc(repo, ["registry", "site", site, "--json"]);
    expect(json(out)).toMatchObject({ removed: 1 });
    expect(readdirSync(join(site, "v1/wpc")).sort()).not.toContain(claw);
    const server = await serveStatic(site, tls);
    try {
      expect(await clawproxyFetchWpc(server.base, claw, [did], tls.ca)).toEqual({ ok: false, code: "WPC_NOT_FOUND" });
    } finally {
      await server.close();
    }
  });

  it("the site build is deterministic: same registry, same bytes", () => {
    const again = mkdtempSync(join(tmpdir(), "wpc-claw-site2-"));
    try {
      expect(wpc(repo, ["registry", "site", again]).code).toBe(0);
      const list = (d: string) => readdirSync(join(d, "v1/wpc")).sort();
      expect(list(again)).toEqual(list(site));
      for (const f of list(site)) expect(readFileSync(join(again, "v1/wpc", f)).equals(readFileSync(join(site, "v1/wpc", f)))).toBe(true);
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });
});
