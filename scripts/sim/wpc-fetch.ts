/**
 * The simulated clawproxy's contract handling, as the real one does it (CLAWSIG.md §4.5, §4.5a): the
 * pinned hash fetched as `/v1/wpc/<hash>` from the served tree (`wpc registry site` output, read as a
 * static host serves it), the envelope checked with clawproxy's rules and signer allowlist, then every
 * call enforced: provider in `allowed_providers`, model matching `allowed_models` (case-insensitive,
 * `*` across `/`). Only a contract fetched and verified binds `policy_hash` into a receipt.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { verifyClawWpcEnvelope, type ClawWpcV1 } from "../../action/src/core/claw/wpc.ts";

export interface WpcTree {
  /** The directory a static host serves at its root. */
  dir: string;
  /** WPC_SIGNER_DIDS (empty: any signer). */
  signers: readonly string[];
}

const cache = new Map<string, ClawWpcV1>();

export function fetchWpc(tree: WpcTree, hash: string): ClawWpcV1 {
  const key = `${tree.dir}\n${hash}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let body: unknown;
  try {
    body = JSON.parse(readFileSync(join(tree.dir, "v1/wpc", hash), "utf8"));
  } catch {
    throw new Error(`clawproxy: WPC_NOT_FOUND (${hash})`);
  }
  const env = body && typeof body === "object" ? (body as { envelope?: unknown }).envelope : undefined;
  const v = verifyClawWpcEnvelope(env, hash, tree.signers);
  if (!v.ok) throw new Error(`clawproxy: ${v.code}: ${v.detail}`);
  cache.set(key, v.payload);
  return v.payload;
}

/** clawproxy's allowlist checks for one call (POLICY_PROVIDER_NOT_ALLOWED / POLICY_MODEL_NOT_ALLOWED). */
export function enforceWpc(wpc: ClawWpcV1, provider: string, model: string): void {
  const providers = wpc.allowed_providers ?? [];
  if (providers.length && !providers.includes(provider)) throw new Error(`clawproxy: POLICY_PROVIDER_NOT_ALLOWED (${provider})`);
  const models = wpc.allowed_models ?? [];
  if (models.length) {
    const ok = models.some((p) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")}$`, "i").test(model));
    if (!ok) throw new Error(`clawproxy: POLICY_MODEL_NOT_ALLOWED (${model})`);
  }
}
