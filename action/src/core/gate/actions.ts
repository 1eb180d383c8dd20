/** Gate checks on what the job did: tools used, sandbox evidence, approvals of high-risk actions. */
import { own } from "../json/own.ts";
import { clawSchemaErrors, validateClaw } from "../claw/schemas.ts";
import { driftFromMetadata } from "../openclaw/drift.ts";
import type { DriftFinding } from "../openclaw/rules.ts";
import { verifyEnvelope } from "../crypto/envelope.ts";
import { roleKeys } from "../policy/trust.ts";
import { normalizeToolName, toolAllowed } from "../policy/tool-catalog.ts";
import { WORKSPACE_ORDER } from "../policy/types.ts";
import type { CheckResult } from "./types.ts";
import { arr, isObj, needWpc, result, str, timeMs, verdictOf, type Event, type GateContext, type PolicyContext, type Obj } from "./context.ts";

/** A tool receipt's payload whatever its form (payload v1/v2 or envelope v1/v2). */
export function toolPayload(item: unknown): Obj | undefined {
  if (!isObj(item)) return undefined;
  if (typeof item.envelope_type === "string" || typeof item.envelope_version === "string") return isObj(item.payload) ? item.payload : undefined;
  return item;
}

export function actionChecks(ctx: PolicyContext): CheckResult[] {
  return actionPolicyChecks(ctx, approvalEvidence(ctx));
}

/**
 * Every check of this family reads the contract; only the approvals' signatures do not, so they come
 * decided (`approvalEvidence`) and a replay judges one bundle under several versions without
 * verifying them again.
 */
export function actionPolicyChecks(ctx: PolicyContext, evidence: ApprovalEvidence): CheckResult[] {
  return [...runtimePolicyChecks(ctx), approvals(ctx, evidence), dataBoundaries(ctx)];
}

/**
 * The family's checks one by one, for a replay that judges only the checks a change can flip:
 * TOOLS_ALLOWED and SANDBOX judge the runtime (`metadata.openclaw`) against the whole contract;
 * APPROVALS reads only its `approvals`, DATA_BOUNDARIES only its `data_boundaries`.
 */
export function runtimePolicyChecks(ctx: PolicyContext): CheckResult[] {
  const drift = ctx.wpc ? openclawDrift(ctx) : [];
  return [tools(ctx, drift), sandbox(ctx, drift)];
}
export { approvals as approvalsCheck, dataBoundaries as dataBoundariesCheck };

const SANDBOX_RULES = new Set(["OC003", "OC004", "OC006", "OC007", "OC009"]);

/**
 * The runtime evidence (`metadata.openclaw`) judged by the same effective-policy computation as
 * `wpc openclaw check`, so the gate and the drift check can never disagree. Error-level only.
 */
function openclawDrift(ctx: PolicyContext): DriftFinding[] {
  const meta = isObj(ctx.payload.metadata) ? ctx.payload.metadata : {};
  // jobs of one runtime carry the same small config: its findings under a contract are computed once
  // (a pure function of the contract and the parsed JSON text; the lists returned are only read)
  const text = isObj(meta.openclaw) ? JSON.stringify(meta.openclaw) : undefined;
  const memo = text !== undefined && text.length <= DRIFT_MEMO_TEXT ? driftMemo(ctx.wpc!) : undefined;
  const hit = memo?.get(text!);
  if (hit) return hit;
  const found = driftFromMetadata(ctx.wpc!, meta.openclaw).filter((f) => f.level === "error");
  if (memo) {
    if (memo.size >= DRIFT_MEMO_SIZE) memo.clear();
    memo.set(text!, found);
  }
  return found;
}

/** Configs up to this many characters, up to this many per contract, are remembered. */
const DRIFT_MEMO_TEXT = 4096;
const DRIFT_MEMO_SIZE = 256;
const DRIFT = new WeakMap<object, Map<string, DriftFinding[]>>();

function driftMemo(wpc: object): Map<string, DriftFinding[]> {
  let m = DRIFT.get(wpc);
  if (!m) DRIFT.set(wpc, (m = new Map()));
  return m;
}

function isSandboxFinding(f: DriftFinding): boolean {
  return SANDBOX_RULES.has(f.rule) || (f.rule === "OC012" && f.path.startsWith("/sandbox"));
}

function driftLine(f: DriftFinding): string {
  return `metadata.openclaw${f.path === "" ? "" : f.path.replace(/\//g, ".")}: ${f.rule} ${f.message}`;
}

