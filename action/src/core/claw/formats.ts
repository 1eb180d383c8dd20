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
import { daysInMonth, isoZ } from "../json/iso-z.ts";

/**
 * `YYYY-MM-DDTHH:MM:SS[.fraction]Z` (capital T and Z, nothing else): true/false as ajv-formats
 * decides it, or undefined for any other string (ajv-formats decides those itself).
 */
export function fastDateTime(s: string): boolean | undefined {
  const f = isoZ(s);
  if (!f) return undefined;
  const { year, month, day, hour, minute } = f;
  const sec = f.fractionDigits ? Number(s.slice(17, s.length - 1)) : f.second;
  // ajv-formats `date`: month 1–12, day within the month (29 February in leap years)
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return false;
  // ajv-formats `time` with time zone Z (offset 0): in range, or a leap second at 23:59
  if (hour <= 23 && minute <= 59 && sec < 60) return true;
  return hour === 23 && minute === 59 && sec < 61;
}

const original = fullFormats["date-time"] as { validate: (s: string) => boolean; compare: (a: string, b: string) => number | undefined };

export const clawFormats = {
  ...fullFormats,
  "date-time": { validate: (s: string): boolean => fastDateTime(s) ?? original.validate(s), compare: original.compare },
};
