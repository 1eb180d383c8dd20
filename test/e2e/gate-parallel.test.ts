/**
 * The gate's parallel signature work (action/src/io/sig-pool.ts, action/src/io/verify-run.ts) with
 * real keys and real signatures, no crypto mocked:
 *   - verifySignatures on a few thousand mixed triples remembers exactly the valid ones (observed
 *     without spies: a remembered triple is one `verify` answers under withAssumedSignatures without
 *     recording it), and its stats agree with an independent count;
 *   - `meanwhile` runs exactly once, on the calling thread, before the call resolves, with and
 *     without workers; the main thread steals work when it is free, and leaves it to the workers
 *     when `meanwhile` keeps it busy;
 *   - runVerify on a ~3,000-receipt simulated bundle gives the same report as the sequential gate,
 *     and a single forged receipt signature fails RECEIPTS_SIGNED (the speculative report, made with
 *     every signature assumed valid, is thrown away), deterministically;
 *   - withAssumedSignatures / allVerify on their own.
 *
 * Workers are process-wide and cannot be stopped, so the "no workers" case runs first (vitest runs a
 * file's tests in order, each file in its own process).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHash, createPublicKey, verify as nodeVerify, type KeyObject } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import { base58 } from "@scure/base";
import fc from "fast-check";
import { allVerify, forgetValid, sign, verify, withAssumedSignatures } from "../../action/src/core/crypto/ed25519.ts";
import { isDidKey } from "../../action/src/core/crypto/did.ts";
import { signerFromSeed, type Signer } from "../../action/src/core/crypto/signer.ts";
import { verifyBundle } from "../../action/src/core/gate/verify.ts";
import type { VerifyReport } from "../../action/src/core/gate/types.ts";
import type { SigTriple } from "../../action/src/core/gate/prefetch.ts";
import { readBundle } from "../../action/src/io/bundle.ts";
import { signatureThreads, startSignatureWorkers, verifySignatures, type PoolStats, type Signatures } from "../../action/src/io/sig-pool.ts";
import { runVerify } from "../../action/src/io/verify-run.ts";
import type { VerifiedRegistry } from "../../action/src/core/registry/registry.ts";
import { partySigner } from "../../scripts/sim/keys.ts";
import { POLICY_ID, SUBJECT, VERIFY_AT, check, editedResigned, failedIds, makeWorld, registryOf, type GateWorld } from "../support/gate-world.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
/** L = 2^252 + 27742317777372353535851937790883648493 (independent of ed25519.ts). */
const L = (1n << 252n) + 27742317777372353535851937790883648493n;

function sOf(sig: Uint8Array): bigint {
  let s = 0n;
  for (let i = 63; i >= 32; i--) s = (s << 8n) | BigInt(sig[i]!);
  return s;
}

/** The signature with S replaced by S + L (still < 2^256), little-endian: same point, non-canonical S. */
function addL(sig: Uint8Array): Uint8Array {
  const out = sig.slice();
  let s = sOf(sig) + L;
  for (let i = 32; i < 64; i++) {
    out[i] = Number(s & 0xffn);
    s >>= 8n;
  }
  expect(s).toBe(0n);
  return out;
}

function keyOf(label: string): Signer {
  return signerFromSeed(new Uint8Array(createHash("sha256").update(`gate-parallel:${label}`).digest()));
}

/** Did `verify` already know this triple as valid? (Under speculation it records every triple it does not know.) */
function remembered(pub: Uint8Array, msg: Uint8Array, sig: Uint8Array): boolean {
  const r = withAssumedSignatures(() => verify(pub, msg, sig));
  expect(r.value).toBe(true);
  return r.assumed.size === 0;
}

type Kind = "valid" | "flipped" | "wrong-key" | "s-plus-l" | "bad-did" | "small-order";

/** A triple with the raw key bytes it is checked against (for `remembered`), and whether the pool may share it. */
interface Case {
  kind: Kind;
  triple: SigTriple;
  pub: Uint8Array;
  /** A sound did:key and S < L: the pool hands it to the fast verifier. */
  shared: boolean;
  valid: boolean;
}

