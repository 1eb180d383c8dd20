/**
 * Simulated agent harness: runs a scripted job (model calls through the simulated clawproxy, tool
 * calls, high-risk actions approved by the simulated approver) under a CST from the simulated
 * clawscope, and writes the proof bundle signed by the agent key. Deterministic given its options.
 *
 * Everything is anchored to the event chain, as a harness behind the real clawproxy must do: clawproxy
 * binds a receipt to the event hash the harness sends (X-Event-Hash) and never writes span fields, so
 * no gateway receipt declares a span. Claw's verifier requires every side-effect or human-approval
 * receipt in the bundle payload to name such a span (CAUSAL_SIDE_EFFECT_ORPHANED otherwise), so the
 * job records an external send as its event, the tool receipt of the sending tool and the approver's
 * signed approval (metadata.approvals), each bound to the event, and writes no side_effect_receipts.
 */
import { signEnvelope, type Envelope } from "../../action/src/core/crypto/envelope.ts";
import { openclawConfigFor } from "../../action/src/core/openclaw/config.ts";
import type { Wpc } from "../../action/src/core/policy/types.ts";
import { enforceWpc, fetchWpc, type WpcTree } from "./wpc-fetch.ts";
import { eventHeaderHash } from "../../action/src/core/claw/events.ts";
import type { Signer } from "../../action/src/core/crypto/signer.ts";
import { approval } from "./approver.ts";
import { gatewayReceipt } from "./clawproxy.ts";
import { issueCst } from "./clawscope.ts";
import { b64uHash, detId, partySigner, uuid } from "./keys.ts";

export type Step =
  /** provider/model as the client asks clawproxy: OpenRouter via fal is provider "openai" with an `openrouter/` model. */
  | { kind: "llm_call"; provider?: string; model?: string; prompt?: string }
  | { kind: "tool_call"; tool: string; args?: string }
  | { kind: "action"; action: string; tool?: string; approve?: boolean };

export interface JobOptions {
  /** Seed of this job's ids and times. */
  seed: string;
  /** Seed of the simulated parties' keys (default: `seed`). */
  world?: string;
  policyId: string;
  policyHash: string;
  /** The hash the CST pins and clawproxy binds into receipts (default policyHash; e.g. the Claw hash). */
  pinHash?: string;
  /**
   * Where the simulated clawproxy fetches the pinned contract (the read API tree) and whom it trusts to
   * sign it: with it, every call is checked against the fetched contract, as the real clawproxy does.
   */
  wpcTree?: WpcTree;
  /** ISO start time; events follow every `stepMs` (default 10 s). */
  start?: string;
  stepMs?: number;
  ttlSeconds?: number;
  steps?: Step[];
  subject?: { repository?: string; commit?: string; artifact_digest?: string };
  openclaw?: Record<string, unknown>;
  /** The contract, to report matching OpenClaw evidence (default: DEFAULT_OPENCLAW). */
  wpc?: Wpc;
  /** Override the signers (default: derived from the seed). */
  agent?: Signer;
  jti?: string;
}

export const DEFAULT_STEPS: Step[] = [
  { kind: "llm_call", provider: "openai", model: "openrouter/anthropic/claude-sonnet-4", prompt: "Triage invoice INV-1042" },
  { kind: "tool_call", tool: "read", args: "invoices/INV-1042.pdf" },
  { kind: "llm_call", provider: "openai", model: "openrouter/anthropic/claude-sonnet-4", prompt: "Draft a reply to the supplier" },
  { kind: "tool_call", tool: "write", args: "drafts/INV-1042-reply.md" },
  { kind: "action", action: "external_send", tool: "web_fetch", approve: true },
  { kind: "llm_call", provider: "openai", model: "openrouter/openai/gpt-4.1-mini", prompt: "Summarise the job" },
];

