import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createHash } from "node:crypto";
import { parseIJson, type JsonObject } from "../../../action/src/core/json/ijson.ts";
import { rememberSourceText, stringifyHashB64u } from "../../../action/src/core/crypto/hash-memo.ts";

/** Parse `text`, collecting the spans the parser reports for values of "payload" members. */
function spans(text: string): Array<{ value: JsonObject; start: number; end: number }> {
  const out: Array<{ value: JsonObject; start: number; end: number }> = [];
  parseIJson(text, { sourceSpans: { member: "payload", found: (value, start, end) => out.push({ value, start, end }) } });
  return out;
}

/** Does any object in `v` have a key JSON.stringify would move (index-like: starts with a digit)? */
function hasIndexLikeKey(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(hasIndexLikeKey);
  if (typeof v === "object" && v !== null) return Object.entries(v).some(([k, x]) => /^[0-9]/.test(k) || hasIndexLikeKey(x));
  return false;
}

/** I-JSON values: no integers beyond ±(2^53−1) (the parser refuses them). */
const safeJson = fc.jsonValue({ maxDepth: 3 }).filter((v) => !JSON.stringify(v).match(/(?<![.\d])\d{16,}(?![.\deE])/));
const payloadObject = fc.dictionary(fc.string({ unit: "binary" }), safeJson, { maxKeys: 6 });

describe("parseIJson sourceSpans: objects whose source text is exactly JSON.stringify's", () => {
  it("every reported span is JSON.stringify of its value; canonical text is always reported", () => {
    fc.assert(
      fc.property(payloadObject, fc.integer({ min: 0, max: 5 }), (payload, form) => {
        const doc = { before: [1, "x"], payload, nested: { payload } };
        const canonical = JSON.stringify(doc);
        const texts = [canonical, JSON.stringify(doc, null, form || 1)];
        // one variant with an escape or a number JSON.stringify would not write
        texts.push(canonical.replace(/"before":\[1,/, form % 2 ? '"before":[1.0,' : '"before":[1e0,'), canonical.replace(/"x"/, '"\\u0078"'));
        for (const text of texts) {
          for (const s of spans(text)) expect(text.slice(s.start, s.end)).toBe(JSON.stringify(s.value));
        }
        const found = spans(canonical);
        if (!hasIndexLikeKey(payload)) expect(found).toHaveLength(2);
        // pretty-printed text is never reported (whitespace), unless the object is empty
        if (Object.keys(payload).length > 0) expect(spans(JSON.stringify(doc, null, 2))).toHaveLength(0);
      }),
      { seed: 20261127, numRuns: 1500 },
    );
  });

  it("text JSON.stringify would write differently is not reported", () => {
    const cases = [
      '{"payload":{"a":1.0}}',
      '{"payload":{"a":1e2}}',
      '{"payload":{"a":-0}}',
      '{"payload":{"a":"\\/"}}',
      '{"payload":{"a":"\\u0041"}}',
      '{"payload":{"a":"\\u001F"}}',
      '{"payload":{"a":"\\u000a"}}',
      '{"payload":{"a":"\\ud83d\\ude00"}}',
      '{"payload":{"b":1,"1":2}}',
      '{"payload":{ "a":1}}',
      '{"payload":{"a":[1, 2]}}',
    ];
    for (const c of cases) expect(spans(c), c).toHaveLength(0);
    const kept = ['{"payload":{"a":"\\"\\\\\\b\\f\\n\\r\\t\\u001f"}}', '{"payload":{"a":"😂\u2028é"}}', '{"payload":{"a":-1.5e-7,"b":1e+21,"c":-12}}', '{"payload":{}}'];
    for (const c of kept) {
      const s = spans(c);
      expect(s, c).toHaveLength(1);
      expect(c.slice(s[0]!.start, s[0]!.end)).toBe(JSON.stringify(s[0]!.value));
    }
  });

  it("a value with a known source text hashes from it, to the same digest", () => {
    const text = '{"payload":{"receipt_id":"r1","n":[1,2,{"x":"é"}]}}';
    const [s] = spans(text);
    rememberSourceText(s!.value, text, s!.start, s!.end);
    expect(stringifyHashB64u(s!.value)).toBe(createHash("sha256").update(JSON.stringify(s!.value)).digest("base64url"));
  });
});
