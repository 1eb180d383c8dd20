/**
 * The promotion gate (DESIGN.md §6) against an adversary. Every case starts from the valid simulated
 * bundle of the in-memory world (test/support/gate-world.ts) and applies one named mutation; the gate
 * must say `fail` and name the check of §6 that catches it (codes, not wording). A mutation of the
 * bundle payload is tried twice: with the agent's signature left stale, and re-signed with the agent key
 * (an attacker holding that key); re-signing must not help. Reordering receipts is no attack.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { signEnvelope } from "../../action/src/core/crypto/envelope.ts";
import { eventHeaderHash } from "../../action/src/core/claw/events.ts";
import { signCst } from "../../action/src/core/claw/cst.ts";
import { sign } from "../../action/src/core/crypto/ed25519.ts";
import { b64uEncode } from "../../action/src/core/crypto/b64u.ts";
import { policyHash } from "../../action/src/core/crypto/hash.ts";
import type { CheckId } from "../../action/src/core/gate/types.ts";
import type { Trust } from "../../action/src/core/policy/trust.ts";
import { b64uHash, partySigner } from "../../scripts/sim/keys.ts";
import { approval } from "../../scripts/sim/approver.ts";
import { issueCst } from "../../scripts/sim/clawscope.ts";
import { DEFAULT_STEPS, resign, type Step } from "../../scripts/sim/harness.ts";
import { VECTORS } from "../support/paths.ts";
import {
  CHECKPOINT_DAYS,
  PUBLISHED_AT,
  SUBJECT,
  appendTo,
  check,
  claimsOf,
  copy,
  edited,
  editedResigned,
  exampleWpc,
  failedIds,
  gate,
  makeWorld,
  publishDraft,
  reissueReceipt,
  runWorldJob,
  statusOf,
  type Bundle,
  type Doc,
} from "../support/gate-world.ts";

const w = makeWorld("adversarial");
const outsider = partySigner(w.seed, "outsider");
const issuer = partySigner(w.seed, "token_issuer");
const approver = partySigner(w.seed, "approver");
const enc = new TextEncoder();

/** Another policy's hash (a real, differently-shaped WPC), for bindings and pins. */
const OTHER_POLICY_HASH = policyHash({ ...exampleWpc(), purpose: "Some other contract" }).policy_hash_b64u;
const OTHER_RUN = "run_00000000-0000-4000-a000-000000000000";
/** A well-formed hash that is no event of the chain. */
const FOREIGN_EVENT_HASH = b64uHash("an event of some other run");

function expectRejected(r: ReturnType<typeof gate>, id: CheckId): void {
  expect({ verdict: r.verdict, [id]: statusOf(r, id) }, JSON.stringify(r.checks.filter((c) => c.status === "fail"), null, 1)).toEqual({ verdict: "fail", [id]: "fail" });
}

function expectPass(r: ReturnType<typeof gate>): void {
  expect({ verdict: r.verdict, failed: failedIds(r) }).toEqual({ verdict: "pass", failed: [] });
}

// --- the valid input ------------------------------------------------------------------------------

describe("baseline: the valid simulated bundle", () => {
  it("passes, every check pass/warn/skip and none fails", () => {
    const r = gate(w);
    expect(r.verdict).toBe("pass");
    expect(r.counts.fail).toBe(0);
    for (const c of r.checks) expect(["pass", "warn", "skip"], `${c.id}: ${c.detail}`).toContain(c.status);
    expect(r.policy).toEqual({ id: "invoice-triage", hash: w.policyHash });
    expect(r.subject).toBe(SUBJECT);
    expect(r.counts).toMatchObject({ events: 6, receipts: 3, tool_receipts: 3, approvals: 1 });
  });

  it("still passes when re-signed by the agent without an edit (re-signing alone is neutral)", () => {
    expectPass(gate(w, resign(copy(w.job.bundle), w.agent)));
  });

  it("still passes with a receipt re-made by clawproxy with the same binding (control for the re-bound receipts below)", () => {
    expectPass(gate(w, editedResigned(w, (p) => void (p.receipts[0] = reissueReceipt(w, p.receipts[0])))));
  });
});

// --- payload mutations ------------------------------------------------------------------------------

const eventOf = (p: Doc, type: string): Doc => p.event_chain.find((e: Doc) => e.event_type === type);
const approvalPayload = (p: Doc): Doc => p.metadata.approvals[0].payload;

