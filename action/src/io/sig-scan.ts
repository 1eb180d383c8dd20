/**
 * The envelope signatures of a proof bundle, found in its raw bytes before it is parsed, so the
 * signature workers start while this thread still decodes and parses (the parse of a 20 MB bundle
 * takes longer than a worker needs to verify a third of its signatures).
 *
 * It decides nothing and needs no grammar: it looks for the members every Claw envelope writes after
 * its payload — `"payload_hash_b64u":"<43>"` followed, before the envelope's closing brace, by
 * `"signature_b64u":"…"` and `"signer_did":"…"` (compact, as JSON.stringify writes bundles, or with
 * whitespace, as the registry's files are written) — and hands out (signer, message, signature)
 * triples. The pool only remembers triples that verify, and a verified triple is a fact whatever text
 * it came from; a triple the scan misses (other member order, co-signatures, the CST) is verified by
 * the checks themselves. Linear: every search starts after the previous hit, and the members are looked
 * for only within the envelope's tail (bounded).
 */
import { b64uDecode } from "../core/crypto/b64u.ts";
import { SIGNATURE_LENGTH } from "../core/crypto/ed25519.ts";
import type { SigTriple } from "../core/gate/index.ts";

const HASH = Buffer.from('"payload_hash_b64u"', "latin1");
const SIG = Buffer.from('"signature_b64u"', "latin1");
const SIGNER = Buffer.from('"signer_did"', "latin1");
/** A SHA-256 hash in base64url is 43 characters; a signature 86. */
const HASH_CHARS = 43;
const SIG_CHARS = 86;
/** The members after an envelope's payload hash fit in this many bytes (hash algorithm, signature, signer, time). */
const TAIL = 1024;
const QUOTE = 0x22;
const COLON = 0x3a;
const CLOSE = 0x7d;
const OPEN = 0x7b;

/** The end of the envelope tail starting at `from`: its closing brace, or the first nested object. */
function tailEnd(buf: Buffer, from: number): number {
  const limit = Math.min(buf.length, from + TAIL);
  for (let i = from; i < limit; i++) {
    const c = buf[i];
    if (c === CLOSE || c === OPEN) return i;
  }
  return limit;
}

const isSpace = (c: number | undefined) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/** After a member name ending at `at`: whitespace, a colon, whitespace and an opening quote; the string's first index, or -1. */
function stringValueAt(buf: Buffer, at: number): number {
  let i = at;
  while (isSpace(buf[i])) i++;
  if (buf[i++] !== COLON) return -1;
  while (isSpace(buf[i])) i++;
  return buf[i] === QUOTE ? i + 1 : -1;
}

/** The string value of the member named by `key` (its quoted name), within [from, to) (searched there only). */
function member(buf: Buffer, key: Buffer, from: number, to: number): [number, number] | undefined {
  const tail = buf.subarray(from, to);
  const at = tail.indexOf(key);
  if (at < 0) return undefined;
  const start = stringValueAt(tail, at + key.length);
  if (start < 0) return undefined;
  const end = tail.indexOf(QUOTE, start);
  return end < 0 ? undefined : [from + start, from + end];
}

/** The tail of an envelope as the Claw services and wpc write it (JSON.stringify, in their member order). */
const USUAL_BEFORE_SIG = Buffer.from('","hash_algorithm":"SHA-256","signature_b64u":"', "latin1");
const USUAL_BEFORE_SIGNER = Buffer.from('","algorithm":"Ed25519","signer_did":"', "latin1");

/** [signature start, signer start, signer end] when the tail after the hash (at `q`) is the usual one. */
function usualTail(buf: Buffer, q: number): [number, number, number] | undefined {
  const sig = q + USUAL_BEFORE_SIG.length;
  const signer = sig + SIG_CHARS + USUAL_BEFORE_SIGNER.length;
  if (signer > buf.length) return undefined;
  if (USUAL_BEFORE_SIG.compare(buf, q, sig) !== 0 || USUAL_BEFORE_SIGNER.compare(buf, sig + SIG_CHARS, signer) !== 0) return undefined;
  const end = buf.indexOf(QUOTE, signer);
  return end < 0 || end - signer > TAIL ? undefined : [sig, signer, end];
}

/** What follows the payload hash of an event_chain entry (an event header, never an envelope). */
const EVENT_TAIL = Buffer.from('","prev_hash_b64u":', "latin1");

/** The hash closing at `q` is an event header's, as JSON.stringify writes events: nothing to search for. */
function eventTail(buf: Buffer, q: number): boolean {
  return q + EVENT_TAIL.length <= buf.length && EVENT_TAIL.compare(buf, q, q + EVENT_TAIL.length) === 0;
}

/** The same found by searching the tail up to the envelope's end, in any member order. */
function anyTail(buf: Buffer, q: number): [number, number, number] | undefined {
  const end = tailEnd(buf, q);
  const s = member(buf, SIG, q, end);
  const d = s && member(buf, SIGNER, q, end);
  return s && d && s[1] - s[0] === SIG_CHARS ? [s[0], d[0], d[1]] : undefined;
}

/** Every envelope signature the bytes appear to carry, in order (messages are views of `bytes`). */
export function scanEnvelopeSignatures(bytes: Uint8Array): SigTriple[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: SigTriple[] = [];
  // the signer of the signature before, and where it was written (one gateway signs every receipt)
  let did = "";
  let didAt = 0;
  for (let at = buf.indexOf(HASH); at >= 0; at = buf.indexOf(HASH, at + HASH.length)) {
    const h = stringValueAt(buf, at + HASH.length);
    if (h < 0) continue;
    const q = h + HASH_CHARS;
    if (buf[q] !== QUOTE) continue;
    const t = usualTail(buf, q) ?? (eventTail(buf, q) ? undefined : anyTail(buf, q + 1));
    if (!t) continue;
    const sig = b64uDecode(buf.toString("latin1", t[0], t[0] + SIG_CHARS));
    if (sig?.length !== SIGNATURE_LENGTH) continue;
    if (t[2] - t[1] !== did.length || buf.compare(buf, didAt, didAt + did.length, t[1], t[2]) !== 0) [did, didAt] = [buf.toString("latin1", t[1], t[2]), t[1]];
    out.push({ did, msg: bytes.subarray(h, q), sig });
  }
  return out;
}
