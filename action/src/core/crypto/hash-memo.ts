/**
 * SHA-256 (base64url) of JSON.stringify(value), remembered per object: the Claw level and the gate
 * hash the same payloads (a bundle's, and each of its receipts').
 * Parsed documents are never mutated after parsing, so an object's hash cannot go stale.
 */
import { sha256B64u, sha256Stream, type Sha256Stream } from "./crypto.ts";

const MEMO = new WeakMap<object, string>();

/** Objects whose JSON.stringify text is known to be a slice of a source text (see rememberSourceText). */
const SOURCE = new WeakMap<object, { text: string; start: number; end: number }>();

/** Source text is hashed in slices of this many characters (no whole-payload byte copy at once). */
const SLICE = 1 << 16;

/**
 * Declare that JSON.stringify(value) === text.slice(start, end) (the parser checks this as it reads,
 * see ParseOptions.sourceSpans): the value is then hashed from that text, without serialising it.
 */
export function rememberSourceText(value: object, text: string, start: number, end: number): void {
  SOURCE.set(value, { text, start, end });
}

/** The length of JSON.stringify(value) when its source text is known (rememberSourceText), else undefined. */
export function sourceTextLength(value: object): number | undefined {
  const src = SOURCE.get(value);
  return src ? src.end - src.start : undefined;
}

export function stringifyHashB64u(value: object): string | undefined {
  const hit = MEMO.get(value);
  if (hit !== undefined) return hit;
  const src = SOURCE.get(value);
  if (src && src.end - src.start <= SLICE) {
    // a receipt payload: one slice, one one-shot hash
    const digest = sha256B64u(src.text.slice(src.start, src.end));
    MEMO.set(value, digest);
    return digest;
  }
  const h = sha256Stream();
  if (src) {
    for (let at = src.start; at < src.end; ) {
      let to = Math.min(at + SLICE, src.end);
      // never end a piece between the two halves of a character: each piece is UTF-8-encoded alone
      const last = src.text.charCodeAt(to - 1);
      if (to < src.end && last >= 0xd800 && last <= 0xdbff) to--;
      h.update(src.text.slice(at, to));
      at = to;
    }
  } else {
    // feed's pieces (whole JSON texts: no character is ever split between two) are hashed in batches
    // of up to SLICE characters: a small payload costs one hash update, not one per member
    let pending = "";
    const batched: Sha256Stream = {
      update: (d) => {
        pending += d;
        if (pending.length >= SLICE) {
          h.update(pending);
          pending = "";
        }
      },
      digestB64u: () => h.digestB64u(),
    };
    if (!feed(value, batched, 0)) return undefined;
    if (pending) h.update(pending);
  }
  const digest = h.digestB64u();
  MEMO.set(value, digest);
  return digest;
}

const plainObject = (v: unknown): v is object => typeof v === "object" && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== "function";
const skipped = (v: unknown): boolean => v === undefined || typeof v === "function" || typeof v === "symbol";

/**
 * Hash the bytes of JSON.stringify(v) without building the whole string: the top two levels (a
 * bundle payload and its arrays) are written piece by piece, each array element is stringified
 * whole. A 10,000-receipt bundle then never holds its 15 MB serialisation at once.
 * Same rules as JSON.stringify: keys in own enumerable order, undefined/functions/symbols dropped in
 * objects and written as null in arrays, toJSON honoured (by delegating such values whole).
 */
function feed(v: unknown, h: Sha256Stream, depth: number): boolean {
  if (depth >= 2 || !plainObject(v)) {
    const text = JSON.stringify(v);
    if (text === undefined) return false;
    h.update(text);
    if (depth === 2) rememberPayload(v, text);
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
  for (const k of Object.keys(v)) {
    const child = (v as Record<string, unknown>)[k];
    if (skipped(child)) continue;
    h.update(`${first ? "" : ","}${JSON.stringify(k)}:`);
    first = false;
    feed(child, h, depth + 1);
  }
  h.update("}");
  return true;
}

/**
 * An envelope in a payload array (payload.receipts[i]) has just been stringified as `text`; its own
 * `payload` (what the receipt checks hash) is a slice of that text, found by the lengths of the
 * members around it. The slice is hashed and remembered; no payload is serialised twice.
 */
function rememberPayload(env: unknown, text: string): void {
  if (!plainObject(env) || Array.isArray(env)) return;
  const payload = (env as Record<string, unknown>)["payload"];
  if (!plainObject(payload) || MEMO.has(payload) || SOURCE.has(payload)) return;
  // text = "{" m1 "," m2 … "}" with m = "key":value; payload's value starts after the members before
  // it (each with its comma) and its key, and ends before the members after it (each with its comma)
  let start = 1;
  let end = text.length - 1;
  let seen = false;
  for (const k of Object.keys(env)) {
    const child = (env as Record<string, unknown>)[k];
    if (skipped(child)) continue;
    if (typeof child === "object" && child !== null && !plainObject(child)) return; // toJSON: its key argument differs
    if (k === "payload") {
      start += JSON.stringify(k).length + 1;
      seen = true;
    } else if (seen) end -= JSON.stringify(k).length + 1 + JSON.stringify(child).length + 1;
    else start += JSON.stringify(k).length + 1 + JSON.stringify(child).length + 1;
  }
  const slice = text.slice(start, end);
  // a defensive check of the arithmetic: a whole object right after "payload": and before , or }
  const after = text.charCodeAt(end);
  if (slice.charCodeAt(0) !== 123 || slice.charCodeAt(slice.length - 1) !== 125 || text.charCodeAt(start - 1) !== 58 || (after !== 44 && after !== 125)) return;
  MEMO.set(payload, sha256B64u(slice));
}