/** The job's approval re-made by `who` with fields overridden. */
function reapprove(p: Doc, o: { by?: typeof approver; timestamp?: string; eventHash?: string; runId?: string; type?: "explicit_approve" | "explicit_deny" } = {}): unknown {
  const a = approvalPayload(p);
  return approval({
    approver: o.by ?? approver,
    receiptId: a.receipt_id,
    agentDid: a.agent_did,
    runId: o.runId ?? a.binding.run_id,
    eventHash: o.eventHash ?? a.binding.event_hash_b64u,
    timestamp: o.timestamp ?? a.timestamp,
    summary: a.scope_summary,
    ...(o.type ? { type: o.type } : {}),
    policyHash: a.policy_hash_b64u,
  });
}

/** A CST like the job's, issued by `by` with options overridden (same jti and iat). */
function reissueCst(p: Doc, o: { by?: typeof issuer; agentDid?: string; ttlSeconds?: number; policyHash?: string } = {}): string {
  const c = claimsOf(p.metadata.cst.token);
  return issueCst({
    issuer: o.by ?? issuer,
    agentDid: o.agentDid ?? c.agent_did,
    iat: c.iat,
    ttlSeconds: o.ttlSeconds ?? c.exp - c.iat,
    policyHash: o.policyHash ?? c.policy_hash_b64u,
    jti: c.jti,
  }).token;
}

interface Mutation {
  name: string;
  check: CheckId;
  edit: (p: Doc) => void;
}

