/**
 * A bundle's gateway receipts are schema-validated once: proof_bundle.v1 validates each `receipts` item,
 * and checkGatewayReceipt then checks only what gateway_receipt_envelope.v1 asks beyond that (the
 * derived `gateway_receipt_metadata_extras`, schema-set.ts). Here: the derivation's premise, and for
 * receipts as clawproxy writes them and many mutations of them, the same verdict and the same error
 * texts as validating the whole receipt schema again.
 */
import { describe, expect, it } from "vitest";
import { gatewayReceipt } from "../../scripts/sim/clawproxy.ts";
import { partySigner } from "../../scripts/sim/keys.ts";
import { checkGatewayReceipt } from "../../action/src/core/claw/receipts.ts";
import { clawSchemaErrors, validateClaw } from "../../action/src/core/claw/schemas.ts";
import { buildClawAjv, clawSchemaObject, deriveReceiptMetadataExtras } from "../../action/src/core/claw/schema-set.ts";

type Doc = Record<string, unknown>;
const clone = <T>(v: T): T => structuredClone(v);

const gateway = partySigner("receipt-schema", "gateway");
const RUN = "run_6c1f3f0e-8f7a-4a55-9d55-0d6f3d1b9c2a";
const EVENT = "Jrru_x_fGtsryLa1RGdYMR6rx0Q58py5OVoEUjmzdjI";

function receipt(i: number, model = "openrouter/anthropic/claude-sonnet-4", provider = "openai"): Doc {
  return gatewayReceipt({
    gateway,
    receiptId: `rcpt_3b241101-e2bb-4255-8caf-4136c566a9${String(i).padStart(2, "0")}`,
    provider,
    model,
    requestBody: JSON.stringify({ model, messages: [{ role: "user", content: `p${i}` }] }),
    response: `{"choices":[{"message":{"content":"r${i}"}}]}`,
    timestamp: "2026-11-26T12:04:53.196Z",
    latencyMs: 1496,
    ttftMs: 1494.55 + i,
    binding: { run_id: RUN, event_hash_b64u: EVENT, nonce: `nonce_${i}`, policy_hash: "NUiXpoBsVhvLUCZwwq-He72dr1JtORsMUHoCzbws9LA" },
  }) as unknown as Doc;
}

const meta = (r: Doc): Doc => (r.payload as Doc).metadata as Doc;

/** Changes to a receipt: in the extra metadata members, in shared members, and elsewhere. */
const MUTATIONS: Array<[string, (r: Doc) => void]> = [
  ["unchanged", () => {}],
  ["no metadata", (r) => delete (r.payload as Doc).metadata],
  ["empty metadata", (r) => ((r.payload as Doc).metadata = {})],
  ["kinematic_fingerprint missing a required member", (r) => delete (meta(r).kinematic_fingerprint as Doc).ttft_ms],
  ["kinematic_fingerprint chunk_count not an integer", (r) => ((meta(r).kinematic_fingerprint as Doc).chunk_count = 1.5)],
  ["kinematic_fingerprint confidence above 1", (r) => ((meta(r).kinematic_fingerprint as Doc).confidence_score = 2)],
  ["kinematic_fingerprint a string", (r) => (meta(r).kinematic_fingerprint = "fast")],
  ["kinematic_fingerprint several errors", (r) => Object.assign(meta(r).kinematic_fingerprint as Doc, { ttft_ms: "1", itl_p50_ms: null, chunk_count: -0.5, confidence_score: -1 })],
  ["x402 amount negative", (r) => (meta(r).x402_amount_minor = -1)],
  ["x402 amount fractional", (r) => (meta(r).x402_amount_minor = 2.5)],
  ["x402 fields valid", (r) => Object.assign(meta(r), { x402_payment_ref: "pay_1", x402_amount_minor: 100, x402_currency: "USD", x402_network: "base", x402_payment_auth_hash_b64u: "A".repeat(43) })],
  ["x402 fields all wrong", (r) => Object.assign(meta(r), { x402_payment_ref: "", x402_amount_minor: "100", x402_currency: 3, x402_network: "", x402_payment_auth_hash_b64u: "short!" })],
  ["log_inclusion_proof garbage", (r) => (meta(r).log_inclusion_proof = { root: 1 })],
  ["log_inclusion_proof an array", (r) => (meta(r).log_inclusion_proof = [])],
  ["sentinel_anomaly_report garbage", (r) => (meta(r).sentinel_anomaly_report = { anomalies: "none" })],
  ["an unknown metadata member", (r) => (meta(r).vendor_note = { anything: [1, 2, 3] })],
  ["model_identity broken (a shared member)", (r) => (meta(r).model_identity = { tier: 7 })],
  ["model_identity_hash too short (shared) and x402 wrong (extra)", (r) => Object.assign(meta(r), { model_identity_hash_b64u: "abc", x402_currency: "" })],
  ["payload member missing", (r) => delete (r.payload as Doc).gateway_id],
  ["unknown envelope member", (r) => (r.extra = 1)],
  ["metadata an array", (r) => ((r.payload as Doc).metadata = [])],
  ["tokens negative and fingerprint wrong", (r) => Object.assign(r.payload as Doc, { tokens_input: -1 }) && ((meta(r).kinematic_fingerprint as Doc).chunk_count = "x")],
];

