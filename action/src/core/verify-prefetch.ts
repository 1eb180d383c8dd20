/**
 * Every Ed25519 signature a gate run checks, as (signer DID, message, signature) triples, so the
 * edge can verify them ahead, in parallel, while the main thread parses and hashes. Pure; it decides
 * nothing: a triple that fails here is simply verified again (strictly) by the checks.
 */
import { b64uDecode } from "./b64u.ts";
import { parseCst } from "./cst.ts";
import { arr, isObj, str } from "./verify-context.ts";

export interface SigTriple {
  did: string;
  msg: Uint8Array;
  sig: Uint8Array;
}

const enc = new TextEncoder();

function envelopeTriple(env: unknown, out: SigTriple[]): void {
  if (!isObj(env)) return;
  const did = str(env.signer_did);
  const hash = str(env.payload_hash_b64u);
  const sig = str(env.signature_b64u) !== undefined ? b64uDecode(env.signature_b64u as string) : undefined;
  if (did && hash && sig && sig.length === 64) out.push({ did, msg: enc.encode(hash), sig });
  for (const co of arr(env.co_signatures)) {
    if (!isObj(co)) continue;
    const cdid = str(co.signer_did);
    const csig = str(co.signature_b64u) !== undefined ? b64uDecode(co.signature_b64u as string) : undefined;
    if (cdid && hash && csig && csig.length === 64) out.push({ did: cdid, msg: enc.encode(hash), sig: csig });
  }
}

/** The bundle envelope, gateway receipts, tool receipt envelopes and co-signatures, approvals, the CST. */
export function signatureTriples(bundle: unknown, issuers: readonly string[]): { triples: SigTriple[]; cst?: { msg: Uint8Array; sig: Uint8Array; issuers: readonly string[] } } {
  const out: SigTriple[] = [];
  envelopeTriple(bundle, out);
  const payload = isObj(bundle) && isObj(bundle.payload) ? bundle.payload : {};
  for (const r of arr(payload.receipts)) envelopeTriple(r, out);
  for (const t of arr(payload.tool_receipts)) if (isObj(t) && t.envelope_type !== undefined) envelopeTriple(t, out);
  const meta = isObj(payload.metadata) ? payload.metadata : {};
  for (const a of arr(meta.approvals)) envelopeTriple(a, out);
  const p = parseCst(isObj(meta.cst) ? meta.cst.token : undefined);
  if (p.ok) return { triples: out, cst: { msg: enc.encode(p.cst.signingInput), sig: p.cst.signature, issuers } };
  return { triples: out };
}