const PAYLOAD_MUTATIONS: Mutation[] = [
  // RECEIPTS_SIGNED
  { name: "receipt payload edited after the gateway signed it (model)", check: "RECEIPTS_SIGNED", edit: (p) => void (p.receipts[0].payload.model = "openai/o3-pro") },
  { name: "receipt binding edited after the gateway signed it (run_id)", check: "RECEIPTS_SIGNED", edit: (p) => void (p.receipts[0].payload.binding.run_id = OTHER_RUN) },
  { name: "receipt signature replaced by another receipt's", check: "RECEIPTS_SIGNED", edit: (p) => void (p.receipts[0].signature_b64u = p.receipts[1].signature_b64u) },
  { name: "receipt re-made and signed by a key outside the gateway role", check: "RECEIPTS_SIGNED", edit: (p) => void (p.receipts[0] = reissueReceipt(w, p.receipts[0], {}, outsider)) },
  { name: "receipt envelope stripped to its bare payload", check: "RECEIPTS_SIGNED", edit: (p) => void (p.receipts[0] = p.receipts[0].payload) },
  // RECEIPTS_COMPLETE
  { name: "receipt removed", check: "RECEIPTS_COMPLETE", edit: (p) => void p.receipts.splice(1, 1) },
  { name: "every receipt removed", check: "RECEIPTS_COMPLETE", edit: (p) => void (p.receipts = []) },
  { name: "receipt duplicated", check: "RECEIPTS_COMPLETE", edit: (p) => void p.receipts.push(copy(p.receipts[0])) },
  {
    name: "second receipt for one llm_call (validly signed, fresh id and nonce)",
    check: "RECEIPTS_COMPLETE",
    edit: (p) => {
      const extra = reissueReceipt(w, p.receipts[0], { nonce: "nonce_replayed_00000000" }) as Doc;
      const again = signEnvelope({ type: "gateway_receipt", payload: { ...extra.payload, receipt_id: "rcpt_second-for-one-call" }, seed: partySigner(w.seed, "gateway").seed, issuedAt: extra.issued_at });
      p.receipts.push(again);
    },
  },
  // RECEIPTS_BOUND (re-made by clawproxy: validly signed, wrong binding)
  { name: "receipt bound to another run", check: "RECEIPTS_BOUND", edit: (p) => void (p.receipts[0] = reissueReceipt(w, p.receipts[0], { run_id: OTHER_RUN })) },
  { name: "receipt bound to an event not in the chain", check: "RECEIPTS_BOUND", edit: (p) => void (p.receipts[0] = reissueReceipt(w, p.receipts[0], { event_hash_b64u: FOREIGN_EVENT_HASH })) },
  { name: "receipt bound to another policy hash", check: "RECEIPTS_BOUND", edit: (p) => void (p.receipts[0] = reissueReceipt(w, p.receipts[0], { policy_hash: OTHER_POLICY_HASH })) },
  { name: "receipt bound to another token scope hash", check: "RECEIPTS_BOUND", edit: (p) => void (p.receipts[0] = reissueReceipt(w, p.receipts[0], { token_scope_hash_b64u: OTHER_POLICY_HASH })) },
  { name: "receipt without token scope hash (the contract requires one)", check: "RECEIPTS_BOUND", edit: (p) => void (p.receipts[0] = reissueReceipt(w, p.receipts[0], { token_scope_hash_b64u: undefined })) },
  // EVENT_CHAIN
  { name: "event removed from the middle of the chain", check: "EVENT_CHAIN", edit: (p) => void p.event_chain.splice(1, 1) },
  { name: "first event removed", check: "EVENT_CHAIN", edit: (p) => void p.event_chain.shift() },
  { name: "event edited: external_send relabelled tool_call", check: "EVENT_CHAIN", edit: (p) => void (eventOf(p, "external_send").event_type = "tool_call") },
  { name: "event edited: timestamp", check: "EVENT_CHAIN", edit: (p) => void (p.event_chain[2].timestamp = "2026-11-26T12:00:31Z") },
  {
    name: "event edited with its own hash recomputed (the next link breaks)",
    check: "EVENT_CHAIN",
    edit: (p) => {
      const e = p.event_chain[1];
      e.payload_hash_b64u = FOREIGN_EVENT_HASH;
      e.event_hash_b64u = eventHeaderHash(e);
    },
  },
  { name: "event duplicated", check: "EVENT_CHAIN", edit: (p) => void p.event_chain.splice(2, 0, copy(p.event_chain[1])) },
  { name: "event of another run appended", check: "EVENT_CHAIN", edit: (p) => void p.event_chain.push({ ...copy(p.event_chain[5]), event_id: "evt_other", run_id: OTHER_RUN }) },
  // TOOLS_ALLOWED
  { name: "tool receipt names a denied tool (exec)", check: "TOOLS_ALLOWED", edit: (p) => void (p.tool_receipts[0].tool_name = "exec") },
  { name: "tool receipt names a tool not allowed (canvas)", check: "TOOLS_ALLOWED", edit: (p) => void (p.tool_receipts[0].tool_name = "canvas") },
  { name: "tool receipt names a denied capability in other case (ELEVATED)", check: "TOOLS_ALLOWED", edit: (p) => void (p.tool_receipts[0].tool_name = "ELEVATED") },
  { name: "tool receipt without tool_name", check: "TOOLS_ALLOWED", edit: (p) => void delete p.tool_receipts[0].tool_name },
  // SANDBOX
  { name: "sandbox evidence removed (metadata.openclaw)", check: "SANDBOX", edit: (p) => void delete p.metadata.openclaw },
  { name: "sandbox evidence removed (openclaw.sandbox)", check: "SANDBOX", edit: (p) => void delete p.metadata.openclaw.sandbox },
  { name: "sandbox mode off", check: "SANDBOX", edit: (p) => void (p.metadata.openclaw.sandbox.mode = "off") },
  { name: "workspace access rw (wider than the contract's ro)", check: "SANDBOX", edit: (p) => void (p.metadata.openclaw.sandbox.workspaceAccess = "rw") },
  // APPROVALS
  { name: "approval removed", check: "APPROVALS", edit: (p) => void (p.metadata.approvals = []) },
  { name: "approval signed by a non-approver", check: "APPROVALS", edit: (p) => void (p.metadata.approvals[0] = reapprove(p, { by: outsider })) },
  { name: "approval timed after the action", check: "APPROVALS", edit: (p) => void (p.metadata.approvals[0] = reapprove(p, { timestamp: "2026-11-26T12:00:55Z" })) },
  { name: "approval bound to another event", check: "APPROVALS", edit: (p) => void (p.metadata.approvals[0] = reapprove(p, { eventHash: p.event_chain[1].event_hash_b64u })) },
  { name: "approval bound to another run", check: "APPROVALS", edit: (p) => void (p.metadata.approvals[0] = reapprove(p, { runId: OTHER_RUN })) },
  { name: "approval is an explicit deny", check: "APPROVALS", edit: (p) => void (p.metadata.approvals[0] = reapprove(p, { type: "explicit_deny" })) },
  { name: "approval as a bare payload (agent-written, unsigned)", check: "APPROVALS", edit: (p) => void (p.metadata.approvals[0] = p.metadata.approvals[0].payload) },
  // TOKEN_*
  { name: "CST from an untrusted issuer", check: "TOKEN_SIGNATURE", edit: (p) => void (p.metadata.cst.token = reissueCst(p, { by: outsider })) },
  { name: "CST claims re-signed by an untrusted key", check: "TOKEN_SIGNATURE", edit: (p) => void (p.metadata.cst.token = signCst(claimsOf(p.metadata.cst.token), outsider.seed)) },
  {
    name: "CST signed by an untrusted key under the real issuer's kid",
    check: "TOKEN_SIGNATURE",
    edit: (p) => {
      const [h, c] = (p.metadata.cst.token as string).split(".");
      p.metadata.cst.token = `${h}.${c}.${b64uEncode(sign(outsider.seed, enc.encode(`${h}.${c}`)))}`;
    },
  },
  { name: "CST TTL above the contract's maximum (7200 s > 1800 s)", check: "TOKEN_TTL", edit: (p) => void (p.metadata.cst.token = reissueCst(p, { ttlSeconds: 7200 })) },
  { name: "CST pinned to another policy", check: "TOKEN_POLICY_PIN", edit: (p) => void (p.metadata.cst.token = reissueCst(p, { policyHash: OTHER_POLICY_HASH })) },
  { name: "CST issued to another agent", check: "TOKEN_SUBJECT", edit: (p) => void (p.metadata.cst.token = reissueCst(p, { agentDid: outsider.did })) },
  { name: "CST removed", check: "TOKEN_SIGNATURE", edit: (p) => void delete p.metadata.cst },
  // POLICY_CURRENT, SUBJECT, BUNDLE_SIGNATURE
  { name: "bundle claims another policy hash", check: "POLICY_CURRENT", edit: (p) => void (p.metadata.wpc.policy_hash_b64u = OTHER_POLICY_HASH) },
  { name: "bundle claims another policy id", check: "POLICY_CURRENT", edit: (p) => void (p.metadata.wpc.policy_id = "prod-deploy") },
  { name: "subject commit changed", check: "SUBJECT", edit: (p) => void (p.metadata.subject.commit = "0".repeat(40)) },
  { name: "agent_did changed to an outsider", check: "BUNDLE_SIGNATURE", edit: (p) => void (p.agent_did = outsider.did) },
];

