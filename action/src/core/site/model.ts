/**
 * What the site shows, derived from a verified registry in one pass over its log: each policy's
 * events (published, Claw hash re-recorded, rolled back, revoked) with the version each replaced, so
 * a page can show the risk diff between consecutive versions, and every token revocation. Linear in
 * the log: hashes and holders are looked up in Maps and Sets, never in lists.
 */
import { own } from "../json/own.ts";
import type { EntryRecord, EntrySource } from "../registry/types.ts";
import type { VerifiedRegistry } from "../registry/registry.ts";

export type EventKind = "published" | "re-recorded" | "rolled back" | "revoked";
export type VersionStatus = "current" | "superseded" | "revoked";

export interface PolicyEvent {
  seq: number;
  kind: EventKind;
  issued_at: string;
  policy_hash_b64u: string;
  claw_hash_b64u: string | null;
  /** The version (wpc hash) that was the policy's latest before this entry; null for its first. */
  previous: string | null;
  /** What this entry's version is now. */
  status: VersionStatus;
  reason: string | null;
  source: EntrySource;
  signer: string;
}

export interface PolicyView {
  id: string;
  current: string | null;
  claw: string | null;
  /** Oldest first. */
  events: PolicyEvent[];
}

export interface TokenRevocation {
  seq: number;
  issued_at: string;
  token_hash: string | null;
  token_jti: string | null;
  reason: string | null;
  source: EntrySource;
}

export interface SiteModel {
  seq: number;
  headEntryHash: string | null;
  policies: PolicyView[];
  /** Oldest first. */
  tokenRevocations: TokenRevocation[];
  revokedPolicyCount: number;
}

export function siteModel(reg: VerifiedRegistry): SiteModel {
  const views = new Map<string, PolicyView>();
  // the latest version of each policy as the log goes (kept after a revocation: the next publish
  // is compared with the version people last had)
  const latest = new Map<string, string>();
  const holders = new Map<string, Set<string>>();
  const revoked = new Set(reg.state.revoked_policies);
  const tokenRevocations: TokenRevocation[] = [];
  const view = (id: string): PolicyView => {
    let v = views.get(id);
    if (!v) {
      const p = own(reg.state.policies, id);
      v = { id, current: p?.current ?? null, claw: p?.claw ?? null, events: [] };
      views.set(id, v);
    }
    return v;
  };
  const statusOf = (id: string, hash: string, claw: string | null): VersionStatus => {
    if (revoked.has(hash)) return "revoked";
    const p = own(reg.state.policies, id);
    return p?.current === hash && (claw === null || claw === p.claw) ? "current" : "superseded";
  };
  const event = (e: EntryRecord, id: string, kind: EventKind, status: VersionStatus): PolicyEvent => ({
    seq: e.seq,
    kind,
    issued_at: e.payload.issued_at,
    policy_hash_b64u: e.payload.policy_hash_b64u!,
    claw_hash_b64u: e.payload.claw_hash_b64u ?? null,
    previous: latest.get(id) ?? null,
    status,
    reason: e.payload.reason ?? null,
    source: e.payload.source,
    signer: e.signer,
  });
  for (const e of reg.entries) {
    const x = e.payload;
    if (x.kind === "revoke_token") {
      tokenRevocations.push({ seq: e.seq, issued_at: x.issued_at, token_hash: x.token_hash ?? null, token_jti: x.token_jti ?? null, reason: x.reason ?? null, source: x.source });
      continue;
    }
    const hash = x.policy_hash_b64u;
    if (hash === undefined) continue;
    if (x.kind === "revoke_policy") {
      // a revocation covers the hash under every policy id that published it
      for (const id of [...(holders.get(hash) ?? [])].sort()) view(id).events.push(event(e, id, "revoked", "revoked"));
      continue;
    }
    const id = x.policy_id;
    if (id === undefined) continue;
    const kind: EventKind = x.kind === "rollback" ? "rolled back" : latest.get(id) === hash ? "re-recorded" : "published";
    view(id).events.push(event(e, id, kind, statusOf(id, hash, x.claw_hash_b64u ?? null)));
    latest.set(id, hash);
    let h = holders.get(hash);
    if (!h) holders.set(hash, (h = new Set()));
    h.add(id);
  }
  for (const id of Object.keys(reg.state.policies)) view(id);
  return {
    seq: reg.seq,
    headEntryHash: reg.headEntryHash,
    policies: [...views.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    tokenRevocations,
    revokedPolicyCount: revoked.size,
  };
}
