/**
 * Incident entries, validated before anything is signed: revoke a token (by hash or jti), revoke a
 * policy hash, roll a policy back to a known-good hash. Pure: returns drafts or throws WpcError.
 */
import { own } from "../json/own.ts";
import { WpcError } from "../json/errors.ts";
import { HASH_B64U_RE } from "../crypto/hash.ts";
import { tokenHash } from "../claw/cst.ts";
import { POLICY_ID_RE } from "../policy/types.ts";
import { MAX_REASON_CHARS, TOKEN_HASH_RE } from "./types.ts";
import type { EntryDraft, VerifiedRegistry } from "./registry.ts";

/** A reason: 1–256 characters of text, no control characters (it is shown in logs and summaries). */
export function checkReason(reason: string | undefined): string {
  if (reason === undefined || reason.trim() === "") throw new WpcError("E_BAD_INPUT", "a reason is required");
  const r = reason.trim();
  if ([...r].length > MAX_REASON_CHARS) throw new WpcError("E_BAD_INPUT", `the reason is longer than ${MAX_REASON_CHARS} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(r)) throw new WpcError("E_BAD_INPUT", "the reason contains control characters");
  return r;
}

export function checkPolicyHash(h: string | undefined, what = "policy hash"): string {
  if (!h || !HASH_B64U_RE.test(h)) throw new WpcError("E_BAD_INPUT", `${what} must be a 43-character base64url policy_hash_b64u`);
  return h;
}

export function checkPolicyId(id: string | undefined): string {
  if (!id || !POLICY_ID_RE.test(id)) throw new WpcError("E_BAD_INPUT", `invalid policy id ${JSON.stringify(id ?? "")}`);
  return id;
}

export interface TokenRef {
  token?: string;
  tokenHash?: string;
  jti?: string;
}

/** A token revocation names a hash or a jti; a raw token is reduced to its hash (never stored). */
export function tokenRevocation(ref: TokenRef, reason: string): EntryDraft {
  const given = [ref.token, ref.tokenHash, ref.jti].filter((x) => x !== undefined && x !== "").length;
  if (given !== 1) throw new WpcError("E_BAD_INPUT", "name the token by exactly one of --token, --token-hash or --jti");
  if (ref.tokenHash !== undefined && ref.tokenHash !== "") {
    if (!TOKEN_HASH_RE.test(ref.tokenHash)) throw new WpcError("E_BAD_INPUT", "token hash must be 64 lowercase hex characters (SHA-256 of the compact token)");
    return { kind: "revoke_token", token_hash: ref.tokenHash, reason };
  }
  if (ref.jti !== undefined && ref.jti !== "") {
    if (ref.jti.length > 256 || /[\u0000-\u001f\u007f]/.test(ref.jti)) throw new WpcError("E_BAD_INPUT", "jti must be 1–256 printable characters");
    return { kind: "revoke_token", token_jti: ref.jti, reason };
  }
  const t = ref.token!.trim();
  if (!/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(t)) throw new WpcError("E_BAD_INPUT", "--token is not a compact JWS");
  return { kind: "revoke_token", token_hash: tokenHash(t), reason };
}

export function alreadyRevokedToken(reg: VerifiedRegistry, d: EntryDraft): boolean {
  const r = reg.state.revoked_tokens;
  return (d.token_hash !== undefined && r.hashes.includes(d.token_hash)) || (d.token_jti !== undefined && r.jtis.includes(d.token_jti));
}

/**
 * A Claw hash names its version's wpc hash (the registry records which). Revoking or rolling back to a
 * Claw hash acts on that wpc hash: a revocation covers every Claw hash recorded for it, under every
 * policy id whose file had the same content.
 */
export function wpcHashOf(reg: VerifiedRegistry, hash: string): string {
  return reg.claws.get(hash)?.policy_hash_b64u ?? hash;
}

export function policyRevocation(reg: VerifiedRegistry, named: string, reason: string): EntryDraft {
  checkPolicyHash(named);
  const hash = wpcHashOf(reg, named);
  const holders = Object.entries(reg.state.policies).filter(([, p]) => p.history.includes(hash));
  if (holders.length === 0) throw new WpcError("E_POLICY_UNKNOWN", `policy hash ${hash} was never published`);
  if (reg.state.revoked_policies.includes(hash)) throw new WpcError("E_POLICY_REVOKED", `policy hash ${hash} is already revoked`);
  return { kind: "revoke_policy", policy_id: holders[0]![0], policy_hash_b64u: hash, reason };
}

export function rollbackDraft(reg: VerifiedRegistry, id: string, named: string, reason: string): EntryDraft {
  checkPolicyId(id);
  checkPolicyHash(named, "--to");
  const to = wpcHashOf(reg, named);
  const p = own(reg.state.policies, id);
  if (!p) throw new WpcError("E_POLICY_UNKNOWN", `unknown policy id "${id}"`);
  if (!p.history.includes(to)) throw new WpcError("E_ROLLBACK_TARGET", `${to} was never published for "${id}"`);
  if (reg.state.revoked_policies.includes(to)) throw new WpcError("E_POLICY_REVOKED", `${to} is revoked: not a rollback target`);
  if (p.current === to) throw new WpcError("E_ROLLBACK_TARGET", `"${id}" is already at ${to}`);
  const recorded = own(p.claw_history, to) ?? [];
  const claw = recorded[recorded.length - 1];
  return { kind: "rollback", policy_id: id, policy_hash_b64u: to, ...(claw ? { claw_hash_b64u: claw } : {}), reason };
}

/** clawscope revocation events (`GET /v1/revocations/events` or `/stream`, CLAWSIG.md §5.5). */
export function importedRevocations(doc: unknown): EntryDraft[] {
  const events = (doc as { events?: unknown })?.events;
  if (!Array.isArray(events)) throw new WpcError("E_BAD_INPUT", "not a clawscope revocation events document (no events array)");
  const out: EntryDraft[] = [];
  const seen = new Set<string>();
  events.forEach((e, i) => {
    const rec = (e as { record?: Record<string, unknown> })?.record;
    const h = rec?.token_hash;
    if (typeof h !== "string" || !TOKEN_HASH_RE.test(h)) throw new WpcError("E_BAD_INPUT", `event ${i}: record.token_hash is not 64 lowercase hex characters`);
    if (seen.has(h)) return;
    seen.add(h);
    const when = typeof rec!.revoked_at_iso === "string" ? ` at ${rec!.revoked_at_iso}` : "";
    const why = typeof rec!.reason === "string" && rec!.reason.trim() ? rec!.reason : "revoked in clawscope";
    out.push({ kind: "revoke_token", token_hash: h, reason: checkReason(`clawscope${when}: ${why}`.slice(0, MAX_REASON_CHARS)) });
  });
  return out;
}

export interface HistoryRow {
  seq: number;
  kind: string;
  policy_hash_b64u: string;
  /** The Claw hash the entry records (publish, rollback), else null. */
  claw_hash_b64u: string | null;
  issued_at: string;
  commit: string | null;
  actor: string | null;
  reason: string | null;
  status: "current" | "superseded" | "revoked";
}

/** Every version of a policy: each publish/rollback/revoke entry, with the hash's status now. */
export function policyHistory(reg: VerifiedRegistry, id: string): HistoryRow[] {
  const p = own(reg.state.policies, id);
  if (!p) throw new WpcError("E_POLICY_UNKNOWN", `unknown policy id "${id}"`);
  const rows: HistoryRow[] = [];
  for (const e of reg.entries) {
    const x = e.payload;
    const mine = x.policy_id === id || (x.kind === "revoke_policy" && x.policy_hash_b64u !== undefined && p.history.includes(x.policy_hash_b64u));
    if (!mine || x.policy_hash_b64u === undefined) continue;
    const h = x.policy_hash_b64u;
    rows.push({
      seq: e.seq,
      kind: x.kind,
      policy_hash_b64u: h,
      claw_hash_b64u: x.claw_hash_b64u ?? null,
      issued_at: x.issued_at,
      commit: x.source.commit,
      actor: x.source.actor,
      reason: x.reason ?? null,
      // a version is (wpc hash, recorded Claw hash): an older Claw hash of the current wpc hash is superseded
      status: reg.state.revoked_policies.includes(h) ? "revoked" : p.current === h && (x.claw_hash_b64u === undefined || x.claw_hash_b64u === p.claw) ? "current" : "superseded",
    });
  }
  return rows;
}
