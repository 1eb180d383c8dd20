/**
 * The clawcontrols edge in-process: a server that never answers times out, a closed port and an
 * untrusted certificate are "unreachable" (the request never reaches clawcontrols' handler), an
 * oversized answer is refused; and the evidence write on a directory registry: re-verified, idempotent,
 * never replacing a file, refusing an envelope by an unpinned signer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { createServer as tcpServer, type Server as TcpServer } from "node:net";
import { createServer as httpsServer } from "node:https";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { commitAll, policyRepo } from "../support/git-repo.ts";
import { envBytes, json, newKey, removeTemps, signEnv, track, wpc, type Key } from "../support/registry-harness.ts";
import { makeTestCa, type TestCa } from "../support/tls.ts";
import { didOfSeed, startClawcontrols } from "../support/clawcontrols-standin.ts";
import { postClawWpc } from "../../action/src/io/clawcontrols.ts";
import { addRegistryFiles } from "../../action/src/io/registry-writer.ts";
import { openRegistry } from "../../action/src/io/registry-store.ts";
import { loadTrustFile } from "../../action/src/io/policy-repo.ts";
import type { ClawWpcV1 } from "../../action/src/core/claw/wpc.ts";

let tls: TestCa;
const payload: ClawWpcV1 = { policy_version: "1", policy_id: "p", issuer_did: "did:web:x.example" };
const base = { token: "a.b.c", payload, clawHash: "A".repeat(43), signers: ["did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"] };

beforeAll(() => {
  tls = makeTestCa();
});
afterAll(() => {
  tls.cleanup();
  removeTemps();
});

describe("postClawWpc: the network's failures are outcomes, never throws", () => {
  it("a server that accepts and never answers: TIMEOUT within the timeout", async () => {
    const silent: TcpServer = tcpServer(() => {});
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", r));
    const port = (silent.address() as { port: number }).port;
    const t0 = Date.now();
    const r = await postClawWpc({ ...base, endpoint: new URL(`https://127.0.0.1:${port}/v1/wpc`), timeoutMs: 400 });
    expect(r).toMatchObject({ ok: false, code: "TIMEOUT" });
    expect(Date.now() - t0).toBeLessThan(5000);
    silent.close();
  });

  it("a closed port: UNREACHABLE (ECONNREFUSED)", async () => {
    const s = tcpServer();
    await new Promise<void>((r) => s.listen(0, "127.0.0.1", r));
    const port = (s.address() as { port: number }).port;
    await new Promise<void>((r) => s.close(() => r()));
    const r = await postClawWpc({ ...base, endpoint: new URL(`https://127.0.0.1:${port}/v1/wpc`) });
    expect(r).toMatchObject({ ok: false, code: "UNREACHABLE" });
    expect((r as { message: string }).message).toContain("ECONNREFUSED");
  });

  it("a certificate this process does not trust: UNREACHABLE, clawcontrols never sees the request; trusted, it answers", async () => {
    const s = await startClawcontrols({ tls, signingSeed: randomBytes(32) });
    try {
      const r = await postClawWpc({ ...base, endpoint: new URL(`${s.base}/v1/wpc`) });
      expect(r).toMatchObject({ ok: false, code: "UNREACHABLE" });
      expect(s.requests).toEqual([]);
      // with the CA: the request arrives (no verifier configured: clawcontrols cannot check the CST)
      expect(await postClawWpc({ ...base, endpoint: new URL(`${s.base}/v1/wpc`), ca: tls.ca })).toMatchObject({ ok: false, status: 503, code: "DEPENDENCY_NOT_CONFIGURED" });
      expect(s.requests.length).toBe(1);
    } finally {
      await s.close();
    }
  });

  it("an answer above 1 MiB is refused", async () => {
    const big = httpsServer({ key: tls.key, cert: tls.cert }, (_q, res) => {
      res.writeHead(201, { "content-type": "application/json" });
      res.end(Buffer.alloc(2 << 20, 0x20));
    });
    await new Promise<void>((r) => big.listen(0, "127.0.0.1", r));
    const port = (big.address() as { port: number }).port;
    try {
      const r = await postClawWpc({ ...base, endpoint: new URL(`https://127.0.0.1:${port}/v1/wpc`), ca: tls.ca });
      expect(r).toMatchObject({ ok: false, code: "BAD_RESPONSE" });
      expect((r as { message: string }).message).toContain("exceeds 1048576 bytes");
    } finally {
      big.close();
    }
  });
});

describe("addRegistryFiles on a directory registry", () => {
  let repo: string;
  let key: Key;
  const controls = randomBytes(32);
  let claw: string;
  let regDir: string;

  beforeAll(() => {
    key = newKey();
    repo = track(policyRepo("wpc-cc-io-"));
    expect(wpc(repo, ["trust", "add-key", "--role", "registry", key.did]).code).toBe(0);
    const f = join(repo, "policies/trust.json");
    const t = JSON.parse(readFileSync(f, "utf8"));
    t.claw.controls_signers = [didOfSeed(controls)];
    writeFileSync(f, JSON.stringify(t, null, 2) + "\n");
    commitAll(repo, "trust");
    regDir = join(repo, "reg");
    const pub = wpc(repo, ["publish", "--key", key.file, "--registry", "reg", "--json"]);
    expect(pub.code, pub.stderr).toBe(0);
    claw = json(pub).published[0].claw_hash_b64u;
  });

  const opts = () => ({ store: openRegistry(regDir, repo), trust: loadTrustFile(join(repo, "policies/trust.json")), now: () => Date.now() });
  const clawPayload = () => JSON.parse(readFileSync(join(regDir, `claw/${claw}.json`), "utf8")).payload;

  it("refuses an envelope by an unpinned signer (the registry would not verify) and writes nothing", () => {
    const foreign = envBytes(signEnv("work_policy_contract", clawPayload(), randomBytes(32), "2026-04-04T12:34:56.789Z"));
    expect(() => addRegistryFiles(opts(), new Map([[`clawcontrols/${claw}.json`, foreign]]), "t")).toThrow(/E_REG_SIG|does not verify|would not verify/);
    expect(existsSync(join(regDir, `clawcontrols/${claw}.json`))).toBe(false);
  });

  it("writes a verifying envelope once; a repeat, or another valid envelope for the same hash, writes nothing", () => {
    const head = readFileSync(join(regDir, "HEAD.json"));
    const env = envBytes(signEnv("work_policy_contract", clawPayload(), controls, "2026-04-04T12:34:56.789Z"));
    expect(addRegistryFiles(opts(), new Map([[`clawcontrols/${claw}.json`, env]]), "t").written).toEqual([`clawcontrols/${claw}.json`]);
    expect(readFileSync(join(regDir, "HEAD.json")).equals(head)).toBe(true); // files only: no entry, no new checkpoint
    const later = envBytes(signEnv("work_policy_contract", clawPayload(), controls, "2026-05-05T12:34:56.789Z"));
    expect(addRegistryFiles(opts(), new Map([[`clawcontrols/${claw}.json`, later]]), "t").written).toEqual([]);
    expect(readFileSync(join(regDir, `clawcontrols/${claw}.json`)).equals(env)).toBe(true);
    expect(wpc(repo, ["registry", "verify", "--registry", "reg"]).code).toBe(0);
  });
});
