/** What a gate run needs of the registry, read from the bundle before the registry is (issue 13). */
import { parseCst, tokenHash } from "../claw/cst.ts";
import type { GateNeeds } from "../registry/head.ts";
import { isObj, str } from "./context.ts";

export function gateNeeds(bundle: unknown): GateNeeds {
  const payload = isObj(bundle) && isObj(bundle.payload) ? bundle.payload : {};
  const meta = isObj(payload.metadata) ? payload.metadata : {};
  const needs: GateNeeds = { tokenHashes: [], jtis: [], policyHashes: [] };
  const named = isObj(meta.wpc) ? str(meta.wpc.policy_hash_b64u) : undefined;
  if (named) needs.policyHashes.push(named);
  const token = isObj(meta.cst) ? meta.cst.token : undefined;
  if (typeof token === "string") {
    needs.tokenHashes.push(tokenHash(token));
    const p = parseCst(token);
    if (p.ok) {
      const jti = str(p.cst.claims.jti);
      if (jti) needs.jtis.push(jti);
      const pin = str(p.cst.claims.policy_hash_b64u);
      if (pin && pin !== named) needs.policyHashes.push(pin);
    }
  }
  return needs;
}