interface Mix {
  keys: Signer[];
  cases: Case[];
  cst: NonNullable<Signatures["cst"]>;
  cstSigner: Signer;
  cstOther: Signer;
}

/** Bytes of the identity point (y = 1, x = 0): a small-order key. */
const IDENTITY = (() => {
  const b = new Uint8Array(32);
  b[0] = 1;
  return b;
})();

function rawDid(prefix: readonly number[], pub: Uint8Array): string {
  return "did:key:z" + base58.encode(Uint8Array.from([...prefix, ...pub]));
}

function buildMix(counts: Record<Kind, number>): Mix {
  const keys = [keyOf("a"), keyOf("b"), keyOf("c")];
  const [a, b] = keys as [Signer, Signer, Signer];
  const cases: Case[] = [];
  let n = 0;
  const add = (kind: Kind, signer: Signer, did: string, pub: Uint8Array, mutate: (sig: Uint8Array) => Uint8Array, shared: boolean, valid: boolean) => {
    const msg = utf8(`${kind} ${n++}`);
    const sig = mutate(sign(signer.seed, msg));
    cases.push({ kind, triple: { did, msg, sig }, pub, shared, valid });
  };
  for (let i = 0; i < counts.valid; i++) {
    const k = keys[i % keys.length]!;
    add("valid", k, k.did, k.publicKey, (s) => s, true, true);
  }
  for (let i = 0; i < counts.flipped; i++) {
    const k = keys[i % keys.length]!;
    // one bit of R or of the low 31 bytes of S: S stays below L (checked below, independently)
    const bit = (i * 37 + 11) % (63 * 8);
    add("flipped", k, k.did, k.publicKey, (s) => {
      const t = s.slice();
      t[bit >> 3]! ^= 1 << (bit & 7);
      return t;
    }, true, false);
  }
  for (let i = 0; i < counts["wrong-key"]; i++) {
    // signed by a, claimed (and checked) under b
    const msg = utf8(`wrong-key ${n++}`);
    cases.push({ kind: "wrong-key", triple: { did: b.did, msg, sig: sign(a.seed, msg) }, pub: b.publicKey, shared: true, valid: false });
  }
  for (let i = 0; i < counts["s-plus-l"]; i++) {
    const k = keys[i % keys.length]!;
    add("s-plus-l", k, k.did, k.publicKey, addL, false, false);
  }
  for (let i = 0; i < counts["bad-did"]; i++) {
    // a valid signature under a's key, but named by an undecodable did:key (multicodec ec01, not ed01;
    // or not base58; or not a did:key): were the key decoded anyway, the triple would verify
    const dids = [rawDid([0xec, 0x01], a.publicKey), "did:key:z0OIl" + "1".repeat(40), `did:web:${a.did.slice(9)}`];
    add("bad-did", a, dids[i % dids.length]!, a.publicKey, (s) => s, false, false);
  }
  for (let i = 0; i < counts["small-order"]; i++) {
    // the identity as the key, R = identity, S = 0: OpenSSL's cofactorless check accepts this
    // (checked below), so only the pool's key check keeps it out
    const msg = utf8(`small-order ${n++}`);
    const sig = new Uint8Array(64);
    sig.set(IDENTITY, 0);
    cases.push({ kind: "small-order", triple: { did: rawDid([0xed, 0x01], IDENTITY), msg, sig }, pub: IDENTITY, shared: false, valid: false });
  }
  const cstMsg = utf8("header.claims (cst signing input)");
  return { keys, cases, cst: { msg: cstMsg, sig: sign(a.seed, cstMsg), issuers: [a.did, b.did] }, cstSigner: a, cstOther: b };
}

/** node:crypto as an independent oracle for the shared (sound-key, S < L) cases. */
const keyObjects = new Map<string, KeyObject>();
function oracle(pub: Uint8Array, msg: Uint8Array, sig: Uint8Array): boolean {
  const id = Buffer.from(pub).toString("hex");
  let k = keyObjects.get(id);
  if (!k) {
    k = createPublicKey({ key: Buffer.concat([SPKI_PREFIX, pub]), format: "der", type: "spki" });
    keyObjects.set(id, k);
  }
  return nodeVerify(null, msg, k, sig);
}

