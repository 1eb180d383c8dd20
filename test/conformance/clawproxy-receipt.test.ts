/**
 * The simulated clawproxy writes receipts byte for byte as services/clawproxy does (notes claw-facts §3,
 * CLAWSIG.md §2.2). The expected payloads here are built independently of scripts/sim/clawproxy.ts, from
 * the notes: payload keys in clawproxy's order, binding keys only run_id / event_hash_b64u / nonce /
 * policy_hash / token_scope_hash_b64u, metadata keys upstream, upstream_model (fal OpenRouter only),
 * wpc_* (a WPC tier only), kinematic_fingerprint, model_identity, model_identity_hash_b64u. The gate's
 * MODEL_ROUTE is then checked on such receipts under the shipped routes.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { gatewayReceipt, receiptPayload } from "../../scripts/sim/clawproxy.ts";
import { partySigner, SHIPPED_ROUTES } from "../../scripts/sim/keys.ts";
import { exampleWpc, gate, makeWorld, runWorldJob, statusOf, check, type Doc } from "../support/gate-world.ts";
import { ROOT } from "../support/paths.ts";

const b64u = (s: string) => createHash("sha256").update(s, "utf8").digest("base64url");
const UUID_V4 = /^rcpt_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** The notes' receipt, written out by hand: what clawproxy signs for one non-streaming call. */
function expectedPayload(o: { provider: string; model: string; body: string; forwarded: string; response: string; ts: string; latency: number; ttft: number; binding?: Doc; tier?: string }): Doc {
  const fal = o.provider === "openai" && o.model.trim().toLowerCase().startsWith("openrouter/");
  const identity = { model_identity_version: "1", tier: "closed_opaque", model: { provider: o.provider, name: o.model } };
  // JCS of model_identity: keys sorted at every level
  const jcs = `{"model":{"name":${JSON.stringify(o.model)},"provider":${JSON.stringify(o.provider)}},"model_identity_version":"1","tier":"closed_opaque"}`;
  const metadata: Doc = {};
  if (fal) {
    metadata.upstream = "fal_openrouter";
    metadata.upstream_model = o.model.trim().replace(/^openrouter\//i, "").trim();
  }
  if (o.tier) {
    metadata.wpc_minimum_model_identity_tier = o.tier;
    metadata.wpc_model_identity_requirement_met = true;
  }
  const r2 = Math.round(o.ttft * 100) / 100;
  metadata.kinematic_fingerprint = {
    ttft_ms: r2,
    itl_p50_ms: 0,
    itl_p95_ms: 0,
    itl_stddev_ms: 0,
    chunk_count: 1,
    burst_signature_b64u: "Z3-i3yJUx60s_c8lNzpcDcJZ0KCS-bLkb_yotyobS7w",
    hardware_inferred: "unknown",
    confidence_score: 0.1,
    total_duration_ms: r2,
  };
  metadata.model_identity = identity;
  metadata.model_identity_hash_b64u = b64u(jcs);
  const p: Doc = {
    receipt_version: "1",
    receipt_id: "rcpt_3b241101-e2bb-4255-8caf-4136c566a962",
    gateway_id: "did:web:clawproxy.com",
    provider: o.provider,
    model: o.model,
    request_hash_b64u: b64u(o.forwarded),
    response_hash_b64u: b64u(o.response),
    tokens_input: 0,
    tokens_output: 0,
    latency_ms: o.latency,
    timestamp: o.ts,
  };
  if (o.binding) p.binding = o.binding;
  p.metadata = metadata;
  return p;
}

const BINDING = { run_id: "run_1", event_hash_b64u: "e".repeat(43), nonce: "nonce_1", policy_hash: "p".repeat(43), token_scope_hash_b64u: "s".repeat(43) };
const TS = "2026-11-26T12:00:11.234Z";

describe("simulated clawproxy receipts, byte for byte", () => {
  it("model_identity_hash_b64u golden: openai + openrouter/anthropic/claude-sonnet-4", () => {
    const p = receiptPayload({ receiptId: "rcpt_x", provider: "openai", model: "openrouter/anthropic/claude-sonnet-4", requestBody: '{"model":"openrouter/anthropic/claude-sonnet-4"}', response: "{}", timestamp: TS, latencyMs: 1, ttftMs: 1 });
    expect((p.metadata as Doc).model_identity_hash_b64u).toBe("KdETpsLwhSQCqhx3aONfl7YCrpNVZ4vUUt-jGxOL2PA");
  });

  it.each<[string, string, string, Doc | undefined, string | undefined]>([
    ["OpenRouter via fal", "openai", "openrouter/anthropic/claude-sonnet-4", BINDING, undefined],
    ["OpenRouter via fal, mixed-case prefix, a WPC tier", "openai", "OpenRouter/openai/gpt-4.1-mini", BINDING, "closed_opaque"],
    ["OpenAI direct", "openai", "gpt-4.1-mini", BINDING, undefined],
    ["Anthropic direct, no policy hash (no WPC was fetched)", "anthropic", "claude-sonnet-4", { run_id: "run_1", event_hash_b64u: "e".repeat(43), nonce: "n", token_scope_hash_b64u: "s".repeat(43) }, undefined],
    ["no binding headers at all", "openai", "gpt-4.1", undefined, undefined],
  ])("%s", (_n, provider, model, binding, tier) => {
    const body = JSON.stringify({ model, messages: [{ role: "user", content: "hi" }], temperature: 0 });
    const fal = provider === "openai" && model.toLowerCase().startsWith("openrouter/");
    const forwarded = fal ? JSON.stringify({ model: model.replace(/^openrouter\//i, ""), messages: [{ role: "user", content: "hi" }], temperature: 0 }) : body;
    const opts = { receiptId: "rcpt_3b241101-e2bb-4255-8caf-4136c566a962", provider, model, requestBody: body, response: '{"id":"x"}', timestamp: TS, latencyMs: 1234, ttftMs: 1230.456789, ...(binding ? { binding } : {}), ...(tier ? { wpcMinimumTier: tier } : {}) };
    const want = JSON.stringify(expectedPayload({ provider, model, body, forwarded, response: '{"id":"x"}', ts: TS, latency: 1234, ttft: 1230.456789, ...(binding ? { binding } : {}), ...(tier ? { tier } : {}) }));
    expect(JSON.stringify(receiptPayload(opts))).toBe(want);
    const env = gatewayReceipt({ gateway: partySigner("conf", "gateway"), ...opts }) as Doc;
    expect(JSON.stringify(env.payload)).toBe(want);
    expect(Object.keys(env)).toEqual(["envelope_version", "envelope_type", "payload", "payload_hash_b64u", "hash_algorithm", "signature_b64u", "algorithm", "signer_did", "issued_at"]);
    expect(env.issued_at).toBe(TS);
    expect(env.payload_hash_b64u).toBe(b64u(want));
  });

  it("every receipt of a simulated job has clawproxy's shape", () => {
    const w = makeWorld("conformance-receipts");
    const receipts = (w.job.bundle.payload.receipts as Doc[]).map((r) => r);
    expect(receipts.length).toBe(3);
    for (const env of receipts) {
      const p = env.payload as Doc;
      expect(Object.keys(p)).toEqual(["receipt_version", "receipt_id", "gateway_id", "provider", "model", "request_hash_b64u", "response_hash_b64u", "tokens_input", "tokens_output", "latency_ms", "timestamp", "binding", "metadata"]);
      expect(p.receipt_id).toMatch(UUID_V4);
      expect(p.gateway_id).toBe("did:web:clawproxy.com");
      expect([p.provider, p.tokens_input, p.tokens_output]).toEqual(["openai", 0, 0]);
      expect(p.model).toMatch(/^openrouter\//);
      expect(Number.isInteger(p.latency_ms)).toBe(true);
      expect(p.timestamp).toMatch(ISO_MS);
      expect(env.issued_at).toBe(p.timestamp);
      expect(env).not.toHaveProperty("expires_at");
      expect(Object.keys(p.binding)).toEqual(["run_id", "event_hash_b64u", "nonce", "policy_hash", "token_scope_hash_b64u"]);
      expect(Object.keys(p.metadata)).toEqual(["upstream", "upstream_model", "kinematic_fingerprint", "model_identity", "model_identity_hash_b64u"]);
      expect(p.metadata.upstream_model).toBe(p.model.slice("openrouter/".length));
      // the receipt is built after the answer: its timestamp is its event's time plus the latency
      const ev = (w.job.bundle.payload.event_chain as Doc[]).find((e) => e.event_hash_b64u === p.binding.event_hash_b64u)!;
      expect(Date.parse(p.timestamp) - Date.parse(ev.timestamp)).toBe(p.latency_ms);
    }
    expect(w.job.bundle.payload).not.toHaveProperty("side_effect_receipts");
  });

  it("the simulator's routes are the shipped policies/trust.json routes", () => {
    const shipped = JSON.parse(readFileSync(join(ROOT, "policies/trust.json"), "utf8")) as { routes: Record<string, Doc> };
    expect(SHIPPED_ROUTES).toEqual(Object.fromEntries(Object.entries(shipped.routes).map(([k, r]) => [k, { providers: r.providers, models: r.models }])));
  });
});

describe("MODEL_ROUTE on real-shape receipts under the shipped routes", () => {
  const onlyRoute = (route: string) => {
    const wpc = exampleWpc();
    wpc.model_route.allowed = [route];
    return wpc;
  };

  it("OpenRouter via fal (openai + openrouter/…) passes on OpenRouter_via_fal, and the whole gate passes", () => {
    const w = makeWorld("route-fal");
    const r = gate(w);
    expect(statusOf(r, "MODEL_ROUTE")).toBe("pass");
    expect(r.verdict).toBe("pass");
  });

  it("the shape clawproxy never writes (provider openrouter) matches no shipped route", () => {
    const w = makeWorld("route-old-shape");
    const job = runWorldJob(w, { steps: [{ kind: "llm_call", provider: "openrouter", model: "anthropic/claude-sonnet-4" }] });
    expect(statusOf(gate(w, job.bundle), "MODEL_ROUTE")).toBe("fail");
  });

  it("an openrouter/… model fails on OpenAI_direct; a gpt-* model passes there", () => {
    const w = makeWorld("route-openai", {}, onlyRoute("OpenAI_direct"));
    expect(statusOf(gate(w), "MODEL_ROUTE")).toBe("fail");
    const direct = runWorldJob(w, { steps: [{ kind: "llm_call", provider: "openai", model: "gpt-4.1-mini" }, { kind: "llm_call", provider: "openai", model: "o3-mini" }] });
    const r = gate(w, direct.bundle);
    expect(check(r, "MODEL_ROUTE")).toMatchObject({ status: "pass" });
    for (const model of ["openrouter/openai/gpt-4.1", "OpenRouter/openai/o3", "openrouter/o1"]) {
      const j = runWorldJob(w, { steps: [{ kind: "llm_call", provider: "openai", model }] });
      expect(statusOf(gate(w, j.bundle), "MODEL_ROUTE")).toBe("fail");
    }
  });

  it("Anthropic direct: anthropic + claude-* passes on Anthropic_direct, an openrouter/ model does not", () => {
    const w = makeWorld("route-anthropic", {}, onlyRoute("Anthropic_direct"));
    const ok = runWorldJob(w, { steps: [{ kind: "llm_call", provider: "anthropic", model: "claude-sonnet-4" }] });
    expect(statusOf(gate(w, ok.bundle), "MODEL_ROUTE")).toBe("pass");
    const bad = runWorldJob(w, { steps: [{ kind: "llm_call", provider: "anthropic", model: "openrouter/anthropic/claude-sonnet-4" }] });
    expect(statusOf(gate(w, bad.bundle), "MODEL_ROUTE")).toBe("fail");
  });
});
