/** Gate checks on the job's CST (metadata.cst.token): signature, claim shape, TTL, window, scope hash, pin, revocation, subject. */
import { clawproxyClaimsProblem, clawscopeClaimsProblem } from "../claw/cst-claims.ts";
import { cstIssuerCandidates, parseCst, tokenHash, tokenScopeHash, type ParsedCst } from "../claw/cst.ts";
import { verify } from "../crypto/ed25519.ts";
import { roleKeys, DEFAULT_TOKEN_AUDIENCE } from "../policy/trust.ts";
import type { CheckResult } from "./types.ts";
import { arr, describePin, isObj, needWpc, result, str, timeMs, verdictOf, type GateContext, type PolicyContext } from "./context.ts";

const SKEW_MS = 60_000;
const enc = new TextEncoder();

export function tokenChecks(ctx: GateContext): CheckResult[] {
  const meta = isObj(ctx.payload.metadata) ? ctx.payload.metadata : {};
  const token = isObj(meta.cst) ? meta.cst.token : undefined;
  const p = parseCst(token);
  if (!p.ok) {
    const why = token === undefined ? "metadata.cst.token is missing" : `${p.code}: ${p.detail}`;
    return ["TOKEN_SIGNATURE", "TOKEN_CLAIMS", "TOKEN_TTL", "TOKEN_WINDOW", "TOKEN_SCOPE_HASH", "TOKEN_POLICY_PIN", "TOKEN_NOT_REVOKED", "TOKEN_RETIRED", "TOKEN_SUBJECT"].map((id) =>
      result(id as CheckResult["id"], id === "TOKEN_RETIRED" ? "skip" : "fail", id === "TOKEN_CLAIMS" && token !== undefined ? `clawscope rejects the token: ${why}` : why),
    );
  }
  const cst = p.cst;
  const c = cst.claims;
  const [ttlR, scopeR, pinR] = tokenPolicyChecks(cst, ctx);
  return [signature(cst, ctx), claimShape(cst), ttlR!, windowCheck(cst, ctx), scopeR!, pinR!, notRevoked(token as string, cst, ctx), retired(cst, ctx), subject(c, ctx)];
}

/** The token checks that read the contract (TTL bound, scope-hash requirement, pinning): what a replay re-runs. */
export function tokenPolicyChecks(cst: ParsedCst, ctx: PolicyContext): CheckResult[] {
  return [ttl(cst, ctx), scopeHash(cst, ctx), policyPin(cst, ctx)];
}

/** The CST's signature by a token_issuer key (policy-independent: a replay decides it once per bundle). */
export function tokenSignature(cst: ParsedCst, ctx: Pick<GateContext, "trust">): CheckResult {
  return signature(cst, ctx);
}

function signature(cst: ParsedCst, ctx: Pick<GateContext, "trust">): CheckResult {
  const issuers = roleKeys(ctx.trust, "token_issuer");
  const candidates = cstIssuerCandidates(cst, issuers);
  if (candidates.length === 0)
    return result("TOKEN_SIGNATURE", "fail", `kid ${JSON.stringify(cst.header.kid)} is not a token_issuer key in trust.json`);
  const msg = enc.encode(cst.signingInput);
  const ok = candidates.find((k) => verify(k.pub, msg, cst.signature));
  return ok ? result("TOKEN_SIGNATURE", "pass", `signed by token issuer ${ok.did}`) : result("TOKEN_SIGNATURE", "fail", "CST signature does not verify with the issuer key");
}

/**
 * The claims as the Claw services judge them (core/claw/cst-claims.ts). What clawscope's introspection
 * rejects fails: the issuer itself would answer that code for this token. What only clawproxy rejects
 * (its stricter hash, spend-cap and owner_ref/mission_id rules) warns: the token exists, but no model
 * call made with it can have been receipted by clawproxy.
 */
function claimShape(cst: ParsedCst): CheckResult {
  const scope = clawscopeClaimsProblem(cst.claims);
  if (scope) return result("TOKEN_CLAIMS", "fail", `clawscope rejects the claims: ${scope.code}: ${scope.detail}`);
  const proxy = clawproxyClaimsProblem(cst.claims);
  if (proxy) return result("TOKEN_CLAIMS", "warn", `clawproxy would reject the claims: ${proxy.code}: ${proxy.detail}`);
  return result("TOKEN_CLAIMS", "pass", "claims have the shape clawscope and clawproxy accept");
}

function ttl(cst: ParsedCst, ctx: PolicyContext): CheckResult {
  const w = needWpc("TOKEN_TTL", ctx);
  if (w) return w;
  const { iat, exp } = cst.claims;
  if (typeof iat !== "number" || typeof exp !== "number") return result("TOKEN_TTL", "fail", "CST lacks numeric iat/exp");
  const max = ctx.wpc!.token_requirements.cst_ttl_seconds_max;
  return exp - iat <= max && exp > iat
    ? result("TOKEN_TTL", "pass", `TTL ${exp - iat} s ≤ ${max} s`)
    : result("TOKEN_TTL", "fail", `TTL ${exp - iat} s exceeds the contract's ${max} s`);
}

