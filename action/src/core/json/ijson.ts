/**
 * Strict I-JSON (RFC 7493) parser. Unlike JSON.parse it sees duplicate member names, lone surrogates,
 * integer literals beyond ±(2^53−1) and numbers that overflow to infinity, and can record the source
 * offset of every value by JSON Pointer (RFC 6901) for precise findings.
 */
import { WpcError } from "./errors.ts";

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export const MAX_DEPTH = 64;

export interface SourcePos {
  line: number;
  column: number;
}

/** Offsets of values by JSON pointer, plus line lookup. */
export class SourceMap {
  readonly offsets = new Map<string, number>();
  private lineStarts: number[] | undefined;
  constructor(readonly text: string) {}

  /** Position of the value at `pointer`, or of its nearest recorded ancestor. */
  pos(pointer: string): SourcePos {
    let p = pointer;
    for (;;) {
      const off = this.offsets.get(p);
      if (off !== undefined) return this.posOfOffset(off);
      if (p === "") return { line: 1, column: 1 };
      p = p.slice(0, p.lastIndexOf("/"));
    }
  }

  posOfOffset(offset: number): SourcePos {
    const starts = (this.lineStarts ??= computeLineStarts(this.text));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const start = starts[lo]!;
    let column = 1;
    for (let i = start; i < offset; i++) {
      const c = this.text.charCodeAt(i);
      // count code points: skip the low half of a surrogate pair
      if (c >= 0xdc00 && c <= 0xdfff && i > start) {
        const prev = this.text.charCodeAt(i - 1);
        if (prev >= 0xd800 && prev <= 0xdbff) continue;
      }
      column++;
    }
    return { line: lo + 1, column };
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

export function escapePointerToken(token: string): string {
  return token.replace(/~/g, "~0").replace(/\//g, "~1");
}

export interface ParseOptions {
  /** Record value offsets by JSON pointer. */
  positions?: boolean;
  /** Name used in error messages. */
  file?: string;
  /**
   * Report objects, values of members named `member`, whose source text is exactly what
   * JSON.stringify writes for them (no whitespace, escapes and numbers as JSON.stringify writes them,
   * no index-like keys, which JSON.stringify would move first): `text.slice(start, end)`.
   * Lets a caller hash such an object from its source instead of serialising it again.
   */
  sourceSpans?: { member: string; found: (value: JsonObject, start: number, end: number) => void };
}

export interface Parsed {
  value: JsonValue;
  map: SourceMap | undefined;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

class Parser {
  i = 0;
  /** Is the text of the value being parsed what JSON.stringify writes for it (so far)? */
  canon = true;
  /** The member name whose value is being parsed (for sourceSpans). */
  member: string | undefined;
  constructor(
    readonly s: string,
    readonly map: SourceMap | undefined,
    readonly file: string | undefined,
    readonly spans: ParseOptions["sourceSpans"] = undefined,
  ) {}

  fail(message: string, at = this.i): never {
    const pos = new SourceMap(this.s).posOfOffset(Math.min(at, this.s.length));
    const where = `${this.file ? `${this.file}:` : ""}${pos.line}:${pos.column}`;
    throw new WpcError("E_NOT_IJSON", `${where}: ${message}`, this.file);
  }

  ws(): void {
    const s = this.s;
    let i = this.i;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else break;
    }
    if (i !== this.i) this.canon = false;
    this.i = i;
  }

  value(pointer: string, depth: number): JsonValue {
    this.ws();
    if (this.map) this.map.offsets.set(pointer, this.i);
    const c = this.s.charCodeAt(this.i);
    switch (c) {
      case 123: // {
        return this.object(pointer, depth + 1);
      case 91: // [
        return this.array(pointer, depth + 1);
      case 34: // "
        return this.string();
      case 116:
        return this.literal("true", true);
      case 102:
        return this.literal("false", false);
      case 110:
        return this.literal("null", null);
      default:
        if (c === 45 || (c >= 48 && c <= 57)) return this.number();
        if (Number.isNaN(c)) this.fail("unexpected end of input");
        this.fail(`unexpected character ${JSON.stringify(this.s[this.i])}`);
    }
  }

  literal<T extends JsonValue>(word: string, v: T): T {
    if (!this.s.startsWith(word, this.i)) this.fail("invalid literal");
    this.i += word.length;
    return v;
  }

  object(pointer: string, depth: number): JsonObject {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH}`);
    const start = this.i;
    const report = this.spans !== undefined && this.member === this.spans.member;
    const outer = this.canon;
    this.canon = true;
    this.i++;
    const out: JsonObject = {};
    this.ws();
    if (this.s.charCodeAt(this.i) === 125) {
      this.i++;
      return this.closeObject(out, start, report, outer);
    }
    for (;;) {
      this.ws();
      const keyAt = this.i;
      if (this.s.charCodeAt(this.i) !== 34) this.fail("expected a member name");
      const key = this.string();
      if (Object.prototype.hasOwnProperty.call(out, key)) this.fail(`duplicate member name ${JSON.stringify(key)}`, keyAt);
      // JSON.stringify writes index-like keys ("0", "12") first, whatever the source order
      const k0 = key.charCodeAt(0);
      if (k0 >= 48 && k0 <= 57) this.canon = false;
      this.ws();
      if (this.s.charCodeAt(this.i) !== 58) this.fail("expected ':'");
      this.i++;
      this.member = key;
      const v = this.value(this.map ? `${pointer}/${escapePointerToken(key)}` : "", depth);
      this.member = undefined;
      if (key === "__proto__") Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
      else out[key] = v;
      this.ws();
      const c = this.s.charCodeAt(this.i);
      if (c === 44) {
        this.i++;
        continue;
      }
      if (c === 125) {
        this.i++;
        return this.closeObject(out, start, report, outer);
      }
      this.fail("expected ',' or '}'");
    }
  }

  private closeObject(out: JsonObject, start: number, report: boolean, outer: boolean): JsonObject {
    if (report && this.canon) this.spans!.found(out, start, this.i);
    this.canon &&= outer;
    return out;
  }

  array(pointer: string, depth: number): JsonValue[] {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH}`);
    this.i++;
    const out: JsonValue[] = [];
    this.ws();
    if (this.s.charCodeAt(this.i) === 93) {
      this.i++;
      return out;
    }
    for (;;) {
      this.member = undefined;
      out.push(this.value(this.map ? `${pointer}/${out.length}` : "", depth));
      this.ws();
      const c = this.s.charCodeAt(this.i);
      if (c === 44) {
        this.i++;
        continue;
      }
      if (c === 93) {
        this.i++;
        return out;
      }
      this.fail("expected ',' or ']'");
    }
  }

  string(): string {
    const s = this.s;
    const start = ++this.i;
    let i = start;
    // fast path: no escapes, no surrogates, no control characters
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 34) {
        this.i = i + 1;
        return s.slice(start, i);
      }
      if (c === 92 || c < 32 || (c >= 0xd800 && c <= 0xdfff) || Number.isNaN(c)) break;
      i++;
    }
    let out = s.slice(start, i);
    for (;;) {
      const c = s.charCodeAt(i);
      if (Number.isNaN(c)) this.fail("unterminated string", i);
      if (c === 34) {
        this.i = i + 1;
        return out;
      }
      if (c < 32) this.fail("control character in string", i);
      if (c === 92) {
        const e = s.charCodeAt(i + 1);
        let unit: number;
        switch (e) {
          case 34: unit = 34; break;
          case 92: unit = 92; break;
          case 47: unit = 47; this.canon = false; break;
          case 98: unit = 8; break;
          case 102: unit = 12; break;
          case 110: unit = 10; break;
          case 114: unit = 13; break;
          case 116: unit = 9; break;
          case 117: {
            unit = this.hex4(i + 2);
            if (!stringifyEscapes(unit, s, i + 2)) this.canon = false;
            if (unit >= 0xd800 && unit <= 0xdbff) {
              if (s.charCodeAt(i + 6) !== 92 || s.charCodeAt(i + 7) !== 117) this.fail("lone surrogate in string", i);
              const low = this.hex4(i + 8);
              if (low < 0xdc00 || low > 0xdfff) this.fail("lone surrogate in string", i);
              out += String.fromCharCode(unit, low);
              i += 12;
              continue;
            }
            if (unit >= 0xdc00 && unit <= 0xdfff) this.fail("lone surrogate in string", i);
            out += String.fromCharCode(unit);
            i += 6;
            continue;
          }
          default:
            this.fail("invalid escape in string", i);
        }
        out += String.fromCharCode(unit);
        i += 2;
        continue;
      }
      if (c >= 0xd800 && c <= 0xdbff) {
        const low = s.charCodeAt(i + 1);
        if (!(low >= 0xdc00 && low <= 0xdfff)) this.fail("lone surrogate in string", i);
        out += s[i]! + s[i + 1]!;
        i += 2;
        continue;
      }
      if (c >= 0xdc00 && c <= 0xdfff) this.fail("lone surrogate in string", i);
      out += s[i]!;
      i++;
    }
  }

  hex4(at: number): number {
    const h = this.s.slice(at, at + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(h)) this.fail("invalid \\u escape", at);
    return parseInt(h, 16);
  }

  number(): number {
    const s = this.s;
    const start = this.i;
    let i = start;
    if (s.charCodeAt(i) === 45) i++;
    const intStart = i;
    if (s.charCodeAt(i) === 48) i++;
    else if (isDigit(s.charCodeAt(i))) while (isDigit(s.charCodeAt(i))) i++;
    else this.fail("invalid number", start);
    if (s.charCodeAt(intStart) === 48 && isDigit(s.charCodeAt(i))) this.fail("leading zero in number", start);
    let integral = true;
    if (s.charCodeAt(i) === 46) {
      integral = false;
      i++;
      if (!isDigit(s.charCodeAt(i))) this.fail("invalid number", start);
      while (isDigit(s.charCodeAt(i))) i++;
    }
    const e = s.charCodeAt(i);
    if (e === 101 || e === 69) {
      integral = false;
      i++;
      const sign = s.charCodeAt(i);
      if (sign === 43 || sign === 45) i++;
      if (!isDigit(s.charCodeAt(i))) this.fail("invalid number", start);
      while (isDigit(s.charCodeAt(i))) i++;
    }
    this.i = i;
    const token = s.slice(start, i);
    const v = Number(token);
    if (!Number.isFinite(v)) this.fail("number is not finite", start);
    if (integral && (v > MAX_SAFE || v < -MAX_SAFE)) this.fail("integer beyond ±(2^53−1)", start);
    // a safe integer literal is written back as is, except -0; anything else only if String(v) is it
    if (integral ? token === "-0" : String(v) !== token) this.canon = false;
    return v === 0 ? 0 : v; // -0 → 0 (JCS serialises both as 0)
  }
}

