/**
 * One identity, recorded once: a version is (policy id, wpc hash, recorded Claw hash). The registry
 * signs the compiled Claw WPC v1 beside the contract, records its hash in the publish entry, keeps it
 * through trust.json changes, rollbacks and revocations; the gate accepts a pin of the current version's
 * Claw hash like its wpc hash, and refuses one of a superseded or revoked version. Registries written
 * before Claw hashes keep verifying.
 */
import { describe, expect, it } from "vitest";
import { appendEntries, verifyRegistry, envelopeBytes, type EntryDraft } from "../../action/src/core/registry/registry.ts";
import { policyHistory, policyRevocation, rollbackDraft } from "../../action/src/core/registry/incident.ts";
import { compileClawWpc } from "../../action/src/core/policy/claw-compile.ts";
import { parseTrust, type Trust } from "../../action/src/core/policy/trust.ts";
import { policyHash, jcsHashB64u } from "../../action/src/core/crypto/hash.ts";
import { signEnvelope } from "../../action/src/core/crypto/envelope.ts";
import { stateForHash } from "../../action/src/core/registry/state.ts";
import { readApiFiles } from "../../action/src/core/registry/read-api.ts";
import { verifyClawWpcEnvelope } from "../../action/src/core/claw/wpc.ts";
import type { Wpc } from "../../action/src/core/policy/types.ts";
import { partySigner, simTrust } from "../../scripts/sim/keys.ts";
import { PUBLISHED_AT, SOURCE, VERIFY_AT, POLICY_ID, exampleWpc, gate, runWorldJob, statusOf, type Doc, type GateWorld } from "../support/gate-world.ts";

const SEED = "claw-version";
const ISSUER = "did:web:policies.example.com";

function trustFor(models: string[] = ["openrouter/*"]): Trust {
  const t = simTrust(SEED, { OpenRouter_via_fal: { providers: ["openai"], models } }) as Doc;
  t.claw = { issuer_did: ISSUER };
  return parseTrust(new TextEncoder().encode(JSON.stringify(t)), "trust.json");
}

const key = partySigner(SEED, "registry");

function publishDraft(wpc: Doc, trust: Trust, id = POLICY_ID): EntryDraft {
  const hash = policyHash(wpc).policy_hash_b64u;
  return { kind: "publish", policy_id: id, policy_hash_b64u: hash, contract: wpc, claw: compileClawWpc({ policyId: id, wpc: wpc as Wpc, wpcHash: hash, trust }) };
}

function append(files: Map<string, Uint8Array>, trust: Trust, drafts: (reg: ReturnType<typeof verifyRegistry>) => EntryDraft[], now = PUBLISHED_AT): Map<string, Uint8Array> {
  const reg = verifyRegistry(files, { trust, at: now });
  expect(reg.problems).toEqual([]);
  const res = appendEntries(reg, drafts(reg), key, { now, source: SOURCE, checkpointDays: 90 });
  return new Map([...files, ...res.files]);
}

function world(files: Map<string, Uint8Array>, trust: Trust, wpc: Doc): GateWorld {
  const hash = policyHash(wpc).policy_hash_b64u;
  return { seed: SEED, trust, registryKey: key, agent: partySigner(SEED, "agent"), files, wpc, policyHash: hash, job: undefined as never };
}

