/**
 * wpc contract → Claw WPC v1: the compiled payload is what clawcontrols accepts (its JSON Schema from the
 * shared vectors, and its runtime rules), deterministic, and never "allow all".
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { CLAW_COMPILER_VERSION, compileClawWpc } from "../../../action/src/core/policy/claw-compile.ts";
import { clawWpcHash, clawWpcProblems, verifyClawWpcEnvelope } from "../../../action/src/core/claw/wpc.ts";
import { parseTrust, type Trust } from "../../../action/src/core/policy/trust.ts";
import { policyHash } from "../../../action/src/core/crypto/hash.ts";
import { signEnvelope } from "../../../action/src/core/crypto/envelope.ts";
import { signerFromSeed } from "../../../action/src/core/crypto/signer.ts";
import { isWpcError } from "../../../action/src/core/json/errors.ts";
import type { Wpc } from "../../../action/src/core/policy/types.ts";
import { ROOT, VECTORS } from "../../support/paths.ts";
import { example, type Doc } from "../../support/wpc-fixtures.ts";

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (a: Ajv2020) => void;
const schema = JSON.parse(readFileSync(join(VECTORS, "clawsig/schema/policy/work_policy_contract.v1.json"), "utf8"));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

const SHIPPED = parseTrust(readFileSync(join(ROOT, "policies/trust.json")), "policies/trust.json");

function trustWith(patch: (t: Doc) => void = () => {}): Trust {
  const t = JSON.parse(JSON.stringify(SHIPPED)) as Doc;
  patch(t);
  return parseTrust(new TextEncoder().encode(JSON.stringify(t)), "trust.json");
}

function compile(wpc: Doc, trust: Trust = SHIPPED, id = "invoice-triage") {
  return compileClawWpc({ policyId: id, wpc: wpc as Wpc, wpcHash: policyHash(wpc).policy_hash_b64u, trust });
}

function refusal(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (isWpcError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("compileClawWpc", () => {
  it("every shipped policy compiles to a payload clawcontrols' schema and runtime rules accept", () => {
    for (const id of ["invoice-triage", "prod-deploy", "research-readonly", "user-provisioning"]) {
      const wpc = JSON.parse(readFileSync(join(ROOT, `policies/${id}.wpc.json`), "utf8"));
      const c = compile(wpc, SHIPPED, id);
      expect(validateSchema(c.payload), JSON.stringify(validateSchema.errors)).toBe(true);
      expect(clawWpcProblems(c.payload)).toEqual([]);
      expect(c.claw_hash_b64u).toBe(clawWpcHash(c.payload));
      expect(c.payload.policy_id).toBe(id);
      expect(c.payload.allowed_providers!.length).toBeGreaterThan(0);
      expect(c.payload.allowed_models!.length).toBeGreaterThan(0);
    }
  });

  it("maps routes, issuer and the wpc identity; fixed metadata keys and compiler version", () => {
    const wpc = example();
    wpc.model_route.allowed = ["OpenRouter_via_fal", "Anthropic_direct"];
    const c = compile(wpc);
    expect(c.payload.issuer_did).toBe(SHIPPED.claw!.issuer_did);
    expect(c.payload.allowed_providers).toEqual(["anthropic", "openai"]);
    expect(c.payload.allowed_models).toEqual(["claude-*", "openrouter/*"]);
    expect(c.payload.metadata).toEqual({ wpc_compiler: CLAW_COMPILER_VERSION, wpc_policy_hash_b64u: policyHash(wpc).policy_hash_b64u, wpc_policy_id: "invoice-triage" });
    expect(CLAW_COMPILER_VERSION).toBe("wpc-claw/1");
  });

  it("carries the runtime fields Claw enforces, and the whole contract only when trust.json opts in", () => {
    const wpc = example();
    wpc.model_route.minimum_model_identity_tier = "closed_opaque";
    wpc.audit.receipt_privacy_mode = "hash_only";
    wpc.audit.required_audit_packs = ["ZZZZZZZZZZ", "AAAAAAAAAA"];
    wpc.data_boundaries = { egress_allowlist: ["API.example.com", "a.example.com:443"], redaction_rules: [{ path: "$.messages[*].content", action: "mask" }, { path: "user", action: "remove" }] };
    const c = compile(wpc);
    expect(c.payload.minimum_model_identity_tier).toBe("closed_opaque");
    expect(c.payload.receipt_privacy_mode).toBe("hash_only");
    expect(c.payload.required_audit_packs).toEqual(["AAAAAAAAAA", "ZZZZZZZZZZ"]);
    expect(c.payload.egress_allowlist).toEqual(["a.example.com:443", "api.example.com"]);
    expect(c.payload.redaction_rules).toEqual(wpc.data_boundaries.redaction_rules); // order kept: clawproxy applies them in order
    expect(validateSchema(c.payload)).toBe(true);
    expect(c.payload.metadata).not.toHaveProperty("wpc_contract");
    const opted = compile(wpc, trustWith((t) => (t.claw.include_contract = true)));
    expect(opted.payload.metadata!["wpc_contract"]).toEqual(wpc);
    expect(opted.claw_hash_b64u).not.toBe(c.claw_hash_b64u);
  });

  it("is deterministic: same contract and trust, same bytes, whatever the input's key or list order", () => {
    const reversed = (v: unknown): unknown =>
      Array.isArray(v) ? v.map(reversed) : v && typeof v === "object" ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)])) : v;
    const a = example();
    a.model_route.allowed = ["OpenRouter_via_fal", "Anthropic_direct"];
    const ca = compile(a);
    const cb = compile(reversed(a) as Doc, trustWith((t) => (t.routes = Object.fromEntries(Object.entries(t.routes as Doc).reverse()))));
    expect(JSON.stringify(cb.payload)).toBe(JSON.stringify(ca.payload));
    expect(JSON.stringify(compile(a).payload)).toBe(JSON.stringify(ca.payload));
    // the route list's order is part of the contract's bytes (its wpc hash), not of what clawproxy enforces
    const swapped = { ...a, model_route: { ...a.model_route, allowed: ["Anthropic_direct", "OpenRouter_via_fal"] } };
    const cs = compile(swapped);
    expect([cs.payload.allowed_providers, cs.payload.allowed_models]).toEqual([ca.payload.allowed_providers, ca.payload.allowed_models]);
  });

  it("a trust.json route change changes the Claw hash, not the wpc hash", () => {
    const wpc = example();
    const before = compile(wpc);
    const after = compile(wpc, trustWith((t) => (t.routes.OpenRouter_via_fal.models = ["openrouter/anthropic/*"])));
    expect(after.claw_hash_b64u).not.toBe(before.claw_hash_b64u);
    expect(after.payload.metadata!["wpc_policy_hash_b64u"]).toBe(before.payload.metadata!["wpc_policy_hash_b64u"]);
  });

  it("never fails open: empty routes, unknown providers, '?' and padded patterns, no issuer", () => {
    const empty = example();
    empty.model_route.allowed = [];
    expect(refusal(() => compile(empty)).message).toMatch(/model_route\.allowed is empty/);
    const bad = [
      [(t: Doc) => (t.routes.OpenRouter_via_fal.providers = ["openrouter"]), /provider "openrouter"/],
      [(t: Doc) => (t.routes.OpenRouter_via_fal.providers = ["mistral", "openai"]), /provider "mistral"/],
      [(t: Doc) => (t.routes.OpenRouter_via_fal.models = ["gpt-4?"]), /contains "\?"/],
      [(t: Doc) => (t.routes.OpenRouter_via_fal.models = ["?abc"]), /contains "\?"/],
      [(t: Doc) => (t.routes.OpenRouter_via_fal.models = [" gpt-4o"]), /surrounding spaces/],
      [(t: Doc) => delete t.claw, /claw\.issuer_did/],
    ] as const;
    for (const [patch, why] of bad) {
      const r = refusal(() => compile(example(), trustWith(patch)));
      expect(r.code).toBe("E_BAD_INPUT");
      expect(r.message).toMatch(why);
    }
    // an upper-case provider name is the same provider (the gate compares case-insensitively)
    expect(compile(example(), trustWith((t) => (t.routes.OpenRouter_via_fal.providers = ["OpenAI"]))).payload.allowed_providers).toEqual(["openai"]);
  });

  it("refuses a payload above clawcontrols' 64 KiB body limit (E_TOO_LARGE)", () => {
    const wpc = example();
    wpc.data_boundaries = { egress_allowlist: Array.from({ length: 256 }, (_, i) => `${"h".repeat(240)}${String(i).padStart(3, "0")}.example`) };
    expect(compile(wpc).payload.egress_allowlist).toHaveLength(256);
    expect(refusal(() => compile(wpc, trustWith((t) => (t.claw.include_contract = true)))).code).toBe("E_TOO_LARGE");
  });
});

describe("verifyClawWpcEnvelope (clawproxy's checks of a fetched contract)", () => {
  const key = signerFromSeed(new Uint8Array(32).fill(7));
  const other = signerFromSeed(new Uint8Array(32).fill(9));
  const c = compile(example());
  const env = signEnvelope({ type: "work_policy_contract", payload: c.payload, seed: key.seed, issuedAt: "2026-12-01T10:00:00Z" });

  it("accepts the signed envelope, by hash and signer", () => {
    expect(env.payload_hash_b64u).toBe(c.claw_hash_b64u);
    expect(Object.keys(env)).toEqual(["envelope_version", "envelope_type", "payload", "payload_hash_b64u", "hash_algorithm", "signature_b64u", "algorithm", "signer_did", "issued_at"]);
    expect(verifyClawWpcEnvelope(env, c.claw_hash_b64u, [key.did])).toMatchObject({ ok: true, signer: key.did });
    expect(verifyClawWpcEnvelope(env, c.claw_hash_b64u, [])).toMatchObject({ ok: true });
  });

  it("fails each check with clawproxy's code", () => {
    const cases: Array<[unknown, string, string[], string]> = [
      [env, "short", [], "POLICY_HASH_INVALID"],
      [{ ...env, expires_at: "2027-01-01T00:00:00Z" }, c.claw_hash_b64u, [], "WPC_ENVELOPE_INVALID"],
      [{ ...env, envelope_type: "wpc_contract" }, c.claw_hash_b64u, [], "WPC_ENVELOPE_INVALID"],
      [{ ...env, payload: { ...env.payload, extra: 1 } }, c.claw_hash_b64u, [], "WPC_ENVELOPE_INVALID"],
      [env, "A".repeat(43), [], "WPC_HASH_MISMATCH"],
      [{ ...env, payload: { ...env.payload, policy_id: "other" } }, c.claw_hash_b64u, [], "WPC_HASH_INVALID"],
      [env, c.claw_hash_b64u, [other.did], "WPC_SIGNER_NOT_ALLOWED"],
      [{ ...env, signer_did: "did:web:example.com" }, c.claw_hash_b64u, [], "WPC_SIGNER_DID_UNSUPPORTED"],
      [{ ...env, signer_did: other.did }, c.claw_hash_b64u, [], "WPC_SIGNATURE_INVALID"],
    ];
    for (const [e, h, signers, code] of cases) expect(verifyClawWpcEnvelope(e, h, signers)).toMatchObject({ ok: false, code });
  });
});
