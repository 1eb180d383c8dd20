/**
 * What the HTML report shows, drawn from a verification's parts: the job as a timeline (events, model
 * calls, tool calls, approvals, side effects, in time order), the CST's claims, and the policy version
 * with the registry entry that made it current and its risk diff against the version before. Every
 * value here is still hostile text (it comes from the bundle or the registry); html.ts escapes it.
 */
import { SourceMap, type JsonValue } from "../json/ijson.ts";
import { parseCst, cstIssuerCandidates } from "../claw/cst.ts";
import { roleKeys, type Trust } from "../policy/trust.ts";
import { diffPolicies, type Change } from "../policy/diff.ts";
import type { VerifiedRegistry } from "../registry/registry.ts";
import type { EntryRecord } from "../registry/types.ts";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

export type RowKind = "event" | "model call" | "tool call" | "approval" | "side effect";

export interface TimelineRow {
  time: string;
  kind: RowKind;
  /** The headline: event type, provider/model, tool name, approver, effect class. */
  what: string;
  /** Label → value pairs shown beside it. */
  facts: Array<[string, string]>;
}

const KIND_ORDER: Record<RowKind, number> = { approval: 0, event: 1, "model call": 2, "tool call": 3, "side effect": 4 };

function fact(out: Array<[string, string]>, label: string, v: unknown): void {
  if (typeof v === "string" && v !== "") out.push([label, v]);
  else if (typeof v === "number" && Number.isFinite(v)) out.push([label, String(v)]);
}

/** The job in time order; rows of one time keep the order approvals, events, receipts. Linear-logarithmic. */
export function timeline(bundle: unknown): TimelineRow[] {
  const env = isObj(bundle) ? bundle : {};
  const p = isObj(env.payload) ? env.payload : {};
  const meta = isObj(p.metadata) ? p.metadata : {};
  const rows: TimelineRow[] = [];
  for (const e of arr(p.event_chain)) {
    const o = isObj(e) ? e : {};
    const facts: Array<[string, string]> = [];
    fact(facts, "event", o.event_id);
    fact(facts, "hash", o.event_hash_b64u);
    rows.push({ time: str(o.timestamp) ?? "", kind: "event", what: str(o.event_type) ?? "(no type)", facts });
  }
  for (const r of arr(p.receipts)) {
    const env = isObj(r) ? r : {};
    const o = isObj(env.payload) ? env.payload : {};
    const facts: Array<[string, string]> = [];
    fact(facts, "tokens in", o.tokens_input);
    fact(facts, "tokens out", o.tokens_output);
    if (num(o.latency_ms) !== undefined) facts.push(["latency", `${num(o.latency_ms)} ms`]);
    fact(facts, "gateway", env.signer_did);
    fact(facts, "receipt", o.receipt_id);
    const b = isObj(o.binding) ? o.binding : {};
    fact(facts, "bound to event", b.event_hash_b64u);
    rows.push({ time: str(o.timestamp) ?? "", kind: "model call", what: `${str(o.provider) ?? "?"} · ${str(o.model) ?? "?"}`, facts });
  }
  for (const r of arr(p.tool_receipts)) {
    const o = isObj(r) ? (isObj(r.payload) ? r.payload : r) : {};
    const facts: Array<[string, string]> = [];
    fact(facts, "status", o.result_status);
    if (num(o.latency_ms) !== undefined) facts.push(["latency", `${num(o.latency_ms)} ms`]);
    fact(facts, "receipt", o.receipt_id);
    rows.push({ time: str(o.timestamp) ?? "", kind: "tool call", what: str(o.tool_name) ?? "(no tool name)", facts });
  }
  for (const a of arr(meta.approvals)) {
    const env = isObj(a) ? a : {};
    const o = isObj(env.payload) ? env.payload : {};
    const facts: Array<[string, string]> = [];
    fact(facts, "type", o.approval_type);
    fact(facts, "method", o.approver_method);
    fact(facts, "signed by", env.signer_did);
    fact(facts, "scope", o.scope_summary);
    fact(facts, "receipt", o.receipt_id);
    rows.push({ time: str(o.timestamp) ?? "", kind: "approval", what: str(o.approver_subject) ?? str(env.signer_did) ?? "(no approver)", facts });
  }
  for (const s of arr(p.side_effect_receipts)) {
    const env = isObj(s) ? s : {};
    const o = isObj(env.payload) ? env.payload : env;
    const facts: Array<[string, string]> = [];
    fact(facts, "target", o.target_digest ?? o.target_hash_b64u);
    fact(facts, "status", o.response_status);
    fact(facts, "receipt", o.receipt_id);
    rows.push({ time: str(o.timestamp) ?? "", kind: "side effect", what: str(o.effect_class) ?? "(no effect class)", facts });
  }
  const keyed = rows.map((r, i) => ({ r, i, t: Date.parse(r.time) }));
  keyed.sort((a, b) => {
    const ta = Number.isFinite(a.t) ? a.t : Number.POSITIVE_INFINITY;
    const tb = Number.isFinite(b.t) ? b.t : Number.POSITIVE_INFINITY;
    return (ta === tb ? 0 : ta - tb) || KIND_ORDER[a.r.kind] - KIND_ORDER[b.r.kind] || a.i - b.i;
  });
  return keyed.map((k) => k.r);
}

