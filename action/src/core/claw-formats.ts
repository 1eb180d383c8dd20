/**
 * The formats the Claw schemas use, as ajv-formats' `fullFormats`, with one change: `date-time`
 * first tries the shape every receipt and event carries (`2026-11-26T12:00:00Z`, with or without
 * a fraction) without allocating, and gives every other string to ajv-formats' own function. A
 * 10,000-receipt bundle checks ~50,000 timestamps; ajv-formats splits and regex-matches each one.
 *
 * Same answers as ajv-formats for every string: the fast path only takes strings whose result under
 * ajv-formats' rules (split on /t|\s/i into date and time, DATE and TIME regexes, then the range
 * checks below) is computed here step by step. The build compiles this module to
 * generated/claw-formats.cjs, which the ahead-of-time validators require.
 */
import { fullFormats } from "ajv-formats/dist/formats.js";

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/** Two or four digits at `i` as a number, or -1. */
function num(s: string, i: number, n: 2 | 4): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = digit(s, i + k);
    if (d < 0) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * `YYYY-MM-DDTHH:MM:SS[.fraction]Z` (capital T and Z, nothing else): true/false as ajv-formats
 * decides it, or undefined for any other string (ajv-formats decides those itself).
 */
export function fastDateTime(s: string): boolean | undefined {
  const n = s.length;
  if (n < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  if (s.charCodeAt(n - 1) !== 90) return undefined;
  const year = num(s, 0, 4);
  const month = num(s, 5, 2);
  const day = num(s, 8, 2);
  const hr = num(s, 11, 2);
  const min = num(s, 14, 2);
  const secInt = num(s, 17, 2);
  if (year < 0 || month < 0 || day < 0 || hr < 0 || min < 0 || secInt < 0) return undefined;
  // the fraction: "." and at least one digit, up to the Z
  let sec = secInt;
  if (n > 20) {
    if (s.charCodeAt(19) !== 46 || n === 21) return undefined;
    for (let i = 20; i < n - 1; i++) if (digit(s, i) < 0) return undefined;
    sec = Number(s.slice(17, n - 1));
  }
  // ajv-formats `date`: month 1–12, day within the month (29 February in leap years)
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS[month]!))) return false;
  // ajv-formats `time` with time zone Z (offset 0): in range, or a leap second at 23:59
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  return hr === 23 && min === 59 && sec < 61;
}

const original = fullFormats["date-time"] as { validate: (s: string) => boolean; compare: (a: string, b: string) => number | undefined };

export const clawFormats = {
  ...fullFormats,
  "date-time": { validate: (s: string): boolean => fastDateTime(s) ?? original.validate(s), compare: original.compare },
};
