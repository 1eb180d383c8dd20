/**
 * The gate's light read of a registry (issue 13): the signed checkpoint (version 3), the state snapshot
 * it names, the token shards of the one token judged and the contract the job ran under — a few small
 * files, whatever the length of the log. Every rule of the full replay that the gate relies on holds:
 * the checkpoint is signed by a registry key not retired at its seq and not expired, `--min-seq` holds,
 * every key the checkpoint lists as a signer is a registry key whose highest signed seq is within its
 * retirement (a key retired after the fact fails closed), the snapshot and shards hash to what the
 * checkpoint signs and are well formed (sorted sets, lowercase hex), the contract is signed by a listed
 * registry key. Anything else — no version-3 checkpoint, a missing or unexpected file, any failed rule —
 * returns null: the caller then replays the whole registry, which reports the problem (never "no
 * revocations").
 */
import { own } from "../json/own.ts";
import { decodeUtf8, parseIJson, type JsonValue } from "../json/ijson.ts";
import { sha256B64u } from "../crypto/crypto.ts";
import { verifyEnvelope } from "../crypto/envelope.ts";
import { HASH_B64U_RE } from "../crypto/hash.ts";
import { hasRole, type Trust } from "../policy/trust.ts";
import { contractPath, HEAD_FILE, type CheckpointPayload, type RegistryState } from "./types.ts";
import { hashShard, jtiShard, shardProblems, snapshotRootProblems, statePath, type SnapshotRoot, type TokenShard } from "./snapshot.ts";
import type { RegistryFiles, VerifiedRegistry, VerifyRegistryOptions } from "./registry.ts";

/** What one gate run needs of the registry: its token (hash, jti) and the hashes its bundle names. */
export interface GateNeeds {
  tokenHashes: string[];
  jtis: string[];
  policyHashes: string[];
}

function parse(bytes: Uint8Array | undefined, file: string): unknown {
  if (!bytes) return undefined;
  try {
    return parseIJson(decodeUtf8(bytes, file), { file }).value;
  } catch {
    return undefined;
  }
}

const retiredAfter = (trust: Trust, did: string): number | undefined => own(trust.retired, did)?.after_seq;

/** The checkpoint, if it is a valid version-3 one for these options; else undefined. */
export function lightCheckpoint(files: RegistryFiles, opts: VerifyRegistryOptions): CheckpointPayload | undefined {
  const env = parse(files.get(HEAD_FILE), HEAD_FILE) as { payload?: { seq?: unknown }; expires_at?: unknown } | undefined;
  if (!env) return undefined;
  const seq = env.payload?.seq;
  if (typeof seq !== "number") return undefined;
  const v = verifyEnvelope<CheckpointPayload>(env, {
    expectedType: "wpc_registry_checkpoint",
    allowedSigners: (d) => hasRole(opts.trust, "registry", d) && !((retiredAfter(opts.trust, d) ?? Infinity) < seq),
  });
  if (!v.ok) return undefined;
  const c = v.envelope.payload;
  if (c.checkpoint_version !== "3" || env.expires_at !== c.expires_at || !HASH_B64U_RE.test(c.state_hash_b64u)) return undefined;
  if (!(Date.parse(c.expires_at) > opts.at)) return undefined;
  if (opts.minSeq !== undefined && c.seq < opts.minSeq) return undefined;
  // the attack to defeat: a key retired after the fact, whose later entries an honest checkpoint covers
  const signers = c.signers;
  if (!signers || typeof signers !== "object" || Array.isArray(signers)) return undefined;
  for (const [did, high] of Object.entries(signers)) {
    if (!hasRole(opts.trust, "registry", did) || typeof high !== "number" || !Number.isSafeInteger(high) || high < 0 || high > c.seq) return undefined;
    const after = retiredAfter(opts.trust, did);
    if (after !== undefined && high > after) return undefined;
  }
  if (!Object.hasOwn(signers, v.signer)) return undefined;
  return c;
}

/**
 * A snapshot file whose bytes hash to `hash`. Writers store the canonical (JCS) text whose hash the
 * checkpoint signs, so the hash of the bytes as read authenticates them: no re-canonicalisation, and
 * the platform's JSON.parse reads what the registry key signed.
 */
