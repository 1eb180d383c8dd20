import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { VECTORS } from "../../support/paths.ts";
import { parseIJson } from "../../../action/src/core/json/ijson.ts";
import { canonicalize } from "../../../action/src/core/json/jcs.ts";
import { isWpcError } from "../../../action/src/core/json/errors.ts";

const dir = join(VECTORS, "jcs");
const inputs = readdirSync(dir).filter((f) => f.startsWith("in_")).sort();

describe("RFC 8785 vectors (cyberphone testdata)", () => {
  it("has the six published vectors", () => {
    expect(inputs).toHaveLength(6);
  });
  for (const f of inputs) {
    const name = f.slice(3, -5);
    it(`canonicalizes ${name}`, () => {
      const text = readFileSync(join(dir, f), "utf8");
      const out = canonicalize(parseIJson(text).value);
      expect(out).toBe(readFileSync(join(dir, `out_${name}.json`), "utf8"));
      const hex = readFileSync(join(dir, `hex_${name}.txt`), "utf8").replace(/\s+/g, "");
      expect(Buffer.from(out, "utf8").toString("hex")).toBe(hex.toLowerCase());
    });
  }
});

function code(text: string): string | undefined {
  try {
    parseIJson(text);
    return undefined;
  } catch (e) {
    return isWpcError(e) ? e.code : "CRASH";
  }
}

describe("I-JSON rejection", () => {
  it.each([
    ["duplicate member", '{"a":1,"a":1}'],
    ["nested duplicate", '{"x":{"b":true,"c":0,"b":false}}'],
    ["duplicate __proto__", '{"__proto__":1,"__proto__":2}'],
    ["escaped duplicate", '{"a":1,"\\u0061":2}'],
    ["lone high surrogate escape", '"\\ud800"'],
    ["lone low surrogate escape", '"\\udc00x"'],
    ["high surrogate then non-low", '"\\ud800\\u0041"'],
    ["raw lone surrogate", '"\ud800"'],
    ["unsafe integer", "9007199254740992"],
    ["unsafe negative integer", "-9007199254740992"],
    ["overflow to infinity", "1e400"],
    ["negative overflow", "-1e999"],
    ["trailing comma", "[1,]"],
    ["leading zero", "012"],
    ["NaN literal", "NaN"],
    ["Infinity literal", "Infinity"],
    ["single quotes", "{'a':1}"],
    ["byte order mark", "\ufeff{}"],
    ["trailing data", "{} {}"],
    ["control character", '"a\u0001b"'],
    ["empty", ""],
  ])("rejects %s", (_name, text) => {
    expect(code(text)).toBe("E_NOT_IJSON");
  });

  it("accepts boundary values", () => {
    expect(parseIJson("9007199254740991").value).toBe(9007199254740991);
    expect(parseIJson("-9007199254740991").value).toBe(-9007199254740991);
    expect(parseIJson("1E30").value).toBe(1e30);
    expect(parseIJson('"\\ud83d\\ude02"').value).toBe("😂");
  });

  it("rejects nesting deeper than 64", () => {
    expect(code("[".repeat(65) + "]".repeat(65))).toBe("E_NOT_IJSON");
    expect(code("[".repeat(64) + "]".repeat(64))).toBeUndefined();
  });

  it("keeps __proto__ as an own member", () => {
    const v = parseIJson('{"__proto__":{"polluted":true}}').value as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(canonicalize(v)).toBe('{"__proto__":{"polluted":true}}');
  });

  it("records 1-based line and code-point column by JSON pointer", () => {
    const text = '{\n  "a": [1,\n    "😂", {"b/c": true}]\n}';
    const { map } = parseIJson(text, { positions: true });
    expect(map!.pos("/a")).toEqual({ line: 2, column: 8 });
    expect(map!.pos("/a/1")).toEqual({ line: 3, column: 5 });
    expect(map!.pos("/a/2/b~1c")).toEqual({ line: 3, column: 18 });
  });
});