const COUNTS: Record<Kind, number> = { valid: 2400, flipped: 300, "wrong-key": 100, "s-plus-l": 45, "bad-did": 45, "small-order": 10 };
let mix: Mix;
const sigsOf = (m: Mix): Signatures => ({ triples: m.cases.map((c) => c.triple), cst: m.cst });
/** Shared by the pool: the sound-key, S < L triples, and the CST once per issuer (a and b). */
const expectShared = () => mix.cases.filter((c) => c.shared).length + 2;
/** Valid among them: the valid triples and the CST under a. */
const expectValid = () => mix.cases.filter((c) => c.valid).length + 1;

/** Everything remembered is valid, and (when `all`) everything valid is remembered. */
function expectRememberedExactlyValid(all: boolean): void {
  const bad = mix.cases.filter((c) => {
    const r = remembered(c.pub, c.triple.msg, c.triple.sig);
    return c.valid ? all && !r : r;
  });
  expect(bad.map((c) => `${c.kind}: ${new TextDecoder().decode(c.triple.msg)}`)).toEqual([]);
  expect(remembered(mix.cstOther.publicKey, mix.cst.msg, mix.cst.sig)).toBe(false);
  if (all) expect(remembered(mix.cstSigner.publicKey, mix.cst.msg, mix.cst.sig)).toBe(true);
}

function busyWait(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    /* spin */
  }
}

// ---------------------------------------------------------------------------------------------------
// The simulated bundle world (generated once: the simulators sign with noble)

const RECEIPTS = 3000;
const FORGED_INDEX = 1234;
let dir = "";
let world: GateWorld;
let registry: VerifiedRegistry;
let validPath = "";
let forgedPath = "";
let forgedId = "";

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "wpc-gate-parallel-"));
  mix = buildMix(COUNTS);
  world = makeWorld("gate-parallel", {
    steps: Array.from({ length: RECEIPTS }, (_, i) => ({ kind: "llm_call" as const, provider: "openai", model: "openrouter/anthropic/claude-sonnet-4", prompt: `p${i}` })),
    stepMs: 100,
  });
  registry = registryOf(world, world.files);
  validPath = join(dir, "valid.json");
  writeFileSync(validPath, JSON.stringify(world.job.bundle));
  // one receipt's signature forged (first byte flipped, still canonical base64url of 64 bytes); the
  // bundle re-signed by the agent, so only the receipt's own signature is wrong
  const forged = editedResigned(world, (p) => {
    const r = p.receipts[FORGED_INDEX];
    forgedId = r.payload.receipt_id;
    const sig = Buffer.from(r.signature_b64u, "base64url");
    expect(sig).toHaveLength(64);
    sig[0]! ^= 0x01;
    r.signature_b64u = sig.toString("base64url");
    expect(r.signature_b64u).toMatch(/^[A-Za-z0-9_-]{86}$/);
  });
  forgedPath = join(dir, "forged.json");
  writeFileSync(forgedPath, JSON.stringify(forged));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the mixed signature set (sanity of the fixture, against node:crypto)", () => {
  it("has the intended kinds, S values and oracle verdicts", () => {
    expect(mix.cases).toHaveLength(Object.values(COUNTS).reduce((x, y) => x + y, 0));
    expect(expectShared()).toBeGreaterThan(2 * 16 * 10); // far above the sharing threshold (2 chunks of 16)
    for (const c of mix.cases) {
      expect(sOf(c.triple.sig) < L, c.kind).toBe(c.kind !== "s-plus-l");
      if (c.shared) expect(oracle(c.pub, c.triple.msg, c.triple.sig), c.kind).toBe(c.valid);
      expect(isDidKey(c.triple.did), c.kind).toBe(c.kind !== "bad-did" && c.kind !== "small-order");
    }
    // OpenSSL (cofactorless, no small-order check) accepts the small-order triple: only the key check keeps it out
    const so = mix.cases.find((c) => c.kind === "small-order")!;
    expect(oracle(so.pub, so.triple.msg, so.triple.sig)).toBe(true);
    // and the strict verifier rejects what must be rejected (a sample of each invalid kind)
    forgetValid();
    for (const kind of ["flipped", "wrong-key", "s-plus-l", "small-order"] as const) {
      const c = mix.cases.find((x) => x.kind === kind)!;
      expect(verify(c.pub, c.triple.msg, c.triple.sig), kind).toBe(false);
    }
    const bd = mix.cases.find((x) => x.kind === "bad-did")!;
    expect(verify(bd.pub, bd.triple.msg, bd.triple.sig)).toBe(true); // the signature itself is fine: only the DID is bad
    forgetValid();
  });
});

