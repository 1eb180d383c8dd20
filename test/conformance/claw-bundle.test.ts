/**
 * Claw-level bundle rules that no clawbureau fixture exercises (CLAWSIG.md §2–3): bundles are built and
 * signed here, then one named mutation each.
 */
import { describe, expect, it } from "vitest";
import { signEnvelope } from "../../action/src/core/crypto/envelope.ts";
import { didKeyFromPublicKey } from "../../action/src/core/crypto/did.ts";
import { publicKeyFromSeed } from "../../action/src/core/crypto/ed25519.ts";
import { sha256B64u } from "../../action/src/core/crypto/crypto.ts";
import { eventHeaderHash } from "../../action/src/core/claw/events.ts";
import {
  CLAW_REASON_CODES,
  checkBundleEnvelope,
  checkGatewayReceipt,
  toolReceiptPayload,
  verifyClawBundle,
} from "../../action/src/core/claw/bundle.ts";
import { parseBundle } from "../../action/src/io/bundle.ts";

type Obj = Record<string, unknown>;
const AGENT_SEED = new Uint8Array(32).fill(1);
const GATEWAY_SEED = new Uint8Array(32).fill(2);
const TOOL_SEED = new Uint8Array(32).fill(3);
const AGENT = didKeyFromPublicKey(publicKeyFromSeed(AGENT_SEED));
const GATEWAY = didKeyFromPublicKey(publicKeyFromSeed(GATEWAY_SEED));
const T0 = "2026-03-01T12:00:00Z";
const AT = Date.parse("2026-03-01T13:00:00Z");
const RUN = "run_test_1";

const EVENT: Obj = { event_id: "evt_1", run_id: RUN, event_type: "llm_call", timestamp: T0, payload_hash_b64u: sha256B64u("p"), prev_hash_b64u: null };
EVENT["event_hash_b64u"] = eventHeaderHash(EVENT);
const EH = EVENT["event_hash_b64u"] as string;

function receipt(binding: Obj | undefined, id = "rcpt_1", extra: Obj = {}): Obj {
  const payload: Obj = {
    receipt_version: "1",
    receipt_id: id,
    gateway_id: "did:web:gw.example",
    provider: "openai",
    model: "gpt-test",
    request_hash_b64u: sha256B64u("req"),
    response_hash_b64u: sha256B64u("res"),
    tokens_input: 1,
    tokens_output: 2,
    latency_ms: 3,
    timestamp: T0,
    ...(binding ? { binding } : {}),
    ...extra,
  };
  return signEnvelope({ type: "gateway_receipt", payload, seed: GATEWAY_SEED, issuedAt: "2026-03-01T12:00:01Z" }) as unknown as Obj;
}
const bound = (more: Obj = {}): Obj => ({ run_id: RUN, event_hash_b64u: EH, ...more });

function bundle(extra: Obj, seed = AGENT_SEED, expiresAt?: string): Obj {
  const payload = { bundle_version: "1", bundle_id: "bundle_test", agent_did: AGENT, event_chain: [EVENT], ...extra };
  return signEnvelope({ type: "proof_bundle", payload, seed, issuedAt: "2026-03-01T12:00:05Z", ...(expiresAt ? { expiresAt } : {}) }) as unknown as Obj;
}
function verify(env: unknown, signers: readonly string[] = [GATEWAY]) {
  const v = verifyClawBundle(env, { gatewaySigners: signers, at: AT });
  expect(CLAW_REASON_CODES).toContain(v.reason_code);
  for (const r of v.receipts) if (r.code !== undefined) expect(CLAW_REASON_CODES).toContain(r.code);
  return v;
}
const code = (env: unknown, signers?: readonly string[]) => verify(env, signers).reason_code;

