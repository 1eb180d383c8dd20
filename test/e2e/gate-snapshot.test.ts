/**
 * The gate reads the registry's current state from the snapshot the checkpoint signs, not by replaying
 * the log (issue 13); freshness, --min-seq, retired keys and revocations keep their meaning; a snapshot
 * that disagrees with the log, or that the checkpoint does not sign, is refused; a key retired after the
 * fact fails closed; a registry without a snapshot is replayed (never "no revocations").
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appendEntries, envelopeBytes, verifyRegistry, type EntryDraft } from "../../action/src/core/registry/registry.ts";
import { buildSnapshot, statePath } from "../../action/src/core/registry/snapshot.ts";
import { tokenHash } from "../../action/src/core/claw/cst.ts";
import { gateNeeds, verifyBundle } from "../../action/src/core/gate/index.ts";
import { signEnvelope } from "../../action/src/core/crypto/envelope.ts";
import { jcsHashB64u } from "../../action/src/core/crypto/hash.ts";
import { stateForHash } from "../../action/src/core/registry/state.ts";
import { parseTrust, type Trust } from "../../action/src/core/policy/trust.ts";
import { DirRegistryStore } from "../../action/src/io/registry-store.ts";
import { readRegistryForGate } from "../../action/src/io/registry-read.ts";
import { partySigner, simTrust } from "../../scripts/sim/keys.ts";
import { POLICY_ID, PUBLISHED_AT, SOURCE, SUBJECT, VERIFY_AT, check, copy, makeWorld, type Doc } from "../support/gate-world.ts";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function store(files: ReadonlyMap<string, Uint8Array>): DirRegistryStore {
  const dir = mkdtempSync(join(tmpdir(), "wpc-gate-snap-"));
  dirs.push(dir);
  for (const [p, b] of files) {
    const full = join(dir, p);
    rmSync(full, { force: true });
    mkdirSync(join(full, ".."), { recursive: true });
    writeFileSync(full, b);
  }
  return new DirRegistryStore(dir);
}

function append(files: Map<string, Uint8Array>, trust: Trust, drafts: EntryDraft[], key = partySigner("gate-world", "registry"), now = PUBLISHED_AT): Map<string, Uint8Array> {
  const reg = verifyRegistry(files, { trust, at: now });
  expect(reg.problems).toEqual([]);
  const res = appendEntries(reg, drafts, key, { now, source: SOURCE, checkpointDays: 90 });
  const out = new Map([...files, ...res.files]);
  for (const p of res.removed) out.delete(p);
  return out;
}

function run(w: ReturnType<typeof makeWorld>, files: ReadonlyMap<string, Uint8Array>, trust: Trust = w.trust, bundle: unknown = w.job.bundle, opts: { minSeq?: number; at?: number } = {}) {
  const b = copy(bundle);
  const at = opts.at ?? VERIFY_AT;
  const registry = readRegistryForGate(store(files), { trust, at, ...(opts.minSeq !== undefined ? { minSeq: opts.minSeq } : {}) }, gateNeeds(b));
  return { registry, report: verifyBundle({ bundle: b, policyId: POLICY_ID, registry, trust, at, subject: SUBJECT }) };
}

describe("the gate's light read", () => {
  const w = makeWorld();
  const token = (w.job.bundle.payload as Doc).metadata.cst.token as string;

  it("reads the signed snapshot (not the log) and gives the same report as a full replay", () => {
    const { registry, report } = run(w, w.files);
    expect(registry.fromSnapshot).toBe(true);
    expect(registry.entries).toEqual([]);
    expect(check(report, "REGISTRY_VALID").detail).toMatch(/snapshot/);
    const full = verifyBundle({ bundle: copy(w.job.bundle), policyId: POLICY_ID, registry: verifyRegistry(w.files, { trust: w.trust, at: VERIFY_AT }), trust: w.trust, at: VERIFY_AT, subject: SUBJECT });
    expect(report.verdict).toBe(full.verdict);
    expect(report.checks.map((c) => [c.id, c.status])).toEqual(full.checks.map((c) => [c.id, c.status]));
  });

  it("a revoked token (by hash or by jti) is found in its shard among thousands of revocations", () => {
    const others: EntryDraft[] = Array.from({ length: 3000 }, (_, i) => ({ kind: "revoke_token", token_hash: tokenHash(`other-token-${i}`), reason: "bulk" }));
    let files = append(w.files, w.trust, others);
    const before = run(w, files);
    expect(before.registry.fromSnapshot).toBe(true);
    expect(before.registry.state.revoked_tokens.hashes.length).toBeLessThan(100); // one shard, not 3,000
    expect(check(before.report, "TOKEN_NOT_REVOKED").status).toBe("pass");
    files = append(files, w.trust, [{ kind: "revoke_token", token_hash: tokenHash(token), reason: "leaked" }]);
    const after = run(w, files);
    expect(after.registry.fromSnapshot).toBe(true);
    expect(check(after.report, "TOKEN_NOT_REVOKED").status).toBe("fail");
    const jti = JSON.parse(Buffer.from(token.split(".")[1]!, "base64url").toString()).jti as string;
    const byJti = run(w, append(w.files, w.trust, [{ kind: "revoke_token", token_jti: jti, reason: "leaked" }]));
    expect(check(byJti.report, "TOKEN_NOT_REVOKED").status).toBe("fail");
  });

  it("freshness and --min-seq keep their meaning", () => {
    expect(check(run(w, w.files, w.trust, w.job.bundle, { at: Date.parse("2027-06-01T00:00:00Z") }).report, "REGISTRY_VALID").detail).toMatch(/E_REG_EXPIRED/);
    expect(check(run(w, w.files, w.trust, w.job.bundle, { minSeq: 5 }).report, "REGISTRY_VALID").status).toBe("fail");
  });

  it("a snapshot the checkpoint does not sign is refused: the gate replays and REGISTRY_VALID fails", () => {
    const reg = verifyRegistry(w.files, { trust: w.trust, at: VERIFY_AT });
    const root = [...reg.stateFiles].find((p) => {
      const doc = JSON.parse(new TextDecoder().decode(w.files.get(p)!));
      return doc.snapshot_version === "1";
    })!;
    const forged = JSON.parse(new TextDecoder().decode(w.files.get(root)!));
    forged.revoked_policies = [];
    forged.policies[POLICY_ID].current = "A".repeat(43);
    const files = new Map(w.files);
    files.set(root, new TextEncoder().encode(JSON.stringify(forged)));
    const r = run(w, files);
    expect(r.registry.fromSnapshot).toBeFalsy();
    expect(check(r.report, "REGISTRY_VALID").status).toBe("fail");
    expect(r.report.verdict).toBe("fail");
  });

  it("a snapshot that disagrees with the log is refused by registry verify and by writers", () => {
    // a registry key signs a checkpoint over a snapshot that omits a revoked token
    let files = append(w.files, w.trust, [{ kind: "revoke_token", token_hash: tokenHash(token), reason: "leaked" }]);
    const reg = verifyRegistry(files, { trust: w.trust, at: VERIFY_AT });
    const lie = structuredClone(reg.state);
    lie.revoked_tokens.hashes = [];
    const snap = buildSnapshot(lie, reg.seq);
    const head = JSON.parse(new TextDecoder().decode(files.get("HEAD.json")!));
    const payload = { ...head.payload, state_hash_b64u: snap.rootHash };
    const key = partySigner("gate-world", "registry");
    files = new Map([...files, ...snap.files, ["HEAD.json", envelopeBytes(signEnvelope({ type: "wpc_registry_checkpoint", payload, seed: key.seed, issuedAt: payload.issued_at, expiresAt: payload.expires_at }))]]);
    const v = verifyRegistry(files, { trust: w.trust, at: VERIFY_AT });
    expect(v.ok).toBe(false);
    expect(v.problems.map((p) => p.code)).toContain("E_REG_CHECKPOINT");
    expect(() => append(files, w.trust, [{ kind: "revoke_token", token_jti: "x", reason: "r" }])).toThrow();
    // the gate trusts the signed snapshot here: a registry key lying is what replay (registry verify,
    // every publish, revoke and refresh) exists to catch
    expect(statePath(snap.rootHash)).toMatch(/^state\//);
  });

  it("a key retired after the fact fails closed: K signed 2–3, an honest L appended 4, K retired after 1", () => {
    const seed = "retired-after";
    const base = simTrust(seed) as Doc;
    const K = partySigner(seed, "registry");
    const L = partySigner(seed, "registry-2");
    base.roles.registry.keys = [K.did, L.did];
    const trust = parseTrust(new TextEncoder().encode(JSON.stringify(base)), "trust.json");
    const ww = makeWorld(seed);
    let files = append(new Map(), trust, [{ kind: "publish", policy_id: POLICY_ID, policy_hash_b64u: ww.policyHash, contract: ww.wpc }], K);
    files = append(files, trust, [{ kind: "revoke_token", token_jti: "a", reason: "r" }, { kind: "revoke_token", token_jti: "b", reason: "r" }], K);
    files = append(files, trust, [{ kind: "revoke_token", token_jti: "c", reason: "r" }], L);
    const ok = run(ww, files, trust);
    expect(ok.registry.fromSnapshot).toBe(true);
    expect(check(ok.report, "REGISTRY_VALID").status).toBe("pass");
    const retired = parseTrust(new TextEncoder().encode(JSON.stringify({ ...base, retired: { [K.did]: { after_seq: 1 } } })), "trust.json");
    const r = run(ww, files, retired);
    expect(r.registry.fromSnapshot).toBeFalsy();
    expect(check(r.report, "REGISTRY_VALID").status).toBe("fail");
    expect(check(r.report, "REGISTRY_VALID").detail).toMatch(/E_REG_RETIRED_KEY/);
  });

  it("a registry without a snapshot (checkpoint version 2) is replayed: revocations still count", () => {
    let files = append(w.files, w.trust, [{ kind: "revoke_token", token_hash: tokenHash(token), reason: "leaked" }]);
    const reg = verifyRegistry(files, { trust: w.trust, at: VERIFY_AT });
    const head = JSON.parse(new TextDecoder().decode(files.get("HEAD.json")!));
    const { repository: _r, signers: _s, ...rest } = head.payload;
    const payload = { ...rest, checkpoint_version: "2", state_hash_b64u: jcsHashB64u(stateForHash(reg.state, "2")) };
    const key = partySigner("gate-world", "registry");
    files = new Map([...files].filter(([p]) => !p.startsWith("state/")));
    files.set("HEAD.json", envelopeBytes(signEnvelope({ type: "wpc_registry_checkpoint", payload, seed: key.seed, issuedAt: payload.issued_at, expiresAt: payload.expires_at })));
    expect(verifyRegistry(files, { trust: w.trust, at: VERIFY_AT }).problems).toEqual([]);
    const r = run(w, files);
    expect(r.registry.fromSnapshot).toBeFalsy();
    expect(check(r.report, "TOKEN_NOT_REVOKED").status).toBe("fail");
  });
});