describe("payload mutations are rejected by the named check, and re-signing with the agent key does not help", () => {
  it.each(PAYLOAD_MUTATIONS.map((m) => [m.name, m.check, m] as const))("%s → %s", (_name, id, m) => {
    const stale = gate(w, edited(w, m.edit));
    expectRejected(stale, id);
    expect(statusOf(stale, "BUNDLE_SIGNATURE")).toBe("fail"); // the agent's signature no longer covers the payload
    expectRejected(gate(w, editedResigned(w, m.edit)), id);
  });

  it("an unreceipted llm_call with its receipt dropped and the event relabelled is still caught (EVENT_CHAIN)", () => {
    // The agent tries to hide a model call that went around clawproxy by renaming the event.
    const edit = (p: Doc) => {
      p.receipts.splice(1, 1);
      p.event_chain[5].event_type = "tool_call";
    };
    expectRejected(gate(w, edited(w, edit)), "EVENT_CHAIN");
    expectRejected(gate(w, editedResigned(w, edit)), "EVENT_CHAIN");
  });
});

// --- whole jobs that ran outside the contract (the harness signs what it saw) ----------------------

const withStep = (i: number, s: Step): Step[] => DEFAULT_STEPS.map((x, j) => (j === i ? s : x));

describe("jobs run outside the contract are rejected", () => {
  const cases: Array<[string, CheckId, Parameters<typeof runWorldJob>[1]]> = [
    ["a denied tool (exec)", "TOOLS_ALLOWED", { steps: withStep(1, { kind: "tool_call", tool: "exec", args: "rm -rf /" }) }],
    ["a tool in a denied group (process)", "TOOLS_ALLOWED", { steps: withStep(1, { kind: "tool_call", tool: "process" }) }],
    ["a tool not allowed (canvas)", "TOOLS_ALLOWED", { steps: withStep(1, { kind: "tool_call", tool: "canvas" }) }],
    ["a high-risk action without approval", "APPROVALS", { steps: withStep(4, { kind: "action", action: "external_send", tool: "web_fetch", approve: false }) }],
    ["user provisioning without approval", "APPROVALS", { steps: [...DEFAULT_STEPS, { kind: "action", action: "user_provisioning", approve: false }] }],
    ["a CST with a TTL above the maximum (7200 s)", "TOKEN_TTL", { ttlSeconds: 7200 }],
    ["sandbox mode off", "SANDBOX", { openclaw: { tools: { profile: "coding" }, sandbox: { mode: "off", workspaceAccess: "ro" } } }],
    ["no sandbox evidence", "SANDBOX", { openclaw: { tools: { profile: "coding" } } }],
    ["a model on a provider outside the route", "MODEL_ROUTE", { steps: withStep(0, { kind: "llm_call", provider: "anthropic", model: "claude-sonnet-4" }) }],
    ["an agent key outside the agent role", "BUNDLE_SIGNATURE", { agent: partySigner("adversarial", "outsider") }],
  ];
  it.each(cases)("%s → %s", (_n, id, o) => {
    expectRejected(gate(w, runWorldJob(w, o).bundle), id);
  });

  it("boundary: a CST TTL of exactly the maximum passes, one second more fails TOKEN_TTL", () => {
    expectPass(gate(w, runWorldJob(w, { ttlSeconds: 1800 }).bundle));
    expectRejected(gate(w, runWorldJob(w, { ttlSeconds: 1801 }).bundle), "TOKEN_TTL");
  });

});