const sideEffect = (binding?: Obj, more: Obj = {}): Obj => ({
  receipt_version: "1",
  receipt_id: "se_1",
  effect_class: "network_egress",
  hash_algorithm: "SHA-256",
  agent_did: AGENT,
  timestamp: T0,
  ...(binding ? { binding } : {}),
  ...more,
});
const approval = (binding?: Obj): Obj => ({
  receipt_version: "1",
  receipt_id: "ha_1",
  approval_type: "explicit_approve",
  agent_did: AGENT,
  timestamp: T0,
  ...(binding ? { binding } : {}),
});
const toolPayload = (i = 0, more: Obj = {}): Obj => ({
  receipt_version: "1",
  receipt_id: `tool_${i}`,
  tool_name: "exec",
  args_hash_b64u: sha256B64u(`a${i}`),
  result_hash_b64u: sha256B64u(`r${i}`),
  hash_algorithm: "SHA-256",
  agent_did: AGENT,
  timestamp: T0,
  latency_ms: 5,
  ...more,
});

describe("verifyClawBundle on built bundles", () => {
  it("a bound gateway receipt gives the gateway tier; an unbound one counts nothing but does not fail", () => {
    expect(verify(bundle({ receipts: [receipt(bound())] }))).toMatchObject({ valid: true, proof_tier: "gateway", run_id: RUN, event_hashes: [EH] });
    const v = verify(bundle({ receipts: [receipt(undefined)] }));
    expect(v).toMatchObject({ valid: true, proof_tier: "self" });
    expect(v.receipts[0]).toMatchObject({ signature_valid: true, signer_allowed: true, bound: false, code: "RECEIPT_BINDING_MISMATCH" });
  });

  it("legacy receipt_type entries in receipts are ignored (but hashed)", () => {
    const v = verify(bundle({ receipts: [{ receipt_type: "diagnostic", note: "x" }, receipt(bound())] }));
    expect(v).toMatchObject({ valid: true, proof_tier: "gateway" });
    expect(v.receipts.map((r) => r.index)).toEqual([1]);
    expect(code(bundle({ receipts: [{ receipt_type: "diagnostic" }] }))).toBe("OK");
  });

  it("side-effect and human-approval receipts must be anchored to a gateway span", () => {
    const receipts = [receipt(bound({ span_id: "s1" }))];
    expect(code(bundle({ receipts, side_effect_receipts: [sideEffect({ tool_span_id: "s1" })], human_approval_receipts: [approval({ span_id: "s1" })] }))).toBe("OK");
    expect(code(bundle({ receipts, side_effect_receipts: [sideEffect({ tool_span_id: "s9" })] }))).toBe("CAUSAL_SIDE_EFFECT_ORPHANED");
    expect(code(bundle({ receipts, side_effect_receipts: [sideEffect()] }))).toBe("CAUSAL_SIDE_EFFECT_ORPHANED");
    expect(code(bundle({ receipts, human_approval_receipts: [approval()] }))).toBe("CAUSAL_HUMAN_APPROVAL_ORPHANED");
    expect(code(bundle({ side_effect_receipts: [sideEffect({ span_id: "s1" })] }))).toBe("CAUSAL_SIDE_EFFECT_ORPHANED");
    expect(code(bundle({ receipts, side_effect_receipts: [sideEffect({ span_id: "s1", spanId: "s2" })] }))).toBe("CAUSAL_BINDING_FIELD_CONFLICT");
  });

  it("side-effect inline rules run before anchoring", () => {
    const other = didKeyFromPublicKey(publicKeyFromSeed(TOOL_SEED));
    expect(code(bundle({ side_effect_receipts: [sideEffect({ span_id: "s1" }, { agent_did: other })] }))).toBe("PROOF_BUNDLE_AGENT_MISMATCH");
    expect(code(bundle({ side_effect_receipts: [sideEffect({}, { effect_class: "printing" })] }))).toBe("SCHEMA_VALIDATION_FAILED");
  });

  it("causal graph rules on gateway bindings", () => {
    const r1 = receipt(bound({ span_id: "s1", phase: "teardown" }), "r1");
    expect(code(bundle({ receipts: [r1, receipt(bound({ span_id: "s2", parent_span_id: "s1", phase: "setup" }), "r2")] }))).toBe("CAUSAL_PHASE_TRANSITION_INVALID");
    expect(code(bundle({ receipts: [receipt(bound({ span_id: "s2", parent_span_id: "s9" }))] }))).toBe("CAUSAL_REFERENCE_DANGLING");
    const cyc = [receipt(bound({ span_id: "a", parent_span_id: "b" }), "r1"), receipt(bound({ span_id: "b", parent_span_id: "a" }), "r2")];
    expect(code(bundle({ receipts: cyc }))).toBe("CAUSAL_CYCLE_DETECTED");
    const twoRoots = [receipt(bound({ span_id: "a" }), "r1"), receipt(bound({ span_id: "b" }), "r2")];
    expect(code(bundle({ receipts: twoRoots }))).toBe("CAUSAL_GRAPH_DISCONNECTED");
    expect(code(bundle({ receipts: [receipt(bound({ span_id: "a", attribution_confidence: 0.9 }))] }))).toBe("CAUSAL_CONFIDENCE_EVIDENCE_INCONSISTENT");
    expect(code(bundle({ receipts: [receipt(bound({ span_id: "a", phase: "dreaming" }))] }))).toBe("CAUSAL_PHASE_INVALID");
    expect(code(bundle({ receipts: [receipt(bound({ span_id: "a" }), "r1"), receipt(bound(), "r1", { model: "other" })] }))).toBe("CAUSAL_RECEIPT_REPLAY_DETECTED");
    expect(code(bundle({ receipts: [receipt(bound({ span_id: "a" }), "r1", { timestamp: "2026-03-01T12:00:09Z" })] }))).toBe("CAUSAL_CLOCK_CONTRADICTION");
  });

  it("envelope rules: expiry, BLAKE3, signer = agent, bare payload", () => {
    expect(code(bundle({}, AGENT_SEED, "2026-03-01T12:30:00Z"))).toBe("EXPIRED_TTL");
    expect(code(bundle({}, AGENT_SEED, "2026-03-01T14:00:00Z"))).toBe("OK");
    expect(code({ ...bundle({}), hash_algorithm: "BLAKE3" })).toBe("HASH_MISMATCH");
    const signedByOther = bundle({}, TOOL_SEED);
    expect(code(signedByOther)).toBe("INVALID_DID_FORMAT");
    expect(code({ ...bundle({}), extra: 1 })).toBe("SCHEMA_VALIDATION_FAILED");
    expect(code(bundle({}).payload)).toBe("MALFORMED_ENVELOPE");
  });

  it("Claw's 1000-item caps are not applied", () => {
    const tool_receipts = Array.from({ length: 1001 }, (_, i) => toolPayload(i));
    expect(code(bundle({ tool_receipts }))).toBe("OK");
  });

  it("tool receipts: the four forms, agent, binding, envelope hash", () => {
    const env = signEnvelope({ type: "tool_receipt", payload: toolPayload(), seed: TOOL_SEED, issuedAt: T0 }) as unknown as Obj;
    expect(toolReceiptPayload(env)).toEqual(toolPayload());
    expect(toolReceiptPayload(toolPayload())).toEqual(toolPayload());
    expect(toolReceiptPayload({ receipt_version: "9" })).toBeUndefined();
    expect(code(bundle({ tool_receipts: [env] }))).toBe("OK");
    const tampered = { ...env, payload: { ...(env["payload"] as Obj), latency_ms: 6 } };
    expect(code(bundle({ tool_receipts: [tampered] }))).toBe("HASH_MISMATCH");
    expect(code(bundle({ tool_receipts: [toolPayload(0, { agent_did: GATEWAY })] }))).toBe("PROOF_BUNDLE_AGENT_MISMATCH");
    expect(code(bundle({ tool_receipts: [toolPayload(0, { binding: { event_hash_b64u: sha256B64u("elsewhere") } })] }))).toBe("RECEIPT_BINDING_MISMATCH");
  });

  it("rate-limit claims with only one of a max/observed pair are inconsistent", () => {
    const claim = { claim_version: "1", scope: "agent", scope_key: AGENT, window_start: T0, window_end: T0, max_requests: 2, observed_requests: 1, max_tokens_input: 5 };
    expect(code(bundle({ rate_limit_claims: [claim] }))).toBe("RATE_LIMIT_CLAIM_INCONSISTENT");
  });
});

