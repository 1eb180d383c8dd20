/**
 * RFC 8785 JSON Canonicalization Scheme. Keys sorted by UTF-16 code units, ECMAScript number and
 * string serialisation, no whitespace. Input must already be I-JSON (see ijson.ts).
 */
import type { JsonValue } from "./ijson.ts";

export function canonicalize(value: unknown): string {
  return write(value);
}

/** Printable ASCII without `"` and `\\`: JSON.stringify would only add the quotes. */
const PLAIN = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

function str(s: string): string {
  return PLAIN.test(s) ? `"${s}"` : JSON.stringify(s);
}

function write(v: unknown): string {
  if (v === null) return "null";
  switch (typeof v) {
    case "boolean":
      return v ? "true" : "false";
    case "number":
      if (!Number.isFinite(v)) throw new TypeError("JCS: non-finite number");
      return JSON.stringify(v);
    case "string":
      return str(v);
    case "object": {
      if (Array.isArray(v)) {
        let s = "[";
        for (let i = 0; i < v.length; i++) s += (i ? "," : "") + write(v[i]);
        return s + "]";
      }
      const obj = v as Record<string, unknown>;
      const keys = Object.keys(obj).sort();
      let s = "{";
      let first = true;
      for (const k of keys) {
        const x = obj[k];
        if (x === undefined) continue;
        s += (first ? "" : ",") + str(k) + ":" + write(x);
        first = false;
      }
      return s + "}";
    }
    default:
      throw new TypeError(`JCS: cannot canonicalize ${typeof v}`);
  }
}

export type { JsonValue };
