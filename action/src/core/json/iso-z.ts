/**
 * The timestamp shape receipts and events carry, `YYYY-MM-DDTHH:MM:SS[.fraction]Z` (capital T and Z),
 * read without allocating. Callers decide what the fields mean (a date check, a millisecond time);
 * anything else is left to their general path.
 */
export interface IsoZ {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Digits after the decimal point (0: no fraction). */
  fractionDigits: number;
}

/** `n` decimal digits of `s` at `at` as a number; -1 when any is not a digit. */
export function digits(s: string, at: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const d = s.charCodeAt(at + k) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** One reused result: the readers run ~50,000 times for a 10,000-receipt bundle (no object each). */
const FIELDS: IsoZ = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, fractionDigits: 0 };

/**
 * The fields of `s` in exactly that shape (fields not range-checked), else undefined. The result is
 * one shared object, valid until the next call: read it at once.
 */
export function isoZ(s: string): Readonly<IsoZ> | undefined {
  const n = s.length;
  if (n < 20 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return undefined;
  if (s.charCodeAt(n - 1) !== 90) return undefined;
  let fractionDigits = 0;
  if (n > 20) {
    // "." and at least one digit before the Z
    if (s.charCodeAt(19) !== 46 || n === 21 || digits(s, 20, n - 21) < 0) return undefined;
    fractionDigits = n - 21;
  }
  const f = FIELDS;
  f.year = digits(s, 0, 4);
  f.month = digits(s, 5, 2);
  f.day = digits(s, 8, 2);
  f.hour = digits(s, 11, 2);
  f.minute = digits(s, 14, 2);
  f.second = digits(s, 17, 2);
  f.fractionDigits = fractionDigits;
  return f.year < 0 || f.month < 0 || f.day < 0 || f.hour < 0 || f.minute < 0 || f.second < 0 ? undefined : f;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of the proleptic Gregorian `year` (29 in a leap February). */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return DAYS_IN_MONTH[month - 1]!;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}

/** A real day of the calendar and a time of day with no leap second (the second below 60). */
export function isCalendarTime(year: number, month: number, day: number, hour: number, minute: number, second: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59;
}

/** Latest instant a JavaScript Date holds (ms): ±8.64e15. */
const MAX_MS = 8.64e15;

/**
 * A time given by a user (`--at`, `WPC_NOW`, an action input), in ms since the epoch, or undefined when
 * it is not exactly one of: an RFC 3339 date-time with an explicit offset (`Z` or `±hh:mm`, seconds
 * required, optional fraction), or integer epoch seconds. Never Date.parse: it also reads `1.5`,
 * `Dec 1 2026` or `2026-12` and reads a time without an offset in the machine's zone (TZ-dependent).
 */
export function parseTimeInput(s: string): number | undefined {
  if (/^[0-9]{1,13}$/.test(s)) {
    const ms = Number(s) * 1000;
    return ms <= MAX_MS ? ms : undefined;
  }
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{1,9}))?(?:([Zz])|([+-])([0-9]{2}):([0-9]{2}))$/.exec(s);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number, number];
  if (!isCalendarTime(year, month, day, hour, minute, second)) return undefined;
  let offset = 0;
  if (!m[8]) {
    const oh = Number(m[10]);
    const om = Number(m[11]);
    if (oh > 23 || om > 59) return undefined;
    offset = (oh * 60 + om) * 60_000 * (m[9] === "-" ? -1 : 1);
  }
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // years 0–99 stay themselves (Date.UTC would map them to 19xx)
  d.setUTCHours(hour, minute, second, m[7] ? Number(m[7].slice(0, 3).padEnd(3, "0")) : 0);
  const ms = d.getTime() - offset;
  return Math.abs(ms) <= MAX_MS ? ms : undefined;
}
