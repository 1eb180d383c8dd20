/** base64url (RFC 4648 §5), no padding on output; strict on input. */
const B64U_RE = /^[A-Za-z0-9_-]*$/;

export function b64uEncode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64url");
}

/** Decode base64url; returns undefined when not canonical base64url (padding, bad chars, stray bits). */
export function b64uDecode(text: string): Uint8Array | undefined {
  if (!B64U_RE.test(text) || text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Buffer.from(text, "base64url"));
  return b64uEncode(bytes) === text ? bytes : undefined;
}

/** Decode standard base64 or base64url (with or without padding). */
export function b64AnyDecode(text: string): Uint8Array | undefined {
  const t = text.trim().replace(/=+$/, "").replace(/\+/g, "-").replace(/\//g, "_");
  return b64uDecode(t);
}

export function hexEncode(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}