describe("verifySignatures without workers (runs before any worker is started)", () => {
  it("runs meanwhile once, on this thread, before resolving; remembers nothing invalid", async () => {
    forgetValid();
    const events: string[] = [];
    let calls = 0;
    let onThread = -1;
    const p = verifySignatures(() => sigsOf(mix), () => {
      calls++;
      onThread = threadId;
      events.push("meanwhile");
    }).then((s) => {
      events.push("resolved");
      return s;
    });
    const stats = await p;
    expect(calls).toBe(1);
    expect(onThread).toBe(threadId);
    expect(events).toEqual(["meanwhile", "resolved"]);
    expect(stats.threads).toBe(0); // precondition: no worker started yet in this process
    expect(stats.byMain).toBe(stats.checked); // nobody else to do it
    expect(stats.valid).toBeLessThanOrEqual(stats.checked);
    expectRememberedExactlyValid(false);
  });
});

describe("verifySignatures with workers", () => {
  beforeAll(() => {
    startSignatureWorkers(1);
  });

  it("remembers every valid triple and no invalid one; stats agree with an independent count (3 calls, workers reused)", async () => {
    let threads = -1;
    for (let round = 0; round < 3; round++) {
      forgetValid();
      let calls = 0;
      const stats = await verifySignatures(() => sigsOf(mix), () => void calls++);
      expect(calls).toBe(1);
      expect(stats.threads).toBeGreaterThanOrEqual(1);
      if (round > 0) expect(stats.threads).toBe(threads); // the same workers, not new ones
      threads = stats.threads;
      expect(stats.checked).toBe(expectShared());
      expect(stats.valid).toBe(expectValid());
      expect(stats.byMain).toBeGreaterThanOrEqual(0);
      expect(stats.byMain).toBeLessThanOrEqual(stats.checked);
      expectRememberedExactlyValid(true);
    }
    startSignatureWorkers(1); // idempotent
    forgetValid();
    const again = await verifySignatures(() => sigsOf(mix), () => {});
    expect(again.threads).toBe(threads);
  });

  it("runs meanwhile exactly once, on this thread, before resolving (shared and below the sharing threshold)", async () => {
    const small: Signatures = { triples: mix.cases.filter((c) => c.kind === "valid").slice(0, 5).map((c) => c.triple) };
    for (const sigs of [sigsOf(mix), small]) {
      forgetValid();
      const events: string[] = [];
      let onThread = -1;
      const stats = await verifySignatures(() => sigs, () => {
        onThread = threadId;
        events.push("meanwhile");
      }).then((s) => {
        events.push("resolved");
        return s;
      });
      expect(events).toEqual(["meanwhile", "resolved"]);
      expect(onThread).toBe(threadId);
      expect(stats.threads).toBeGreaterThanOrEqual(1);
      expect(stats.valid).toBeLessThanOrEqual(stats.checked);
      expect(stats.byMain).toBeLessThanOrEqual(stats.checked);
      // whatever it remembered is valid
      for (const t of sigs.triples) {
        const c = mix.cases.find((x) => x.triple === t)!;
        if (!c.valid) expect(remembered(c.pub, t.msg, t.sig)).toBe(false);
      }
    }
  });

  it("a throwing meanwhile rejects the call, and the next call still decides every signature", async () => {
    forgetValid();
    await expect(verifySignatures(() => sigsOf(mix), () => {
      throw new Error("meanwhile failed");
    })).rejects.toThrow("meanwhile failed");
    forgetValid();
    const stats = await verifySignatures(() => sigsOf(mix), () => {});
    expect(stats.checked).toBe(expectShared());
    expect(stats.valid).toBe(expectValid());
    expectRememberedExactlyValid(true);
  });

  it("resolves only once the chunks a worker claimed are decided (a slow last chunk)", async () => {
    // 3 chunks of small signatures, then one chunk of 16 signatures over a 3 MiB message (~50 ms of
    // hashing). While `meanwhile` keeps the main thread busy for 20 ms, a worker takes the small chunks
    // and then the slow one; so the main thread finds nothing left to claim while that chunk is still
    // being verified, and must wait for it before resolving. (On a loaded machine the main thread may
    // take the slow chunk itself: the assertions hold either way.)
    const a = mix.keys[0]!;
    const big = new Uint8Array(3 << 20).fill(0x5a);
    const bigSig = sign(a.seed, big);
    const head = mix.cases.filter((c) => c.kind === "valid").slice(0, 48).map((c) => c.triple);
    const triples = [...head, ...Array.from({ length: 16 }, () => ({ did: a.did, msg: big, sig: bigSig }))];
    for (let round = 0; round < 3; round++) {
      forgetValid();
      const stats = await verifySignatures(() => ({ triples }), () => busyWait(20));
      expect(stats.checked).toBe(triples.length);
      expect(stats.valid, `round ${round}: main thread verified ${stats.byMain}`).toBe(triples.length);
    }
    expect(remembered(a.publicKey, big, bigSig)).toBe(true);
  });

  it("work stealing: a free main thread takes a share; a busy one leaves most of it to the workers", async () => {
    forgetValid();
    const free: PoolStats = await verifySignatures(() => sigsOf(mix), () => {});
    expect(free.byMain).toBeGreaterThan(0);
    expect(free.checked).toBe(expectShared());

    // how long one thread takes for all of it (node:crypto, warm): the busy meanwhile lasts at least
    // twice that, so even a worker at half speed (a loaded machine) gets through most of the work
    const shared = mix.cases.filter((c) => c.shared);
    const t0 = performance.now();
    for (const c of shared) oracle(c.pub, c.triple.msg, c.triple.sig);
    const seqMs = performance.now() - t0;
    const waitMs = Math.max(150, 2 * seqMs);

    forgetValid();
    let waited = 0;
    const busy = await verifySignatures(() => sigsOf(mix), () => {
      const s = performance.now();
      busyWait(waitMs);
      waited = performance.now() - s;
    });
    expect(waited).toBeGreaterThanOrEqual(waitMs);
    expect(busy.checked).toBe(expectShared());
    expect(busy.valid).toBe(expectValid());
    expectRememberedExactlyValid(true);
    if (signatureThreads() > 0) expect(busy.byMain, `main thread verified ${busy.byMain} of ${busy.checked} (sequential ${seqMs.toFixed(0)} ms, waited ${waitMs.toFixed(0)} ms)`).toBeLessThan(busy.checked / 2);
  });
});

