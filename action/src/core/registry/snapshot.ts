/**
 * The state snapshot (issue 13): what the gate needs of a registry — the current state, not its history —
 * in content-addressed files that the signed checkpoint (version 3) covers, so a gate run reads a few
 * small files whatever the number of entries:
 *
 *   state/<root hash>.json    {snapshot_version "1", seq, policies, revoked_policies,
 *                              revoked_tokens: {count, shards: {"<2 hex>": <shard hash>}}}
 *   state/<shard hash>.json   {shard, hashes: [sorted], jtis: [sorted]}   revoked tokens whose key starts
 *                              with those two hex digits (a token hash itself; a jti: SHA-256 of it)
 *
 * Hashes are base64url SHA-256 of JCS; the checkpoint's `state_hash_b64u` is the root's. Writers build
 * the snapshot from the replayed state; `registry verify` rebuilds it and refuses one that differs; the
 * gate reads the root named by the checkpoint, checks its hash and shape (sorted sets, lowercase hex),
 * and loads only the shards of the token it judges.
 */
import { canonicalize } from "../json/jcs.ts";
import { isRecord } from "../json/own.ts";
import { sha256B64u, sha256Hex } from "../crypto/crypto.ts";
import { HASH_B64U_RE } from "../crypto/hash.ts";
import { POLICY_ID_RE } from "../policy/types.ts";
import { TOKEN_HASH_RE, type PolicyState, type RegistryState } from "./types.ts";

export const STATE_DIR = "state";
export const SNAPSHOT_VERSION = "1";

export function statePath(hash: string): string {
  return `${STATE_DIR}/${hash}.json`;
}

export interface SnapshotRoot {
  snapshot_version: "1";
  seq: number;
  policies: Record<string, PolicyState>;
  revoked_policies: string[];
  revoked_tokens: { count: number; shards: Record<string, string> };
}

export interface TokenShard {
  shard: string;
  hashes: string[];
  jtis: string[];
}

export interface BuiltSnapshot {
  rootHash: string;
  root: SnapshotRoot;
  /** Every file of the snapshot: path → canonical JSON bytes (root and shards). */
  files: Map<string, Uint8Array>;
}

const enc = new TextEncoder();
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The shard of a revoked token: the first two hex digits of its hash, or of SHA-256(jti). */
export const hashShard = (tokenHash: string): string => tokenHash.slice(0, 2);
export const jtiShard = (jti: string): string => sha256Hex(jti).slice(0, 2);

function canonicalFile(v: unknown): { hash: string; bytes: Uint8Array } {
  const text = canonicalize(v);
  return { hash: sha256B64u(text), bytes: enc.encode(text) };
}

/** The snapshot of a replayed state at `seq`: deterministic, the same bytes for the same state. */
export function buildSnapshot(state: RegistryState, seq: number): BuiltSnapshot {
  const shards = new Map<string, TokenShard>();
  const shardOf = (k: string) => {
    let s = shards.get(k);
    if (!s) shards.set(k, (s = { shard: k, hashes: [], jtis: [] }));
    return s;
  };
  for (const h of state.revoked_tokens.hashes) shardOf(hashShard(h)).hashes.push(h);
  for (const j of state.revoked_tokens.jtis) shardOf(jtiShard(j)).jtis.push(j);
  const files = new Map<string, Uint8Array>();
  const shardHashes: Record<string, string> = {};
  for (const k of [...shards.keys()].sort(cmp)) {
    const s = shards.get(k)!;
    s.hashes.sort(cmp);
    s.jtis.sort(cmp);
    const f = canonicalFile(s);
    shardHashes[k] = f.hash;
    files.set(statePath(f.hash), f.bytes);
  }
  const policies: Record<string, PolicyState> = {};
  for (const id of Object.keys(state.policies).sort(cmp)) {
    const p = state.policies[id]!;
    policies[id] = { current: p.current, history: [...p.history], claw: p.claw, claw_history: structuredClone(p.claw_history) };
  }
  const root: SnapshotRoot = {
    snapshot_version: SNAPSHOT_VERSION,
    seq,
    policies,
    revoked_policies: [...state.revoked_policies].sort(cmp),
    revoked_tokens: { count: state.revoked_tokens.hashes.length + state.revoked_tokens.jtis.length, shards: shardHashes },
  };
  const r = canonicalFile(root);
  files.set(statePath(r.hash), r.bytes);
  return { rootHash: r.hash, root, files };
}

const isSortedUnique = (xs: readonly string[]) => xs.every((x, i) => i === 0 || xs[i - 1]! < x);
const isHashList = (v: unknown): v is string[] => Array.isArray(v) && v.every((h) => typeof h === "string" && HASH_B64U_RE.test(h));

/** Why a parsed snapshot root is malformed (empty: well formed). Hash case and set order included. */
export function snapshotRootProblems(v: unknown, seq: number): string[] {
  if (!isRecord(v)) return ["the snapshot is not an object"];
  const out: string[] = [];
  if (v["snapshot_version"] !== SNAPSHOT_VERSION) out.push(`unknown snapshot_version ${JSON.stringify(v["snapshot_version"])}`);
  if (v["seq"] !== seq) out.push(`the snapshot is of seq ${String(v["seq"])}, the checkpoint of ${seq}`);
  const policies = v["policies"];
  if (!isRecord(policies)) out.push("policies is not an object");
  else
    for (const [id, p] of Object.entries(policies)) {
      const ok =
        POLICY_ID_RE.test(id) &&
        isRecord(p) &&
        (p["current"] === null || (typeof p["current"] === "string" && HASH_B64U_RE.test(p["current"]))) &&
        isHashList(p["history"]) &&
        (p["claw"] === null || (typeof p["claw"] === "string" && HASH_B64U_RE.test(p["claw"]))) &&
        isRecord(p["claw_history"]) &&
        Object.entries(p["claw_history"]).every(([h, l]) => HASH_B64U_RE.test(h) && isHashList(l));
      if (!ok) out.push(`policies.${id} is malformed`);
    }
  const rp = v["revoked_policies"];
  if (!isHashList(rp) || !isSortedUnique(rp)) out.push("revoked_policies is not a sorted set of policy hashes");
  const rt = v["revoked_tokens"];
  if (!isRecord(rt) || !Number.isSafeInteger(rt["count"]) || !isRecord(rt["shards"])) out.push("revoked_tokens is malformed");
  else for (const [k, h] of Object.entries(rt["shards"])) if (!/^[0-9a-f]{2}$/.test(k) || typeof h !== "string" || !HASH_B64U_RE.test(h)) out.push(`revoked_tokens shard ${k} is malformed`);
  return out;
}

/** Why a parsed token shard is malformed for `key` (empty: well formed). */
export function shardProblems(v: unknown, key: string): string[] {
  if (!isRecord(v) || v["shard"] !== key) return [`shard ${key} is not a shard of ${key}`];
  const hashes = v["hashes"];
  const jtis = v["jtis"];
  const out: string[] = [];
  if (!Array.isArray(hashes) || !hashes.every((h) => typeof h === "string" && TOKEN_HASH_RE.test(h) && hashShard(h) === key) || !isSortedUnique(hashes as string[]))
    out.push(`shard ${key}: hashes are not a sorted set of lowercase token hashes of this shard`);
  if (!Array.isArray(jtis) || !jtis.every((j) => typeof j === "string" && j.length > 0 && jtiShard(j) === key) || !isSortedUnique(jtis as string[]))
    out.push(`shard ${key}: jtis are not a sorted set of this shard`);
  return out;
}
