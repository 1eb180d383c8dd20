/** Simulated human approver: a signed human_approval_receipt envelope bound to one event of a run. */
import { signEnvelope, type Envelope } from "../../action/src/core/crypto/envelope.ts";
import type { Signer } from "../../action/src/core/crypto/signer.ts";
import { b64uHash } from "./keys.ts";

export interface ApprovalOptions {
  approver: Signer;
  receiptId: string;
  agentDid: string;
  runId: string;
  eventHash: string;
  timestamp: string;
  summary: string;
  type?: "explicit_approve" | "explicit_deny" | "auto_approve" | "timeout_deny";
  policyHash?: string;
}

export function approval(o: ApprovalOptions): Envelope<object> {
  const payload = {
    receipt_version: "1",
    receipt_id: o.receiptId,
    approval_type: o.type ?? "explicit_approve",
    approver_subject: `approver:${o.approver.did}`,
    approver_method: "ui_click",
    agent_did: o.agentDid,
    scope_hash_b64u: b64uHash(o.summary),
    scope_summary: o.summary,
    ...(o.policyHash ? { policy_hash_b64u: o.policyHash } : {}),
    hash_algorithm: "SHA-256",
    timestamp: o.timestamp,
    binding: { run_id: o.runId, event_hash_b64u: o.eventHash },
  };
  return signEnvelope({ type: "human_approval_receipt", payload, seed: o.approver.seed, issuedAt: o.timestamp });
}
