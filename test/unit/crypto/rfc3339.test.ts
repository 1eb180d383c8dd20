import { describe, expect, it } from "vitest";
import { isRfc3339DateTime } from "../../../action/src/core/crypto/envelope.ts";

/** The definition: the RFC 3339 regex, field ranges, the month's length as Date.UTC gives it, and Date.parse. */
const RE = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
function reference(s: string): boolean {
  const m = RE.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, se, oh, om] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x))) as number[];
  if (mo! < 1 || mo! > 12 || d! < 1 || h! > 23 || mi! > 59 || se! > 59 || oh! > 23 || om! > 59) return false;
  return d! <= new Date(Date.UTC(y!, mo!, 0)).getUTCDate() && !Number.isNaN(Date.parse(s));
}

describe("isRfc3339DateTime", () => {
  it("agrees with the regex definition on a grid around every edge (years 0–99 included: Date.UTC reads them as 19xx)", () => {
    const pad = (v: number, w: number) => String(v).padStart(w, "0");
    let n = 0;
    for (const y of [0, 1, 4, 99, 100, 400, 1900, 2000, 2024, 2025, 2100, 9999])
      for (let mo = 0; mo <= 13; mo++)
        for (const d of [0, 1, 28, 29, 30, 31, 32])
          for (const t of ["T00:00:00Z", "t23:59:59.5+05:30", "T24:00:00Z", "T12:60:00Z", "T12:00:60Z", "T00:00:00-23:59", "T00:00:00+24:00", "T23:59:59.123Z", "T23:59:59.Z", "T12:00:00z"]) {
            const s = `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}${t}`;
            expect(isRfc3339DateTime(s), s).toBe(reference(s));
            n++;
          }
    expect(n).toBe(12 * 14 * 7 * 10);
  });
});