describe("runVerify end to end on a ~3,000-receipt bundle", () => {
  const opts = (bundlePath: string) => ({ bundlePath, policyId: POLICY_ID, registry, trust: world.trust, at: VERIFY_AT, subject: SUBJECT });
  const sequential = (bundlePath: string): VerifyReport => {
    forgetValid();
    return verifyBundle({ bundle: readBundle(bundlePath), policyId: POLICY_ID, registry, trust: world.trust, at: VERIFY_AT, subject: SUBJECT });
  };

  it("the valid bundle passes, with the same report as the sequential gate", async () => {
    expect((world.job.bundle.payload as { receipts: unknown[] }).receipts).toHaveLength(RECEIPTS);
    forgetValid();
    const par = await runVerify(opts(validPath));
    expect(par.verdict, JSON.stringify(par.checks.filter((c) => c.status === "fail"))).toBe("pass");
    expect(check(par, "RECEIPTS_SIGNED").status).toBe("pass");
    const seq = sequential(validPath);
    expect(par).toStrictEqual(seq);
    expect(JSON.stringify(par)).toBe(JSON.stringify(seq));
  });

  it("one forged receipt signature fails RECEIPTS_SIGNED, naming the receipt; cold and warm runs agree with the sequential gate", async () => {
    forgetValid();
    const first = await runVerify(opts(forgedPath));
    expect(first.verdict).toBe("fail");
    // the gate's receipt check, and the Clawsig v1 verdict (which verifies receipt signatures too)
    expect(failedIds(first)).toEqual(["CLAW_PROTOCOL", "RECEIPTS_SIGNED"]);
    expect(check(first, "CLAW_PROTOCOL").detail).toMatch(/INVALID/);
    const detail = check(first, "RECEIPTS_SIGNED").detail;
    expect(detail).toContain(forgedId);
    expect(detail).toContain(`(#${FORGED_INDEX})`);
    expect(detail).not.toContain("more"); // only that one receipt
    // warm: every other signature is now remembered, only the forged one is assumed (and refuted)
    const second = await runVerify(opts(forgedPath));
    expect(second).toStrictEqual(first);
    // the forged signature was never remembered
    const r = readBundle(forgedPath) as { payload: { receipts: Array<{ payload_hash_b64u: string; signature_b64u: string }> } };
    const fr = r.payload.receipts[FORGED_INDEX]!;
    expect(remembered(partySigner(world.seed, "gateway").publicKey, utf8(fr.payload_hash_b64u), Buffer.from(fr.signature_b64u, "base64url"))).toBe(false);
    expect(sequential(forgedPath)).toStrictEqual(first);
    // and the valid bundle still passes afterwards (nothing stale from the forged runs)
    const after = await runVerify(opts(validPath));
    expect(after.verdict).toBe("pass");
  });
});