/**
 * An unsigned side-effect receipt as a harness would add it. The simulated jobs write none (a gateway
 * receipt from clawproxy declares no span, so Claw finds any side-effect receipt orphaned), but a
 * bundle may carry one, and the gate still demands an approval for an external send it reports.
 */
function sideEffect(p: Doc, id: string, effect: string): Doc {
  return { receipt_version: "1", receipt_id: id, effect_class: effect, target_digest: "c3VwcGxpZXJAZXhhbXBsZS5jb20", hash_algorithm: "SHA-256", agent_did: p.agent_did, timestamp: p.event_chain[3].timestamp };
}

describe("external sends the agent did not label external_send still need an approval", () => {
  // A contract that allows `message`, so that TOOLS_ALLOWED passes and only the approval rule speaks.
  const msgWpc = exampleWpc();
  msgWpc.tool_policy.allow.push("message");
  const mw = makeWorld("adversarial-message", {}, msgWpc);

  it("control: the world under the message-allowing contract passes", () => expectPass(gate(mw)));

  it("a message tool receipt under a plain tool_call event, no approval → APPROVALS", () => {
    const r = gate(mw, runWorldJob(mw, { steps: withStep(3, { kind: "tool_call", tool: "message" }) }).bundle);
    expectRejected(r, "APPROVALS");
    expect(statusOf(r, "TOOLS_ALLOWED")).toBe("pass");
  });

  it("control: the same message with an approval bound to its event passes", () => {
    expectPass(gate(mw, runWorldJob(mw, { steps: withStep(3, { kind: "action", action: "tool_call", tool: "message" }) }).bundle));
  });

  it("an external_api_write side-effect receipt bound to a plain tool_call event → APPROVALS (stale and re-signed)", () => {
    const edit = (p: Doc) => {
      const se = sideEffect(p, "se_hidden-send", "external_api_write");
      se.binding = { run_id: p.event_chain[0].run_id, event_hash_b64u: p.event_chain[3].event_hash_b64u };
      p.side_effect_receipts = [se];
    };
    expectRejected(gate(mw, edited(mw, edit)), "APPROVALS");
    expectRejected(gate(mw, editedResigned(mw, edit)), "APPROVALS");
  });

  it("a network_egress side-effect receipt bound to no event → APPROVALS (re-signed)", () => {
    const edit = (p: Doc) => void (p.side_effect_receipts = [sideEffect(p, "se_unbound", "network_egress")]);
    expectRejected(gate(mw, editedResigned(mw, edit)), "APPROVALS");
  });
});

// --- the bundle envelope ----------------------------------------------------------------------------

