import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fullFormats } from "ajv-formats/dist/formats.js";
import { clawFormats, fastDateTime } from "../../../action/src/core/claw/formats.ts";
import { validateClaw } from "../../../action/src/core/claw/schemas.ts";

const ajvFormats = (fullFormats["date-time"] as { validate: (s: string) => boolean }).validate;
const ours = clawFormats["date-time"].validate;
const pad = (v: number, w: number) => String(v).padStart(w, "0");

describe("claw-formats date-time: ajv-formats' answer for every string, faster for the usual shape", () => {
  it("a grid of dates, times, fractions, separators and zones around every range edge", () => {
    let cases = 0;
    let fast = 0;
    for (const y of [0, 4, 100, 1900, 2000, 2023, 2024, 9999])
      for (let mo = 0; mo <= 13; mo++)
        for (const d of [0, 1, 28, 29, 30, 31, 32])
          for (const h of [0, 23, 24])
            for (const mi of [0, 59, 60])
              for (const se of ["00", "59", "60", "60.5", "61", "59.999", "5", "7a"])
                for (const tail of ["Z", "z", "+00:00", "", ".Z"])
                  for (const sep of ["T", "t", " "]) {
                    const s = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}${sep}${pad(h, 2)}:${pad(mi, 2)}:${se}${tail}`;
                    if (ours(s) !== ajvFormats(s)) throw new Error(`${s}: ajv-formats ${ajvFormats(s)}, ours ${ours(s)}`);
                    cases++;
                    if (fastDateTime(s) !== undefined) fast++;
                  }
    expect(cases).toBe(8 * 14 * 7 * 3 * 3 * 8 * 5 * 3);
    expect(fast).toBeGreaterThan(20_000); // the fast path is really taken
  });
  it("random strings near the usual shape", () => {
    const base = "2024-02-29T23:59:60.5Z";
    fc.assert(
      fc.property(fc.nat({ max: base.length }), fc.nat({ max: 3 }), fc.string({ unit: fc.constantFrom(..."0123456789-:.TtZz +"), maxLength: 3 }), (at, del, ins) => {
        const s = base.slice(0, at) + ins + base.slice(at + del);
        expect(ours(s)).toBe(ajvFormats(s));
      }),
      { seed: 3, numRuns: 20_000 },
    );
  });
  it("the precompiled Claw validators use it (a bad month in a receipt timestamp is still refused)", () => {
    const env = { envelope_version: "1", envelope_type: "gateway_receipt", payload: {}, payload_hash_b64u: "AAAAAAAA", hash_algorithm: "SHA-256", signature_b64u: "AAAAAAAA", algorithm: "Ed25519", signer_did: "did:key:z6Mk", issued_at: "2026-13-01T00:00:00Z" };
    const r = validateClaw("gateway_receipt_envelope", env);
    expect(r.valid).toBe(false);
    expect(r.errors.some((e) => e.instancePath === "/issued_at" && e.keyword === "format")).toBe(true);
    expect(validateClaw("gateway_receipt_envelope", { ...env, issued_at: "2026-12-01T00:00:00Z" }).errors.some((e) => e.instancePath === "/issued_at")).toBe(false);
  });
});
