import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { hasHidden, jsonText, plain, propertyText, safeLines, truncate, utf8Length, visible, workflowCommand } from "../../../action/src/core/escape/index.ts";
import { BIDI_ZW, commandLines } from "../../support/runner-commands.ts";

/** Strings rich in what attacks are made of: newlines, CR, `::`, `##[`, whitespace, bidi, zero-width. */
const PIECES = ["\n", "\r", "\r\n", "::", ":", "##[", "#", "[", " ", "\t", "\u00a0", "\u3000", "\u0085", "\u2028", "\u202e", "\u2066", "\u200b", "\ufeff", "\u001b[31m", "error", "warning::x", "add-mask", "`", "|", "@team", "%0A", "\ud800", "\udc00", "😀"];
/** String.prototype.isWellFormed (ES2024), which the project's lib setting does not declare. */
const wellFormed = (s: string) => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);
const hostile = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string(), fc.string({ unit: "binary" })), { maxLength: 12 }).map((a) => a.join(""));

describe("visible", () => {
  it("shows control, bidi, zero-width and separator characters as \\u{…}", () => {
    expect(visible("a\nb\rc\u0000d\u007f\u0085")).toBe("a\\u{A}b\\u{D}c\\u{0}d\\u{7F}\\u{85}");
    expect(visible("\u202eevil\u202c \u2066x\u2069 \u200e\u200f\u061c")).toBe("\\u{202E}evil\\u{202C} \\u{2066}x\\u{2069} \\u{200E}\\u{200F}\\u{61C}");
    expect(visible("z\u200bw\u200c\u200d\u2060\ufeff")).toBe("z\\u{200B}w\\u{200C}\\u{200D}\\u{2060}\\u{FEFF}");
    expect(visible("\u2028\u2029\udb40\udc41")).toBe("\\u{2028}\\u{2029}\\u{E0041}");
    expect(visible("lone \ud800 and \udc00")).toBe("lone \\u{D800} and \\u{DC00}");
  });
  it("leaves ordinary text, emoji and non-Latin scripts alone", () => {
    for (const s of ["policies/invoice-triage.wpc.json", "Grüße 😀 日本語 عربي", "did:key:z6Mk", "a\\u{A}b"]) expect(visible(s)).toBe(s);
  });
  it("property: no hidden character survives, and hasHidden agrees", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const v = visible(s);
        expect(hasHidden(v)).toBe(false);
        expect(BIDI_ZW.test(v)).toBe(false);
        expect(/[\u0000-\u001f\u007f-\u009f]/.test(v)).toBe(false);
        expect(wellFormed(v)).toBe(true);
        expect(hasHidden(s)).toBe(v !== s);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("plain and safeLines: nothing the runner would run", () => {
  it("breaks a leading `::` (after any whitespace) and every `##[`", () => {
    expect(plain("::error::x")).toBe("\\u{3A}:error::x");
    expect(plain("  \u3000::add-mask::x")).toBe("  \u3000\\u{3A}:add-mask::x");
    expect(plain("a ##[error]b ###[c")).toBe("a #\\u{23}[error]b ##\\u{23}[c");
    expect(plain("x\n::warning::y")).toBe("x\\u{A}::warning::y");
    expect(plain("x\r::warning::y")).toBe("x\\u{D}::warning::y");
    expect(safeLines("ok\n::stop-commands::t\n  ##[group]g")).toBe("ok\n\\u{3A}:stop-commands::t\n  #\\u{23}[group]g");
  });
  it("property: plain(s) is one line, no command, wherever it is embedded", () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom("", " ", ":", "#", "x: ", "  "), fc.constantFrom("", ":", "#", "[", " y"), (s, before, after) => {
        const p = plain(s);
        expect(p).not.toMatch(/[\r\n]/);
        // the print edge: whatever surrounds a plain value, safeLines leaves no command line
        expect(commandLines(safeLines(`${before}${p}${after}`))).toEqual([]);
        expect(commandLines(safeLines(`${before}${s}${after}`))).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
  it("property: safeLines keeps our own line structure and never yields a command line", () => {
    fc.assert(
      fc.property(fc.array(hostile, { maxLength: 6 }), (parts) => {
        const text = parts.join("\n");
        const out = safeLines(text);
        expect(out.split("\n")).toHaveLength(text.split("\n").length);
        expect(commandLines(out)).toEqual([]);
        expect(out).not.toContain("\r");
      }),
      { numRuns: 2000 },
    );
  });
  it("is the identity on ordinary log text", () => {
    const s = "policies/a.wpc.json:3:5: error WPC005: unknown tool \"teleport\"";
    expect(plain(s)).toBe(s);
    expect(safeLines(`${s}\n${s}`)).toBe(`${s}\n${s}`);
  });
});

describe("workflowCommand", () => {
  it("one line; message plain, properties with the toolkit's lossless escaping", () => {
    const c = workflowCommand("error", { file: "a,b:c%d\n::warning::x", line: 3, col: 1, title: "wpc ##[x]" }, "m\n::error::n %");
    expect(c).toBe("::error file=a%2Cb%3Ac%25d%0A%3A%3Awarning%3A%3Ax,line=3,col=1,title=wpc #\\u{23}[x]::m\\u{A}::error::n %25");
    expect(commandLines(c)).toHaveLength(1); // the command itself, nothing injected
  });
  it("property: exactly one command line, of the requested kind, whatever the input", () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, (file, title, message) => {
        const c = workflowCommand("warning", { file, title, line: 1 }, message);
        expect(c).not.toMatch(/[\r\n]/);
        expect(c.startsWith("::warning ") || c.startsWith("::warning::")).toBe(true);
        expect(c.includes("##[")).toBe(false);
        expect(BIDI_ZW.test(c)).toBe(false);
        expect(commandLines(c)).toEqual([c]);
      }),
      { numRuns: 2000 },
    );
  });
  it("propertyText keeps CR and LF for the toolkit, neutralises the rest", () => {
    expect(propertyText("a\nb\u202e##[c")).toBe("a\nb\\u{202E}#\\u{23}[c");
  });
});

describe("jsonText", () => {
  it("property: the same JSON value, with no raw bidi, zero-width or `##[`, and no command line", () => {
    fc.assert(
      fc.property(fc.dictionary(hostile, fc.oneof(hostile, fc.array(hostile, { maxLength: 3 }))), (v) => {
        const text = jsonText(v);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
        expect(text).not.toContain("##[");
        expect(BIDI_ZW.test(text)).toBe(false);
        expect(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/.test(text)).toBe(false);
        expect(commandLines(text)).toEqual([]);
        expect(safeLines(text)).toBe(text); // the print edge leaves valid JSON as it is
      }),
      { numRuns: 1000 },
    );
  });
});

describe("sizes", () => {
  it("truncate never splits a surrogate pair and marks the cut", () => {
    expect(truncate("abcdef", 4)).toBe("abc…");
    expect(truncate("ab😀cd", 4)).toBe("ab…");
    expect(truncate("abc", 3)).toBe("abc");
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), fc.nat(40), (s, n) => {
      expect(wellFormed(truncate(s, n))).toBe(true);
    }));
  });
  it("utf8Length equals Buffer.byteLength", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), hostile, (a, b) => {
      expect(utf8Length(a + b)).toBe(Buffer.byteLength(a + b, "utf8"));
    }));
  });
});
