/**
 * SHA-256 (base64url) of JSON.stringify(value), remembered per object: the Claw level and the gate
 * hash the same payloads, and the edge warms this while worker threads verify signatures.
 * Parsed documents are never mutated after parsing, so an object's hash cannot go stale.
 */
import { sha256B64u, sha256Stream, type Sha256Stream } from "./crypto.ts";

const MEMO = new WeakMap<object, string>();

/** Text is handed to SHA-256 in pieces of about this many characters (fewer native calls). */
const PIECE = 1 << 16;

export function stringifyHashB64u(value: object): string | undefined {
  const hit = MEMO.get(value);
  if (hit !== undefined) return hit;
  const w = new Writer(sha256Stream());
  if (!feed(value, w, 0)) return undefined;
  const h = w.digest();
  MEMO.set(value, h);
  return h;
}

/** Characters JSON.stringify escapes: quote, backslash, controls, and (well-formed stringify) surrogates. */
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Text to SHA-256 through a reused byte buffer: no string concatenation, few native calls. */
class Writer {
  private readonly buf = Buffer.allocUnsafe(PIECE);
  private n = 0;
  constructor(private readonly h: Sha256Stream) {}
  write(s: string): void {
    // a UTF-16 unit is at most 3 UTF-8 bytes
    if (this.n + 3 * s.length > PIECE) {
      this.flush();
      if (3 * s.length > PIECE) {
        this.h.update(s);
        return;
      }
    }
    this.n += this.buf.write(s, this.n, "utf8");
  }
  /** A JSON string literal: written as is when nothing in it needs escaping (the common case). */
  string(s: string): void {
    if (NEEDS_ESCAPE.test(s)) this.write(JSON.stringify(s));
    else {
      this.write('"');
      this.write(s);
      this.write('"');
    }
  }
  private flush(): void {
    if (this.n) this.h.update(this.buf.subarray(0, this.n));
    this.n = 0;
  }
  digest(): string {
    this.flush();
    return this.h.digestB64u();
  }
}

const plainObject = (v: unknown): v is object => typeof v === "object" && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== "function";

/**
 * Write JSON.stringify(v) without building the whole string: the top levels (a bundle payload, its
 * arrays and their envelopes) are written piece by piece, deeper values are stringified one at a
 * time. An envelope's `payload` (depth 3: payload.receipts[i].payload) is stringified once and both
 * hashed on its own (remembered: the receipt checks need exactly that hash) and written into the
 * outer hash. A 10,000-receipt bundle then never holds its 15 MB serialisation at once, and no
 * receipt payload is serialised twice.
 * Same rules as JSON.stringify: keys in own enumerable order, undefined/functions/symbols dropped in
 * objects and written as null in arrays, toJSON honoured (by delegating such values whole).
 */
function feed(v: unknown, w: Writer, depth: number): boolean {
  if (typeof v === "string") {
    w.string(v);
    return true;
  }
  if (depth >= 3 || !plainObject(v)) {
    const text = JSON.stringify(v);
    if (text === undefined) return false;
    w.write(text);
    return true;
  }
  if (Array.isArray(v)) {
    w.write("[");
    for (let i = 0; i < v.length; i++) {
      if (i) w.write(",");
      if (!feed(v[i], w, depth + 1)) w.write("null");
    }
    w.write("]");
    return true;
  }
  w.write("{");
  let first = true;
  for (const k of Object.keys(v)) {
    const child = (v as Record<string, unknown>)[k];
    if (child === undefined || typeof child === "function" || typeof child === "symbol") continue;
    if (!first) w.write(",");
    w.string(k);
    w.write(":");
    first = false;
    if (depth === 2 && k === "payload" && plainObject(child)) {
      const text = JSON.stringify(child);
      if (!MEMO.has(child)) MEMO.set(child, sha256B64u(text));
      w.write(text);
    } else feed(child, w, depth + 1);
  }
  w.write("}");
  return true;
}
