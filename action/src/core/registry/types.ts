/** Registry documents (DESIGN.md §5): entries, checkpoint, replayed state. */
export const ENTRY_KINDS = ["publish", "rollback", "revoke_policy", "revoke_token"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface EntrySource {
  repository: string | null;
  ref: string | null;
  commit: string | null;
  run_id: string | null;
  actor: string | null;
}

export interface EntryPayload {
  entry_version: "1";
  seq: number;
  prev_entry_hash_b64u: string | null;
  kind: EntryKind;
  policy_id?: string;
  policy_hash_b64u?: string;
  /** publish / rollback: the Claw hash of the version's compiled Claw WPC v1 (`claw/<hash>.json`). */
  claw_hash_b64u?: string;
  token_hash?: string;
  token_jti?: string;
  reason?: string;
  issued_at: string;
  source: EntrySource;
}

/**
 * "2": the state carries Claw hashes (`state_version` "2"). A version-1 checkpoint signs the state
 * without them and stays valid for registries written before; writers always write version 2.
 */
export const CHECKPOINT_VERSIONS = ["1", "2", "3"] as const;
/**
 * "3": `state_hash_b64u` is the hash of the state snapshot's root (snapshot.ts), so a gate can read the
 * current state without replaying the log; `signers` holds every registry key's highest signed seq (the
 * gate checks it against `retired`), `repository` names the registry's repository.
 */
export const CURRENT_CHECKPOINT_VERSION = "3";

export interface CheckpointPayload {
  checkpoint_version: (typeof CHECKPOINT_VERSIONS)[number];
  seq: number;
  entry_hash_b64u: string;
  state_hash_b64u: string;
  /** Version 3: the repository whose registry this is (null when written outside a repository). */
  repository?: string | null;
  /** Version 3: each key that signed the registry (entries, contracts, Claw WPCs, this checkpoint) → its highest seq. */
  signers?: Record<string, number>;
  issued_at: string;
  expires_at: string;
}

export interface PolicyState {
  current: string | null;
  history: string[];
  /** The current version's Claw hash (null: none recorded, or no current version). */
  claw: string | null;
  /** Every Claw hash recorded for each wpc hash of this policy, oldest first. */
  claw_history: Record<string, string[]>;
}

/**
 * The replayed state. Its hashed form (`stateForHash`) is version 1 (no Claw fields, no
 * `state_version`) under a version-1 checkpoint, else version 2.
 */
export interface RegistryState {
  policies: Record<string, PolicyState>;
  revoked_policies: string[];
  revoked_tokens: { hashes: string[]; jtis: string[] };
}

/** A verified log entry with what the log says about it. */
export interface EntryRecord {
  seq: number;
  entry_hash_b64u: string;
  signer: string;
  payload: EntryPayload;
}

export const LOG_DIR = "log";
export const CONTRACT_DIR = "wpc";
/** `claw/<claw hash>.json`: the version's Claw WPC v1 as a `work_policy_contract` envelope, signed by the registry. */
export const CLAW_DIR = "claw";
/** `clawcontrols/<claw hash>.json`: the envelope clawcontrols returned for it (evidence, signed by clawcontrols). */
export const CONTROLS_DIR = "clawcontrols";
export const HEAD_FILE = "HEAD.json";
export const SEQ_DIGITS = 12;

export function logPath(seq: number): string {
  return `${LOG_DIR}/${String(seq).padStart(SEQ_DIGITS, "0")}.json`;
}

export function contractPath(hash: string): string {
  return `${CONTRACT_DIR}/${hash}.json`;
}

export function clawPath(hash: string): string {
  return `${CLAW_DIR}/${hash}.json`;
}

export function controlsPath(hash: string): string {
  return `${CONTROLS_DIR}/${hash}.json`;
}

export const TOKEN_HASH_RE = /^[0-9a-f]{64}$/;
export const MAX_REASON_CHARS = 256;
export const DEFAULT_CHECKPOINT_DAYS = 90;

export function emptyState(): RegistryState {
  return { policies: {}, revoked_policies: [], revoked_tokens: { hashes: [], jtis: [] } };
}