describe("runVerify: signatures found in the raw bytes, verified while the bundle is parsed", () => {
  const opts = (bundlePath: string) => ({ bundlePath, policyId: POLICY_ID, registry, trust: world.trust, at: VERIFY_AT, subject: SUBJECT });
  const sequential = (bundlePath: string): VerifyReport => {
    forgetValid();
    return verifyBundle({ bundle: readBundle(bundlePath), policyId: POLICY_ID, registry, trust: world.trust, at: VERIFY_AT, subject: SUBJECT });
  };
  /** The valid bundle with the members of every envelope (the bundle's, each receipt's) in `order`; re-signed by the agent. */
  const reordered = (name: string, order: (k: string[]) => string[]): string => {
    const members = (o: Record<string, unknown>) => Object.fromEntries(order(Object.keys(o)).map((k) => [k, o[k]]));
    const b = editedResigned(world, (p) => {
      p.receipts = p.receipts.map(members);
    });
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(members(b as unknown as Record<string, unknown>)));
    return path;
  };

  it("envelopes written in other member orders (the scan finds some, or none) give the sequential gate's report", async () => {
    const later = reordered("later.json", (k) => [...k.filter((x) => x !== "signature_b64u"), "signature_b64u"]);
    const first = reordered("first.json", (k) => ["signer_did", "signature_b64u", ...k.filter((x) => x !== "signer_did" && x !== "signature_b64u")]);
    for (const path of [later, first]) {
      forgetValid();
      const par = await runVerify(opts(path));
      expect(par.verdict, path).toBe("pass");
      expect(par).toStrictEqual(sequential(path));
    }
  });

  it("a large bundle that does not parse rejects with its own error code (the workers stop), and the next run is sound", async () => {
    const text = readFileSync(validPath, "utf8");
    const cases: Array<[string, string | Buffer, string]> = [
      ["truncated.json", text.slice(0, text.length - 100), "E_NOT_IJSON"],
      // decoded only once its signatures are shared: a byte that is not UTF-8 stops the workers too
      ["not-utf8.json", Buffer.concat([Buffer.from(text.slice(0, 300)), Buffer.from([0xc3, 0x28]), Buffer.from(text.slice(300))]), "E_NOT_IJSON"],
      ["duplicate.json", text.replace('{"envelope_version":"1"', '{"envelope_version":"1","envelope_version":"1"'), "E_NOT_IJSON"],
      ["not-a-bundle.json", text.replace('"envelope_type":"proof_bundle"', '"envelope_type":"something_else"'), "E_BAD_INPUT"],
    ];
    for (const [name, body, code] of cases) {
      const path = join(dir, name);
      writeFileSync(path, body);
      expect(body.length).toBeGreaterThan(1 << 20);
      forgetValid();
      const t0 = performance.now();
      await expect(runVerify(opts(path)), name).rejects.toMatchObject({ code });
      // it did not verify the ~3,000 signatures first (the workers stopped claiming): well under their sequential time
      expect(performance.now() - t0, name).toBeLessThan(5_000);
    }
    forgetValid();
    const after = await runVerify(opts(validPath));
    expect(after.verdict).toBe("pass");
    expect(after).toStrictEqual(sequential(validPath));
  });

  it("meanwhile returning false stops further claims: fewer signatures decided than shared", async () => {
    forgetValid();
    const stats = await verifySignatures(() => sigsOf(mix), () => false);
    expect(stats.checked).toBe(expectShared());
    expect(stats.byMain).toBe(0);
    expect(stats.valid).toBeLessThan(expectValid());
  });
});

