/** The core's only door to node: SHA-256 and randomness-free helpers. Ed25519 lives in ed25519.ts. */
import { createHash } from "node:crypto";

export function sha256(data: Uint8Array | string): Uint8Array {
  return new Uint8Array(createHash("sha256").update(data).digest().buffer.slice(0) as ArrayBuffer);
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("hex");
}

export function sha256B64u(data: Uint8Array | string): string {
  return createHash("sha256").update(data).digest("base64url");
}

/** SHA-512 as a fresh Uint8Array (wired into @noble/ed25519 by ed25519.ts). */
export function sha512(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(createHash("sha512").update(data).digest());
}
