/**
 * Simulated clawproxy: the gateway receipt envelope of one non-streaming model call, written the way
 * services/clawproxy writes it (notes claw-facts §3; CLAWSIG.md §2.2): payload keys in clawproxy's order,
 * tokens 0 (clawproxy never reads provider usage), an integer latency, a millisecond timestamp taken
 * when the receipt is built (after the upstream answered) and reused as the envelope's issued_at, a
 * binding of run_id / event_hash_b64u / nonce / policy_hash / token_scope_hash_b64u only (clawproxy
 * never writes span or phase fields), and metadata upstream / upstream_model (OpenRouter via fal),
 * wpc_* (a WPC with a minimum tier), kinematic_fingerprint, model_identity, model_identity_hash_b64u.
 *
 * OpenRouter via fal is the openai route with an `openrouter/` model: the receipt says provider
 * "openai" and the model as the client sent it; the request hash covers the body re-serialised with
 * the prefix stripped, which is what clawproxy forwards to fal.
 */
import { signEnvelope, type Envelope } from "../../action/src/core/crypto/envelope.ts";
import { sha256B64u } from "../../action/src/core/crypto/crypto.ts";
import { canonicalize } from "../../action/src/core/json/jcs.ts";
import type { Signer } from "../../action/src/core/crypto/signer.ts";

export const PROXY_DID = "did:web:clawproxy.com";

/** The binding values clawproxy took from the request (headers, the CST, the verified WPC). */
export interface ReceiptBinding {
  run_id?: string;
  event_hash_b64u?: string;
  nonce?: string;
  /** Only when a WPC was fetched from the registry and verified. */
  policy_hash?: string;
  token_scope_hash_b64u?: string;
}

export interface ReceiptOptions {
  gateway: Signer;
  /** "rcpt_" + a lowercase uuid v4. */
  receiptId: string;
  /** The route's provider: "openai" (OpenRouter via fal included), "anthropic", "google". */
  provider: string;
  /** The request body's `model`, as the client sent it. */
  model: string;
  /** The client's request body text (JSON). */
  requestBody: string;
  /** The upstream response body text. */
  response: string;
  /** When the receipt was built: ISO 8601 with milliseconds (new Date().toISOString()). */
  timestamp: string;
  /** Date.now() - start of the request, integer ms. */
  latencyMs: number;
  /** performance.now() difference from request start to the upstream answer (sub-millisecond). */
  ttftMs: number;
  binding?: ReceiptBinding;
  /** The verified WPC's minimum_model_identity_tier, when it sets one (and the call met it). */
  wpcMinimumTier?: string;
}

/** clawproxy's fal OpenRouter test: the openai route and a model starting `openrouter/` (case-insensitive, trimmed). */
export function isFalOpenRouter(provider: string, model: string): boolean {
  return provider === "openai" && model.trim().toLowerCase().startsWith("openrouter/");
}

/** clawproxy `stripOpenrouterModelPrefix`: trim, drop a case-insensitive `openrouter/`, trim. */
export function stripOpenRouterPrefix(model: string): string {
  return model.trim().replace(/^openrouter\//i, "").trim();
}

/** The body clawproxy forwards (and hashes): fal OpenRouter rewrites `model` in place and re-serialises. */
export function forwardedBody(provider: string, model: string, requestBody: string): string {
  if (!isFalOpenRouter(provider, model)) return requestBody;
  const obj = JSON.parse(requestBody) as Record<string, unknown>;
  obj.model = stripOpenRouterPrefix(model);
  return JSON.stringify(obj);
}

/** model_identity.v1 as clawproxy builds it: always closed_opaque, provider and model label only. */
export function modelIdentity(provider: string, name: string) {
  return { model_identity_version: "1", tier: "closed_opaque", model: { provider, name } };
}

/** SHA-256 of "[0,0,0,0,0,0,0,0]": the burst signature of every non-streaming fingerprint. */
const EMPTY_BURST = sha256B64u(JSON.stringify(new Array<number>(8).fill(0)));
const round2 = (n: number) => Math.round(n * 100) / 100;

/** kinematics.ts `createNonStreamingFingerprint`. */
export function nonStreamingFingerprint(ttftMs: number) {
  return {
    ttft_ms: round2(ttftMs),
    itl_p50_ms: 0,
    itl_p95_ms: 0,
    itl_stddev_ms: 0,
    chunk_count: 1,
    burst_signature_b64u: EMPTY_BURST,
    hardware_inferred: "unknown",
    confidence_score: 0.1,
    total_duration_ms: round2(ttftMs),
  };
}

/** receipt.ts `toGatewayBinding`: each key only when truthy, in this order; no keys → no binding. */
function gatewayBinding(b: ReceiptBinding | undefined): Record<string, string> | undefined {
  if (!b) return undefined;
  const out: Record<string, string> = {};
  if (b.run_id) out.run_id = b.run_id;
  if (b.event_hash_b64u) out.event_hash_b64u = b.event_hash_b64u;
  if (b.nonce) out.nonce = b.nonce;
  if (b.policy_hash) out.policy_hash = b.policy_hash;
  if (b.token_scope_hash_b64u) out.token_scope_hash_b64u = b.token_scope_hash_b64u;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** The signed payload, key for key as clawproxy's handler and generateReceiptEnvelope build it. */
export function receiptPayload(o: Omit<ReceiptOptions, "gateway">): Record<string, unknown> {
  if (!Number.isInteger(o.latencyMs) || o.latencyMs < 0) throw new Error("latencyMs must be a non-negative integer");
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(o.timestamp)) throw new Error("timestamp must be toISOString() output (milliseconds, Z)");
  const label = o.model.trim().length > 0 ? o.model : "unknown";
  const fal = isFalOpenRouter(o.provider, o.model);
  const identity = modelIdentity(o.provider, label);
  const metadata: Record<string, unknown> = {
    ...(fal ? { upstream: "fal_openrouter", upstream_model: stripOpenRouterPrefix(o.model) } : {}),
    ...(o.wpcMinimumTier ? { wpc_minimum_model_identity_tier: o.wpcMinimumTier, wpc_model_identity_requirement_met: true } : {}),
    kinematic_fingerprint: nonStreamingFingerprint(o.ttftMs),
    model_identity: identity,
    model_identity_hash_b64u: sha256B64u(canonicalize(identity)),
  };
  const payload: Record<string, unknown> = {
    receipt_version: "1",
    receipt_id: o.receiptId,
    gateway_id: PROXY_DID,
    provider: o.provider,
    model: label,
    request_hash_b64u: sha256B64u(forwardedBody(o.provider, o.model, o.requestBody)),
    response_hash_b64u: sha256B64u(o.response),
    tokens_input: 0,
    tokens_output: 0,
    latency_ms: o.latencyMs,
    timestamp: o.timestamp,
    binding: gatewayBinding(o.binding),
    metadata,
  };
  if (payload.binding === undefined) delete payload.binding; // JSON.stringify drops it; so does the hash
  return payload;
}

export function gatewayReceipt(o: ReceiptOptions): Envelope<object> {
  const { gateway, ...rest } = o;
  return signEnvelope({ type: "gateway_receipt", payload: receiptPayload(rest), seed: gateway.seed, issuedAt: o.timestamp });
}