describe("withAssumedSignatures and allVerify", () => {
  const k = keyOf("spec");
  const msg = utf8("speculative");
  const good = () => sign(k.seed, msg);
  const bad = () => {
    const s = good();
    s[5]! ^= 0x40;
    return s;
  };

  it("does not nest", () => {
    const outer = withAssumedSignatures(() => {
      expect(() => withAssumedSignatures(() => 1)).toThrow(/nest/);
      return verify(k.publicKey, msg, bad()); // the outer speculation is still on
    });
    expect(outer.value).toBe(true);
    expect(outer.assumed.size).toBe(1);
    expect(allVerify(outer.assumed)).toBe(false);
  });

  it("a valid assumed signature: allVerify true, and remembered", () => {
    forgetValid();
    const r = withAssumedSignatures(() => verify(k.publicKey, msg, good()));
    expect(r.value).toBe(true);
    expect(r.assumed.size).toBe(1);
    expect(remembered(k.publicKey, msg, good())).toBe(false); // not yet: only assumed
    expect(allVerify(r.assumed)).toBe(true);
    expect(remembered(k.publicKey, msg, good())).toBe(true);
  });

  it("an invalid assumed signature: allVerify false, not remembered, and plain verify says no", () => {
    forgetValid();
    const r = withAssumedSignatures(() => [verify(k.publicKey, msg, good()), verify(k.publicKey, msg, bad())]);
    expect(r.value).toEqual([true, true]);
    expect(r.assumed.size).toBe(2);
    expect(allVerify(r.assumed)).toBe(false);
    expect(remembered(k.publicKey, msg, bad())).toBe(false);
    expect(verify(k.publicKey, msg, bad())).toBe(false);
  });

  it("speculation is off again after fn throws", () => {
    forgetValid();
    expect(() =>
      withAssumedSignatures(() => {
        expect(verify(k.publicKey, msg, bad())).toBe(true);
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(verify(k.publicKey, msg, bad())).toBe(false);
    // and a new speculation can start (nothing left half-open)
    expect(withAssumedSignatures(() => 7).value).toBe(7);
  });

  it("allVerify agrees with the strict verifier on random messages and single-bit flips", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.option(fc.integer({ min: 0, max: 511 }), { nil: undefined }), (m, bit) => {
        forgetValid();
        const sig = sign(k.seed, m);
        if (bit !== undefined) sig[bit >> 3]! ^= 1 << (bit & 7);
        const { assumed } = withAssumedSignatures(() => verify(k.publicKey, m, sig));
        const spec = allVerify(assumed);
        forgetValid();
        expect(spec).toBe(bit === undefined);
        expect(verify(k.publicKey, m, sig)).toBe(spec);
      }),
      { numRuns: 60 },
    );
  });
});
