/** A WPC's identity: SHA-256 over its JCS bytes, as base64url and as sha256:hex. */
import { sha256 } from "./crypto.ts";
import { canonicalize } from "../json/jcs.ts";
import { b64uEncode, hexEncode } from "./b64u.ts";

export interface PolicyHash {
  policy_hash_b64u: string;
  sha256: string;
}

export function policyHash(value: unknown): PolicyHash {
  const digest = sha256(canonicalize(value));
  return { policy_hash_b64u: b64uEncode(digest), sha256: `sha256:${hexEncode(digest)}` };
}


export function jcsHashB64u(value: unknown): string {
  return b64uEncode(sha256(canonicalize(value)));
}

export const HASH_B64U_RE = /^[A-Za-z0-9_-]{43}$/;
