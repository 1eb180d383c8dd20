import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { base58 } from "@scure/base";
import { VECTORS } from "../../support/paths.ts";
import {
  ENVELOPE_KEYS,
  ENVELOPE_REASONS,
  OWN_ENVELOPE_TYPES,
  isRfc3339DateTime,
  signEnvelope,
  verifyEnvelope,
  type Envelope,
  type EnvelopeType,
  type EnvelopeVerdict,
} from "../../../action/src/core/crypto/envelope.ts";
import { didKeyFromPublicKey } from "../../../action/src/core/crypto/did.ts";
import { publicKeyFromSeed } from "../../../action/src/core/crypto/ed25519.ts";
import { jcsHashB64u } from "../../../action/src/core/crypto/hash.ts";
import { sha256B64u } from "../../../action/src/core/crypto/crypto.ts";
import { parseIJson, type JsonObject } from "../../../action/src/core/json/ijson.ts";
import { isWpcError } from "../../../action/src/core/json/errors.ts";

const SEED = new Uint8Array(32).fill(7);
const OTHER_SEED = new Uint8Array(32).fill(9);
const DID = didKeyFromPublicKey(publicKeyFromSeed(SEED));
const OTHER_DID = didKeyFromPublicKey(publicKeyFromSeed(OTHER_SEED));
const T = "2026-03-01T12:00:00Z";
/** did:key of the identity point (small order), built by hand: didKeyFromPublicKey refuses it. */
const SMALL_ORDER_DID = `did:key:z${base58.encode(Uint8Array.from([0xed, 0x01, 1, ...new Uint8Array(31)]))}`;

type Env = Envelope<JsonObject> & Record<string, unknown>;
const clone = (e: unknown): Env => JSON.parse(JSON.stringify(e)) as Env;
const codeOf = (v: EnvelopeVerdict): string => (v.ok ? "OK" : v.code);

function codeOfThrow(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isWpcError(e) ? e.code : `not a WpcError: ${String(e)}`;
  }
  return undefined;
}

/** A registry entry whose keys are deliberately given out of JCS order. */
function entryPayload(): JsonObject {
  return {
    entry_version: "1",
    seq: 1,
    prev_entry_hash_b64u: null,
    kind: "publish",
    policy_id: "deploy-bot",
    policy_hash_b64u: "A".repeat(43),
    issued_at: T,
    source: { repository: "o/r", ref: "refs/heads/main", commit: "c".repeat(40), run_id: "1", actor: "me" },
  };
}

function ownEnvelope(type: EnvelopeType = "wpc_registry_entry"): Env {
  return clone(signEnvelope({ type, payload: entryPayload(), seed: SEED, issuedAt: T, hashRule: "jcs" }));
}

