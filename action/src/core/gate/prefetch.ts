/**
 * Every Ed25519 signature a gate run checks, as (signer DID, message, signature) triples, so the
 * edge can verify them ahead, in parallel, while the main thread parses and hashes. Pure; it decides
 * nothing: a triple that fails here is simply verified again (strictly) by the checks.
 */
import { b64uDecode } from "../crypto/b64u.ts";
import { SIGNATURE_LENGTH } from "../crypto/ed25519.ts";
import { parseCst } from "../claw/cst.ts";
import { arr, isObj, str } from "./context.ts";

export interface SigTriple {
  did: string;
  msg: Uint8Array;
  sig: Uint8Array;
}

const enc = new TextEncoder();

/** A SHA-256 payload hash in base64url: 43 characters (anything else cannot verify; the checks say why). */
const HASH_TEXT_LENGTH = 43;

/** The signature and co-signatures of one envelope (none when it has no readable payload hash). */
export function envelopeTriple(env: unknown, out: SigTriple[]): void {
  if (!isObj(env)) return;
  const hash = str(env.payload_hash_b64u);
  if (hash === undefined || hash.length !== HASH_TEXT_LENGTH) return;
  // one array for the envelope's signature and all its co-signatures (the message is the same)
  const msg = enc.encode(hash);
  const add = (signer: unknown, signature: unknown) => {
    const did = str(signer);
    const sig = str(signature) !== undefined ? b64uDecode(signature as string) : undefined;
    if (did && sig && sig.length === SIGNATURE_LENGTH) out.push({ did, msg, sig });
  };
  add(env.signer_did, env.signature_b64u);
  for (const co of arr(env.co_signatures)) if (isObj(co)) add(co.signer_did, co.signature_b64u);
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
