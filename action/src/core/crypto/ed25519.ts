/**
 * Ed25519 (RFC 8032): verification through @noble/ed25519 v3 (strict), with SHA-512 and a fast path from
 * node:crypto (via crypto.ts); signing through node:crypto (deterministic: the same bytes as noble).
 *
 * Verification is strict: noble's `{ zip215: false }` branch. It rejects non-canonical encodings of
 * A and R (y ≥ p, x = 0 with the sign bit set), S ≥ L, and small-order public keys, and checks the
 * cofactored equation [8][S]B = [8]R + [8][k]A. This agrees with all 151 Wycheproof vectors
 * (test/unit/ed25519.test.ts). ZIP-215 (noble's default) would accept non-canonical points.
 *
 * Keys are loaded strictly too: `checkPublicKey` rejects non-canonical and small-order keys, and
 * `loadSeed` never echoes its input (a seed is a secret) in an error.
 */
import * as ed from "@noble/ed25519";
import { ed25519SignNode, ed25519VerifyNode, sha512 } from "./crypto.ts";
import { b64AnyDecode } from "./b64u.ts";
import { WpcError } from "../json/errors.ts";

if (ed.hashes.sha512 === undefined) ed.hashes.sha512 = sha512;

export const SEED_LENGTH = 32;
export const PUBLIC_KEY_LENGTH = 32;
export const SIGNATURE_LENGTH = 64;

const VERIFY_OPTS = { zip215: false } as const;

function requireSeed(seed: Uint8Array): void {
  if (!(seed instanceof Uint8Array) || seed.length !== SEED_LENGTH) {
    throw new WpcError("E_BAD_KEY", `signing key must be a ${SEED_LENGTH}-byte Ed25519 seed`);
  }
}

/** The 32-byte public key of a 32-byte RFC 8032 seed. */
export function publicKeyFromSeed(seed: Uint8Array): Uint8Array {
  requireSeed(seed);
  return ed.getPublicKey(seed);
}

/**
 * RFC 8032 signature (deterministic, 64 bytes) of `msg` under `seed`, made by OpenSSL (node:crypto):
 * identical to noble's (`signReference`), ten times faster.
 */
export function sign(seed: Uint8Array, msg: Uint8Array): Uint8Array {
  requireSeed(seed);
  return ed25519SignNode(seed, msg);
}

/** The same signature by @noble/ed25519: the reference the tests hold OpenSSL's to. */
export function signReference(seed: Uint8Array, msg: Uint8Array): Uint8Array {
  requireSeed(seed);
  return ed.sign(msg, seed);
}

/**
 * Strict verification. Never throws: wrong lengths, undecodable points, small-order keys and
 * non-canonical encodings all give false.
 *
 * Fast path, same verdicts: a key that passed checkPublicKey (canonical, not small order) and an S
 * below L, verified by OpenSSL (cofactorless); a "yes" there implies noble's strict cofactored "yes".
 * Any "no" is re-decided by noble strict. Known-good triples (e.g. verified by worker threads over
 * the same rules) are remembered with `rememberValid`. Inside `withAssumedSignatures` a triple not
 * yet known is answered "yes" and recorded, to be decided afterwards (`allVerify`).
 */
export function verify(pub: Uint8Array, msg: Uint8Array, sig: Uint8Array): boolean {
  if (!(pub instanceof Uint8Array) || pub.length !== PUBLIC_KEY_LENGTH) return false;
  if (!(sig instanceof Uint8Array) || sig.length !== SIGNATURE_LENGTH) return false;
  if (!(msg instanceof Uint8Array)) return false;
  // the same signature is often checked twice (the Claw level, then the gate): remember positives
  const key = tripleKey(pub, msg, sig);
  if (VALID.has(key)) return true;
  if (assumed) {
    assumed.add(key);
    return true;
  }
  const ok = decide(pub, msg, sig);
  if (ok) remember(key);
  return ok;
}

function decide(pub: Uint8Array, msg: Uint8Array, sig: Uint8Array): boolean {
  if (fastVerify(pub, msg, sig)) return true;
  try {
    return ed.verify(sig, msg, pub, VERIFY_OPTS);
  } catch {
    return false;
  }
}

let assumed: Set<string> | undefined;

/** Signatures `verify` answered "yes" to without deciding them (see withAssumedSignatures). */
export interface AssumedSignatures {
  readonly size: number;
}

/**
 * Run `fn` speculatively: every signature `verify` would have to compute (one not already known
 * valid) is answered "yes" and recorded. If afterwards `allVerify(assumed)` holds, `value` is exactly
 * what `fn` computes without speculation (`fn` is a deterministic function of verify's answers, and
 * every answer given was right); otherwise the caller must run `fn` again, for real. This lets the
 * signature-free work of a gate run overlap the signature work of other threads.
 */
export function withAssumedSignatures<T>(fn: () => T): { value: T; assumed: AssumedSignatures } {
  if (assumed) throw new Error("withAssumedSignatures does not nest");
  const list = new Set<string>();
  assumed = list;
  try {
    return { value: fn(), assumed: list };
  } finally {
    assumed = undefined;
  }
}

/** Inside withAssumedSignatures (a speculative run may not start another). */
export function isSpeculating(): boolean {
  return assumed !== undefined;
}

/** Every assumed signature verifies (strictly; remembered ones at once). */
export function allVerify(sigs: AssumedSignatures): boolean {
  for (const key of sigs as Set<string>) {
    if (VALID.has(key)) continue;
    const { pub, msg, sig } = fromKey(key);
    if (!decide(pub, msg, sig)) return false;
    remember(key);
  }
  return true;
}