describe("the pieces a promotion gate uses", () => {
  it("checkGatewayReceipt reports signature validity apart from the allowlist and binding", () => {
    const r = receipt(bound());
    expect(checkGatewayReceipt(r, [GATEWAY], RUN, new Set([EH]))).toMatchObject({ signature_valid: true, signer_allowed: true, bound: true, verified: true, problems: [] });
    expect(checkGatewayReceipt(r, [AGENT], RUN, new Set([EH]))).toMatchObject({ signature_valid: true, signer_allowed: false, code: "CLAIM_NOT_FOUND" });
    expect(checkGatewayReceipt(r, [], RUN, new Set())).toMatchObject({ code: "DEPENDENCY_NOT_CONFIGURED", bound: false });
    const tampered = { ...r, payload: { ...(r["payload"] as Obj), model: "other" } };
    expect(checkGatewayReceipt(tampered, [GATEWAY], RUN, new Set([EH]))).toMatchObject({ signature_valid: false, code: "HASH_MISMATCH", bound: true });
    expect(checkGatewayReceipt({ payload: {} }, [GATEWAY], RUN, null)).toMatchObject({ code: "MALFORMED_ENVELOPE" });
  });

  it("checkBundleEnvelope lists problems in Claw order and returns the payload", () => {
    const env = bundle({});
    expect(checkBundleEnvelope(env, { at: AT })).toMatchObject({ ok: true, problems: [] });
    const edited = { ...env, payload: { ...(env["payload"] as Obj), bundle_id: "other", unknown_key: 1 } };
    expect(checkBundleEnvelope(edited, { at: AT }).problems.map((p) => p.code)).toEqual(["SCHEMA_VALIDATION_FAILED", "HASH_MISMATCH"]);
    const forged = { ...env, signature_b64u: (env["signature_b64u"] as string).replace(/^./, (c) => (c === "A" ? "B" : "A")) };
    expect(checkBundleEnvelope(forged, { at: AT }).problems.map((p) => p.code)).toEqual(["SIGNATURE_INVALID"]);
  });

  it("the 16 KiB metadata limit of each receipt holds whether or not the payload's source text is known (ASCII and multi-byte)", () => {
    // a receipt whose metadata serialises to exactly `bytes` UTF-8 bytes, with `char` as filler
    const withMetadata = (bytes: number, char: string): Obj => {
      const frame = Buffer.byteLength(JSON.stringify({ note: "" }));
      const per = Buffer.byteLength(char);
      const note = char.repeat(Math.floor((bytes - frame) / per)) + "x".repeat((bytes - frame) % per);
      expect(Buffer.byteLength(JSON.stringify({ note }))).toBe(bytes);
      return receipt(bound(), "rcpt_md", { metadata: { note } });
    };
    const codes = (env: Obj, viaText: boolean) => {
      const judged = viaText ? parseBundle(new TextEncoder().encode(JSON.stringify(env)), "b.json") : env;
      return checkBundleEnvelope(judged, { at: AT }).problems.filter((p) => p.detail.includes("metadata")).map((p) => p.detail);
    };
    for (const char of ["a", "é", "€"]) {
      for (const viaText of [false, true]) {
        expect(codes(bundle({ receipts: [withMetadata(16 * 1024, char)] }), viaText), `${char} at the limit, via text ${viaText}`).toEqual([]);
        expect(codes(bundle({ receipts: [withMetadata(16 * 1024 + 1, char)] }), viaText), `${char} one byte over, via text ${viaText}`).toEqual(["receipt metadata exceeds 16 KiB"]);
        // a third of the limit in UTF-16 units, but more than the limit in UTF-8 bytes
        if (char !== "a") expect(codes(bundle({ receipts: [withMetadata(3 * 5462, char)] }), viaText)).toEqual(["receipt metadata exceeds 16 KiB"]);
      }
    }
  });
});