export interface CstView {
  /** Why there is nothing to show (no token, unparseable). */
  problem?: string;
  kid?: string;
  /** trust.json token_issuer keys whose key id is the token's `kid`. */
  issuers: string[];
  sub?: string;
  aud?: string;
  iat?: string;
  exp?: string;
  ttl_seconds?: number;
  scope: string[];
  policy_pin?: string;
  scope_hash?: string;
  jti?: string;
}

const epoch = (n: number | undefined) => (n !== undefined && Math.abs(n) < 8.64e12 ? new Date(n * 1000).toISOString() : undefined);

export function cstView(bundle: unknown, trust: Trust): CstView {
  const env = isObj(bundle) ? bundle : {};
  const p = isObj(env.payload) ? env.payload : {};
  const meta = isObj(p.metadata) ? p.metadata : {};
  const cst = isObj(meta.cst) ? meta.cst : {};
  if (typeof cst.token !== "string") return { problem: "the bundle carries no CST (metadata.cst.token)", issuers: [], scope: [] };
  const parsed = parseCst(cst.token);
  if (!parsed.ok) return { problem: `the CST does not parse: ${parsed.code}: ${parsed.detail}`, issuers: [], scope: [] };
  const c = parsed.cst.claims;
  const iat = num(c.iat);
  const exp = num(c.exp);
  const v: CstView = { issuers: cstIssuerCandidates(parsed.cst, roleKeys(trust, "token_issuer")).map((x) => x.did), scope: arr(c.scope).filter((s): s is string => typeof s === "string") };
  const kid = str(parsed.cst.header.kid);
  if (kid !== undefined) v.kid = kid;
  if (str(c.sub) !== undefined) v.sub = c.sub as string;
  const aud = typeof c.aud === "string" ? c.aud : Array.isArray(c.aud) ? c.aud.filter((a) => typeof a === "string").join(", ") : undefined;
  if (aud !== undefined) v.aud = aud;
  if (epoch(iat)) v.iat = epoch(iat)!;
  if (epoch(exp)) v.exp = epoch(exp)!;
  if (iat !== undefined && exp !== undefined) v.ttl_seconds = exp - iat;
  if (str(c.policy_hash_b64u) !== undefined) v.policy_pin = c.policy_hash_b64u as string;
  if (str(c.token_scope_hash_b64u) !== undefined) v.scope_hash = c.token_scope_hash_b64u as string;
  if (str(c.jti) !== undefined) v.jti = c.jti as string;
  return v;
}

export interface PolicyVersionView {
  id: string;
  hash: string | null;
  /** The entry that made this version current (publish or rollback), when the registry has it. */
  entry?: EntryRecord;
  previous: string | null;
  changes: Change[];
  expands: boolean;
  /** Why no diff is shown (first version, contract missing). */
  note?: string;
}

/** The policy version the bundle ran under, who made it current, and its risk diff against the version before. */
export function policyVersion(registry: VerifiedRegistry, id: string, hash: string | null): PolicyVersionView {
  const view: PolicyVersionView = { id, hash, previous: null, changes: [], expands: false };
  if (hash === null) return { ...view, note: "the bundle names no policy hash" };
  let current: string | null = null;
  for (const e of registry.entries) {
    const p = e.payload;
    if (p.policy_id !== id) continue;
    if ((p.kind === "publish" || p.kind === "rollback") && p.policy_hash_b64u !== undefined) {
      if (p.policy_hash_b64u === hash) {
        view.entry = e;
        view.previous = current;
      }
      current = p.policy_hash_b64u;
    } else if (p.kind === "revoke_policy" && p.policy_hash_b64u === current) current = null;
  }
  if (!view.entry) return { ...view, note: "no registry entry made this version current" };
  if (view.previous === null) return { ...view, note: "the first version of this policy: nothing to compare with" };
  const before = registry.contracts.get(view.previous);
  const after = registry.contracts.get(hash);
  if (before === undefined || after === undefined) return { ...view, note: "a contract is missing from the registry: no diff" };
  const side = (value: JsonValue, h: string) => ({ value, hash: h, map: () => new SourceMap("") });
  const d = diffPolicies(side(before, view.previous), side(after, hash));
  return { ...view, changes: d.changes, expands: d.expands };
}