/** A signature by its key (not a DID): what a pool of verifiers needs. */
export interface KeyedTriple {
  pub: Uint8Array;
  msg: Uint8Array;
  sig: Uint8Array;
}

/**
 * The assumed signatures not known valid yet, for a caller that decides many at once elsewhere
 * (remembering the valid ones with rememberValid, so that allVerify then finds them decided).
 */
export function undecidedTriples(sets: readonly AssumedSignatures[]): KeyedTriple[] {
  const out: KeyedTriple[] = [];
  for (const set of sets) for (const key of set as Set<string>) if (!VALID.has(key)) out.push(fromKey(key));
  return out;
}

function fromKey(key: string): KeyedTriple {
  const b = Buffer.from(key, "latin1");
  return {
    sig: new Uint8Array(b.subarray(0, SIGNATURE_LENGTH)),
    pub: new Uint8Array(b.subarray(SIGNATURE_LENGTH, SIGNATURE_LENGTH + PUBLIC_KEY_LENGTH)),
    msg: new Uint8Array(b.subarray(SIGNATURE_LENGTH + PUBLIC_KEY_LENGTH)),
  };
}

/** The fast path alone (also what the worker threads run, with the key check done up front). */
export function fastVerify(pub: Uint8Array, msg: Uint8Array, sig: Uint8Array): boolean {
  if (pub.length !== PUBLIC_KEY_LENGTH || sig.length !== SIGNATURE_LENGTH) return false;
  return keyIsSound(pub) && sBelowL(sig) && ed25519VerifyNode(pub, msg, sig);
}

/**
 * Triples known to verify, each as one string: signature (64), key (32) and message bytes, one char
 * per byte (compact; and a copy, so a caller's later change to its arrays cannot alter it).
 */
const VALID = new Set<string>();

function tripleKey(pub: Uint8Array, msg: Uint8Array, sig: Uint8Array): string {
  const b = Buffer.allocUnsafe(SIGNATURE_LENGTH + PUBLIC_KEY_LENGTH + msg.length);
  b.set(sig, 0);
  b.set(pub, SIGNATURE_LENGTH);
  b.set(msg, SIGNATURE_LENGTH + PUBLIC_KEY_LENGTH);
  return b.toString("latin1");
}

function remember(key: string): void {
  if (VALID.size > 2_000_000) VALID.clear();
  VALID.add(key);
}

const SOUND_KEYS = new Map<string, boolean>();

/** Forget remembered triples (benchmarks and tests measure cold runs). */
export function forgetValid(): void {
  VALID.clear();
}

/** Remember a triple a verifier with the same rules (fastVerify) accepted. */
export function rememberValid(pub: Uint8Array, msg: Uint8Array, sig: Uint8Array): void {
  if (pub.length === PUBLIC_KEY_LENGTH && sig.length === SIGNATURE_LENGTH) remember(tripleKey(pub, msg, sig));
}

/** The key check of checkPublicKey, memoised (a log or bundle has few distinct keys). */
export function keyIsSound(pub: Uint8Array): boolean {
  const id = Buffer.from(pub).toString("base64");
  let ok = SOUND_KEYS.get(id);
  if (ok === undefined) {
    try {
      checkPublicKey(pub);
      ok = true;
    } catch {
      ok = false;
    }
    if (SOUND_KEYS.size > 4096) SOUND_KEYS.clear();
    SOUND_KEYS.set(id, ok);
  }
  return ok;
}

// L = 2^252 + 27742317777372353535851937790883648493, little-endian
const L_BYTES = Uint8Array.from(Buffer.from("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010", "hex"));

/** S (the second half of the signature, little-endian) < L: the canonical-S rule of RFC 8032. */
export function sBelowL(sig: Uint8Array): boolean {
  for (let i = 31; i >= 0; i--) {
    const s = sig[32 + i]!;
    const l = L_BYTES[i]!;
    if (s !== l) return s < l;
  }
  return false;
}

/**
 * Accept a public key only if it is 32 bytes, the canonical encoding of a curve point
 * (y < p; x = 0 only with sign bit 0), and not of small order ([8]P ≠ identity; this excludes the
 * eight torsion points). Throws WpcError E_BAD_KEY otherwise.
 */
export function checkPublicKey(pub: Uint8Array): void {
  if (!(pub instanceof Uint8Array) || pub.length !== PUBLIC_KEY_LENGTH) {
    throw new WpcError("E_BAD_KEY", `public key must be ${PUBLIC_KEY_LENGTH} bytes`);
  }
  let point: ed.Point;
  try {
    point = ed.Point.fromBytes(pub, false);
  } catch {
    throw new WpcError("E_BAD_KEY", "public key is not a canonical encoding of an Ed25519 point");
  }
  if (point.isSmallOrder()) {
    throw new WpcError("E_BAD_KEY", "public key is a small-order point");
  }
}

const SEED_TEXT_RE = /^(?:[A-Za-z0-9+/]{43}=?|[A-Za-z0-9_-]{43}=?)$/;

/**
 * Read a 32-byte seed written as base64 or base64url, with or without its one `=` of padding,
 * surrounding whitespace ignored. The error message never contains the text (it is a secret).
 */
export function loadSeed(text: string): Uint8Array {
  const t = typeof text === "string" ? text.trim() : "";
  const bytes = SEED_TEXT_RE.test(t) ? b64AnyDecode(t) : undefined;
  if (bytes === undefined || bytes.length !== SEED_LENGTH) {
    throw new WpcError(
      "E_BAD_KEY",
      `signing key must be base64 or base64url of exactly ${SEED_LENGTH} bytes (an Ed25519 seed)`,
    );
  }
  return bytes;
}