describe("gateway receipts are schema-validated once (gateway_receipt_metadata_extras)", () => {
  const { ajv2020 } = buildClawAjv();
  const bundleSchema = clawSchemaObject("proof_bundle") as { properties: { receipts: { items: object } } };
  const item = ajv2020.compile(bundleSchema.properties.receipts.items);

  it("is derived from the two schemas: the receipt metadata members only gateway_receipt.v1 names", () => {
    const extras = clawSchemaObject("gateway_receipt_metadata_extras") as { properties: Doc; type: string };
    expect(extras.type).toBe("object");
    expect(Object.keys(extras.properties)).toEqual([
      "x402_payment_ref",
      "x402_amount_minor",
      "x402_currency",
      "x402_network",
      "x402_payment_auth_hash_b64u",
      "log_inclusion_proof",
      "kinematic_fingerprint",
      "sentinel_anomaly_report",
    ]);
  });

  it("refuses to derive when the premise breaks (a future schema version)", () => {
    const bundle = clone(clawSchemaObject("proof_bundle")) as Doc & { properties: { receipts: { items: Doc & { properties: Doc } } } };
    const envelope = clawSchemaObject("gateway_receipt_envelope");
    const rcpt = clawSchemaObject("gateway_receipt");
    expect(() => deriveReceiptMetadataExtras(bundle, envelope, rcpt)).not.toThrow();
    const looser = clone(bundle);
    ((looser.properties.receipts.items.properties.payload as Doc).properties as Doc).receipt_id = { type: "string" };
    expect(() => deriveReceiptMetadataExtras(looser, envelope, rcpt)).toThrow(/differ beyond receipt metadata/);
    const closed = clone(bundle);
    ((((closed.properties.receipts.items.properties.payload as Doc).properties as Doc).metadata as Doc).additionalProperties = false);
    expect(() => deriveReceiptMetadataExtras(closed, envelope, rcpt)).toThrow(/differ beyond receipt metadata/);
    const changed = clone(bundle);
    ((((changed.properties.receipts.items.properties.payload as Doc).properties as Doc).metadata as Doc).properties as Doc).model_identity_hash_b64u = { type: "string" };
    expect(() => deriveReceiptMetadataExtras(changed, envelope, rcpt)).toThrow(/metadata\.model_identity_hash_b64u differs/);
    const extra = clone(bundle);
    ((((extra.properties.receipts.items.properties.payload as Doc).properties as Doc).metadata as Doc).properties as Doc).bundle_only = { type: "string" };
    expect(() => deriveReceiptMetadataExtras(extra, envelope, rcpt)).toThrow(/bundle_only is only in proof_bundle/);
  });

  const cases = [0, 1, 2].flatMap((i) =>
    MUTATIONS.map(([name, mutate]) => {
      const r = receipt(i, i === 2 ? "claude-sonnet-4" : "openrouter/anthropic/claude-sonnet-4", i === 2 ? "anthropic" : "openai");
      mutate(r);
      return [`${name} (receipt ${i})`, r] as const;
    }),
  );

  it.each(cases)("%s: the same verdict and errors as the whole receipt schema", (_name, r) => {
    const whole = validateClaw("gateway_receipt_envelope", r);
    if (!item(r)) {
      // the bundle schema already refuses it: checkGatewayReceipt is never told it was validated
      expect(whole.valid).toBe(false);
      return;
    }
    const m = (r.payload as Doc).metadata;
    const once =
      m !== null && typeof m === "object" && !Array.isArray(m)
        ? validateClaw("gateway_receipt_metadata_extras", m, { instancePath: "/payload/metadata", parentData: r.payload as Doc, parentDataProperty: "metadata", rootData: r })
        : { valid: true, errors: [] };
    expect(once.valid).toBe(whole.valid);
    expect(clawSchemaErrors(once.errors, 50)).toEqual(clawSchemaErrors(whole.errors, 50));
    // and the receipt check says exactly the same either way
    for (const allow of [[gateway.did], []]) {
      expect(checkGatewayReceipt(r, allow, RUN, new Set([EVENT]), true)).toEqual(checkGatewayReceipt(r, allow, RUN, new Set([EVENT])));
    }
  });

  it("covers both outcomes: receipts the extras refuse and receipts they accept", () => {
    const verdicts = cases.filter(([, r]) => item(r)).map(([, r]) => validateClaw("gateway_receipt_envelope", r).valid);
    expect(verdicts.filter((v) => v).length).toBeGreaterThanOrEqual(12);
    expect(verdicts.filter((v) => !v).length).toBeGreaterThanOrEqual(24);
  });
});
