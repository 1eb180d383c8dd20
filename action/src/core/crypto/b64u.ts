/** base64url (RFC 4648 §5), no padding on output; strict on input. */
const B64U_RE = /^[A-Za-z0-9_-]*$/;

export function b64uEncode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64url");
}

const B64U_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/**
 * Decode base64url; returns undefined when not canonical base64url (padding, bad chars, stray bits).
 * Canonical: the bits of the last character beyond the final byte are zero (what re-encoding the
 * bytes would give back), checked directly instead of by re-encoding.
 */
export function b64uDecode(text: string): Uint8Array | undefined {
  const rem = text.length % 4;
  if (rem === 1 || !B64U_RE.test(text)) return undefined;
  if (rem !== 0) {
    const last = B64U_ALPHABET.indexOf(text[text.length - 1]!);
    if ((last & (rem === 2 ? 0x0f : 0x03)) !== 0) return undefined;
  }
  // a view of the decoded bytes (no second copy); its own slice of Buffer's pool, never shared
  const b = Buffer.from(text, "base64url");
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/** Decode standard base64 or base64url (with or without padding). */
export function b64AnyDecode(text: string): Uint8Array | undefined {
  const t = text.trim().replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  return b64uDecode(t);
}

export function hexEncode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}
