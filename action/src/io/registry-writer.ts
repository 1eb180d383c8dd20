/**
 * Appending to a registry safely: read, verify, plan, sign, compare-and-swap; on a conflict re-read,
 * re-verify and re-plan (the plan sees what the other writer appended), with jittered exponential
 * backoff, bounded; then E_REG_CONFLICT. Used by publish, revoke, rollback and refresh.
 */
import { own } from "../core/json/own.ts";
import { WpcError } from "../core/json/errors.ts";
import { appendEntries, checkpointFiles, resignRetiredClaws, verifyRegistry, type EntryDraft, type VerifiedRegistry } from "../core/registry/registry.ts";
import { verifySnapshot } from "./registry-store.ts";
import { DEFAULT_CHECKPOINT_DAYS, HEAD_FILE, type EntryRecord, type EntrySource } from "../core/registry/types.ts";
import { hasRole, type Trust } from "../core/policy/trust.ts";
import type { Signer } from "../core/crypto/signer.ts";
import type { RegistryStore } from "./registry-snapshot.ts";

export interface WriterOptions {
  store: RegistryStore;
  trust: Trust;
  signer: Signer;
  now: () => number;
  source: EntrySource;
  checkpointDays?: number;
  maxAttempts?: number;
}

export interface AppendOutcome {
  entries: EntryRecord[];
  seq: number;
  attempts: number;
  /** The registry as verified just before the successful write (or the last read when nothing was appended). */
  before: VerifiedRegistry;
}

/**
 * Verify the store for writing: everything but an expired checkpoint (a write renews it) must hold.
 * Entries a killed writer left beyond the checkpoint (a directory store) are finished when they chain
 * and verify as the log's continuation (`adopt`: written again, byte for byte, under the new
 * checkpoint), else discarded (`discard`: removed by the write, with contracts only they name).
 */
export function verifyForWrite(store: RegistryStore, trust: Trust, at: number) {
  const snap = store.read();
  let reg = verifySnapshot(snap, { trust, at });
  const fatal = reg.problems.filter((p) => p.code !== "E_REG_EXPIRED");
  if (fatal.length) {
    const p = fatal[0]!;
    throw new WpcError(p.code, `registry (${store.describe}) does not verify${p.seq !== null ? ` at seq ${p.seq}` : ""}: ${p.message}`);
  }
  const adopt = new Map<string, Uint8Array>();
  const discard: string[] = [];
  if (snap.torn?.size) {
    const full = new Map([...snap.files, ...snap.torn]);
    full.delete(HEAD_FILE);
    const whole = verifyRegistry(full, { trust, at });
    // without HEAD.json the only checkpoint problem is its absence: anything else and the torn part is bad
    if (whole.seq > reg.seq && whole.problems.every((p) => p.code === "E_REG_CHECKPOINT" && p.file === HEAD_FILE)) {
      reg = { ...whole, ok: true, problems: [], checkpoint: reg.checkpoint };
      for (const [p, b] of snap.torn) adopt.set(p, b);
      for (const p of snap.provisional ?? []) adopt.set(p, snap.files.get(p)!);
    } else {
      for (const p of snap.provisional ?? []) {
        const h = p.slice(p.indexOf("/") + 1, -".json".length);
        if (!(p.startsWith("claw/") ? reg.claws.has(h) : reg.contracts.has(h))) discard.push(p);
      }
      discard.push(...snap.torn.keys());
    }
  }
  return { snap, reg, adopt, discard };
}

/** A checkpoint over `reg` as it is, signed now by the writer (its seq joins the signers). */
function checkpointArgs(o: WriterOptions, reg: VerifiedRegistry, now: number) {
  const signers = { ...reg.signerSeqs, [o.signer.did]: Math.max(reg.seq, reg.signerSeqs[o.signer.did] ?? 0) };
  return { seq: reg.seq, entryHash: reg.headEntryHash, state: reg.state, signer: o.signer, now, days: o.checkpointDays ?? DEFAULT_CHECKPOINT_DAYS, repository: o.source.repository, signers };
}

function requireWriter(o: WriterOptions, nextSeq: number): void {
  const did = o.signer.did;
  if (!hasRole(o.trust, "registry", did)) throw new WpcError("E_BAD_KEY", `the signing key ${did} is not a registry key in trust.json`);
  const r = own(o.trust.retired, did);
  if (r && nextSeq > r.after_seq) throw new WpcError("E_BAD_KEY", `the signing key ${did} is retired after seq ${r.after_seq}`);
}

