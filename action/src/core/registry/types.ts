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
  token_hash?: string;
  token_jti?: string;
  reason?: string;
  issued_at: string;
  source: EntrySource;
}

export interface CheckpointPayload {
  checkpoint_version: "1";
  seq: number;
  entry_hash_b64u: string;
  state_hash_b64u: string;
  issued_at: string;
  expires_at: string;
}

export interface PolicyState {
  current: string | null;
  history: string[];
}

/** Exactly the JSON whose JCS hash is `state_hash_b64u`. */
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
export const HEAD_FILE = "HEAD.json";
export const SEQ_DIGITS = 12;

export function logPath(seq: number): string {
  return `${LOG_DIR}/${String(seq).padStart(SEQ_DIGITS, "0")}.json`;
}

export function contractPath(hash: string): string {
  return `${CONTRACT_DIR}/${hash}.json`;
}

export const TOKEN_HASH_RE = /^[0-9a-f]{64}$/;
export const MAX_REASON_CHARS = 256;
export const DEFAULT_CHECKPOINT_DAYS = 90;

export function emptyState(): RegistryState {
  return { policies: {}, revoked_policies: [], revoked_tokens: { hashes: [], jtis: [] } };
}
