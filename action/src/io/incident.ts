/** Revoke and roll back against a registry store: validated drafts, compare-and-swap appends. */
import { resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { alreadyRevokedToken, importedRevocations, policyRevocation, rollbackDraft, tokenRevocation, type TokenRef } from "../core/registry/incident.ts";
import type { EntryRecord } from "../core/registry/types.ts";
import type { Signer } from "../core/crypto/signer.ts";
import { resolveCommit } from "./git.ts";
import { repoRoot } from "./git.ts";
import { loadTrustFile } from "./policy-repo.ts";
import { sourceFromEnv } from "./publish.ts";
import { openRegistry, readExisting } from "./registry-store.ts";
import { appendWithRetry, verifyForWrite, type AppendOutcome, type WriterOptions } from "./registry-writer.ts";

export interface IncidentOptions {
  cwd: string;
  registry: string;
  trustFile: string;
  signer: Signer;
  now: () => number;
  env: NodeJS.ProcessEnv;
}

export function writer(o: IncidentOptions): WriterOptions {
  const store = openRegistry(o.registry, o.cwd);
  // an incident acts on a registry that exists: a mistyped branch must not start a new, unread one
  readExisting(store);
  const trust = loadTrustFile(resolve(o.cwd, o.trustFile));
  let root: string | undefined;
  try {
    root = repoRoot(o.cwd);
  } catch {
    root = undefined;
  }
  const source = root
    ? sourceFromEnv(o.env, resolveCommit("HEAD", root) ?? "", root)
    : { repository: o.env.GITHUB_REPOSITORY || null, ref: o.env.GITHUB_REF || null, commit: o.env.GITHUB_SHA || null, run_id: o.env.GITHUB_RUN_ID || null, actor: o.env.GITHUB_ACTOR || null };
  if (source.commit === "") source.commit = null;
  return { store, trust, signer: o.signer, now: o.now, source };
}

export interface IncidentResult {
  entries: EntryRecord[];
  seq: number;
  registry: string;
  unchanged: boolean;
}

function done(w: WriterOptions, out: AppendOutcome): IncidentResult {
  return { entries: out.entries, seq: out.seq, registry: w.store.describe, unchanged: out.entries.length === 0 };
}

/** Revoke a token: idempotent (an already revoked token appends nothing). Never waits for anyone. */
export function revokeToken(o: IncidentOptions, ref: TokenRef, reason: string): IncidentResult {
  const draft = tokenRevocation(ref, reason);
  const w = writer(o);
  return done(w, appendWithRetry(w, (reg) => (alreadyRevokedToken(reg, draft) ? [] : [draft]), () => `wpc revoke token: ${draft.token_hash ?? `jti ${draft.token_jti}`}`));
}

export function revokePolicy(o: IncidentOptions, hash: string, reason: string): IncidentResult {
  const w = writer(o);
  // validate against the current registry before signing; re-planned on every compare-and-swap retry
  policyRevocation(verifyForWrite(w.store, w.trust, o.now()).reg, hash, reason);
  return done(w, appendWithRetry(w, (reg) => [policyRevocation(reg, hash, reason)], () => `wpc revoke policy: ${hash}`));
}

export function rollback(o: IncidentOptions, id: string, to: string, reason: string): IncidentResult {
  const w = writer(o);
  rollbackDraft(verifyForWrite(w.store, w.trust, o.now()).reg, id, to, reason);
  return done(w, appendWithRetry(w, (reg) => [rollbackDraft(reg, id, to, reason)], () => `wpc rollback: ${id} → ${to}`));
}

export function importRevocations(o: IncidentOptions, doc: unknown): IncidentResult {
  const drafts = importedRevocations(doc);
  if (drafts.length === 0) throw new WpcError("E_BAD_INPUT", "the events document lists no revocations");
  const w = writer(o);
  return done(w, appendWithRetry(w, (reg) => drafts.filter((d) => !alreadyRevokedToken(reg, d)), (d) => `wpc revoke import: ${d.length} token(s)`));
}
