import { describe, expect, it } from "vitest";
import { checkMarkdown, checkText, annotationLine, capAnnotations, checkAnnotations, workflowCommand, type Annotation } from "../../../action/src/core/policy/render.ts";
import type { CheckResult, CheckedFile } from "../../../action/src/core/policy/check.ts";
import type { Change } from "../../../action/src/core/policy/diff.ts";
import { utf8Length } from "../../../action/src/core/escape/index.ts";
import { BIDI_ZW, commandLines } from "../../support/runner-commands.ts";
import { cells, outsideCodeSpans } from "../../support/markdown-inert.ts";

/** Every input-derived string carries EVIL, so a test can see where input ends up. */
const HOSTILE = [
  "EVIL\n::error file=x::owned",
  "EVIL ##[warning]legacy",
  "EVIL [click](https://evil.example) ![px](https://evil.example/p.png)",
  "EVIL <img src=x onerror=alert(1)> <https://evil.example> <!-- x",
  "EVIL @acme/security @octocat #1",
  "EVIL\n# heading\n\n| a | b |",
  "EVIL ``` ` `` | \\| \\",
  "EVIL \u202eevil\u202c \u200b \ufeff \u2066x\u2069",
  "EVIL\r::add-mask::secret",
];

function change(i: number, risk: Change["risk"]): Change {
  const h = HOSTILE[i % HOSTILE.length]!;
  return { path: `/tool_policy/allow/${h}`, kind: "added", before: null, after: `${h} ${"v".repeat(i % 7 === 0 ? 5000 : 20)}`, risk, line: i + 1, column: 3 } as Change;
}

function file(i: number): CheckedFile {
  const h = HOSTILE[i % HOSTILE.length]!;
  const expands = i % 5 === 0;
  const f: CheckedFile = {
    file: `policies/${h}-${i}.wpc.json`,
    policy_id: null,
    status: "modified",
    base_hash: "A".repeat(43),
    head_hash: "B".repeat(43),
    findings: [
      { rule: "WPC003", level: "warning", message: `${h} gateway receipts off`, path: "/audit", line: 4, column: 2 },
      ...(i % 9 === 0 ? [{ rule: "WPC005", level: "error" as const, message: `unknown tool "${h}"`, path: "/tool_policy/allow/0", line: 9, column: 7 }] : []),
    ],
    changes: [change(i, "neutral"), change(i + 1, "tightening"), ...(expands ? [change(i + 2, "expansion")] : []), change(i + 3, "neutral")],
    expands,
  };
  if (i % 17 === 0) f.error = { code: "E_NOT_IJSON", message: `${h}: duplicate member` };
  return f;
}

function result(n: number): CheckResult {
  const files = Array.from({ length: n }, (_, i) => file(i));
  return {
    base: "EVIL`base\n::error::x",
    files,
    errors: files.reduce((k, f) => k + f.findings.filter((x) => x.level === "error").length, 0),
    warnings: files.reduce((k, f) => k + f.findings.filter((x) => x.level === "warning").length, 0),
    unusable: files.filter((f) => f.error).length,
    expands: files.some((f) => f.expands),
  };
}

/** Markdown where input is inert: EVIL only inside code spans, table rows keep their cell count. */
function expectInert(md: string): void {
  expect(BIDI_ZW.test(md)).toBe(false);
  for (const line of md.split("\n")) {
    const outside = outsideCodeSpans(line);
    expect(outside, line).not.toContain("EVIL");
    expect(outside).not.toMatch(/<(?!!-- wpc:check -->)|\]\(https:\/\/evil|@acme|@octocat/);
    if (line.startsWith("|") && !line.startsWith("|---")) expect(cells(line), line).toHaveLength(line.includes("| policy |") || /^\| [`_]/.test(line) ? 5 : cells(line).length);
    if (line.startsWith("#")) expect(line).toMatch(/^(## wpc policy check|### (Findings|Risk-classified changes|Annotations beyond the limit)$)/);
  }
}

const RUN = "https://github.com/acme/policies/actions/runs/4242";

describe("checkMarkdown: hostile policy text is inert", () => {
  it("comment and summary: input only inside code spans, no links, images, mentions, HTML or headings from input", () => {
    const r = result(12);
    const { overflow } = capAnnotations(checkAnnotations(r), 2);
    for (const target of ["comment", "summary"] as const) {
      const md = checkMarkdown(r, { target, overflow, runUrl: RUN });
      expectInert(md);
      for (const line of md.split("\n")) if (line.startsWith("| `")) expect(cells(line)).toHaveLength(5);
    }
  });
});