/**
 * Would JSON.stringify write the code unit `unit` as this very `\uXXXX` escape (hex at `at`)? Only
 * controls without a short escape, in lowercase hex (lone surrogates never reach here: I-JSON).
 */
function stringifyEscapes(unit: number, s: string, at: number): boolean {
  if (unit >= 0x20 || unit === 8 || unit === 9 || unit === 10 || unit === 12 || unit === 13) return false;
  return s.slice(at, at + 4) === unit.toString(16).padStart(4, "0");
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Parse I-JSON text. Throws WpcError E_NOT_IJSON (nesting deeper than MAX_DEPTH included) with
 * line:column. A caller that asks for no positions and no source spans gets the value by the engine's
 * JSON.parse wherever that provably gives this parser's value (viaJsonParse); every other text, and
 * every error, is this parser's.
 */
export function parseIJson(text: string, opts: ParseOptions = {}): Parsed {
  if (!opts.positions && !opts.sourceSpans) {
    const value = viaJsonParse(text);
    if (value !== undefined) return { value, map: undefined };
  }
  return strictParse(text, opts);
}

function strictParse(text: string, opts: ParseOptions): Parsed {
  const map = opts.positions ? new SourceMap(text) : undefined;
  const p = new Parser(text, map, opts.file, opts.sourceSpans);
  if (text.charCodeAt(0) === 0xfeff) p.fail("byte order mark is not allowed", 0);
  const value = p.value("", 0);
  p.ws();
  if (p.i !== text.length) p.fail("unexpected data after the JSON value");
  return { value, map };
}

/** A `\u` escape of a surrogate: JSON.parse takes a lone one, I-JSON does not (the strict parser decides). */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/** String.prototype.isWellFormed (ES2024, in every Node this project runs on; not in its TypeScript lib). */
const wellFormed = (text: string) => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

/**
 * The strict parser's value by the engine's JSON.parse, or undefined when that is not proven the same.
 * JSON.parse accepts the same grammar but not the same documents: it keeps the last of duplicate member
 * names, lone surrogates, integers beyond ±(2^53−1) and overflowing numbers, and -0; and it builds any
 * depth of nesting (hundreds of millions of levels cost it minutes and gigabytes, where the strict
 * parser stops at level 65). So the text is first scanned (memberNames: its member names counted, its
 * nesting bounded), and JSON.parse's value is taken only when the text has no byte order mark, no lone
 * surrogate, no `\u` escape of a surrogate, no container deeper than MAX_DEPTH, JSON.parse succeeds, no
 * number is infinite or an integer beyond ±(2^53−1), and the parsed objects hold as many members as the
 * text has member names (so no two of an object's names were the same). -0 becomes 0, as the strict
 * parser makes it.
 */
function viaJsonParse(text: string): JsonValue | undefined {
  if (text.charCodeAt(0) === 0xfeff || !wellFormed(text) || SURROGATE_ESCAPE.test(text)) return undefined;
  const names = memberNames(text);
  if (names < 0) return undefined;
  let v: JsonValue;
  try {
    v = JSON.parse(text) as JsonValue;
  } catch {
    return undefined;
  }
  if (typeof v === "number") return numberIsIJson(v) ? (v === 0 ? 0 : v) : undefined;
  const members = countMembers(v);
  return members >= 0 && members === names ? v : undefined;
}

/**
 * The member names of a JSON text — strings followed (after any whitespace) by a colon — or -1 when a
 * container nests deeper than MAX_DEPTH. One pass: a string is skipped to its closing quote (the next
 * one not escaped by an odd run of backslashes) by the engine's indexOf, so brackets and colons inside
 * strings are never counted. Exact for any text JSON.parse accepts; for any other, JSON.parse then
 * refuses it. Linear: each backslash run is looked at once, by the quote that ends it.
 */
function memberNames(s: string): number {
  let depth = 0;
  let names = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34) {
      for (;;) {
        i = s.indexOf('"', i + 1);
        if (i === -1) return names; // unterminated: JSON.parse refuses the text
        let b = i - 1;
        while (s.charCodeAt(b) === 92) b--;
        if ((i - 1 - b) % 2 === 0) break;
      }
      let k = i + 1;
      for (let w = s.charCodeAt(k); w === 32 || w === 10 || w === 13 || w === 9; w = s.charCodeAt(++k));
      if (s.charCodeAt(k) === 58) names++;
    } else if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return -1;
    } else if (c === 93 || c === 125) depth--;
  }
  return names;
}