describe("signEnvelope / verifyEnvelope round trip", () => {
  for (const type of OWN_ENVELOPE_TYPES) {
    it(`own type ${type}: JCS hash, JCS key order, fields in order`, () => {
      const env = signEnvelope({ type, payload: entryPayload(), seed: SEED, issuedAt: T, expiresAt: "2026-06-01T00:00:00Z", hashRule: "jcs" });
      expect(Object.keys(env)).toEqual([...ENVELOPE_KEYS]);
      expect(Object.keys(env.payload)).toEqual(Object.keys(entryPayload()).sort());
      expect(env.payload_hash_b64u).toBe(jcsHashB64u(entryPayload()));
      expect(env.signer_did).toBe(DID);
      const text = JSON.stringify(env, null, 2);
      for (const parsed of [JSON.parse(text) as unknown, parseIJson(text).value]) {
        const v = verifyEnvelope(parsed, { expectedType: type, allowedSigners: [DID] });
        expect(v).toMatchObject({ ok: true, signer: DID, payloadHash: env.payload_hash_b64u });
      }
    });
  }

  for (const type of ["gateway_receipt", "tool_receipt", "human_approval_receipt", "proof_bundle"] as const) {
    it(`Claw type ${type}: JSON.stringify hash in the payload's own key order`, () => {
      const payload = { zeta: 1, alpha: { y: "é\u2028", x: [1.5, null, true] }, issued: T };
      const env = signEnvelope({ type, payload, seed: SEED, issuedAt: T, hashRule: "stringify" });
      expect(Object.keys(env)).toEqual(ENVELOPE_KEYS.filter((k) => k !== "expires_at"));
      expect(Object.keys(env.payload)).toEqual(["zeta", "alpha", "issued"]);
      expect(env.payload_hash_b64u).toBe(sha256B64u(JSON.stringify(payload)));
      expect(env.payload_hash_b64u).not.toBe(jcsHashB64u(payload));
      expect(verifyEnvelope(clone(env), { expectedType: type })).toMatchObject({ ok: true, signer: DID });
    });
  }

  it("the hash rule defaults from the type and a contradicting rule is refused", () => {
    const env = signEnvelope({ type: "wpc_contract", payload: entryPayload(), seed: SEED, issuedAt: T });
    expect(env.payload_hash_b64u).toBe(jcsHashB64u(entryPayload()));
    expect(codeOfThrow(() => signEnvelope({ type: "wpc_contract", payload: entryPayload(), seed: SEED, issuedAt: T, hashRule: "stringify" }))).toBe("E_BAD_INPUT");
    expect(codeOfThrow(() => signEnvelope({ type: "proof_bundle", payload: {}, seed: SEED, issuedAt: T, hashRule: "jcs" }))).toBe("E_BAD_INPUT");
  });

  it("signEnvelope refuses bad input", () => {
    const base = { type: "wpc_registry_entry" as const, seed: SEED, issuedAt: T };
    const noIssued = entryPayload();
    delete noIssued["issued_at"];
    expect(codeOfThrow(() => signEnvelope({ ...base, payload: noIssued }))).toBe("E_BAD_INPUT");
    expect(codeOfThrow(() => signEnvelope({ ...base, payload: { ...entryPayload(), issued_at: "2026-03-01T12:00:01Z" } }))).toBe("E_BAD_INPUT");
    expect(codeOfThrow(() => signEnvelope({ ...base, payload: { ...entryPayload(), "10": 1, "9": 2 } }))).toBe("E_BAD_INPUT");
    expect(codeOfThrow(() => signEnvelope({ ...base, payload: { ...entryPayload(), n: Number.NaN } }))).toBe("E_BAD_INPUT");
    expect(codeOfThrow(() => signEnvelope({ ...base, payload: [] as unknown as JsonObject }))).toBe("E_BAD_INPUT");
    expect(codeOfThrow(() => signEnvelope({ ...base, issuedAt: "2026-03-01 12:00:00", payload: { ...entryPayload(), issued_at: "2026-03-01 12:00:00" } }))).toBe("E_BAD_INPUT");
    expect(codeOfThrow(() => signEnvelope({ ...base, payload: entryPayload(), expiresAt: "tomorrow" }))).toBe("E_BAD_INPUT");
    expect(codeOfThrow(() => signEnvelope({ ...base, type: "claw_unknown_type" as EnvelopeType, payload: entryPayload() }))).toBe("E_BAD_INPUT");
    expect(codeOfThrow(() => signEnvelope({ ...base, payload: entryPayload(), seed: new Uint8Array(31) }))).toBe("E_BAD_KEY");
  });
});

