/**
 * SHA-256 (base64url) of JSON.stringify(value), remembered per object: the Claw level and the gate
 * hash the same receipt payloads, and the edge warms this while worker threads verify signatures.
 * Parsed documents are never mutated after parsing, so an object's hash cannot go stale.
 */
import { sha256B64u } from "./crypto.ts";

const MEMO = new WeakMap<object, string>();

export function stringifyHashB64u(value: object): string | undefined {
  const hit = MEMO.get(value);
  if (hit !== undefined) return hit;
  const text = JSON.stringify(value);
  if (text === undefined) return undefined;
  const h = sha256B64u(text);
  MEMO.set(value, h);
  return h;
}