function authenticated(files: RegistryFiles, hash: string): unknown {
  const bytes = files.get(statePath(hash));
  if (!bytes || sha256B64u(bytes) !== hash) return undefined;
  try {
    return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

/** The snapshot root the checkpoint signs, well formed and of its seq; else undefined. */
export function lightRoot(files: RegistryFiles, c: CheckpointPayload): SnapshotRoot | undefined {
  const root = authenticated(files, c.state_hash_b64u);
  if (root === undefined) return undefined;
  return snapshotRootProblems(root, c.seq).length ? undefined : (root as SnapshotRoot);
}

/** The Claw hash → wpc hash map of a state (a version's Claw hashes are recorded in claw_history). */
export function clawToWpc(policies: RegistryState["policies"]): Map<string, { policy_id: string; policy_hash_b64u: string }> {
  const out = new Map<string, { policy_id: string; policy_hash_b64u: string }>();
  for (const [id, p] of Object.entries(policies)) for (const [wpc, claws] of Object.entries(p.claw_history)) for (const c of claws) out.set(c, { policy_id: id, policy_hash_b64u: wpc });
  return out;
}

/** Paths of the shards and contracts the gate needs, given the root. */
export function lightPaths(root: SnapshotRoot, needs: GateNeeds): string[] {
  const keys = new Set([...needs.tokenHashes.map(hashShard), ...needs.jtis.map(jtiShard)]);
  const out: string[] = [];
  for (const k of [...keys].sort()) {
    const h = own(root.revoked_tokens.shards, k);
    if (h) out.push(statePath(h));
  }
  const claws = clawToWpc(root.policies);
  for (const h of needs.policyHashes) if (HASH_B64U_RE.test(h)) out.push(contractPath(claws.get(h)?.policy_hash_b64u ?? h));
  return [...new Set(out)];
}

/** The registry as the gate needs it, from the light read; null when anything is off (replay instead). */
export function verifyRegistryHead(files: RegistryFiles, opts: VerifyRegistryOptions, needs: GateNeeds): VerifiedRegistry | null {
  const c = lightCheckpoint(files, opts);
  if (!c) return null;
  const root = lightRoot(files, c);
  if (!root) return null;
  const revoked = { hashes: [] as string[], jtis: [] as string[] };
  const keys = new Set([...needs.tokenHashes.map(hashShard), ...needs.jtis.map(jtiShard)]);
  for (const k of [...keys].sort()) {
    const h = own(root.revoked_tokens.shards, k);
    if (!h) continue;
    const shard = authenticated(files, h);
    if (shard === undefined || shardProblems(shard, k).length) return null;
    revoked.hashes.push(...(shard as TokenShard).hashes);
    revoked.jtis.push(...(shard as TokenShard).jtis);
  }
  revoked.hashes.sort();
  revoked.jtis.sort();
  const contracts = new Map<string, JsonValue>();
  const claws = clawToWpc(root.policies);
  for (const named of needs.policyHashes) {
    if (!HASH_B64U_RE.test(named)) continue;
    const hash = claws.get(named)?.policy_hash_b64u ?? named;
    const path = contractPath(hash);
    const bytes = files.get(path);
    if (!bytes) {
      // a hash the registry never published: the gate fails it (POLICY_CURRENT); a published one must be here
      if (Object.values(root.policies).some((p) => p.history.includes(hash))) return null;
      continue;
    }
    const v = verifyEnvelope(parse(bytes, path), { expectedType: "wpc_contract", allowedSigners: (d) => hasRole(opts.trust, "registry", d) && Object.hasOwn(c.signers!, d) });
    if (!v.ok || v.payloadHash !== hash || (v.envelope as { expires_at?: unknown }).expires_at !== undefined) return null;
    contracts.set(hash, v.envelope.payload as JsonValue);
  }
  return {
    ok: true,
    problems: [],
    seq: c.seq,
    headEntryHash: c.entry_hash_b64u,
    state: { policies: root.policies, revoked_policies: root.revoked_policies, revoked_tokens: revoked },
    entries: [],
    contracts,
    claws: new Map(),
    controls: new Map(),
    checkpoint: c,
    signerSeqs: { ...c.signers },
    stateFiles: new Set(),
    fromSnapshot: true,
  };
}
