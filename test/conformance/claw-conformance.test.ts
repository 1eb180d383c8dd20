/**
 * Claw-level verdicts on the clawbureau fixtures (CLAWSIG.md §6, DESIGN.md §6): every proof-bundle
 * vector of the conformance manifest whose file is present, and the real signed bundles.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { VECTORS } from "../support/paths.ts";
import { CLAW_REASON_CODES, verifyClawBundle, type ClawVerdict } from "../../action/src/core/claw/bundle.ts";

const CONFORMANCE = join(VECTORS, "clawsig/conformance");
const REAL = join(VECTORS, "clawsig/real");
const PREFIX = "packages/schema/fixtures/protocol-conformance/";
/** Pinned so that no fixture can expire under us (none carries expires_at today). */
const AT = Date.parse("2026-02-18T00:00:00Z");

interface ManifestVector {
  name: string;
  kind?: string;
  type?: string;
  path: string;
  expected: { valid: boolean; reason_code: string | string[] };
}

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));
const manifest = readJson(join(CONFORMANCE, "manifest.v1.json")) as { vectors: ManifestVector[] };
const config = readJson(join(CONFORMANCE, "clawverify.config.conformance.v1.json")) as {
  allowlists: { gateway_receipt_signer_dids: string[] };
};
const GATEWAY_SIGNERS = config.allowlists.gateway_receipt_signer_dids;

const proofBundleVectors = manifest.vectors
  .filter((v) => (v.kind ?? v.type) === "proof_bundle" && v.path.startsWith(PREFIX))
  .map((v) => ({ ...v, file: join(CONFORMANCE, v.path.slice(PREFIX.length)) }))
  .filter((v) => existsSync(v.file));

describe("Claw conformance: proof-bundle vectors of manifest.v1.json", () => {
  it("has exactly 24 proof-bundle vectors present (the test cannot pass vacuously)", () => {
    expect(GATEWAY_SIGNERS.length).toBeGreaterThan(0);
    expect(proofBundleVectors).toHaveLength(24);
  });

  it.each(proofBundleVectors.map((v) => [v.name, v] as const))("%s", (_name, v) => {
    const verdict = verifyClawBundle(readJson(v.file), { gatewaySigners: GATEWAY_SIGNERS, at: AT });
    const codes = Array.isArray(v.expected.reason_code) ? v.expected.reason_code : [v.expected.reason_code];
    expect(CLAW_REASON_CODES).toContain(verdict.reason_code);
    expect({ valid: verdict.valid, code: verdict.reason_code }).toEqual({ valid: v.expected.valid, code: expect.toBeOneOf(codes) });
  });

  it("proof_bundle_pass is gateway tier with one bound, allowed, signature-valid receipt", () => {
    const v = verifyClawBundle(readJson(join(CONFORMANCE, "proof_bundle_pass.v1.json")), { gatewaySigners: GATEWAY_SIGNERS, at: AT });
    expect(v).toMatchObject({ valid: true, reason_code: "OK", proof_tier: "gateway", run_id: "run_conformance_001" });
    expect(v.receipts).toEqual([
      { index: 0, receipt_id: "rcpt_conformance_001", signature_valid: true, signer_allowed: true, bound: true },
    ]);
  });

  it("an empty gateway allowlist with a bound receipt is DEPENDENCY_NOT_CONFIGURED", () => {
    const v = verifyClawBundle(readJson(join(CONFORMANCE, "proof_bundle_pass.v1.json")), { gatewaySigners: [], at: AT });
    expect(v.reason_code).toBe("DEPENDENCY_NOT_CONFIGURED");
  });

  it("a receipt signer outside the allowlist is RECEIPT_VERIFICATION_FAILED", () => {
    const v = verifyClawBundle(readJson(join(CONFORMANCE, "proof_bundle_pass.v1.json")), {
      gatewaySigners: ["did:key:z6MkneMkZqwqRiU5mJzSG3kDwzt9P8C59N4NGTfBLfSGE7c7"],
      at: AT,
    });
    expect(v.reason_code).toBe("RECEIPT_VERIFICATION_FAILED");
    expect(v.receipts[0]).toMatchObject({ signature_valid: true, signer_allowed: false, bound: true, code: "CLAIM_NOT_FOUND" });
  });

  it("a bare payload is MALFORMED_ENVELOPE", () => {
    const env = readJson(join(CONFORMANCE, "proof_bundle_pass.v1.json")) as { payload: unknown };
    expect(verifyClawBundle(env.payload, { gatewaySigners: GATEWAY_SIGNERS, at: AT }).reason_code).toBe("MALFORMED_ENVELOPE");
  });
});

const realBundles = readdirSync(REAL)
  .filter((f) => f.endsWith("-bundle.json"))
  .sort()
  .map((f) => ({ name: f, bundle: join(REAL, f), urm: join(REAL, f.replace(/-bundle\.json$/, "-urm.json")) }));

/** A real bundle with one byte of its payload changed: a character of bundle_id flipped, same length. */
function editOneByte(text: string): string {
  const key = '"bundle_id":"';
  const at = text.indexOf(key) + key.length;
  expect(at).toBeGreaterThan(key.length);
  const ch = text[at] === "a" ? "b" : "a";
  return text.slice(0, at) + ch + text.slice(at + 1);
}

describe("Claw verdict on the real signed bundles", () => {
  it("has the five real bundles, each with its URM", () => {
    expect(realBundles).toHaveLength(5);
    for (const r of realBundles) expect(existsSync(r.urm)).toBe(true);
  });

  it.each(realBundles.map((r) => [r.name, r] as const))("%s is valid at Claw level (self tier)", (_n, r) => {
    const v: ClawVerdict = verifyClawBundle(readJson(r.bundle), { gatewaySigners: GATEWAY_SIGNERS, urm: readJson(r.urm), at: AT });
    expect(v).toMatchObject({ valid: true, reason_code: "OK", proof_tier: "self", receipts: [] });
    expect(v.run_id).toMatch(/^run_/);
    expect(v.event_hashes.length).toBeGreaterThan(0);
  });

  it.each(realBundles.map((r) => [r.name, r] as const))("%s without its URM is URM_MISSING", (_n, r) => {
    expect(verifyClawBundle(readJson(r.bundle), { gatewaySigners: GATEWAY_SIGNERS, at: AT }).reason_code).toBe("URM_MISSING");
  });

  it.each(realBundles.map((r) => [r.name, r] as const))("%s with one payload byte edited is HASH_MISMATCH", (_n, r) => {
    const edited = JSON.parse(editOneByte(JSON.stringify(readJson(r.bundle)))) as unknown;
    const v = verifyClawBundle(edited, { gatewaySigners: GATEWAY_SIGNERS, urm: readJson(r.urm), at: AT });
    expect(v.reason_code).toBe("HASH_MISMATCH");
  });

  it("a URM that is not the committed one is URM_MISMATCH or HASH_MISMATCH", () => {
    const [a, b] = realBundles;
    if (!a || !b) throw new Error("need two real bundles");
    expect(verifyClawBundle(readJson(a.bundle), { gatewaySigners: [], urm: readJson(b.urm), at: AT }).reason_code).toBe("URM_MISMATCH");
    const urm = readJson(a.urm) as Record<string, unknown>;
    urm["metadata"] = { extra: true };
    expect(verifyClawBundle(readJson(a.bundle), { gatewaySigners: [], urm, at: AT }).reason_code).toBe("HASH_MISMATCH");
  });
});