describe("Claw hash in the registry and at the gate", () => {
  const trust = trustFor();
  const v1 = exampleWpc();
  const c1 = compileClawWpc({ policyId: POLICY_ID, wpc: v1 as Wpc, wpcHash: policyHash(v1).policy_hash_b64u, trust });
  const files1 = append(new Map(), trust, () => [publishDraft(v1, trust)]);

  it("publish signs claw/<hash>.json (a work_policy_contract envelope by the registry key) and records the hash", () => {
    const reg = verifyRegistry(files1, { trust, at: VERIFY_AT });
    expect(reg.problems).toEqual([]);
    expect(reg.entries[0]!.payload.claw_hash_b64u).toBe(c1.claw_hash_b64u);
    expect(reg.state.policies[POLICY_ID]).toMatchObject({ current: policyHash(v1).policy_hash_b64u, claw: c1.claw_hash_b64u });
    const env = JSON.parse(new TextDecoder().decode(files1.get(`claw/${c1.claw_hash_b64u}.json`)!));
    expect(verifyClawWpcEnvelope(env, c1.claw_hash_b64u, [key.did])).toMatchObject({ ok: true });
    expect(reg.checkpoint!.checkpoint_version).toBe("3");
  });

  it("the gate accepts a CST and receipts pinned to the current Claw hash (metadata naming either hash)", () => {
    const w = world(files1, trust, v1);
    for (const named of [w.policyHash, c1.claw_hash_b64u]) {
      const job = runWorldJob(w, { pinHash: c1.claw_hash_b64u, policyHash: named });
      const r = gate(w, job.bundle, { trust });
      for (const id of ["POLICY_CURRENT", "POLICY_NOT_REVOKED", "TOKEN_POLICY_PIN", "RECEIPTS_BOUND"] as const) expect([id, statusOf(r, id)]).toEqual([id, "pass"]);
      expect(r.policy.hash).toBe(w.policyHash);
      expect(r.checks.filter((c) => c.status === "fail")).toEqual([]);
      expect(r.verdict).toBe("pass");
    }
  });

  it("a trust.json change records a new Claw hash for the same wpc hash; the old one is superseded", () => {
    const trust2 = trustFor(["openrouter/anthropic/*", "openrouter/openai/*"]);
    const files2 = append(files1, trust2, () => [publishDraft(v1, trust2)]);
    const reg = verifyRegistry(files2, { trust: trust2, at: VERIFY_AT });
    expect(reg.problems).toEqual([]);
    const c2 = reg.state.policies[POLICY_ID]!.claw!;
    expect(c2).not.toBe(c1.claw_hash_b64u);
    expect(reg.state.policies[POLICY_ID]!.claw_history[policyHash(v1).policy_hash_b64u]).toEqual([c1.claw_hash_b64u, c2]);
    // history shows both Claw hashes of the one wpc hash: the older one superseded
    expect(policyHistory(reg, POLICY_ID).map((r) => [r.seq, r.kind, r.claw_hash_b64u, r.status])).toEqual([
      [1, "publish", c1.claw_hash_b64u, "superseded"],
      [2, "publish", c2, "current"],
    ]);
    // publishing the same thing again appends nothing (E_BAD_INPUT from the replay rules)
    expect(() => append(files2, trust2, () => [publishDraft(v1, trust2)])).toThrow(/already at/);
    const w = world(files2, trust2, v1);
    const stale = gate(w, runWorldJob(w, { pinHash: c1.claw_hash_b64u }).bundle, { trust: trust2 });
    expect(statusOf(stale, "TOKEN_POLICY_PIN")).toBe("fail");
    expect(statusOf(stale, "RECEIPTS_BOUND")).toBe("fail");
    const fresh = gate(w, runWorldJob(w, { pinHash: c2 }).bundle, { trust: trust2 });
    expect(statusOf(fresh, "TOKEN_POLICY_PIN")).toBe("pass");
    expect(statusOf(fresh, "RECEIPTS_BOUND")).toBe("pass");
    expect(fresh.verdict).toBe("pass");
    expect(stale.verdict).toBe("fail");
  });

  it("rollback restores the recorded Claw hash; revoking by Claw hash revokes the version and leaves the read API", () => {
    const v2 = exampleWpc();
    v2.purpose = `${v2.purpose} (v2)`;
    let files = append(files1, trust, () => [publishDraft(v2, trust)]);
    const c2 = verifyRegistry(files, { trust, at: VERIFY_AT }).state.policies[POLICY_ID]!.claw!;
    files = append(files, trust, (reg) => [rollbackDraft(reg, POLICY_ID, c1.claw_hash_b64u, "bad v2")]);
    let reg = verifyRegistry(files, { trust, at: VERIFY_AT });
    expect(reg.problems).toEqual([]);
    expect(reg.state.policies[POLICY_ID]).toMatchObject({ current: policyHash(v1).policy_hash_b64u, claw: c1.claw_hash_b64u });
    expect(reg.entries.at(-1)!.payload).toMatchObject({ kind: "rollback", claw_hash_b64u: c1.claw_hash_b64u });
    expect([...readApiFiles(reg).keys()].sort()).toEqual([".nojekyll", `v1/wpc/${c1.claw_hash_b64u}`, `v1/wpc/${c2}`]);

    files = append(files, trust, (r) => [policyRevocation(r, c1.claw_hash_b64u, "leaked")]);
    reg = verifyRegistry(files, { trust, at: VERIFY_AT });
    expect(reg.problems).toEqual([]);
    expect(reg.state.revoked_policies).toEqual([policyHash(v1).policy_hash_b64u]);
    expect(reg.state.policies[POLICY_ID]).toMatchObject({ current: null, claw: null });
    expect([...readApiFiles(reg).keys()].sort()).toEqual([".nojekyll", `v1/wpc/${c2}`]);
    const w = world(files, trust, v1);
    const r = gate(w, runWorldJob(w, { pinHash: c1.claw_hash_b64u }).bundle, { trust });
    expect(statusOf(r, "POLICY_NOT_REVOKED")).toBe("fail");
    expect(statusOf(r, "POLICY_CURRENT")).toBe("fail");
    expect(r.verdict).toBe("fail");
  });

  it("tampering with the Claw record fails registry verification with a stable code", () => {
    const path = `claw/${c1.claw_hash_b64u}.json`;
    const env = JSON.parse(new TextDecoder().decode(files1.get(path)!)) as Doc;
    const cases: Array<[string, Map<string, Uint8Array>, string]> = [];
    const edited = structuredClone(env);
    edited.payload.allowed_models = ["*"];
    cases.push(["edited payload", new Map([...files1, [path, envelopeBytes(edited as never)]]), "E_REG_SIG"]);
    const outsider = partySigner(SEED, "outsider");
    const foreign = signEnvelope({ type: "work_policy_contract", payload: env.payload, seed: outsider.seed, issuedAt: env.issued_at });
    cases.push(["signed by a non-registry key", new Map([...files1, [path, envelopeBytes(foreign)]]), "E_REG_SIG"]);
    const other = compileClawWpc({ policyId: "other-policy", wpc: v1 as Wpc, wpcHash: policyHash(v1).policy_hash_b64u, trust });
    const otherEnv = signEnvelope({ type: "work_policy_contract", payload: other.payload, seed: key.seed, issuedAt: env.issued_at });
    const swapped = new Map(files1);
    swapped.delete(path);
    swapped.set(`claw/${other.claw_hash_b64u}.json`, envelopeBytes(otherEnv));
    cases.push(["missing (another policy's beside it)", swapped, "E_REG_CHAIN"]);
    cases.push(["unreferenced extra", new Map([...files1, [`claw/${other.claw_hash_b64u}.json`, envelopeBytes(otherEnv)]]), "E_REG_UNKNOWN_FILE"]);
    cases.push(["clawcontrols evidence without a pinned signer", new Map([...files1, [`clawcontrols/${c1.claw_hash_b64u}.json`, files1.get(path)!]]), "E_REG_SIG"]);
    for (const [what, files, code] of cases) {
      const reg = verifyRegistry(files, { trust, at: VERIFY_AT });
      expect([what, reg.ok, reg.problems.some((p) => p.code === code)]).toEqual([what, false, true]);
    }
  });

  it("registries written before (version-1 checkpoint, no Claw hashes) keep verifying; a version-1 checkpoint cannot sign Claw hashes", () => {
    const legacyTrust = parseTrust(new TextEncoder().encode(JSON.stringify(simTrust(SEED))), "trust.json");
    const files = append(new Map(), legacyTrust, () => [{ kind: "publish", policy_id: POLICY_ID, policy_hash_b64u: policyHash(v1).policy_hash_b64u, contract: v1 }]);
    const reg = verifyRegistry(files, { trust: legacyTrust, at: VERIFY_AT });
    const v1Checkpoint = (state: typeof reg.state, seq: number, entryHash: string) => {
      const payload = { checkpoint_version: "1", entry_hash_b64u: entryHash, expires_at: "2027-02-18T09:00:00Z", issued_at: "2026-11-20T09:00:00Z", seq, state_hash_b64u: jcsHashB64u(stateForHash(state, "1") ?? {}) };
      return envelopeBytes(signEnvelope({ type: "wpc_registry_checkpoint", payload, seed: key.seed, issuedAt: payload.issued_at, expiresAt: payload.expires_at }));
    };
    const legacy = new Map([...files, ["HEAD.json", v1Checkpoint(reg.state, reg.seq, reg.headEntryHash!)]]);
    expect(verifyRegistry(legacy, { trust: legacyTrust, at: VERIFY_AT }).problems).toEqual([]);
    // and a writer appends to it (writing a version-3 checkpoint from then on)
    const next = append(legacy, legacyTrust, () => [{ kind: "revoke_token", token_jti: "jti-1", reason: "test" }]);
    expect(verifyRegistry(next, { trust: legacyTrust, at: VERIFY_AT }).checkpoint!.checkpoint_version).toBe("3");
    const withClaw = verifyRegistry(files1, { trust, at: VERIFY_AT });
    const downgraded = new Map([...files1, ["HEAD.json", v1Checkpoint(withClaw.state, withClaw.seq, withClaw.headEntryHash!)]]);
    expect(verifyRegistry(downgraded, { trust, at: VERIFY_AT }).problems[0]).toMatchObject({ code: "E_REG_CHECKPOINT" });
  });
});

