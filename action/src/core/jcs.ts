/**
 * RFC 8785 JSON Canonicalization Scheme. Keys sorted by UTF-16 code units, ECMAScript number and
 * string serialisation, no whitespace. Input must already be I-JSON (see ijson.ts).
 */
import type { JsonValue } from "./ijson.ts";

export function canonicalize(value: unknown): string {
  const parts: string[] = [];
  write(value, parts);
  return parts.join("");
}

function write(v: unknown, out: string[]): void {
  if (v === null) {
    out.push("null");
    return;
  }
  switch (typeof v) {
    case "boolean":
      out.push(v ? "true" : "false");
      return;
    case "number":
      if (!Number.isFinite(v)) throw new TypeError("JCS: non-finite number");
      out.push(JSON.stringify(v));
      return;
    case "string":
      out.push(JSON.stringify(v));
      return;
    case "object": {
      if (Array.isArray(v)) {
        out.push("[");
        for (let i = 0; i < v.length; i++) {
          if (i) out.push(",");
          write(v[i], out);
        }
        out.push("]");
        return;
      }
      const obj = v as Record<string, unknown>;
      const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
      out.push("{");
      for (let i = 0; i < keys.length; i++) {
        if (i) out.push(",");
        const k = keys[i]!;
        out.push(JSON.stringify(k), ":");
        write(obj[k], out);
      }
      out.push("}");
      return;
    }
    default:
      throw new TypeError(`JCS: cannot canonicalize ${typeof v}`);
  }
}

export type { JsonValue };