describe("the bundle envelope", () => {
  it("signed by a key not in the agent role (agent_did unchanged) → BUNDLE_SIGNATURE", () => {
    const b = resign(copy(w.job.bundle), outsider);
    expectRejected(gate(w, b), "BUNDLE_SIGNATURE");
  });

  it("signed by an outsider that also claims to be the agent (agent_did = its own key) → BUNDLE_SIGNATURE", () => {
    const b = editedResigned(w, (p) => void (p.agent_did = outsider.did));
    expectRejected(gate(w, resign(b, outsider)), "BUNDLE_SIGNATURE");
  });

  it("signature replaced by another bundle's → BUNDLE_SIGNATURE", () => {
    const other = runWorldJob(w, { seed: "adversarial-other" }).bundle;
    expectRejected(gate(w, { ...copy(w.job.bundle), signature_b64u: other.signature_b64u }), "BUNDLE_SIGNATURE");
  });

  it("envelope stripped to the bare payload → BUNDLE_SIGNATURE", () => {
    expectRejected(gate(w, copy(w.job.bundle.payload)), "BUNDLE_SIGNATURE");
  });
});

// --- the registry and the gate's inputs -----------------------------------------------------------

describe("registry state and gate inputs", () => {
  const later = PUBLISHED_AT + 3_600_000;
  const withEntries = (drafts: Parameters<typeof appendTo>[3]) => appendTo(w.files, w.trust, w.registryKey, drafts, later);

  it("revoked token (by token_hash) → TOKEN_NOT_REVOKED", () => {
    expectRejected(gate(w, w.job.bundle, { files: withEntries([{ kind: "revoke_token", token_hash: w.job.token_hash, reason: "INC-1" }]) }), "TOKEN_NOT_REVOKED");
  });

  it("revoked token (by jti) → TOKEN_NOT_REVOKED", () => {
    expectRejected(gate(w, w.job.bundle, { files: withEntries([{ kind: "revoke_token", token_jti: w.job.jti, reason: "INC-2" }]) }), "TOKEN_NOT_REVOKED");
  });

  it("another token revoked → still passes (control)", () => {
    const r = gate(w, w.job.bundle, { files: withEntries([{ kind: "revoke_token", token_hash: "ab".repeat(32), token_jti: "cst_someone_else" }]) });
    expectPass(r);
    expect(statusOf(r, "TOKEN_NOT_REVOKED")).toBe("pass");
  });

  it("policy revoked → POLICY_NOT_REVOKED and POLICY_CURRENT", () => {
    const r = gate(w, w.job.bundle, { files: withEntries([{ kind: "revoke_policy", policy_id: "invoice-triage", policy_hash_b64u: w.policyHash, reason: "INC-3" }]) });
    expectRejected(r, "POLICY_NOT_REVOKED");
    expectRejected(r, "POLICY_CURRENT");
  });

  it("policy superseded by a newer publish → POLICY_CURRENT (not revoked)", () => {
    const v2 = { ...exampleWpc(), purpose: "Invoice triage, v2" };
    const r = gate(w, w.job.bundle, { files: withEntries([publishDraft(v2)]) });
    expectRejected(r, "POLICY_CURRENT");
    expect(statusOf(r, "POLICY_NOT_REVOKED")).toBe("pass");
  });

  it("policy superseded then rolled back to the job's version → passes again (control)", () => {
    const v2 = { ...exampleWpc(), purpose: "Invoice triage, v2" };
    const files = withEntries([publishDraft(v2), { kind: "rollback", policy_id: "invoice-triage", policy_hash_b64u: w.policyHash, reason: "INC-4" }]);
    expectPass(gate(w, w.job.bundle, { files }));
  });

  it("expired registry checkpoint → REGISTRY_VALID", () => {
    const expiry = PUBLISHED_AT + CHECKPOINT_DAYS * 86_400_000;
    expect(statusOf(gate(w, w.job.bundle, { at: expiry - 1000 }), "REGISTRY_VALID")).toBe("pass");
    expectRejected(gate(w, w.job.bundle, { at: expiry + 1000 }), "REGISTRY_VALID");
  });

  it("registry verified against a trust file without the registry key → REGISTRY_VALID", () => {
    const trust: Trust = { ...w.trust, roles: { ...w.trust.roles, registry: { keys: [outsider.did] } } };
    expectRejected(gate(w, w.job.bundle, { trust }), "REGISTRY_VALID");
  });

  it("subject mismatch → SUBJECT", () => {
    expectRejected(gate(w, w.job.bundle, { subject: "b".repeat(40) }), "SUBJECT");
  });

  it("expected hash mismatch → POLICY_CURRENT", () => {
    expectRejected(gate(w, w.job.bundle, { expectHash: OTHER_POLICY_HASH }), "POLICY_CURRENT");
  });

  it("another policy id asked for → POLICY_CURRENT", () => {
    const files = withEntries([publishDraft(exampleWpc(), "other-policy")]);
    expectRejected(gate(w, w.job.bundle, { files, policyId: "other-policy" }), "POLICY_CURRENT");
  });
});