describe("verifyEnvelope: one mutation, one code", () => {
  const expectedType = "wpc_registry_entry" as const;
  const opts = { expectedType, allowedSigners: [DID, OTHER_DID] };
  const flipSig = (s: string): string => {
    const b = Buffer.from(s, "base64url");
    b[10] = b[10]! ^ 0x01;
    return b.toString("base64url");
  };
  const mutations: [string, (e: Env) => unknown, string][] = [
    ["none", (e) => e, "OK"],
    ["payload edit", (e) => ((e.payload["seq"] = 2), e), "HASH_MISMATCH"],
    ["hash edit", (e) => ((e.payload_hash_b64u = jcsHashB64u({ other: 1 })), e), "HASH_MISMATCH"],
    ["signature edit", (e) => ((e.signature_b64u = flipSig(e.signature_b64u)), e), "SIGNATURE_INVALID"],
    ["signature truncated", (e) => ((e.signature_b64u = e.signature_b64u.slice(0, 80)), e), "SIGNATURE_INVALID"],
    ["signature not base64url", (e) => ((e.signature_b64u = `${e.signature_b64u.slice(0, 85)}=`), e), "MALFORMED_ENVELOPE"],
    ["type swap", (e) => ((e.envelope_type = "wpc_registry_checkpoint"), e), "UNKNOWN_ENVELOPE_TYPE"],
    ["Claw type", (e) => ((e.envelope_type = "work_policy_contract" as EnvelopeType), e), "UNKNOWN_ENVELOPE_TYPE"],
    ["extra key", (e) => ((e["note"] = "hi"), e), "SCHEMA_VALIDATION_FAILED"],
    ["did swap to another valid key", (e) => ((e.signer_did = OTHER_DID), e), "SIGNATURE_INVALID"],
    ["did swap to garbage", (e) => ((e.signer_did = "did:web:example.com"), e), "INVALID_DID_FORMAT"],
    ["did of a small-order key", (e) => ((e.signer_did = SMALL_ORDER_DID), e), "INVALID_DID_FORMAT"],
    ["issued_at mismatch", (e) => ((e.issued_at = "2026-03-01T12:00:01Z"), e), "ISSUED_AT_MISMATCH"],
    ["payload issued_at removed", (e) => (delete e.payload["issued_at"], e), "ISSUED_AT_MISMATCH"],
    ["issued_at unparseable", (e) => ((e.issued_at = "2026-02-30T00:00:00Z"), e), "MALFORMED_ENVELOPE"],
    ["expires_at unparseable", (e) => ((e.expires_at = "soon"), e), "MALFORMED_ENVELOPE"],
    ["non-JCS key order", (e) => ((e.payload = Object.fromEntries(Object.entries(e.payload).reverse())), e), "JCS_ORDER_MISMATCH"],
    ["integer-like keys", (e) => ((e.payload["10"] = 1), (e.payload["9"] = 2), e), "JCS_ORDER_MISMATCH"],
    ["version 2", (e) => ((e.envelope_version = "2" as "1"), e), "UNKNOWN_ENVELOPE_VERSION"],
    ["algorithm", (e) => ((e.algorithm = "EdDSA" as "Ed25519"), e), "UNKNOWN_ALGORITHM"],
    ["hash algorithm", (e) => ((e.hash_algorithm = "BLAKE3" as "SHA-256"), e), "UNKNOWN_HASH_ALGORITHM"],
    ["hash not base64url", (e) => ((e.payload_hash_b64u = `${e.payload_hash_b64u}=`), e), "MALFORMED_ENVELOPE"],
    ["payload an array", (e) => ((e.payload = [] as unknown as JsonObject), e), "MALFORMED_ENVELOPE"],
    ["signer_did a number", (e) => (((e as Record<string, unknown>)["signer_did"] = 5), e), "MALFORMED_ENVELOPE"],
    ["bare payload", (e) => e.payload, "MALFORMED_ENVELOPE"],
    ["null", () => null, "MALFORMED_ENVELOPE"],
    ["array", (e) => [e], "MALFORMED_ENVELOPE"],
    ["string", (e) => JSON.stringify(e), "MALFORMED_ENVELOPE"],
  ];
  for (const key of ENVELOPE_KEYS.filter((k) => k !== "expires_at")) {
    mutations.push([`missing ${key}`, (e) => (delete e[key], e), "MALFORMED_ENVELOPE"]);
  }
  for (const [name, mutate, code] of mutations) {
    it(`${name} → ${code}`, () => {
      expect(codeOf(verifyEnvelope(mutate(ownEnvelope()), opts))).toBe(code);
    });
  }

  it("a JSON.stringify-order edit of a Claw payload is a HASH_MISMATCH", () => {
    const env = clone(signEnvelope({ type: "gateway_receipt", payload: { b: 1, a: 2 }, seed: SEED, issuedAt: T }));
    env.payload = { a: 2, b: 1 };
    expect(codeOf(verifyEnvelope(env, { expectedType: "gateway_receipt" }))).toBe("HASH_MISMATCH");
  });

  it("signers: list, predicate, empty list, absent", () => {
    const env = ownEnvelope();
    expect(codeOf(verifyEnvelope(env, { expectedType, allowedSigners: [OTHER_DID] }))).toBe("SIGNER_NOT_ALLOWED");
    expect(codeOf(verifyEnvelope(env, { expectedType, allowedSigners: [] }))).toBe("SIGNER_NOT_ALLOWED");
    expect(codeOf(verifyEnvelope(env, { expectedType, allowedSigners: () => false }))).toBe("SIGNER_NOT_ALLOWED");
    expect(codeOf(verifyEnvelope(env, { expectedType, allowedSigners: (d) => d === DID }))).toBe("OK");
    expect(codeOf(verifyEnvelope(env, { expectedType }))).toBe("OK");
  });

  it("expiry is checked only against a given verification time", () => {
    const env = clone(signEnvelope({ type: expectedType, payload: entryPayload(), seed: SEED, issuedAt: T, expiresAt: "2026-04-01T00:00:00Z" }));
    expect(codeOf(verifyEnvelope(env, { expectedType }))).toBe("OK");
    expect(codeOf(verifyEnvelope(env, { expectedType, at: Date.parse("2026-03-31T23:59:59Z") }))).toBe("OK");
    expect(codeOf(verifyEnvelope(env, { expectedType, at: Date.parse("2026-04-01T00:00:00Z") }))).toBe("OK");
    expect(codeOf(verifyEnvelope(env, { expectedType, at: Date.parse("2026-04-01T00:00:00.001Z") }))).toBe("EXPIRED_TTL");
  });

  it("every code this test expects is a documented reason", () => {
    for (const [, , code] of mutations) if (code !== "OK") expect(ENVELOPE_REASONS).toContain(code);
  });
});