describe("rotating the registry key re-signs the served contracts", () => {
  it("after K is retired, the next write by L re-signs K's Claw envelopes; the read API then needs only L", async () => {
    const { mkdtempSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { DirRegistryStore } = await import("../../action/src/io/registry-store.ts");
    const { refreshCheckpoint } = await import("../../action/src/io/registry-writer.ts");
    const seed = "claw-rotation";
    const K = partySigner(seed, "registry");
    const L = partySigner(seed, "registry-new");
    const base = simTrust(seed, { OpenRouter_via_fal: { providers: ["openai"], models: ["openrouter/*"] } }) as Doc;
    base.claw = { issuer_did: ISSUER };
    base.roles.registry.keys = [K.did, L.did];
    const trustK = parseTrust(new TextEncoder().encode(JSON.stringify(base)), "trust.json");
    const wpc = exampleWpc();
    const hash = policyHash(wpc).policy_hash_b64u;
    const compiled = compileClawWpc({ policyId: POLICY_ID, wpc: wpc as Wpc, wpcHash: hash, trust: trustK });
    const reg0 = verifyRegistry(new Map(), { trust: trustK, at: PUBLISHED_AT });
    const app = appendEntries(reg0, [{ kind: "publish", policy_id: POLICY_ID, policy_hash_b64u: hash, contract: wpc, claw: compiled }], K, { now: PUBLISHED_AT, source: SOURCE, checkpointDays: 90 });
    const dir = mkdtempSync(join(tmpdir(), "wpc-claw-rotation-"));
    try {
      const store = new DirRegistryStore(dir);
      expect(store.write(store.read(), app.files, "publish")).toBe("ok");
      // the owners rotate: K retired after seq 1, L signs from now on
      const trustL = parseTrust(new TextEncoder().encode(JSON.stringify({ ...base, retired: { [K.did]: { after_seq: 1 } } })), "trust.json");
      refreshCheckpoint({ store, trust: trustL, signer: L, now: () => PUBLISHED_AT + 3_600_000, source: SOURCE });
      const reg = verifyRegistry(store.read().files, { trust: trustL, at: VERIFY_AT });
      expect(reg.problems).toEqual([]);
      const served = [...readApiFiles(reg)].filter(([p]) => p.startsWith("v1/wpc/"));
      expect(served).toHaveLength(1);
      const body = JSON.parse(new TextDecoder().decode(served[0]![1]));
      expect(body.envelope.signer_did).toBe(L.did);
      expect(verifyClawWpcEnvelope(body.envelope, compiled.claw_hash_b64u, [L.did])).toMatchObject({ ok: true });
      // the Claw hash (and so every CST pinning it) is unchanged
      expect(body.policy_hash_b64u).toBe(compiled.claw_hash_b64u);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
