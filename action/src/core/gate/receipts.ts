/** Gate checks on gateway receipts: signed by a gateway key, bound to this run/event/token/policy, complete, on an allowed route. */
import { own } from "../json/own.ts";
import { verifyEnvelope } from "../crypto/envelope.ts";
import { roleKeys } from "../policy/trust.ts";
import { globMatch } from "../json/glob.ts";
import type { CheckResult } from "./types.ts";
import { arr, describePin, isObj, result, str, verdictOf, type GateContext, type PolicyContext, type Obj } from "./context.ts";
import { receiptName } from "./token.ts";
import { parseCst } from "../claw/cst.ts";

export interface Receipt {
  index: number;
  name: string;
  payload: Obj | undefined;
  binding: Obj | undefined;
  signer: string | undefined;
  problem: string | undefined;
}

/** Each gateway receipt with its signature decided (policy-independent: a replay computes this once per bundle). */
export function gatewayReceipts(ctx: Pick<GateContext, "trust" | "payload">): Receipt[] {
  const gateways = roleKeys(ctx.trust, "gateway");
  return arr(ctx.payload.receipts).map((r, index) => {
    const name = receiptName(r, index);
    const v = verifyEnvelope(r, { expectedType: "gateway_receipt", allowedSigners: gateways });
    const payload = isObj(r) && isObj(r.payload) ? r.payload : undefined;
    const binding = payload && isObj(payload.binding) ? payload.binding : undefined;
    return { index, name, payload, binding, signer: isObj(r) ? str(r.signer_did) : undefined, problem: v.ok ? undefined : `receipt ${name}: ${v.code}: ${v.detail}` };
  });
}

export function receiptChecks(ctx: PolicyContext): CheckResult[] {
  const rs = gatewayReceipts(ctx);
  return [signed(rs), ...receiptPolicyChecks(rs, ctx)];
}

/** The receipt checks that read the contract (binding requirements, completeness, routes): what a replay re-runs. */
export function receiptPolicyChecks(rs: Receipt[], ctx: PolicyContext): CheckResult[] {
  return [bound(rs, ctx), complete(rs, ctx), route(rs, ctx)];
}

function signed(rs: Receipt[]): CheckResult {
  const problems = rs.filter((r) => r.problem).map((r) => r.problem!);
  return verdictOf("RECEIPTS_SIGNED", problems, `${rs.length} gateway receipt(s) signed by gateway keys`);
}

function cstClaims(ctx: PolicyContext): Record<string, unknown> | undefined {
  const meta = isObj(ctx.payload.metadata) ? ctx.payload.metadata : {};
  const p = parseCst(isObj(meta.cst) ? meta.cst.token : undefined);
  return p.ok ? p.cst.claims : undefined;
}

function bound(rs: Receipt[], ctx: PolicyContext): CheckResult {
  const problems: string[] = [];
  const claims = cstClaims(ctx);
  const scope = claims ? str(claims.token_scope_hash_b64u) : undefined;
  // clawproxy writes the CST's pin into every receipt: a receipt bound to another hash was not made under this token
  const cstPin = claims ? str(claims.policy_hash_b64u) : undefined;
  const requireScope = ctx.wpc?.token_requirements.require_scope_hash ?? true;
  const requirePin = (ctx.wpc?.token_requirements.policy_hash_pinning ?? "required") === "required";
  for (const r of rs) {
    const b = r.binding;
    if (!b) {
      problems.push(`receipt ${r.name} has no binding`);
      continue;
    }
    if (ctx.runId === null || b.run_id !== ctx.runId) problems.push(`receipt ${r.name} is bound to run ${JSON.stringify(b.run_id)}, not ${ctx.runId}`);
    const eh = str(b.event_hash_b64u);
    if (!eh || !ctx.eventByHash.has(eh)) problems.push(`receipt ${r.name} is bound to an event not in the chain`);
    if (b.token_scope_hash_b64u !== undefined || requireScope) {
      if (b.token_scope_hash_b64u === undefined) problems.push(`receipt ${r.name} carries no token_scope_hash_b64u`);
      else if (b.token_scope_hash_b64u !== scope) problems.push(`receipt ${r.name} is bound to token scope ${String(b.token_scope_hash_b64u)}, not the job's CST`);
    }
    if (b.policy_hash !== undefined || requirePin) {
      if (b.policy_hash === undefined) problems.push(`receipt ${r.name} carries no policy_hash`);
      else if (typeof b.policy_hash !== "string" || !ctx.pins.has(b.policy_hash)) problems.push(`receipt ${r.name} is bound to policy ${describePin(ctx, b.policy_hash)}, not ${ctx.wpcHash ?? "?"}`);
      else if (cstPin !== undefined && b.policy_hash !== cstPin) problems.push(`receipt ${r.name} is bound to policy ${b.policy_hash}, the CST pins ${cstPin}`);
    }
  }
  return verdictOf("RECEIPTS_BOUND", problems, `${rs.length} receipt(s) bound to run ${ctx.runId ?? "?"}, chain events, the CST scope and the policy`);
}

