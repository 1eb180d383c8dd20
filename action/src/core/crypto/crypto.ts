/** The core's only door to node: SHA-256 and randomness-free helpers. Ed25519 lives in ed25519.ts. */
import * as nodeCrypto from "node:crypto";
import type { KeyObject } from "node:crypto";

const { createHash, createPrivateKey, createPublicKey, sign: nodeSign, verify: nodeVerify } = nodeCrypto;

/** One-shot `crypto.hash` (Node ≥ 20.12: about twice as fast as createHash for short inputs), else createHash. */
const oneShot = (nodeCrypto as { hash?: (alg: string, data: string | Uint8Array, enc: string) => string }).hash;

export function sha256(data: Uint8Array | string): Uint8Array {
  const d = createHash("sha256").update(data).digest();
  return new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
}

export function sha256Hex(data: Uint8Array | string): string {
  return oneShot ? oneShot("sha256", data, "hex") : createHash("sha256").update(data).digest("hex");
}

export function sha256B64u(data: Uint8Array | string): string {
  return oneShot ? oneShot("sha256", data, "base64url") : createHash("sha256").update(data).digest("base64url");
}

/** SHA-512 as a fresh Uint8Array (wired into @noble/ed25519 by ed25519.ts). */
export function sha512(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHash("sha512").update(data).digest());
}

const SPKI_ED25519_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
const KEY_OBJECTS = new Map<string, KeyObject>();

/**
 * OpenSSL's Ed25519 verification (RFC 8032, cofactorless). Only a fast path: ed25519.ts calls it
 * after its own key and S checks and falls back to the strict verifier when it says no.
 */
export function ed25519VerifyNode(pub: Uint8Array, msg: Uint8Array, sig: Uint8Array): boolean {
  try {
    return nodeVerify(null, msg, keyObject(pub), sig);
  } catch {
    return false;
  }
}

function keyObject(pub: Uint8Array): KeyObject {
  const id = Buffer.from(pub.buffer, pub.byteOffset, pub.byteLength).toString("base64");
  let key = KEY_OBJECTS.get(id);
  if (!key) {
    key = createPublicKey({ key: Buffer.concat([SPKI_ED25519_PREFIX, pub]), format: "der", type: "spki" });
    if (KEY_OBJECTS.size > 4096) KEY_OBJECTS.clear();
    KEY_OBJECTS.set(id, key);
  }
  return key;
}

const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");
/** Private key objects by seed array (weakly held: a seed is a secret, never a map key by value). */
const SIGNING_KEYS = new WeakMap<Uint8Array, KeyObject>();

/**
 * OpenSSL's Ed25519 signature of `msg` under a 32-byte RFC 8032 seed. Ed25519 signatures are
 * deterministic, so this is byte for byte what @noble/ed25519 signs (tested on RFC 8032 vectors and on
 * random keys and messages), at OpenSSL's speed.
 */
export function ed25519SignNode(seed: Uint8Array, msg: Uint8Array): Uint8Array {
  let key = SIGNING_KEYS.get(seed);
  if (!key) {
    key = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: "der", type: "pkcs8" });
    SIGNING_KEYS.set(seed, key);
  }
  const s = nodeSign(null, msg, key);
  return new Uint8Array(s.buffer, s.byteOffset, s.byteLength);
}

/** An incremental SHA-256 (for hashing a serialisation piece by piece, without building it whole). */
export interface Sha256Stream {
  update(data: string | Uint8Array): void;
  digestB64u(): string;
}

export function sha256Stream(): Sha256Stream {
  const h = createHash("sha256");
  return {
    update: (d) => void h.update(d),
    digestB64u: () => h.digest("base64url"),
  };
}
