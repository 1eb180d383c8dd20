import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { htmlEscape, mdCell, mdCode, mdRunLink, runUrl, truncate, visible, xmlEscape } from "../../../action/src/core/escape/index.ts";
import { BIDI_ZW } from "../../support/runner-commands.ts";
import { cells, codeSpanContent } from "../../support/markdown-inert.ts";

const PIECES = ["`", "``", "```", " ", "|", "\\", "\\|", "\n", "\r", "\n# heading", "[x](https://evil.example)", "![i](https://evil.example/p.png)", "<img src=x onerror=alert(1)>", "<https://evil.example>", "@octo-org/security", "@octocat", "#1", "**b**", "&amp;", "<!--", "\u202e", "\u200b", "😀"];
const hostile = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: "grapheme-ascii" }), fc.string()), { maxLength: 10 }).map((a) => a.join(""));

describe("mdCell: exactly one code span in a GFM table cell", () => {
  it("property: the cell reads back as one code span showing the visible text", () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const row = `| ${mdCell(s)} | x |`;
        expect(row).not.toMatch(/[\r\n]/);
        const [cell, other] = cells(row);
        expect(other).toBe("x"); // no pipe from input opened a cell
        if (s === "") return void expect(cell).toBe("_(empty)_");
        expect(codeSpanContent(cell!)).toBe(truncate(visible(s), 1000));
        expect(BIDI_ZW.test(row)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
  it("survives backtick runs, leading and trailing backticks and spaces", () => {
    expect(mdCell("a`b")).toBe("``a`b``");
    expect(mdCell("`x`")).toBe("`` `x` ``");
    expect(mdCell(" a ")).toBe("`  a  `");
    expect(mdCell("a|b")).toBe("`a\\|b`");
    expect(mdCell("x\n# h")).toBe("`x\\u{A}# h`");
    expect(mdCell("y".repeat(2000), 300)).toHaveLength(302);
  });
});

describe("mdCode: one code span outside tables", () => {
  it("property: reads back as one code span, no line break", () => {
    fc.assert(
      fc.property(hostile.filter((s) => s !== ""), (s) => {
        const span = mdCode(s);
        expect(span).not.toMatch(/[\r\n]/);
        expect(codeSpanContent(span)).toBe(truncate(visible(s), 1000));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("links", () => {
  it("only a run URL wpc forms becomes a link", () => {
    expect(runUrl("https://github.com", "acme/policies", "4242")).toBe("https://github.com/acme/policies/actions/runs/4242");
    expect(mdRunLink("job summary", "https://github.com/acme/policies/actions/runs/4242")).toBe("[job summary](https://github.com/acme/policies/actions/runs/4242)");
    expect(runUrl("https://github.com", "acme/p) ![x](https://evil", "1")).toBeUndefined();
    expect(runUrl("javascript:alert(1)//", "a/b", "1")).toBeUndefined();
    expect(mdRunLink("job summary", "https://evil.example/x")).toBe("job summary");
    expect(mdRunLink("job summary", undefined)).toBe("job summary");
  });
});

describe("xmlEscape / htmlEscape", () => {
  it("property: only XML 1.0 characters, no markup, no bidi or zero-width", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), hostile, (a, b) => {
        const x = xmlEscape(a + b);
        expect(x).not.toMatch(/[<>"']/);
        expect(x.replace(/&(amp|lt|gt|quot|#39);/g, "")).not.toContain("&");
        // XML 1.0 Char production, and not even tab/CR/LF from input
        expect(/^[\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u.test(x)).toBe(true);
        expect(BIDI_ZW.test(x)).toBe(false);
        expect(htmlEscape(a + b)).toBe(x);
      }),
      { numRuns: 2000 },
    );
  });
  it("escapes the five markup characters", () => {
    expect(xmlEscape(`<a href="x" title='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });
});