function complete(rs: Receipt[], ctx: PolicyContext): CheckResult {
  const problems: string[] = [];
  const perEvent = new Map<string, number>();
  const ids = new Set<string>();
  const nonces = new Set<string>();
  for (const r of rs) {
    const id = r.payload ? str(r.payload.receipt_id) : undefined;
    if (id !== undefined) {
      if (ids.has(id)) problems.push(`duplicate receipt id ${id}`);
      ids.add(id);
    }
    const nonce = r.binding ? str(r.binding.nonce) : undefined;
    if (nonce !== undefined) {
      if (nonces.has(nonce)) problems.push(`duplicate nonce ${nonce} (receipt ${r.name})`);
      nonces.add(nonce);
    }
    const eh = r.binding ? str(r.binding.event_hash_b64u) : undefined;
    if (eh === undefined) continue;
    const ev = ctx.eventByHash.get(eh);
    if (!ev) continue; // reported by RECEIPTS_BOUND
    if (ev.event_type !== "llm_call") problems.push(`receipt ${r.name} is bound to ${ev.event_type} event ${ev.event_id}, not an llm_call`);
    perEvent.set(eh, (perEvent.get(eh) ?? 0) + 1);
  }
  const llm = ctx.events.filter((e) => e.event_type === "llm_call");
  const strict = ctx.wpc ? ctx.wpc.audit.require_gateway_receipts || ctx.wpc.model_route.require_clawproxy : true;
  const missing: string[] = [];
  for (const e of llm) {
    const n = perEvent.get(e.event_hash_b64u) ?? 0;
    if (n === 0) missing.push(`llm_call ${e.event_id} has no gateway receipt`);
    if (n > 1) problems.push(`llm_call ${e.event_id} has ${n} receipts`);
  }
  if ((ctx.wpc?.audit.require_gateway_receipts ?? true) && rs.length === 0) problems.unshift("no gateway receipts: the contract requires gateway receipts (an unreceipted production run)");
  if (strict) problems.push(...missing);
  const res = verdictOf("RECEIPTS_COMPLETE", problems, `${llm.length} llm_call event(s), ${rs.length} receipt(s), one to one`);
  if (res.status === "pass" && missing.length) return result("RECEIPTS_COMPLETE", "warn", `${missing.length} unreceipted llm_call(s) (contract does not require receipts)`);
  return res;
}

/** The allowed route of the contract a receipt travelled (signer, provider, model all match), if any. */
export function receiptRoute(rc: Receipt, ctx: PolicyContext): string | undefined {
  if (!ctx.wpc || rc.signer === undefined) return undefined;
  const provider = rc.payload ? str(rc.payload.provider) : undefined;
  const model = rc.payload ? str(rc.payload.model) : undefined;
  if (provider === undefined || model === undefined) return undefined;
  for (const name of ctx.wpc.model_route.allowed) {
    const r = own(ctx.trust.routes, name);
    if (r && r.gateways.includes(rc.signer) && r.providers.some((p) => p.toLowerCase() === provider.toLowerCase()) && r.models.some((m) => globMatch(m, model))) return name;
  }
  return undefined;
}

function route(rs: Receipt[], ctx: PolicyContext): CheckResult {
  if (!ctx.wpc) return result("MODEL_ROUTE", "fail", "no published contract: cannot evaluate routes (fail closed)");
  const problems: string[] = [];
  for (const rc of rs) {
    if (receiptRoute(rc, ctx) !== undefined) continue;
    const provider = rc.payload ? str(rc.payload.provider) : undefined;
    const model = rc.payload ? str(rc.payload.model) : undefined;
    problems.push(`receipt ${rc.name} (${provider ?? "?"}/${model ?? "?"} via ${rc.signer ?? "?"}) matches no allowed route (${ctx.wpc.model_route.allowed.join(", ") || "none"})`);
  }
  return verdictOf("MODEL_ROUTE", problems, `every receipt on an allowed route (${ctx.wpc.model_route.allowed.join(", ")})`);
}
