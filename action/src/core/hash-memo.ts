/**
 * SHA-256 (base64url) of JSON.stringify(value), remembered per object: the Claw level and the gate
 * hash the same receipt payloads, and the edge warms this while worker threads verify signatures.
 * Parsed documents are never mutated after parsing, so an object's hash cannot go stale.
 */
import { sha256Stream, type Sha256Stream } from "./crypto.ts";

const MEMO = new WeakMap<object, string>();

export function stringifyHashB64u(value: object): string | undefined {
  const hit = MEMO.get(value);
  if (hit !== undefined) return hit;
  const s = sha256Stream();
  if (!feed(value, s, 0)) return undefined;
  const h = s.digestB64u();
  MEMO.set(value, h);
  return h;
}

/**
 * Feed the bytes of JSON.stringify(v) to the hash without building the whole string: the top two
 * levels (a bundle payload and its arrays) are written piece by piece, deeper values are stringified
 * one at a time. A 10,000-receipt bundle then never holds its 15 MB serialisation at once.
 * Same rules as JSON.stringify: keys in own enumerable order, undefined/functions/symbols dropped in
 * objects and written as null in arrays, toJSON honoured (by delegating such values whole).
 */
function feed(v: unknown, h: Sha256Stream, depth: number): boolean {
  const shallow = depth < 2 && typeof v === "object" && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== "function";
  if (!shallow) {
    const text = JSON.stringify(v);
    if (text === undefined) return false;
    h.update(text);
    return true;
  }
  if (Array.isArray(v)) {
    h.update("[");
    for (let i = 0; i < v.length; i++) {
      if (i) h.update(",");
      if (!feed(v[i], h, depth + 1)) h.update("null");
    }
    h.update("]");
    return true;
  }
  h.update("{");
  let first = true;
  for (const k of Object.keys(v as object)) {
    const child = (v as Record<string, unknown>)[k];
    if (child === undefined || typeof child === "function" || typeof child === "symbol") continue;
    h.update(`${first ? "" : ","}${JSON.stringify(k)}:`);
    first = false;
    feed(child, h, depth + 1);
  }
  h.update("}");
  return true;
}
