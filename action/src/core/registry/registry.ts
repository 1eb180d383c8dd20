/**
 * The registry (DESIGN.md §5) as plain files: `wpc/<hash>.json` signed contracts, `log/<seq>.json`
 * signed entries chained by hash, `HEAD.json` a signed checkpoint over the replayed state. Pure: reads
 * a map of path → bytes, returns every problem found (each with its seq and a stable code), or drafts
 * the files of an append. Directory and git stores live in io/.
 */
import { own } from "../json/own.ts";
import type { ErrorCode } from "../json/errors.ts";
import { WpcError } from "../json/errors.ts";
import { decodeUtf8, parseIJson, type JsonValue } from "../json/ijson.ts";
import { signEnvelope, verifyEnvelope, type Envelope } from "../crypto/envelope.ts";
import { jcsHashB64u, HASH_B64U_RE } from "../crypto/hash.ts";
import { hasRole, type Trust } from "../policy/trust.ts";
import { verifyClawWpcEnvelope, type ClawWpcV1 } from "../claw/wpc.ts";
import { CLAW_METADATA_KEYS } from "../policy/claw-compile.ts";
import { applyEntry, applyOrThrow, cloneState, settleState, stateForHash } from "./state.ts";
import { buildSnapshot, STATE_DIR } from "./snapshot.ts";
import {
  CLAW_DIR,
  CONTROLS_DIR,
  CURRENT_CHECKPOINT_VERSION,
  clawPath,
  CONTRACT_DIR,
  HEAD_FILE,
  LOG_DIR,
  SEQ_DIGITS,
  contractPath,
  emptyState,
  logPath,
  type CheckpointPayload,
  type EntryPayload,
  type EntryRecord,
  type EntrySource,
  type RegistryState,
} from "./types.ts";
import type { Signer } from "../crypto/signer.ts";

export type RegistryFiles = ReadonlyMap<string, Uint8Array>;

export interface RegistryProblem {
  code: ErrorCode;
  seq: number | null;
  file: string;
  message: string;
}

export interface VerifiedRegistry {
  ok: boolean;
  problems: RegistryProblem[];
  /** Last seq of the log (0 when empty). */
  seq: number;
  headEntryHash: string | null;
  state: RegistryState;
  entries: EntryRecord[];
  /** Verified contracts by policy hash (the WPC payloads). */
  contracts: Map<string, JsonValue>;
  /** Verified Claw WPC v1 envelopes by Claw hash, with the version they compile. */
  claws: Map<string, ClawVersion>;
  /** clawcontrols' envelopes by Claw hash (evidence that clawcontrols stores the same contract). */
  controls: Map<string, Envelope<ClawWpcV1>>;
  checkpoint: CheckpointPayload | null;
  /** Each key that signed the registry → its highest seq (entries, contracts, Claw WPCs, checkpoint). */
  signerSeqs: Record<string, number>;
  /** Snapshot files of the current checkpoint (version 3), by path; empty before version 3. Other files
   * under state/ (earlier snapshots a crashed writer left) are ignored: content-addressed and unreferenced. */
  stateFiles: ReadonlySet<string>;
  /** True when the state was read from the signed snapshot instead of replayed (the gate's light read). */
  fromSnapshot?: boolean;
}

export interface ClawVersion {
  policy_id: string;
  policy_hash_b64u: string;
  envelope: Envelope<ClawWpcV1>;
}

export interface VerifyRegistryOptions {
  trust: Trust;
  /** Verification time, ms since the epoch. */
  at: number;
  /** Reject a registry older than a seq the caller has seen (freeze / rollback attacks). */
  minSeq?: number;
}

const LOG_RE = new RegExp(`^${LOG_DIR}/(\\d{${SEQ_DIGITS}})\\.json$`);
const CONTRACT_RE = new RegExp(`^${CONTRACT_DIR}/([A-Za-z0-9_-]{43})\\.json$`);
const CLAW_RE = new RegExp(`^${CLAW_DIR}/([A-Za-z0-9_-]{43})\\.json$`);
const CONTROLS_RE = new RegExp(`^${CONTROLS_DIR}/([A-Za-z0-9_-]{43})\\.json$`);
const STATE_RE = new RegExp(`^${STATE_DIR}/([A-Za-z0-9_-]{43})\\.json$`);

