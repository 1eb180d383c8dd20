/**
 * parseIJson (core/json/ijson.ts), asked for no positions and no source spans, takes the engine's
 * JSON.parse only where that provably gives the strict parser's value: on every text, hostile or not,
 * it returns what the strict parser returns (-0 made 0 included) or throws what it throws (same code,
 * same line:column message). The strict parser is what runs when positions are asked for.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MAX_DEPTH, parseIJson } from "../../../action/src/core/json/ijson.ts";

/** A value or an error, -0 told apart from 0. */
function outcome(parse: () => unknown): string {
  try {
    return `value ${JSON.stringify(parse(), (_, x) => (Object.is(x, -0) ? "<-0>" : x))}`;
  } catch (e) {
    const { code, message } = e as { code?: string; message?: string };
    return `error ${code} ${message}`;
  }
}
const same = (text: string) => expect(outcome(() => parseIJson(text, { file: "f.json" }).value)).toBe(outcome(() => parseIJson(text, { file: "f.json", positions: true }).value));

const nest = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
const CASES: Record<string, string> = {
  plain: '{"a":1,"b":[true,false,null],"c":{"d":"e"}}',
  "duplicate member": '{"a":1,"a":2}',
  "duplicate member, nested": '{"x":{"a":1,"b":2,"a":3}}',
  "duplicate member in an array's object": '[{"a":1},{"b":1,"b":1}]',
  "duplicate hidden by a \\\": in a string": '{"a":1,"a":2,"s":"\\":"}',
  "duplicate hidden by two of them": '{"a":1,"a":2,"a":3,"s":"\\":\\":"}',
  "duplicate behind a space before the colon": '{"a" :1,"a":2}',
  "duplicate behind a newline before the colon": '{"a"\n:1,"a":2}',
  "duplicate behind a tab, with a \\\": to balance": '{"a"\t:1,"a":2,"s":"\\":"}',
  "\\\": in a string, no duplicate": '{"s":"say \\":\\" twice"}',
  "\\\": in a member name": '{"a\\":":1,"b":2}',
  "escaped backslash closing a name": '{"a\\\\":1,"a\\\\":2}',
  "__proto__ member": '{"__proto__":{"polluted":true},"a":1}',
  "__proto__ twice": '{"__proto__":1,"__proto__":2}',
  "index-like keys": '{"b":1,"1":2,"0":3}',
  "lone high surrogate escape": '{"s":"\\ud800"}',
  "lone low surrogate escape": '["\\uDC00"]',
  "surrogate pair escape": '["\\ud83d\\ude00"]',
  "raw lone surrogate": '["\ud800"]',
  "raw surrogate pair": '["\ud83d\ude00"]',
  "largest safe integer": "[9007199254740991,-9007199254740991]",
  "unsafe integer": "[9007199254740993]",
  "unsafe negative integer": '{"n":-9007199254740993}',
  "large float written as a float": "[1e20,1.5e300,-2.5E+100]",
  "overflow to infinity": "[1e400]",
  "negative overflow": '{"n":-1e400}',
  "negative zero": '[-0,{"z":-0.0},-0e5]',
  "negative zero alone": "-0",
  "scalar document": '"just a string"',
  [`nesting of ${MAX_DEPTH}`]: nest(MAX_DEPTH),
  [`nesting of ${MAX_DEPTH + 1}`]: nest(MAX_DEPTH + 1),
  "deep nesting": nest(100_000),
  "byte order mark": '\ufeff{"a":1}',
  "trailing data": '{"a":1} {}',
  "trailing comma": '{"a":1,}',
  "single quotes": "{'a':1}",
  "leading zero": "[01]",
  "control character in a string": '["a\u0001b"]',
  empty: "",
  whitespace: " \n\t ",
  "pretty printed": JSON.stringify({ a: [1, { b: 2 }], c: "d" }, null, 2),
};

describe("parseIJson: JSON.parse only where it gives the strict parser's value", () => {
  for (const [name, text] of Object.entries(CASES)) it(`agrees with parseIJson: ${name}`, () => same(text));

  it("refuses a text nested millions deep at once, never handing it to JSON.parse (which builds every level)", () => {
    for (const text of [nest(2_000_000), `${'{"":'.repeat(2_000_000)}0${"}".repeat(2_000_000)}`, `[${'"[{\\"",'.repeat(1000)}${nest(1_000_000)}]`]) {
      const t0 = performance.now();
      expect(outcome(() => parseIJson(text).value)).toMatch(/^error E_NOT_IJSON 1:\d+: nesting deeper than 64$/);
      expect(performance.now() - t0).toBeLessThan(1_000);
    }
  });

  it("agrees with parseIJson on generated texts rich in duplicates, escapes, odd numbers and whitespace", () => {
    const ws = fc.constantFrom("", "", "", " ", "\n", "\t ");
    const key = fc.constantFrom("a", "b", "a", "__proto__", "0", 'q\\":', "a\\\\", "\\u0061", "\\ud800", "é", "\ud83d\ude00");
    const str = fc.constantFrom("x", "\\\":", "\\\"", "\\\\", "\\ud800", "\\udc00", "\\ud83d\\ude00", "\ud800", "\ud83d\ude00", "\\n\\u0001", ":", '\\":\\":');
    const num = fc.constantFrom("0", "-0", "-0.0", "1", "1.5", "1e20", "1E400", "-1e400", "9007199254740991", "9007199254740992", "-9007199254740993", "12345678901234567890", "0.1e-400");
    const { value } = fc.letrec<{ value: string; object: string; array: string }>((tie) => ({
      value: fc.oneof({ depthSize: "small", withCrossShrink: true }, num, str.map((s) => `"${s}"`), fc.constantFrom("true", "false", "null"), tie("object"), tie("array")),
      object: fc.array(fc.tuple(ws, key, ws, ws, tie("value"), ws), { maxLength: 5 }).map((ms) => `{${ms.map(([a, k, b, c, v, d]) => `${a}"${k}"${b}:${c}${v}${d}`).join(",")}}`),
      array: fc.array(fc.tuple(ws, tie("value")), { maxLength: 4 }).map((vs) => `[${vs.map(([a, v]) => a + v).join(",")}]`),
    }));
    fc.assert(fc.property(value, ws, (text, pad) => void same(pad + text + pad)), { numRuns: 3000 });
  });

  it("agrees with parseIJson on any JSON.stringify output, compact or indented", () => {
    fc.assert(fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2), (v, indent) => void same(JSON.stringify(v, null, indent))), { numRuns: 1000 });
  });
});
