/**
 * The clawcontrols-compatible read API as static files (CLAWSIG.md §4.5, §4.5a): for every Claw hash the
 * registry records, `v1/wpc/<claw hash>` holds what `GET /v1/wpc/<claw hash>` answers on clawcontrols,
 * `{"ok":true,"policy_hash_b64u":…,"envelope":…}`, the envelope being the registry-signed one. Served at a
 * host root (clawproxy drops any base path) with `WPC_REGISTRY_BASE_URL` pointing there and
 * `WPC_SIGNER_DIDS` listing the registry keys, a self-hosted clawproxy fetches and enforces it.
 *
 * Derived from the verified registry alone, without a key, byte for byte the same on every build.
 * Revoked versions leave the tree, so clawproxy answers WPC_NOT_FOUND and fails closed; superseded ones
 * stay (a job already running under one keeps its contract enforced; the gate refuses to promote it).
 */
import type { VerifiedRegistry } from "./registry.ts";

export const READ_API_PREFIX = "v1/wpc/";

export function readApiFiles(reg: VerifiedRegistry): Map<string, Uint8Array> {
  const enc = new TextEncoder();
  const out = new Map<string, Uint8Array>();
  // GitHub Pages runs Jekyll unless told not to
  out.set(".nojekyll", new Uint8Array());
  const revoked = new Set(reg.state.revoked_policies);
  const hashes = [...reg.claws.keys()].sort();
  for (const h of hashes) {
    const c = reg.claws.get(h)!;
    if (revoked.has(c.policy_hash_b64u)) continue;
    out.set(`${READ_API_PREFIX}${h}`, enc.encode(JSON.stringify({ ok: true, policy_hash_b64u: h, envelope: c.envelope })));
  }
  return out;
}