function registrySigner(trust: Trust, seq: number): (did: string) => boolean {
  return (did) => hasRole(trust, "registry", did) && !retiredAt(trust, did, seq);
}

function retiredAt(trust: Trust, did: string, seq: number): boolean {
  const r = own(trust.retired, did);
  return r !== undefined && seq > r.after_seq;
}

function parseFile(bytes: Uint8Array, file: string): unknown {
  return parseIJson(decodeUtf8(bytes, file), { file }).value;
}

/** Verify everything: file set, chain, signatures and roles, entry rules, contracts, checkpoint. */
export function verifyRegistry(files: RegistryFiles, opts: VerifyRegistryOptions): VerifiedRegistry {
  const problems: RegistryProblem[] = [];
  const add = (code: ErrorCode, seq: number | null, file: string, message: string) => problems.push({ code, seq, file, message });
  const logs = new Map<number, string>();
  const contractFiles = new Map<string, string>();
  const clawFiles = new Map<string, string>();
  const controlFiles = new Map<string, string>();
  const snapshotFiles = new Set<string>();
  const signerSeqs: Record<string, number> = {};
  const signedAt = (did: string, seq: number) => {
    if (!(Object.hasOwn(signerSeqs, did) && signerSeqs[did]! >= seq)) signerSeqs[did] = seq;
  };
  for (const path of [...files.keys()].sort()) {
    const lm = LOG_RE.exec(path);
    const cm = CONTRACT_RE.exec(path);
    const km = CLAW_RE.exec(path);
    const om = CONTROLS_RE.exec(path);
    if (lm) logs.set(Number(lm[1]), path);
    else if (cm) contractFiles.set(cm[1]!, path);
    else if (km) clawFiles.set(km[1]!, path);
    else if (om) controlFiles.set(om[1]!, path);
    else if (STATE_RE.test(path)) snapshotFiles.add(path);
    else if (path !== HEAD_FILE) add("E_REG_UNKNOWN_FILE", null, path, `unexpected file ${path} on the registry`);
  }

  // Claw WPC v1 envelopes: verified on first reference, against the entry that records them.
  const claws = new Map<string, ClawVersion>();
  const badClaws = new Set<string>();
  const clawAt = (claw: string, id: string, wpcHash: string, seq: number, file: string): boolean => {
    const known = claws.get(claw);
    if (known) return known.policy_id === id && known.policy_hash_b64u === wpcHash;
    if (badClaws.has(claw)) return false;
    const path = clawFiles.get(claw);
    const bad = (code: ErrorCode, message: string) => {
      add(code, seq, path ?? file, message);
      badClaws.add(claw);
      return false;
    };
    if (!path) return bad("E_REG_CHAIN", `entry ${seq} records Claw hash ${claw} but ${clawPath(claw)} is missing`);
    let env: unknown;
    try {
      env = parseFile(files.get(path)!, path);
    } catch (e) {
      return bad("E_REG_SIG", `Claw WPC ${claw}: ${(e as Error).message}`);
    }
    const v = verifyClawWpcEnvelope(env, claw, []);
    if (!v.ok) return bad("E_REG_SIG", `Claw WPC ${claw}: ${v.code}: ${v.detail}`);
    if (!hasRole(opts.trust, "registry", v.signer)) return bad("E_REG_SIG", `Claw WPC ${claw} is signed by ${v.signer}, not a registry key`);
    if (retiredAt(opts.trust, v.signer, seq)) return bad("E_REG_RETIRED_KEY", `Claw WPC ${claw} is signed by ${v.signer}, retired before seq ${seq}`);
    const meta = v.payload.metadata ?? {};
    if (meta[CLAW_METADATA_KEYS.policyId] !== id || meta[CLAW_METADATA_KEYS.policyHash] !== wpcHash || v.payload.policy_id !== id)
      return bad("E_REG_CHAIN", `Claw WPC ${claw} does not compile ${id} at ${wpcHash} (metadata names ${String(meta[CLAW_METADATA_KEYS.policyId])} at ${String(meta[CLAW_METADATA_KEYS.policyHash])})`);
    claws.set(claw, { policy_id: id, policy_hash_b64u: wpcHash, envelope: env as Envelope<ClawWpcV1> });
    signedAt(v.signer, seq);
    return true;
  };

  // Contracts: verified lazily, on first reference, against the seq of the entry that publishes them.
  const contracts = new Map<string, JsonValue>();
  const badContracts = new Set<string>();
  const contractAt = (hash: string, seq: number, file: string): boolean => {
    if (contracts.has(hash)) return true;
    if (badContracts.has(hash)) return false;
    const path = contractFiles.get(hash);
    if (!path) {
      add("E_REG_CHAIN", seq, file, `entry ${seq} publishes ${hash} but ${contractPath(hash)} is missing`);
      badContracts.add(hash);
      return false;
    }
    let env: unknown;
    try {
      env = parseFile(files.get(path)!, path);
    } catch (e) {
      add("E_REG_SIG", seq, path, `contract ${hash}: ${(e as Error).message}`);
      badContracts.add(hash);
      return false;
    }
    const v = verifyEnvelope(env, { expectedType: "wpc_contract", allowedSigners: (d) => hasRole(opts.trust, "registry", d) });
    if (!v.ok || v.payloadHash !== hash) {
      const retired = !v.ok && v.code === "SIGNER_NOT_ALLOWED";
      add(retired ? "E_REG_SIG" : "E_REG_SIG", seq, path, `contract ${hash}: ${v.ok ? "payload hash does not match its file name" : `${v.code}: ${v.detail}`}`);
      badContracts.add(hash);
      return false;
    }
    if (retiredAt(opts.trust, v.signer, seq)) {
      add("E_REG_RETIRED_KEY", seq, path, `contract ${hash} is signed by ${v.signer}, retired before seq ${seq}`);
      badContracts.add(hash);
      return false;
    }
    if ((env as { expires_at?: unknown }).expires_at !== undefined) {
      add("E_REG_SIG", seq, path, `contract ${hash} carries an envelope expires_at`);
      badContracts.add(hash);
      return false;
    }
    contracts.set(hash, v.envelope.payload as JsonValue);
    signedAt(v.signer, seq);
    return true;
  };

  const seqs = [...logs.keys()].sort((a, b) => a - b);
  const state = emptyState();
  const entries: EntryRecord[] = [];
  let prev: string | null = null;
  let expected = 1;
  for (const seq of seqs) {
    const file = logs.get(seq)!;
    if (seq !== expected) {
      add("E_REG_SEQ_GAP", expected, file, seq < expected ? `duplicate seq ${seq}` : `entries ${expected}…${seq - 1} are missing`);
      expected = seq;
    }
    expected++;
    let env: unknown;
    try {
      env = parseFile(files.get(file)!, file);
    } catch (e) {
      add("E_REG_SIG", seq, file, (e as Error).message);
      prev = null;
      continue;
    }
    const v = verifyEnvelope<EntryPayload>(env, { expectedType: "wpc_registry_entry", allowedSigners: (d) => hasRole(opts.trust, "registry", d) });
    if (!v.ok) {
      add("E_REG_SIG", seq, file, `entry ${seq}: ${v.code}: ${v.detail}`);
      prev = (env as { payload_hash_b64u?: string })?.payload_hash_b64u ?? null;
      continue;
    }
    if ((env as { expires_at?: unknown }).expires_at !== undefined)
      add("E_REG_SIG", seq, file, `entry ${seq} carries an unsigned envelope expires_at`);
    if (retiredAt(opts.trust, v.signer, seq)) {
      add("E_REG_RETIRED_KEY", seq, file, `entry ${seq} is signed by ${v.signer}, retired after seq ${opts.trust.retired![v.signer]!.after_seq}`);
    }
    const p = v.envelope.payload;
    if (p.seq !== seq) add("E_REG_SEQ_GAP", seq, file, `file ${file} holds entry seq ${String(p.seq)}`);
    if (p.entry_version !== "1") add("E_REG_CHAIN", seq, file, `unknown entry_version ${JSON.stringify(p.entry_version)}`);
    if (p.prev_entry_hash_b64u !== (seq === 1 ? null : prev))
      add("E_REG_CHAIN", seq, file, `entry ${seq} does not chain to entry ${seq - 1} (prev_entry_hash_b64u mismatch)`);
    if (p.kind === "publish" && typeof p.policy_hash_b64u === "string" && HASH_B64U_RE.test(p.policy_hash_b64u)) contractAt(p.policy_hash_b64u, seq, file);
    const bad = applyEntry(state, p, (h) => contracts.has(h), (c, id, h) => clawAt(c, id, h, seq, file));
    const knownCause = p.kind === "publish" && (badContracts.has(p.policy_hash_b64u ?? "") || badClaws.has(p.claw_hash_b64u ?? ""));
    if (bad && !knownCause) add("E_REG_CHAIN", seq, file, `entry ${seq} (${p.kind}) breaks a registry rule: ${bad.message}`);
    entries.push({ seq, entry_hash_b64u: v.payloadHash, signer: v.signer, payload: p });
    signedAt(v.signer, seq);
    prev = v.payloadHash;
  }
  settleState(state);
  const lastSeq = seqs.length ? seqs[seqs.length - 1]! : 0;
  for (const [hash, path] of contractFiles) if (!contracts.has(hash) && !badContracts.has(hash)) add("E_REG_UNKNOWN_FILE", null, path, `contract ${hash} is not published by any entry`);
  for (const [hash, path] of clawFiles) if (!claws.has(hash) && !badClaws.has(hash)) add("E_REG_UNKNOWN_FILE", null, path, `Claw WPC ${hash} is not recorded by any entry`);
  const controls = new Map<string, Envelope<ClawWpcV1>>();
  for (const [hash, path] of controlFiles) {
    if (!claws.has(hash)) {
      add("E_REG_UNKNOWN_FILE", null, path, `clawcontrols envelope for ${hash}, which no entry records`);
      continue;
    }
    let env: unknown;
    try {
      env = parseFile(files.get(path)!, path);
    } catch (e) {
      add("E_REG_SIG", null, path, `clawcontrols envelope ${hash}: ${(e as Error).message}`);
      continue;
    }
    const signers = opts.trust.claw?.controls_signers ?? [];
    const v = signers.length ? verifyClawWpcEnvelope(env, hash, signers) : { ok: false as const, code: "WPC_SIGNER_NOT_ALLOWED", detail: "trust.json pins no claw.controls_signers" };
    if (!v.ok) add("E_REG_SIG", null, path, `clawcontrols envelope ${hash}: ${v.code}: ${v.detail}`);
    else controls.set(hash, env as Envelope<ClawWpcV1>);
  }

  // Checkpoint
  let checkpoint: CheckpointPayload | null = null;
  let stateFilesOut: ReadonlySet<string> = new Set();
  const head = files.get(HEAD_FILE);
  if (!head) {
    if (lastSeq > 0) add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, "HEAD.json is missing");
  } else {
    try {
      const env = parseFile(head, HEAD_FILE);
      const cseq = (env as { payload?: { seq?: unknown } })?.payload?.seq;
      const signSeq = typeof cseq === "number" ? cseq : lastSeq;
      const v = verifyEnvelope<CheckpointPayload>(env, { expectedType: "wpc_registry_checkpoint", allowedSigners: registrySigner(opts.trust, signSeq) });
      if (!v.ok) add(v.code === "SIGNER_NOT_ALLOWED" && hasRole(opts.trust, "registry", (env as { signer_did: string }).signer_did) ? "E_REG_RETIRED_KEY" : "E_REG_CHECKPOINT", lastSeq, HEAD_FILE, `checkpoint: ${v.code}: ${v.detail}`);
      else {
        checkpoint = v.envelope.payload;
        const c = checkpoint;
        if ((env as { expires_at?: unknown }).expires_at !== c.expires_at)
          add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, "the envelope expires_at differs from the signed payload's expires_at");
        if (c.seq !== lastSeq) add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, `checkpoint seq ${c.seq} but the log ends at ${lastSeq}`);
        if (c.entry_hash_b64u !== prev) add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, "checkpoint entry_hash_b64u is not the last entry's hash");
        const version = (c as { checkpoint_version?: unknown }).checkpoint_version;
        signedAt(v.signer, c.seq);
        if (version === "3") {
          // the snapshot the gate reads instead of replaying: it must be exactly the replayed state's
          const built = buildSnapshot(state, lastSeq);
          if (c.state_hash_b64u !== built.rootHash) add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, "checkpoint state_hash_b64u does not match the replayed state");
          for (const [path, bytes] of built.files) {
            const have = files.get(path);
            if (!have || !sameBytes(have, bytes)) add("E_REG_CHECKPOINT", lastSeq, path, `state snapshot file ${path} is ${have ? "not the replayed state's" : "missing"}`);
          }
          // files of earlier snapshots are harmless (content-addressed, unreferenced); writers remove them
          stateFilesOut = new Set(built.files.keys());
          if (!(c.repository === null || typeof c.repository === "string")) add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, "checkpoint repository must be a string or null");
          if (!sameSigners(c.signers, signerSeqs)) add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, "checkpoint signers do not list each registry key's highest signed seq");
        } else {
          const hashed = version === "1" || version === "2" ? stateForHash(state, version) : undefined;
          if (hashed === undefined) add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, `unknown checkpoint_version ${JSON.stringify(version)} (a newer wpc wrote it: upgrade the verifier)`);
          else if (hashed === null) add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, "a version-1 checkpoint cannot sign a state that records Claw hashes");
          else if (c.state_hash_b64u !== jcsHashB64u(hashed)) add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, "checkpoint state_hash_b64u does not match the replayed state");
        }
        const exp = Date.parse(c.expires_at);
        if (!(exp > opts.at)) add("E_REG_EXPIRED", lastSeq, HEAD_FILE, `checkpoint expired at ${c.expires_at}`);
      }
    } catch (e) {
      add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, (e as Error).message);
    }
  }
  if (opts.minSeq !== undefined && lastSeq < opts.minSeq)
    add("E_REG_CHECKPOINT", lastSeq, HEAD_FILE, `registry is at seq ${lastSeq}, older than the seq ${opts.minSeq} already seen`);

  // the earliest seq first (the cause before its knock-on effects); file-level problems last
  problems.sort((a, b) => (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { ok: problems.length === 0, problems, seq: lastSeq, headEntryHash: prev, state, entries, contracts, claws, controls, checkpoint, signerSeqs, stateFiles: stateFilesOut };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameSigners(claimed: unknown, actual: Record<string, number>): boolean {
  if (!claimed || typeof claimed !== "object" || Array.isArray(claimed)) return false;
  const c = claimed as Record<string, unknown>;
  const keys = Object.keys(actual);
  return Object.keys(c).length === keys.length && keys.every((k) => Object.hasOwn(c, k) && c[k] === actual[k]);
}

export interface EntryDraft {
  kind: EntryPayload["kind"];
  policy_id?: string;
  policy_hash_b64u?: string;
  token_hash?: string;
  token_jti?: string;
  reason?: string;
  /** For publish: the WPC to sign as `wpc/<hash>.json`. */
  contract?: JsonValue;
  /** For publish: its compiled Claw WPC v1, signed as `claw/<hash>.json` and recorded in the entry. */
  claw?: { payload: ClawWpcV1; claw_hash_b64u: string };
  /** For rollback (and revocations naming one): the Claw hash the entry records. */
  claw_hash_b64u?: string;
}

export interface AppendResult {
  files: Map<string, Uint8Array>;
  /** Files to remove: the previous checkpoint's snapshot files that the new one no longer uses. */
  removed: string[];
  entries: EntryRecord[];
  seq: number;
  state: RegistryState;
}

export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

const enc = new TextEncoder();
export function envelopeBytes(env: Envelope<object>): Uint8Array {
  return enc.encode(JSON.stringify(env, null, 2) + "\n");
}

/**
 * Files that append `drafts` to a verified registry and re-sign the checkpoint. Every draft is checked
 * with the replay rules first (E_POLICY_REVOKED, E_ROLLBACK_TARGET, …); nothing is returned on error.
 */
export function appendEntries(
  reg: VerifiedRegistry,
  drafts: readonly EntryDraft[],
  signer: Signer,
  opts: { now: number; source: EntrySource; checkpointDays: number },
): AppendResult {
  if (!reg.ok) throw new WpcError(reg.problems[0]!.code, `registry does not verify: ${reg.problems[0]!.message}`);
  const state = cloneState(reg.state);
  const files = new Map<string, Uint8Array>();
  const signers = { ...reg.signerSeqs };
  const entries: EntryRecord[] = [];
  const issuedAt = isoSeconds(opts.now);
  const known = new Set(reg.contracts.keys());
  const knownClaws = new Map([...reg.claws].map(([h, c]) => [h, `${c.policy_id} ${c.policy_hash_b64u}`]));
  let prev = reg.headEntryHash;
  let seq = reg.seq;
  for (const d of drafts) {
    seq++;
    if (d.kind === "publish") {
      if (!d.contract || !d.policy_hash_b64u) throw new WpcError("E_BAD_INPUT", "a publish draft carries its contract");
      if (!known.has(d.policy_hash_b64u)) {
        const env = signEnvelope({ type: "wpc_contract", payload: d.contract as object, seed: signer.seed, issuedAt });
        if (env.payload_hash_b64u !== d.policy_hash_b64u) throw new WpcError("E_BAD_INPUT", "contract hash differs from the policy hash");
        files.set(contractPath(d.policy_hash_b64u), envelopeBytes(env));
        known.add(d.policy_hash_b64u);
      }
      if (d.claw && !knownClaws.has(d.claw.claw_hash_b64u)) {
        const env = signEnvelope({ type: "work_policy_contract", payload: d.claw.payload, seed: signer.seed, issuedAt });
        if (env.payload_hash_b64u !== d.claw.claw_hash_b64u) throw new WpcError("E_BAD_INPUT", "Claw WPC hash differs from its recorded Claw hash");
        files.set(clawPath(d.claw.claw_hash_b64u), envelopeBytes(env));
        const meta = d.claw.payload.metadata ?? {};
        knownClaws.set(d.claw.claw_hash_b64u, `${String(meta[CLAW_METADATA_KEYS.policyId])} ${String(meta[CLAW_METADATA_KEYS.policyHash])}`);
      }
    }
    const clawHash = d.claw?.claw_hash_b64u ?? d.claw_hash_b64u;
    const payload: EntryPayload = {
      entry_version: "1",
      seq,
      prev_entry_hash_b64u: prev,
      kind: d.kind,
      ...(d.policy_id !== undefined ? { policy_id: d.policy_id } : {}),
      ...(d.policy_hash_b64u !== undefined ? { policy_hash_b64u: d.policy_hash_b64u } : {}),
      ...(clawHash !== undefined ? { claw_hash_b64u: clawHash } : {}),
      ...(d.token_hash !== undefined ? { token_hash: d.token_hash } : {}),
      ...(d.token_jti !== undefined ? { token_jti: d.token_jti } : {}),
      ...(d.reason !== undefined ? { reason: d.reason } : {}),
      issued_at: issuedAt,
      source: opts.source,
    };
    applyOrThrow(state, payload, (h) => known.has(h), (c, id, h) => knownClaws.get(c) === `${id} ${h}`);
    const env = signEnvelope({ type: "wpc_registry_entry", payload, seed: signer.seed, issuedAt });
    files.set(logPath(seq), envelopeBytes(env));
    entries.push({ seq, entry_hash_b64u: env.payload_hash_b64u, signer: signer.did, payload: env.payload });
    prev = env.payload_hash_b64u;
  }
  settleState(state);
  signers[signer.did] = seq;
  const cp = checkpointFiles(reg, { seq, entryHash: prev, state, signer, now: opts.now, days: opts.checkpointDays, repository: opts.source.repository, signers });
  for (const [path, bytes] of cp.files) files.set(path, bytes);
  return { files, removed: cp.removed, entries, seq, state };
}

export interface CheckpointArgs {
  seq: number;
  entryHash: string | null;
  state: RegistryState;
  signer: Signer;
  now: number;
  days: number;
  repository: string | null;
  /** Highest seq of every key that signed the registry, this checkpoint's signer included. */
  signers: Record<string, number>;
}

/**
 * The files of a fresh checkpoint (version 3) over the current log: the state snapshot it signs, then
 * HEAD.json (written last by the stores), and the removal of the previous snapshot's files it no longer
 * uses. Used by appends and by the scheduled refresh.
 */
export function checkpointFiles(reg: Pick<VerifiedRegistry, "stateFiles">, a: CheckpointArgs): { files: Map<string, Uint8Array>; removed: string[] } {
  if (a.entryHash === null) throw new WpcError("E_BAD_INPUT", "an empty registry has no checkpoint");
  const snap = buildSnapshot(a.state, a.seq);
  const out = new Map<string, Uint8Array>();
  const removed = [...reg.stateFiles].filter((path) => !snap.files.has(path)).sort();
  for (const [path, bytes] of snap.files) out.set(path, bytes);
  const issuedAt = isoSeconds(a.now);
  const signers: Record<string, number> = {};
  for (const did of Object.keys(a.signers).sort()) signers[did] = a.signers[did]!;
  const payload: CheckpointPayload = {
    checkpoint_version: CURRENT_CHECKPOINT_VERSION,
    seq: a.seq,
    entry_hash_b64u: a.entryHash,
    state_hash_b64u: snap.rootHash,
    repository: a.repository,
    signers,
    issued_at: issuedAt,
    expires_at: isoSeconds(a.now + a.days * 86_400_000),
  };
  out.set(HEAD_FILE, envelopeBytes(signEnvelope({ type: "wpc_registry_checkpoint", payload, seed: a.signer.seed, issuedAt, expiresAt: payload.expires_at })));
  return { files: out, removed };
}

/**
 * Key rotation: the Claw WPC envelopes signed by a key trust.json has retired, re-signed by `signer`
 * (same payload, so the same Claw hash). Old entries stay valid under a retired key, but clawproxy
 * knows only WPC_SIGNER_DIDS: after this, the served tree needs only the current registry keys there.
 */
export function resignRetiredClaws(reg: Pick<VerifiedRegistry, "claws" | "state">, trust: Trust, signer: Signer, now: number): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const revoked = new Set(reg.state.revoked_policies);
  for (const [hash, c] of [...reg.claws].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (c.envelope.signer_did === signer.did || own(trust.retired, c.envelope.signer_did) === undefined) continue;
    if (revoked.has(c.policy_hash_b64u)) continue; // revoked: never served again
    const env = signEnvelope({ type: "work_policy_contract", payload: c.envelope.payload, seed: signer.seed, issuedAt: isoSeconds(now) });
    out.set(clawPath(hash), envelopeBytes(env));
  }
  return out;
}

/** The registry's first problem as an error (for commands that need a valid registry). */
export function requireValid(reg: VerifiedRegistry): VerifiedRegistry {
  if (!reg.ok) {
    const p = reg.problems[0]!;
    throw new WpcError(p.code, `registry does not verify${p.seq !== null ? ` at seq ${p.seq}` : ""}: ${p.message}`);
  }
  return reg;
}
