/**
 * Characters a reader cannot see or that change how the text around them is read: made visible as
 * `\u{…}`. The base of every escaping function in this folder (DESIGN: every input byte is hostile).
 */

/**
 * C0 controls (CR and LF included: the runner ends a line at either), DEL, C1 controls (NEL among them),
 * U+00AD soft hyphen, U+061C and U+200E/U+200F and U+202A–U+202E and U+2066–U+2069 (bidi controls),
 * U+180E and U+200B–U+200D and U+2060–U+2064 and U+FEFF (zero-width and invisible operators),
 * U+2028/U+2029 (line and paragraph separators), U+206A–U+206F (deprecated format controls),
 * U+FFF9–U+FFFB (interlinear annotation), U+FFFE/U+FFFF (noncharacters XML forbids), the tag block
 * U+E0000–U+E007F (invisible ASCII look-alikes), and lone surrogates (not text; XML forbids them too).
 */
const HIDDEN =
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff]|\udb40[\udc00-\udc7f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function notation(ch: string): string {
  return `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`;
}

/** `s` with every hidden or line-breaking character replaced by its `\u{…}` notation. */
export function visible(s: string): string {
  return s.replace(HIDDEN, notation);
}

/** True when `s` holds a character `visible` would replace. */
export function hasHidden(s: string): boolean {
  HIDDEN.lastIndex = 0;
  const r = HIDDEN.test(s);
  HIDDEN.lastIndex = 0;
  return r;
}

/** At most `max` UTF-16 units of `s`, cut at a code point boundary, with "…" when cut. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = Math.max(0, max - 1);
  const c = s.charCodeAt(end - 1);
  if (end > 0 && c >= 0xd800 && c <= 0xdbff) end--; // never split a surrogate pair
  return `${s.slice(0, end)}…`;
}

/** UTF-8 length of a string, without building the bytes (lone surrogates count as U+FFFD, 3 bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