describe("RFC 3339 date-time", () => {
  it("accepts offsets, fractions, lower-case t/z; rejects impossible dates and missing zones", () => {
    for (const s of ["2026-02-12T00:00:00Z", "2026-02-12t00:00:00.123z", "2024-02-29T23:59:59+05:30", "2026-02-12T00:00:00-00:00"]) {
      expect(isRfc3339DateTime(s), s).toBe(true);
    }
    for (const s of ["2026-02-12T00:00:00", "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-02-12T24:00:00Z", "2026-02-12T23:59:60Z", "2026-02-12 00:00:00Z", "2026-02-12T00:00:00+24:00", ""]) {
      expect(isRfc3339DateTime(s), s).toBe(false);
    }
  });
});

describe("Claw conformance fixtures (stringify rule)", () => {
  const dir = join(VECTORS, "clawsig/conformance");
  const load = (f: string): Env => JSON.parse(readFileSync(join(dir, f), "utf8")) as Env;
  const allow = JSON.parse(readFileSync(join(dir, "clawverify.config.conformance.v1.json"), "utf8")) as {
    allowlists: { gateway_receipt_signer_dids: string[] };
  };

  it("proof_bundle_pass: the bundle envelope and its gateway receipt receipts[0] verify", () => {
    const bundle = load("proof_bundle_pass.v1.json");
    const agent = bundle.payload["agent_did"] as string;
    const b = verifyEnvelope(bundle, { expectedType: "proof_bundle", allowedSigners: [agent] });
    expect(b).toMatchObject({ ok: true, signer: agent, payloadHash: bundle.payload_hash_b64u });
    const receipts = bundle.payload["receipts"] as unknown[];
    expect(receipts.length).toBeGreaterThan(0);
    const r = verifyEnvelope(receipts[0], {
      expectedType: "gateway_receipt",
      allowedSigners: allow.allowlists.gateway_receipt_signer_dids,
    });
    expect(r).toMatchObject({ ok: true, signer: "did:key:z6MkfF4ykuxdK3Cea9xDqWgLLgMBvxcypy6Tv1K45Eahxy3m" });
    expect(codeOf(verifyEnvelope(receipts[0], { expectedType: "proof_bundle" }))).toBe("UNKNOWN_ENVELOPE_TYPE");
    expect(codeOf(verifyEnvelope(bundle, { expectedType: "proof_bundle", allowedSigners: [] }))).toBe("SIGNER_NOT_ALLOWED");
  });

  it("fails the bundle when hashed with JCS (it is not JCS-hashed)", () => {
    const bundle = load("proof_bundle_pass.v1.json");
    expect(jcsHashB64u(bundle.payload)).not.toBe(bundle.payload_hash_b64u);
  });

  // Envelope-level failures of the conformance set give the manifest's reason code.
  const expected: [string, string][] = [
    ["proof_bundle_fail_unknown_envelope_version.v1.json", "UNKNOWN_ENVELOPE_VERSION"],
    ["proof_bundle_fail_unknown_hash_algo.v1.json", "UNKNOWN_HASH_ALGORITHM"],
    ["proof_bundle_fail_missing_envelope_field.v1.json", "MALFORMED_ENVELOPE"],
    ["proof_bundle_fail_invalid_signature.v1.json", "SIGNATURE_INVALID"],
    ["proof_bundle_fail_wrong_signer.v1.json", "HASH_MISMATCH"],
    ["proof_bundle_pass_mixed_receipts.v1.json", "HASH_MISMATCH"],
  ];
  for (const [file, code] of expected) {
    it(`${file} → ${code}`, () => {
      expect(codeOf(verifyEnvelope(load(file), { expectedType: "proof_bundle" }))).toBe(code);
    });
  }
});