describe("checkMarkdown: size limits (GitHub rejects a comment over 65,536 characters)", () => {
  it("200 changed policies: the comment stays under the limit, errors and expansions first, the rest counted with a link", () => {
    const r = result(200);
    const { overflow } = capAnnotations(checkAnnotations(r));
    const full = checkMarkdown(r, { target: "summary", overflow });
    const md = checkMarkdown(r, { target: "comment", overflow, runUrl: RUN });
    expect(full.length).toBeGreaterThan(65_536); // the test means something: unbounded, it would not fit
    expect(md.length).toBeLessThanOrEqual(60_000);
    expect(md.startsWith("<!-- wpc:check -->\n## wpc policy check ❌ fails")).toBe(true);
    expect(md).toMatch(/_\d+ more (changed policies|findings|changes) not shown here: see the \[job summary\]\(https:\/\/github\.com\/acme\/policies\/actions\/runs\/4242\) of this run\._/);
    expectInert(md);
    // priority: within each table every shown row of rank 0 comes before any other
    const policyRows = md.split("\n").filter((l) => /^\| `+ ?policies/.test(l) && cells(l).length === 5 && /^(modified|added|deleted)$/.test(cells(l)[1]!));
    const fileOf = (l: string) => r.files[Number(/-(\d+)\.wpc\.json/.exec(l)![1])]!;
    const risky = (l: string) => {
      const f = fileOf(l);
      return !!f.error || f.expands || f.findings.some((x) => x.level === "error");
    };
    expect(policyRows.length).toBeGreaterThan(0);
    const firstPlain = policyRows.findIndex((l) => !risky(l));
    if (firstPlain >= 0) expect(policyRows.slice(firstPlain).some(risky)).toBe(false);
    expect(policyRows.filter(risky)).toHaveLength(r.files.filter((f) => f.error || f.expands || f.findings.some((x) => x.level === "error")).length);
    // every expansion and every error of the whole check is in the comment
    const expansions = r.files.flatMap((f) => f.changes.filter((c) => c.risk === "expansion")).length;
    expect(md.split("\n").filter((l) => /\| 🔺 expansion \| `/.test(l)).length).toBe(expansions);
    const errors = r.errors + r.unusable;
    expect(md.split("\n").filter((l) => /\| error \| (WPC|E_)/.test(l)).length).toBe(errors);
  });

  it("any size: the comment never passes 60,000 UTF-16 units, the summary never 1 MiB", () => {
    for (const n of [1, 40, 400, 3000]) {
      const r = result(n);
      const { overflow } = capAnnotations(checkAnnotations(r));
      const comment = checkMarkdown(r, { target: "comment", overflow, runUrl: RUN });
      const summary = checkMarkdown(r, { target: "summary", overflow });
      expect(comment.length).toBeLessThanOrEqual(60_000);
      expect(utf8Length(summary)).toBeLessThanOrEqual(1_000_000);
      expectInert(comment);
      // strict priority: a lower-ranked row (a tightening or a warning) is shown only when every
      // error and every expansion is
      for (const md of [comment, summary]) {
        const lines = md.split("\n");
        const expansions = lines.filter((l) => /\| 🔺 expansion \| `/.test(l)).length;
        const errors = lines.filter((l) => /\| error \| (WPC|E_)/.test(l)).length;
        const lower = lines.some((l) => /\| 🔻 tightening \| `|\| warning \| WPC/.test(l));
        const allExpansions = r.files.flatMap((f) => f.changes).filter((c) => c.risk === "expansion").length;
        if (lower) expect({ expansions, errors }).toEqual({ expansions: allExpansions, errors: r.errors + r.unusable });
        expect(errors + expansions).toBeGreaterThan(0);
      }
    }
  });

  it("no run URL: the note names the job summary without a link", () => {
    const md = checkMarkdown(result(300), { target: "comment" });
    expect(md).toContain("see the job summary of this run");
    expect(md.split("\n").map(outsideCodeSpans).join("\n")).not.toContain("](");
  });
});

describe("text and workflow commands: nothing the runner would run", () => {
  it("checkText, annotation lines and commands from hostile policies", () => {
    const r = result(20);
    const text = checkText(r);
    expect(commandLines(text)).toEqual([]);
    expect(BIDI_ZW.test(text)).toBe(false);
    // our lines only: one per file, error, finding, change, plus the total
    const expected = r.files.reduce((n, f) => n + 1 + (f.error ? 1 : 0) + f.findings.length + f.changes.length, 1);
    expect(text.split("\n")).toHaveLength(expected);
    const all: Annotation[] = checkAnnotations(r);
    for (const a of all) {
      expect(commandLines(annotationLine(a))).toEqual([]);
      expect(annotationLine(a)).not.toMatch(/[\r\n]/);
      const c = workflowCommand(a);
      expect(commandLines(c)).toEqual([c]);
      expect(c).not.toMatch(/[\r\n]|##\[/);
    }
  });
});