function windowCheck(cst: ParsedCst, ctx: GateContext): CheckResult {
  const { iat, exp } = cst.claims;
  if (typeof iat !== "number" || typeof exp !== "number") return result("TOKEN_WINDOW", "fail", "CST lacks numeric iat/exp");
  const lo = iat * 1000 - SKEW_MS;
  const hi = exp * 1000 + SKEW_MS;
  const problems: string[] = [];
  const inside = (what: string, ts: unknown) => {
    const t = timeMs(ts);
    if (t === undefined) problems.push(`${what} has no valid timestamp`);
    else if (t < lo || t > hi) problems.push(`${what} at ${String(ts)} is outside the token window`);
  };
  for (const e of ctx.events) inside(`event ${e.event_id}`, e.timestamp);
  arr(ctx.payload.receipts).forEach((r, i) => inside(`receipt ${receiptName(r, i)}`, isObj(r) && isObj(r.payload) ? r.payload.timestamp : undefined));
  arr(ctx.payload.tool_receipts).forEach((t, i) => {
    const p = isObj(t) && (t.envelope_type !== undefined || t.envelope_version !== undefined) ? t.payload : t;
    inside(`tool receipt ${(isObj(p) && str(p.receipt_id)) || `#${i}`}`, isObj(p) ? p.timestamp : undefined);
  });
  arr(ctx.payload.side_effect_receipts).forEach((s, i) => inside(`side-effect receipt ${(isObj(s) && str(s.receipt_id)) || `#${i}`}`, isObj(s) ? s.timestamp : undefined));
  const meta = isObj(ctx.payload.metadata) ? ctx.payload.metadata : {};
  arr(meta.approvals).forEach((a, i) => inside(`approval ${i}`, isObj(a) && isObj(a.payload) ? a.payload.timestamp : undefined));
  return verdictOf("TOKEN_WINDOW", problems, `every event, receipt and approval time inside [iat, exp] ± 60 s`);
}

export function receiptName(r: unknown, i: number): string {
  const id = isObj(r) && isObj(r.payload) ? str(r.payload.receipt_id) : undefined;
  return id ? `${id} (#${i})` : `#${i}`;
}

function scopeHash(cst: ParsedCst, ctx: PolicyContext): CheckResult {
  const claim = cst.claims.token_scope_hash_b64u;
  const required = ctx.wpc?.token_requirements.require_scope_hash ?? true;
  if (claim === undefined)
    return required ? result("TOKEN_SCOPE_HASH", "fail", "token_scope_hash_b64u claim is missing (required by the contract)") : result("TOKEN_SCOPE_HASH", "skip", "no scope hash claim (not required)");
  const expect = tokenScopeHash(cst.claims);
  return claim === expect ? result("TOKEN_SCOPE_HASH", "pass", `token_scope_hash_b64u ${claim} recomputed`) : result("TOKEN_SCOPE_HASH", "fail", `token_scope_hash_b64u ${String(claim)} ≠ recomputed ${expect}`);
}

function policyPin(cst: ParsedCst, ctx: PolicyContext): CheckResult {
  const claim = cst.claims.policy_hash_b64u;
  const pinning = ctx.wpc?.token_requirements.policy_hash_pinning ?? "required";
  if (claim === undefined)
    return pinning === "required" ? result("TOKEN_POLICY_PIN", "fail", "CST has no policy_hash_b64u claim (pinning required)") : result("TOKEN_POLICY_PIN", "skip", `no policy pin (pinning ${pinning})`);
  return typeof claim === "string" && ctx.pins.has(claim)
    ? result("TOKEN_POLICY_PIN", "pass", `CST pinned to ${claim}${claim === ctx.wpcHash ? "" : " (the current version's Claw hash)"}`)
    : result("TOKEN_POLICY_PIN", "fail", `CST pins ${describePin(ctx, claim)}, the job ran under ${ctx.wpcHash ?? "?"}`);
}

function notRevoked(token: string, cst: ParsedCst, ctx: GateContext): CheckResult {
  const h = tokenHash(token);
  const revoked = ctx.registry.state.revoked_tokens;
  if (revoked.hashes.includes(h)) return result("TOKEN_NOT_REVOKED", "fail", `token ${h} is revoked`);
  const jti = cst.claims.jti;
  if (typeof jti === "string" && revoked.jtis.includes(jti)) return result("TOKEN_NOT_REVOKED", "fail", `token jti ${jti} is revoked`);
  return result("TOKEN_NOT_REVOKED", "pass", `token ${h.slice(0, 16)}… not revoked (registry seq ${ctx.registry.seq})`);
}

function retired(cst: ParsedCst, ctx: GateContext): CheckResult {
  const exp = cst.claims.exp;
  if (typeof exp !== "number") return result("TOKEN_RETIRED", "skip", "no exp claim");
  return exp * 1000 > ctx.at
    ? result("TOKEN_RETIRED", "warn", `token still live until ${new Date(exp * 1000).toISOString()}: revoke it if the job is over`)
    : result("TOKEN_RETIRED", "pass", "token expired");
}

function subject(c: ParsedCst["claims"], ctx: GateContext): CheckResult {
  const problems: string[] = [];
  if (!ctx.agentDid) problems.push("bundle has no agent_did");
  if (c.sub !== ctx.agentDid) problems.push(`sub ${JSON.stringify(c.sub)} ≠ bundle agent_did`);
  if (c.agent_did !== ctx.agentDid) problems.push(`agent_did claim ${JSON.stringify(c.agent_did)} ≠ bundle agent_did`);
  const audience = ctx.trust.token_audience ?? DEFAULT_TOKEN_AUDIENCE;
  // as clawproxy reads it (identity-auth normalizeAudience): a string is one audience, each item trimmed
  const aud = (Array.isArray(c.aud) ? c.aud : [c.aud]).map((a) => (typeof a === "string" ? a.trim() : a));
  if (!aud.includes(audience)) problems.push(`aud does not include ${audience}`);
  return verdictOf("TOKEN_SUBJECT", problems, `issued to ${ctx.agentDid ?? "?"} for ${audience}`);
}
