import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { rememberSourceText, stringifyHashB64u } from "../../../action/src/core/crypto/hash-memo.ts";
import { VECTORS } from "../../support/paths.ts";

const ref = (v: unknown) => createHash("sha256").update(JSON.stringify(v)).digest("base64url");

describe("stringifyHashB64u: SHA-256 of JSON.stringify, streamed", () => {
  it.each([
    ["nested", { a: [1, { b: "x" }, [2, [3]]], "10": true, "2": null, c: { d: { e: "é😂\u2028" } } }],
    ["empty", { a: {}, b: [] }],
    ["numbers", { n: [1e21, -0, 0.1, 5e-324, 1.5], big: 9007199254740991 }],
    ["array root", [{ a: 1 }, [], "s", 3]],
    ["undefined and functions", { a: undefined, b: [undefined, () => 1], c: 1 }],
    ["toJSON", { d: new Date(0), inner: { d: new Date(1) } }],
    ["escapes in keys and values", { 'q"k': ['a"b', "back\\slash", "\u0000\u001f\n", "lone \ud800", "pair 😂", { "\t": "\u2028\u2029" }], "k\\": { p: "\udc00" } }],
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
  it("hashes each envelope payload once on the way and remembers it (receipts[i].payload)", () => {
    const inner = { receipt_id: "r1", note: "é😂\u2028", n: [1, 2] };
    const other = { receipt_id: "r2" };
    const outer = { receipts: [{ envelope_type: "gateway_receipt", payload: inner }, { payload: other, tail: "x" }], tool_receipts: [] };
    expect(stringifyHashB64u(outer)).toBe(ref(outer));
    expect(stringifyHashB64u(inner)).toBe(ref(inner));
    expect(stringifyHashB64u(other)).toBe(ref(other));
    // remembered from the outer pass, not recomputed: a (forbidden) later change does not show
    const before = ref(other);
    (other as Record<string, unknown>).extra = 1;
    expect(stringifyHashB64u(other)).toBe(before);
  });
  it("envelope members of every kind around the payload, and envelopes whose payload cannot be sliced", () => {
    const p1 = { a: "x" };
    const p2 = { b: [1, { c: "d" }] };
    const p3 = { e: null };
    const p4 = { f: 1 };
    const outer = {
      list: [
        { payload: p1 },
        { n: 1, s: "q\"uote", o: { deep: [1, 2] }, u: undefined, payload: p2, t: true, z: null, arr: ["x"] },
        { when: new Date(0), payload: p3 },
        [p4],
      ],
    };
    expect(stringifyHashB64u(outer)).toBe(ref(outer));
    for (const p of [p1, p2, p3, p4]) expect(stringifyHashB64u(p)).toBe(ref(p));
  });
  it("long strings, non-ASCII, and many small envelopes", () => {
    const big = { a: "x".repeat(70_000), b: ["é".repeat(30_000), "😂".repeat(20_000)] };
    expect(stringifyHashB64u(big)).toBe(ref(big));
    const many = { list: Array.from({ length: 20_000 }, (_, i) => ({ payload: { i, s: "ü".repeat(i % 7) }, k: `k${i}` })) };
    expect(stringifyHashB64u(many)).toBe(ref(many));
  });
  it("a payload hashed from its source text: characters across every 64 Ki-unit piece boundary stay whole", () => {
    // a surrogate pair (😀) straddling units 65,535/65,536 and 131,071/131,072 of the payload text
    for (const shift of [0, 1, 2]) {
      const filler = (n: number) => "x".repeat(n);
      const payload = { note: filler(65_535 - 9 - shift) + "😀" + filler(65_534) + "😀", tail: "é" };
      const text = `{"envelope_type":"proof_bundle","payload":${JSON.stringify(payload)}}`;
      const start = text.indexOf('{"note"');
      const parsed = JSON.parse(text.slice(start, text.length - 1)) as object;
      rememberSourceText(parsed, text, start, text.length - 1);
      expect(stringifyHashB64u(parsed)).toBe(ref(payload));
    }
  });
});
