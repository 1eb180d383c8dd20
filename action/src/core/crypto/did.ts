/**
 * did:key for Ed25519 (CLAWSIG.md §1.4): "did:key:z" + base58btc(0xed 0x01 ‖ 32-byte public key),
 * and the clawscope/clawproxy key id. Decoding is strict: exact prefix, base58btc (Bitcoin alphabet),
 * exactly 34 bytes, multicodec ed01, and a key that passes checkPublicKey.
 */
import { base58 } from "@scure/base";
import { sha256Hex } from "./crypto.ts";
import { checkPublicKey, PUBLIC_KEY_LENGTH } from "./ed25519.ts";
import { WpcError } from "../json/errors.ts";

export const DID_KEY_PREFIX = "did:key:z";
const MULTICODEC_ED25519_PUB = [0xed, 0x01] as const;
const DECODED_LENGTH = MULTICODEC_ED25519_PUB.length + PUBLIC_KEY_LENGTH;
/** base58 of 34 bytes is at most 47 characters; bound the input before the quadratic decode. */
const MAX_MULTIBASE_CHARS = 48;

/** The did:key of a valid Ed25519 public key (checked with checkPublicKey first). */
export function didKeyFromPublicKey(pub: Uint8Array): string {
  checkPublicKey(pub);
  const bytes = new Uint8Array(DECODED_LENGTH);
  bytes.set(MULTICODEC_ED25519_PUB, 0);
  bytes.set(pub, MULTICODEC_ED25519_PUB.length);
  return DID_KEY_PREFIX + base58.encode(bytes);
}

/** Keys that passed every check, by DID (a log signed by one key decodes it once). */
const VALID_KEYS = new Map<string, Uint8Array>();
const MAX_CACHED_KEYS = 4096;

/** The raw 32-byte Ed25519 key named by a did:key. Throws WpcError E_BAD_KEY. */
export function publicKeyFromDidKey(did: string): Uint8Array {
  const cached = typeof did === "string" ? VALID_KEYS.get(did) : undefined;
  if (cached) return cached.slice();
  const pub = decodeDidKey(did);
  if (VALID_KEYS.size >= MAX_CACHED_KEYS) VALID_KEYS.clear();
  VALID_KEYS.set(did, pub.slice());
  return pub;
}

function decodeDidKey(did: string): Uint8Array {
  if (typeof did !== "string" || !did.startsWith(DID_KEY_PREFIX)) {
    throw new WpcError("E_BAD_KEY", `a did:key must start with "${DID_KEY_PREFIX}"`);
  }
  const text = did.slice(DID_KEY_PREFIX.length);
  if (text.length === 0 || text.length > MAX_MULTIBASE_CHARS) {
    throw new WpcError("E_BAD_KEY", "did:key has the wrong length for an Ed25519 key");
  }
  let bytes: Uint8Array;
  try {
    bytes = base58.decode(text);
  } catch {
    throw new WpcError("E_BAD_KEY", "did:key is not base58btc");
  }
  if (bytes.length !== DECODED_LENGTH) {
    throw new WpcError("E_BAD_KEY", `did:key must decode to ${DECODED_LENGTH} bytes, got ${bytes.length}`);
  }
  if (bytes[0] !== MULTICODEC_ED25519_PUB[0] || bytes[1] !== MULTICODEC_ED25519_PUB[1]) {
    throw new WpcError("E_BAD_KEY", "did:key is not an Ed25519 key (multicodec prefix is not ed01)");
  }
  const pub = bytes.slice(MULTICODEC_ED25519_PUB.length);
  checkPublicKey(pub);
  return pub;
}

/** true when `did` is a did:key naming a valid Ed25519 key. */
export function isDidKey(did: unknown): did is string {
  if (typeof did !== "string") return false;
  try {
    publicKeyFromDidKey(did);
    return true;
  } catch {
    return false;
  }
}

/** clawscope/clawproxy `kid`: the first 16 lowercase hex chars of SHA-256(raw public key). */
export function keyId(pub: Uint8Array): string {
  if (!(pub instanceof Uint8Array) || pub.length !== PUBLIC_KEY_LENGTH) {
    throw new WpcError("E_BAD_KEY", `public key must be ${PUBLIC_KEY_LENGTH} bytes`);
  }
  return sha256Hex(pub).slice(0, 16);
}
