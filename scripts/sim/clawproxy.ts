/** Simulated clawproxy: gateway receipt envelopes with clawproxy's key order and binding. */
import { signEnvelope, type Envelope } from "../../action/src/core/crypto/envelope.ts";
import type { Signer } from "../../action/src/core/crypto/signer.ts";
import { b64uHash } from "./keys.ts";

export interface ReceiptBinding {
  run_id: string;
  event_hash_b64u: string;
  nonce: string;
  policy_hash?: string;
  token_scope_hash_b64u?: string;
  span_id?: string;
  parent_span_id?: string;
}

export interface ReceiptOptions {
  gateway: Signer;
  receiptId: string;
  provider: string;
  model: string;
  timestamp: string;
  binding: ReceiptBinding;
  request: string;
  response: string;
}

export function gatewayReceipt(o: ReceiptOptions): Envelope<object> {
  const binding: Record<string, unknown> = { run_id: o.binding.run_id, event_hash_b64u: o.binding.event_hash_b64u, nonce: o.binding.nonce };
  if (o.binding.policy_hash !== undefined) binding.policy_hash = o.binding.policy_hash;
  if (o.binding.token_scope_hash_b64u !== undefined) binding.token_scope_hash_b64u = o.binding.token_scope_hash_b64u;
  if (o.binding.span_id !== undefined) binding.span_id = o.binding.span_id;
  if (o.binding.parent_span_id !== undefined) binding.parent_span_id = o.binding.parent_span_id;
  const payload = {
    receipt_version: "1",
    receipt_id: o.receiptId,
    gateway_id: "did:web:clawproxy.com",
    provider: o.provider,
    model: o.model,
    request_hash_b64u: b64uHash(o.request),
    response_hash_b64u: b64uHash(o.response),
    tokens_input: o.request.length,
    tokens_output: o.response.length,
    latency_ms: 420,
    timestamp: o.timestamp,
    binding,
  };
  return signEnvelope({ type: "gateway_receipt", payload, seed: o.gateway.seed, issuedAt: o.timestamp });
}