export function sleepMs(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function appendWithRetry(o: WriterOptions, plan: (reg: VerifiedRegistry) => EntryDraft[], message: (d: EntryDraft[]) => string): AppendOutcome {
  const max = o.maxAttempts ?? 12;
  for (let attempt = 1; attempt <= max; attempt++) {
    const now = o.now();
    const { snap, reg, adopt, discard } = verifyForWrite(o.store, o.trust, now);
    requireWriter(o, reg.seq + 1);
    const drafts = plan(reg);
    if (drafts.length === 0) {
      // nothing to append; still finish (checkpoint) or discard what a killed writer left
      if (!adopt.size && !discard.length) return { entries: [], seq: reg.seq, attempts: attempt, before: reg };
      const changes = new Map(adopt);
      const removed = [...discard];
      if (adopt.size) {
        const cp = checkpointFiles(reg, checkpointArgs(o, reg, now));
        for (const [p, b] of cp.files) changes.set(p, b);
        removed.push(...cp.removed);
      }
      if (o.store.write(snap, changes, `wpc: finish an interrupted write at seq ${reg.seq}`, removed) === "ok") return { entries: [], seq: reg.seq, attempts: attempt, before: reg };
      sleepMs(Math.min(2000, 40 * 2 ** attempt) * (0.5 + Math.random()));
      continue;
    }
    const app = appendEntries({ ...reg, ok: true, problems: [] }, drafts, o.signer, {
      now,
      source: o.source,
      checkpointDays: o.checkpointDays ?? DEFAULT_CHECKPOINT_DAYS,
    });
    // a rotated-out key's Claw envelopes re-signed by the writer (clawproxy trusts WPC_SIGNER_DIDS only)
    const changes = new Map([...adopt, ...resignRetiredClaws(reg, o.trust, o.signer, now), ...app.files]);
    if (o.store.write(snap, changes, message(drafts), [...discard, ...app.removed]) === "ok") return { entries: app.entries, seq: app.seq, attempts: attempt, before: reg };
    sleepMs(Math.min(2000, 40 * 2 ** attempt) * (0.5 + Math.random()));
  }
  throw new WpcError("E_REG_CONFLICT", `the registry kept moving: gave up after ${max} compare-and-swap attempts`);
}

/** Re-sign the checkpoint with a new expiry (scheduled refresh); appends no entry. */
export function refreshCheckpoint(o: WriterOptions): { seq: number; expires_at: string; attempts: number } {
  const max = o.maxAttempts ?? 12;
  for (let attempt = 1; attempt <= max; attempt++) {
    const now = o.now();
    const { snap, reg, adopt, discard } = verifyForWrite(o.store, o.trust, now);
    if (reg.seq === 0) throw new WpcError("E_BAD_INPUT", "the registry is empty: nothing to refresh");
    requireWriter(o, reg.seq);
    const days = o.checkpointDays ?? DEFAULT_CHECKPOINT_DAYS;
    const cp = checkpointFiles(reg, { ...checkpointArgs(o, reg, now), days });
    const bytes = cp.files.get(HEAD_FILE)!;
    const resigned = resignRetiredClaws(reg, o.trust, o.signer, now);
    if (o.store.write(snap, new Map([...adopt, ...resigned, ...cp.files]), `wpc registry refresh: checkpoint at seq ${reg.seq}`, [...discard, ...cp.removed]) === "ok") {
      const exp = JSON.parse(new TextDecoder().decode(bytes)).payload.expires_at as string;
      return { seq: reg.seq, expires_at: exp, attempts: attempt };
    }
    sleepMs(Math.min(2000, 40 * 2 ** attempt) * (0.5 + Math.random()));
  }
  throw new WpcError("E_REG_CONFLICT", `the registry kept moving: gave up after ${max} compare-and-swap attempts`);
}

/**
 * Add files no entry signs (clawcontrols' envelopes, `clawcontrols/<claw hash>.json`): a files-only
 * compare-and-swap that appends no entry and leaves HEAD.json alone. The registry is re-verified before
 * every attempt and again with the new files in place, so what is written is what `wpc registry verify`
 * accepts. A path already on the registry is never replaced (idempotent: a repeat writes nothing).
 */
export function addRegistryFiles(
  o: { store: RegistryStore; trust: Trust; now: () => number; maxAttempts?: number },
  files: ReadonlyMap<string, Uint8Array>,
  message: string,
): { written: string[]; attempts: number } {
  const max = o.maxAttempts ?? 12;
  for (let attempt = 1; attempt <= max; attempt++) {
    const at = o.now();
    const { snap } = verifyForWrite(o.store, o.trust, at);
    const fresh = new Map([...files].filter(([path]) => !snap.files.has(path)));
    if (fresh.size === 0) return { written: [], attempts: attempt };
    const after = verifyRegistry(new Map([...snap.files, ...fresh]), { trust: o.trust, at });
    const bad = after.problems.find((p) => p.code !== "E_REG_EXPIRED");
    if (bad) throw new WpcError(bad.code, `refusing to write ${bad.file}: the registry would not verify: ${bad.message}`, bad.file);
    if (o.store.write(snap, fresh, message) === "ok") return { written: [...fresh.keys()].sort(), attempts: attempt };
    sleepMs(Math.min(2000, 40 * 2 ** attempt) * (0.5 + Math.random()));
  }
  throw new WpcError("E_REG_CONFLICT", `the registry kept moving: gave up after ${max} compare-and-swap attempts`);
}
