import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { b64uDecode, b64uEncode } from "../../../action/src/core/crypto/b64u.ts";

/** The definition: base64url alphabet, no padding, and re-encoding gives the text back. */
function reference(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Buffer.from(text, "base64url"));
  return b64uEncode(bytes) === text ? bytes : undefined;
}

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/ ";

describe("b64uDecode: canonical base64url only", () => {
  it("agrees with decode-and-re-encode on every text of up to 3 characters (with padding, +, / and space)", () => {
    let checked = 0;
    const walk = (prefix: string, left: number): void => {
      expect(b64uDecode(prefix)).toStrictEqual(reference(prefix));
      checked++;
      if (left > 0) for (const c of ALPHABET) walk(prefix + c, left - 1);
    };
    walk("", 3);
    expect(checked).toBe(1 + 68 + 68 ** 2 + 68 ** 3);
  });
  it("agrees on random longer texts, and round-trips random bytes", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 4, maxLength: 90 }), (t) => {
        expect(b64uDecode(t)).toStrictEqual(reference(t));
      }),
      { seed: 4, numRuns: 5000 },
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (b) => {
        expect(b64uDecode(b64uEncode(b))).toStrictEqual(b);
      }),
      { seed: 5, numRuns: 2000 },
    );
  });
  it("stray bits in the last character are refused", () => {
    expect(b64uDecode("AB")).toBeUndefined(); // 0b000001 low bits set for a 1-byte tail
    expect(b64uDecode("AQ")).toStrictEqual(Uint8Array.of(1));
    expect(b64uDecode("AAB")).toBeUndefined();
    expect(b64uDecode("AAE")).toStrictEqual(Uint8Array.of(0, 1));
  });
});