function tools(ctx: PolicyContext, drift: DriftFinding[]): CheckResult {
  const w = needWpc("TOOLS_ALLOWED", ctx);
  if (w) return w;
  const { allow, deny } = ctx.wpc!.tool_policy;
  const problems: string[] = [];
  const used = new Set<string>();
  const receipted = new Set<string>();
  arr(ctx.payload.tool_receipts).forEach((t, i) => {
    const p = toolPayload(t);
    const name = p ? str(p.tool_name) : undefined;
    const eh = p && isObj(p.binding) ? str(p.binding.event_hash_b64u) : undefined;
    if (eh) receipted.add(eh);
    if (!name) {
      problems.push(`tool receipt #${i} has no tool_name`);
      return;
    }
    used.add(normalizeToolName(name));
    if (!toolAllowed(name, allow, deny)) {
      const denied = toolAllowed(name, ["*"], deny) ? "not allowed" : "denied";
      problems.push(`tool receipt ${str(p!.receipt_id) ?? `#${i}`}: ${name} is ${denied} by the contract`);
    }
  });
  // what the runtime allowed: the effective tool set of metadata.openclaw within the contract
  for (const f of drift) if (!isSandboxFinding(f)) problems.push(driftLine(f));
  // what actually happened: every tool_call event of the chain is backed by a tool receipt bound to it
  for (const e of ctx.events) if (e.event_type === "tool_call" && !receipted.has(e.event_hash_b64u)) problems.push(`tool_call event ${e.event_id} has no tool receipt bound to it`);
  return verdictOf("TOOLS_ALLOWED", problems, used.size ? `tools used: ${[...used].sort().join(", ")}` : "no tool receipts");
}

function sandbox(ctx: PolicyContext, drift: DriftFinding[]): CheckResult {
  const w = needWpc("SANDBOX", ctx);
  if (w) return w;
  const driftProblems = drift.filter(isSandboxFinding).map(driftLine);
  const exp = ctx.wpc!.sandbox_expectations;
  const meta = isObj(ctx.payload.metadata) ? ctx.payload.metadata : {};
  const oc = isObj(meta.openclaw) ? meta.openclaw : undefined;
  const sb = oc && isObj(oc.sandbox) ? oc.sandbox : undefined;
  if (!sb) return result("SANDBOX", "fail", "metadata.openclaw.sandbox is missing: no sandbox evidence");
  const problems: string[] = [];
  const mode = str(sb.mode);
  if (exp.tools_run_in_sandbox && mode !== "all") problems.push(`sandbox mode is ${JSON.stringify(sb.mode ?? null)}, the contract requires "all"`);
  const ws = str(sb.workspaceAccess);
  const rank = ws !== undefined ? own(WORKSPACE_ORDER as Record<string, number>, ws) : undefined;
  if (rank === undefined) problems.push(`workspaceAccess ${JSON.stringify(sb.workspaceAccess ?? null)} is missing or unknown`);
  else if (rank > WORKSPACE_ORDER[exp.workspace_access]) problems.push(`workspaceAccess "${ws}" is wider than the contract's "${exp.workspace_access}"`);
  for (const d of driftProblems) if (!problems.length || !/OC00[34]/.test(d)) problems.push(d);
  return verdictOf("SANDBOX", problems, `sandbox mode ${mode ?? "?"}, workspace ${ws ?? "?"} (contract: ${exp.tools_run_in_sandbox ? "sandboxed" : "sandbox optional"}, ≤ ${exp.workspace_access})`);
}

const EXTERNAL_SEND_EFFECTS = new Set(["network_egress", "external_api_write"]);
const EXTERNAL_SEND_TOOLS = new Set(["message", "sessions_send"]);

/** Events that need an approval: their type is a required action kind, or they carry an external send. */
function highRisk(ctx: PolicyContext): Map<string, { event: Event; why: string }> {
  const required = new Set(ctx.wpc!.approvals.required_for);
  const out = new Map<string, { event: Event; why: string }>();
  for (const e of ctx.events) if (required.has(e.event_type)) out.set(e.event_hash_b64u, { event: e, why: e.event_type });
  if (!required.has("external_send")) return out;
  const bindTo = (b: unknown, why: string, name: string) => {
    const eh = isObj(b) ? str(b.event_hash_b64u) : undefined;
    const ev = eh ? ctx.eventByHash.get(eh) : undefined;
    if (ev) {
      if (!out.has(ev.event_hash_b64u)) out.set(ev.event_hash_b64u, { event: ev, why });
    } else out.set(`unbound:${name}`, { event: { index: -1, event_id: name, run_id: "", event_type: why, timestamp: "", event_hash_b64u: "" }, why });
  };
  arr(ctx.payload.side_effect_receipts).forEach((s, i) => {
    if (isObj(s) && EXTERNAL_SEND_EFFECTS.has(String(s.effect_class))) bindTo(s.binding, `external_send (${String(s.effect_class)})`, `side effect ${str(s.receipt_id) ?? `#${i}`}`);
  });
  arr(ctx.payload.tool_receipts).forEach((t, i) => {
    const p = toolPayload(t);
    const name = p ? normalizeToolName(str(p.tool_name) ?? "") : "";
    if (p && EXTERNAL_SEND_TOOLS.has(name)) bindTo(p.binding, `external_send (${name})`, `tool receipt ${str(p.receipt_id) ?? `#${i}`}`);
  });
  return out;
}

/** What the approvals prove, independent of the contract: problems with them, and the earliest valid approval per event hash. */
export interface ApprovalEvidence {
  problems: string[];
  earliest: Map<string, number>;
}

/** Verify each approval envelope (approver key, not the agent, schema, bound to this run) once. */
export function approvalEvidence(ctx: Pick<GateContext, "payload" | "trust" | "agentDid" | "runId">): ApprovalEvidence {
  const meta = isObj(ctx.payload.metadata) ? ctx.payload.metadata : {};
  const approvers = roleKeys(ctx.trust, "approver");
  // the earliest explicit approval of each event (by event hash): one pass over the approvals, one
  // lookup per high-risk event, so the check stays linear however many approvals and events there are
  const earliest = new Map<string, number>();
  const problems: string[] = [];
  arr(meta.approvals).forEach((a, i) => {
    const v = verifyEnvelope(a, { expectedType: "human_approval_receipt", allowedSigners: approvers });
    if (!v.ok) return void problems.push(`approval #${i}: ${v.code}: ${v.detail}`);
    // the agent approving its own action proves nothing, whatever trust.json says
    if (v.signer === ctx.agentDid) return void problems.push(`approval #${i} is signed by the bundle's agent ${v.signer}: self-approval never counts`);
    const schema = validateClaw("human_approval_receipt", v.envelope.payload);
    if (!schema.valid) return void problems.push(`approval #${i}: SCHEMA_VALIDATION_FAILED: ${clawSchemaErrors(schema.errors, 2).join("; ")}`);
    const p = v.envelope.payload as Obj;
    const b = isObj(p.binding) ? p.binding : {};
    const at = timeMs(p.timestamp);
    const eh = str(b.event_hash_b64u);
    if (p.approval_type !== "explicit_approve" || p.agent_did !== ctx.agentDid || b.run_id !== ctx.runId || eh === undefined || at === undefined) return;
    const seen = earliest.get(eh);
    if (seen === undefined || at < seen) earliest.set(eh, at);
  });
  return { problems, earliest };
}

/** The high-risk events the contract names (its action kinds; external sends), for a replay's evidence. */
export function highRiskKinds(ctx: PolicyContext): string[] {
  return ctx.wpc ? [...new Set([...highRisk(ctx).values()].map((r) => r.why))].sort() : [];
}

function approvals(ctx: PolicyContext, evidence: ApprovalEvidence): CheckResult {
  const w = needWpc("APPROVALS", ctx);
  if (w) return w;
  const risky = highRisk(ctx);
  const { earliest } = evidence;
  const problems = [...evidence.problems];
  for (const { event, why } of risky.values()) {
    if (event.index < 0) {
      problems.push(`${event.event_id} (${why}) is not bound to an event of the chain, so no approval can cover it`);
      continue;
    }
    const t = timeMs(event.timestamp);
    const at = earliest.get(event.event_hash_b64u);
    if (at === undefined || t === undefined || at > t) problems.push(`${why} event ${event.event_id} has no explicit approval by an approver key, bound to it and timed before it`);
  }
  return verdictOf("APPROVALS", problems, risky.size ? `${risky.size} high-risk action(s), each approved in advance` : "no high-risk actions");
}

function dataBoundaries(ctx: PolicyContext): CheckResult {
  const db = ctx.wpc?.data_boundaries;
  if (!db || (!db.egress_allowlist && !db.microsoft_graph_scopes)) return result("DATA_BOUNDARIES", "skip", "the contract sets no data boundaries");
  return result("DATA_BOUNDARIES", "skip", "egress allowlist / Graph scopes are linted, not verified: proof bundles carry no evidence for them");
}
