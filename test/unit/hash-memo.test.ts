import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { stringifyHashB64u } from "../../action/src/core/hash-memo.ts";
import { VECTORS } from "../support/paths.ts";

const ref = (v: unknown) => createHash("sha256").update(JSON.stringify(v)).digest("base64url");

describe("stringifyHashB64u: SHA-256 of JSON.stringify, streamed", () => {
  it.each([
    ["nested", { a: [1, { b: "x" }, [2, [3]]], "10": true, "2": null, c: { d: { e: "é😂\u2028" } } }],
    ["empty", { a: {}, b: [] }],
    ["numbers", { n: [1e21, -0, 0.1, 5e-324, 1.5], big: 9007199254740991 }],
    ["array root", [{ a: 1 }, [], "s", 3]],
    ["undefined and functions", { a: undefined, b: [undefined, () => 1], c: 1 }],
    ["toJSON", { d: new Date(0), inner: { d: new Date(1) } }],
  ])("%s", (_n, v) => {
    expect(stringifyHashB64u(v as object)).toBe(ref(v));
  });
  it("the real bundles' payloads hash to their payload_hash_b64u", () => {
    const dir = join(VECTORS, "clawsig/real");
    const files = readdirSync(dir).filter((f) => f.endsWith("-bundle.json"));
    expect(files).toHaveLength(5);
    for (const f of files) {
      const env = JSON.parse(readFileSync(join(dir, f), "utf8")) as { payload: object; payload_hash_b64u: string };
      expect(stringifyHashB64u(env.payload)).toBe(env.payload_hash_b64u);
    }
  });
});