/** The members of every object in `v` (-0 made 0 on the way), or -1 when the strict parser must decide. */
function countMembers(v: JsonValue): number {
  if (typeof v !== "object" || v === null) return 0;
  // an array's elements by index, an object's members by name: one loop over both (nesting is bounded)
  const keys = Array.isArray(v) ? undefined : Object.keys(v);
  const c = v as Record<string | number, JsonValue>;
  const length = keys ? keys.length : (v as JsonValue[]).length;
  let n = keys ? length : 0;
  for (let i = 0; i < length; i++) {
    const k = keys ? keys[i]! : i;
    const x = c[k]!;
    if (typeof x === "number") {
      if (!numberIsIJson(x)) return -1;
      if (x === 0 && 1 / x < 0) c[k] = 0;
    } else if (typeof x === "object" && x !== null) {
      const m = countMembers(x);
      if (m < 0) return -1;
      n += m;
    }
  }
  return n;
}

/** Finite, and not an integer beyond ±(2^53−1) (which the literal may or may not have been: parseIJson decides). */
const numberIsIJson = (x: number) => Number.isFinite(x) && x <= MAX_SAFE && x >= -MAX_SAFE;

/** Decode UTF-8 bytes strictly (invalid sequences → E_NOT_IJSON). */
const UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeUtf8(bytes: Uint8Array, file?: string): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new WpcError("E_NOT_IJSON", `${file ? `${file}: ` : ""}not valid UTF-8 text`, file);
  }
}