/** metadata.openclaw as the harness would report it when configured by `wpc openclaw config` for `wpc`. */
export function openclawEvidence(wpc: Wpc): Record<string, unknown> {
  const c = openclawConfigFor(wpc) as { tools: { profile: string; allow: string[]; deny: string[]; elevated: { enabled: boolean } }; agents: { defaults: { sandbox: { mode: string; workspaceAccess: string } } } };
  return {
    tools: { profile: c.tools.profile, allow: c.tools.allow, deny: c.tools.deny, elevated: { enabled: c.tools.elevated.enabled } },
    sandbox: { mode: c.agents.defaults.sandbox.mode, workspaceAccess: c.agents.defaults.sandbox.workspaceAccess },
  };
}

/** Evidence matching the source document's example contract (invoice-triage), the default job's policy. */
export const DEFAULT_OPENCLAW = {
  tools: { profile: "full", allow: ["browser", "read", "web_fetch", "web_search", "write"], deny: ["exec", "process"], elevated: { enabled: false } },
  sandbox: { mode: "all", workspaceAccess: "ro" },
};

export interface Job {
  bundle: Envelope<Record<string, unknown>>;
  token: string;
  token_hash: string;
  jti: string;
  run_id: string;
  agent: Signer;
}

export function runJob(o: JobOptions): Job {
  const seed = o.seed;
  const world = o.world ?? seed;
  const agent = o.agent ?? partySigner(world, "agent");
  const issuer = partySigner(world, "token_issuer");
  const gateway = partySigner(world, "gateway");
  const approver = partySigner(world, "approver");
  const t0 = Date.parse(o.start ?? "2026-11-26T12:00:00Z");
  const step = o.stepMs ?? 10_000;
  const at = (i: number) => new Date(t0 + Math.round(i * step)).toISOString().replace(/\.000Z$/, "Z");
  const runId = `run_${uuid(seed, "run")}`;
  const jti = o.jti ?? `cst_${detId(seed, "jti", 24)}`;
  const cst = issueCst({ issuer, agentDid: agent.did, iat: Math.floor(t0 / 1000) - 5, ttlSeconds: o.ttlSeconds ?? 900, policyHash: o.pinHash ?? o.policyHash, jti });
  const scopeHash = cst.claims.token_scope_hash_b64u as string;

  const events: Array<Record<string, unknown>> = [];
  const receipts: Envelope<object>[] = [];
  const toolReceipts: Array<Record<string, unknown>> = [];
  const approvals: Envelope<object>[] = [];
  let prev: string | null = null;
  const tier = o.wpc?.model_route.minimum_model_identity_tier;
  const steps = o.steps ?? DEFAULT_STEPS;
  steps.forEach((step, i) => {
    const type = step.kind === "action" ? step.action : step.kind;
    const ts = at(i + 1);
    const header = {
      event_id: `evt_${detId(seed, `event:${i}`, 16)}`,
      run_id: runId,
      event_type: type,
      timestamp: ts,
      payload_hash_b64u: b64uHash(`${seed}:payload:${i}:${JSON.stringify(step)}`),
      prev_hash_b64u: prev,
    };
    const hash = eventHeaderHash(header);
    events.push({ ...header, event_hash_b64u: hash });
    prev = hash;
    if (step.kind === "llm_call") {
      const provider = step.provider ?? "openai";
      const model = step.model ?? "openrouter/anthropic/claude-sonnet-4";
      if (o.wpcTree) enforceWpc(fetchWpc(o.wpcTree, o.pinHash ?? o.policyHash), provider, model);
      const prompt = step.prompt ?? `request ${i}`;
      // clawproxy times the call itself: an integer latency, a sub-millisecond time to the answer, and
      // the receipt's timestamp when it is built, after the answer (millisecond ISO, as toISOString).
      const latencyMs = 300 + (parseInt(detId(seed, `latency:${i}`, 6), 16) % 2400);
      const ttftMs = latencyMs - 1 - (parseInt(detId(seed, `ttft:${i}`, 6), 16) % 900) / 1000;
      receipts.push(
        gatewayReceipt({
          gateway,
          receiptId: `rcpt_${uuid(seed, `receipt:${i}`)}`,
          provider,
          model,
          requestBody: JSON.stringify({ model, messages: [{ role: "user", content: prompt }] }),
          response: JSON.stringify({ id: `chatcmpl-${detId(seed, `completion:${i}`, 12)}`, choices: [{ message: { role: "assistant", content: `response to ${prompt}` } }] }),
          timestamp: new Date(Date.parse(ts) + latencyMs).toISOString(),
          latencyMs,
          ttftMs,
          binding: { run_id: runId, event_hash_b64u: hash, nonce: `nonce_${detId(seed, `nonce:${i}`, 20)}`, policy_hash: o.pinHash ?? o.policyHash, token_scope_hash_b64u: scopeHash },
          ...(tier ? { wpcMinimumTier: tier } : {}),
        }),
      );
    }
    const tool = step.kind === "tool_call" ? step.tool : step.kind === "action" ? step.tool : undefined;
    if (tool) {
      toolReceipts.push({
        receipt_version: "1",
        receipt_id: `tr_${uuid(seed, `tool:${i}`)}`,
        tool_name: tool,
        args_hash_b64u: b64uHash(step.kind === "tool_call" ? (step.args ?? "") : type),
        result_hash_b64u: b64uHash(`result ${i}`),
        result_status: "success",
        hash_algorithm: "SHA-256",
        agent_did: agent.did,
        timestamp: ts,
        latency_ms: 35,
        binding: { run_id: runId, event_hash_b64u: hash },
      });
    }
    if (step.kind === "action") {
      if (step.approve !== false)
        approvals.push(
          approval({
            approver,
            receiptId: `ha_${uuid(seed, `approval:${i}`)}`,
            agentDid: agent.did,
            runId,
            eventHash: hash,
            timestamp: at(i + 0.5),
            summary: `${step.action} at step ${i}`,
            policyHash: o.policyHash,
          }),
        );
    }
  });
  const byId = (a: { payload?: unknown; receipt_id?: unknown }, b: { payload?: unknown; receipt_id?: unknown }) => {
    const ka = String((a.payload as { receipt_id?: string } | undefined)?.receipt_id ?? a.receipt_id);
    const kb = String((b.payload as { receipt_id?: string } | undefined)?.receipt_id ?? b.receipt_id);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  };
  const payload: Record<string, unknown> = {
    bundle_version: "1",
    bundle_id: `bundle_${uuid(seed, "bundle")}`,
    agent_did: agent.did,
    event_chain: events,
    receipts: receipts.sort(byId),
    tool_receipts: toolReceipts.sort(byId),
    metadata: {
      harness: { id: "wpc-sim", version: "1", runtime: "host" },
      wpc: { policy_id: o.policyId, policy_hash_b64u: o.policyHash },
      cst: { token: cst.token },
      subject: o.subject ?? { repository: "acme/app", commit: "0".repeat(40) },
      openclaw: o.openclaw ?? (o.wpc ? openclawEvidence(o.wpc) : DEFAULT_OPENCLAW),
      approvals: approvals.sort(byId),
    },
  };
  const bundle = signEnvelope({ type: "proof_bundle", payload, seed: agent.seed, issuedAt: at(steps.length + 1) });
  return { bundle, token: cst.token, token_hash: cst.token_hash, jti, run_id: runId, agent };
}

/** Re-sign an edited bundle payload with the agent key (an attacker who holds the agent key). */
export function resign(bundle: Envelope<Record<string, unknown>>, agent: Signer): Envelope<Record<string, unknown>> {
  return signEnvelope({ type: "proof_bundle", payload: JSON.parse(JSON.stringify(bundle.payload)) as Record<string, unknown>, seed: agent.seed, issuedAt: bundle.issued_at });
}