// --- unknown values must fail closed (bugs found: kept as it.fails) ------------------------------

describe("unknown values fail closed", () => {
  it("control: an unknown workspaceAccess value (\"full\") fails SANDBOX", () => {
    expectRejected(gate(w, editedResigned(w, (p) => void (p.metadata.openclaw.sandbox.workspaceAccess = "full"))), "SANDBOX");
  });

  // BUG verify-actions.ts:54-56: WORKSPACE_ORDER[ws] reads inherited Object.prototype members, so these unknown values pass SANDBOX.
  it.each(["constructor", "toString", "__proto__"])("workspaceAccess %j (an Object.prototype member name) fails SANDBOX", (ws) => {
    expectRejected(gate(w, editedResigned(w, (p) => void (p.metadata.openclaw.sandbox.workspaceAccess = ws))), "SANDBOX");
  });

  // BUG verify-receipts.ts:113,121: trust.routes[n] returns Object.prototype.constructor for an undeclared route "constructor"; r.gateways.includes throws a TypeError out of verifyBundle.
  it("a contract allowing an undeclared route \"constructor\" besides the real one: the gate judges (pass here), it does not throw", () => {
    const odd = { ...exampleWpc(), model_route: { require_clawproxy: true, allowed: ["constructor", "OpenRouter_via_fal"] } };
    const hash = policyHash(odd).policy_hash_b64u;
    const files = appendTo(w.files, w.trust, w.registryKey, [publishDraft(odd)], PUBLISHED_AT + 1000);
    const b = runWorldJob({ seed: w.seed, policyHash: hash }).bundle;
    const r = gate(w, b, { files });
    expect(r.verdict).toBe("pass"); // every receipt is on the declared OpenRouter_via_fal route
  });
});

// --- no attack ------------------------------------------------------------------------------------

function permutations<T>(xs: readonly T[]): T[][] {
  if (xs.length <= 1) return [[...xs]];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((rest) => [x, ...rest]));
}

describe("reordering receipts is not an attack", () => {
  const orders = permutations([0, 1, 2]);
  it.each(orders.map((o) => [o.join(",")] as const))("receipts in order %s, re-signed → pass", (order) => {
    const idx = order.split(",").map(Number);
    const b = editedResigned(w, (p) => void (p.receipts = idx.map((i) => p.receipts[i])));
    expectPass(gate(w, b));
  });
});

// --- real bundles -----------------------------------------------------------------------------------

describe("real Clawsig bundles (vectors/clawsig/real) fail the full gate on RECEIPTS_COMPLETE", () => {
  const dir = join(VECTORS, "clawsig/real");
  const names = readdirSync(dir).filter((f) => f.endsWith("-bundle.json")).sort();
  it("there are five", () => expect(names).toHaveLength(5));
  it.each(names)("%s", (name) => {
    const bundle = JSON.parse(readFileSync(join(dir, name), "utf8")) as Bundle;
    const urm = JSON.parse(readFileSync(join(dir, name.replace(/-bundle\.json$/, "-urm.json")), "utf8")) as unknown;
    // Trust the real agent key, so the bundle itself verifies: what fails is the missing model receipts.
    const trust: Trust = { ...w.trust, roles: { ...w.trust.roles, agent: { keys: [...(w.trust.roles.agent?.keys ?? []), bundle.signer_did] } } };
    const r = gate(w, bundle, { urm, trust });
    expect(statusOf(r, "CLAW_PROTOCOL"), check(r, "CLAW_PROTOCOL").detail).toBe("pass");
    expect(statusOf(r, "BUNDLE_SIGNATURE")).toBe("pass");
    expect(statusOf(r, "EVENT_CHAIN")).toBe("pass");
    expectRejected(r, "RECEIPTS_COMPLETE");
  });
});
