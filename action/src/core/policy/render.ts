/**
 * Renderers, pure: human text, GitHub workflow commands, and Markdown for summaries and PR comments.
 * Every value from a policy file, its name or its diff goes through core/escape where it is embedded.
 */
import type { Finding } from "../json/findings.ts";
import { fitSections, mdCell, mdRunLink, plain, utf8Length, workflowCommand as command, type Row, type WorkflowCommand } from "../escape/index.ts";
import type { Change } from "./diff.ts";
import type { CheckResult, CheckedFile } from "./check.ts";

export interface Annotation {
  level: "error" | "warning" | "notice";
  file: string;
  line: number;
  column: number;
  title: string;
  message: string;
}

export function workflowCommand(a: Annotation): WorkflowCommand {
  return command(a.level, { file: a.file, line: a.line, col: a.column, title: a.title }, a.message);
}

/** An annotation as a plain log line (those past GitHub's limit of 10 per level). */
export function annotationLine(a: Annotation): string {
  // plain over the whole line: a file named ":" must not make the line start with "::"
  return plain(`${a.file}:${a.line}:${a.column}: ${a.level} ${a.title}: ${a.message}`);
}

export function findingAnnotation(file: string, f: Finding): Annotation {
  return { level: f.level, file, line: f.line, column: f.column, title: `wpc ${f.rule}`, message: f.message };
}

export function changeAnnotation(file: string, c: Change): Annotation {
  return {
    level: c.risk === "expansion" ? "warning" : "notice",
    file,
    line: c.line,
    column: c.column,
    title: `wpc ${c.risk}`,
    message: describeChange(c),
  };
}

export function describeChange(c: Change): string {
  const v = (x: unknown): string => (x === null || x === undefined ? "∅" : typeof x === "string" ? x : JSON.stringify(x));
  const where = c.path || "(whole policy)";
  if (c.kind === "added") return `${where}: added ${v(c.after)}`;
  if (c.kind === "removed") return c.path === "" ? "policy removed" : `${where}: removed ${v(c.before)}`;
  return `${where}: ${v(c.before)} → ${v(c.after)}`;
}

export function findingLine(file: string, f: Finding): string {
  return plain(`${file}:${f.line}:${f.column}: ${f.level} ${f.rule}: ${f.message}`);
}

/** All annotations of a check, in a stable order: errors, then warnings, then notices. */
export function checkAnnotations(r: CheckResult): Annotation[] {
  const all: Annotation[] = [];
  for (const f of r.files) {
    if (f.error) all.push({ level: "error", file: f.file, line: 1, column: 1, title: `wpc ${f.error.code}`, message: f.error.message });
    for (const x of f.findings) all.push(findingAnnotation(f.file, x));
    for (const c of f.changes) if (c.risk !== "neutral") all.push(changeAnnotation(f.file, c));
  }
  const rank = { error: 0, warning: 1, notice: 2 } as const;
  return all.sort((a, b) => rank[a.level] - rank[b.level]);
}

/** Keep at most `max` annotations of each level (GitHub keeps 10 per step); the rest are returned apart. */
export function capAnnotations(all: readonly Annotation[], max = 10): { shown: Annotation[]; overflow: Annotation[] } {
  const seen = { error: 0, warning: 0, notice: 0 };
  const shown: Annotation[] = [];
  const overflow: Annotation[] = [];
  for (const a of all) {
    if (seen[a.level] < max) {
      seen[a.level]++;
      shown.push(a);
    } else overflow.push(a);
  }
  return { shown, overflow };
}

export function checkText(r: CheckResult): string {
  const lines: string[] = [];
  for (const f of r.files) {
    lines.push(`${plain(f.file)} (${f.status}) ${short(f.base_hash)} → ${short(f.head_hash)}${f.expands ? "  EXPANDS" : ""}`);
    if (f.error) lines.push(`  ${f.error.code}: ${plain(f.error.message)}`);
    for (const x of f.findings) lines.push(`  ${findingLine(f.file, x)}`);
    for (const c of f.changes) lines.push(`  [${c.risk}] ${plain(describeChange(c))} (line ${c.line})`);
    for (const c of f.runtime?.changes ?? []) lines.push(`  [${c.risk}] Claw runtime (trust.json): ${plain(describeChange(c))}`);
  }
  if (r.files.length === 0) lines.push("no policy changes");
  lines.push(
    `${r.files.length} changed polic${r.files.length === 1 ? "y" : "ies"}, ${r.errors} error(s), ${r.warnings} warning(s)${r.unusable ? `, ${r.unusable} unusable` : ""}; ${r.expands ? "expands permissions" : "does not expand permissions"}`,
  );
  return lines.join("\n");
}

function short(h: string | null): string {
  return h ? h.slice(0, 12) : "∅";
}

export const CHECK_MARKER = "<!-- wpc:check -->";

/**
 * Where the Markdown goes, and its hard limit there. GitHub rejects a comment body over 65,536
 * characters (UTF-16 units; 422, so no comment at all) and a job summary over 1 MiB per step: both are
 * bounded with a margin, and each cell shows at most `cell` characters of its value.
 */
export const TARGETS = {
  comment: { limit: 60_000, measure: (s: string) => s.length, cell: 300 },
  summary: { limit: 1_000_000, measure: utf8Length, cell: 2_000 },
} as const;

export interface MarkdownOptions {
  /** The PR comment (with the marker) or the job summary (with the annotations past the limit). */
  target: keyof typeof TARGETS;
  /** Annotations beyond GitHub's 10 per level: counted in the comment, listed in the summary. */
  overflow?: readonly Annotation[];
  /** The workflow run, whose job summary lists what the comment leaves out. */
  runUrl?: string;
}

/**
 * Markdown for the PR comment and the job summary. Rows are ranked and fitted under the target's
 * limit, whatever does not fit counted with a pointer to the job summary: 0 errors (unusable files
 * included) and expansions; 1 the policy rows of files that have them; 2 warnings, tightenings and their
 * policies; 3 neutral changes and the rest; 4 the summary's list of annotations past GitHub's limit.
 */
export function checkMarkdown(r: CheckResult, opts: MarkdownOptions): string {
  const t = TARGETS[opts.target];
  const cell = (s: string) => mdCell(s, t.cell);
  const top: string[] = [];
  if (opts.target === "comment") top.push(CHECK_MARKER);
  const verdict = r.unusable || r.errors ? "❌ fails" : "✅ passes";
  top.push(`## wpc policy check ${verdict}`, "");
  top.push(
    `${r.files.length} changed polic${r.files.length === 1 ? "y" : "ies"} against ${cell(r.base)} · ${r.errors} error(s) · ${r.warnings} warning(s) · ${r.expands ? "**expands agent permissions** (label `policy-expansion`)" : "no expansion"}`,
  );
  const where =
    opts.target === "comment"
      ? `see the ${mdRunLink("job summary", opts.runUrl)} of this run`
      : "GitHub keeps 1 MiB of a job summary; `wpc check --base <base> --json` lists them all";
  const note = (what: string) => (n: number) => `_${n} more ${what} not shown here: ${where}._`;
  const files: Row[] = r.files.map((f) => ({
    rank: f.error || f.expands || f.findings.some((x) => x.level === "error") ? 1 : f.findings.length || f.changes.some((c) => c.risk === "tightening") ? 2 : 3,
    text: `| ${cell(f.file)} | ${f.status} | ${code(f.base_hash)} | ${code(f.head_hash)} | ${fileRisk(f)} |`,
  }));
  const findings: Row[] = r.files.flatMap((f) => [
    ...(f.error ? [{ rank: 0, text: `| ${cell(f.file)} | 1:1 | error | ${f.error.code} | ${cell(f.error.message)} |` }] : []),
    ...f.findings.map((x) => ({ rank: x.level === "error" ? 0 : 2, text: `| ${cell(f.file)} | ${x.line}:${x.column} | ${x.level} | ${x.rule} | ${cell(x.message)} |` })),
  ]);
  const changes: Row[] = r.files.flatMap((f) => [
    ...f.changes.map((c) => ({
      rank: c.risk === "expansion" ? 0 : c.risk === "tightening" ? 2 : 3,
      text: `| ${cell(f.file)} | ${c.line} | ${riskBadge(c.risk)} | ${cell(c.path || "/")} | ${cell(describeChange(c))} |`,
    })),
    // what the Claw runtime will enforce differently because trust.json changed (no line in the file)
    ...(f.runtime?.changes ?? []).map((c) => ({
      rank: c.risk === "expansion" ? 0 : c.risk === "tightening" ? 2 : 3,
      text: `| ${cell(f.file)} | — | ${riskBadge(c.risk)} | ${cell(`claw:${c.path}`)} | ${cell(`Claw runtime (trust.json): ${describeChange(c)}`)} |`,
    })),
  ]);
  const overflow = opts.overflow ?? [];
  const sections = [
    { head: ["", "| policy | status | old hash | new hash | risk |", "|---|---|---|---|---|"], rows: files, omitted: note("changed policies") },
    { head: ["", "### Findings", "", "| file | line:col | level | rule | message |", "|---|---|---|---|---|"], rows: findings, omitted: note("findings") },
    { head: ["", "### Risk-classified changes", "", "| file | line | risk | path | change |", "|---|---|---|---|---|"], rows: changes, omitted: note("changes") },
  ];
  const tail: string[] = [];
  if (overflow.length) {
    tail.push("", `_${overflow.length} annotation(s) beyond GitHub's limit of 10 per level are listed only ${opts.target === "summary" ? "above" : "in the job summary"}._`);
    if (opts.target === "summary")
      sections.push({
        head: ["", "### Annotations beyond the limit", ""],
        rows: overflow.map((a) => ({ rank: 4, text: `- ${cell(`${a.file}:${a.line}:${a.column}`)} ${a.level} ${cell(a.title)}: ${cell(a.message)}` })),
        omitted: note("annotations"),
      });
  }
  return fitSections(top, sections, tail, t).text + "\n";
}

function code(s: string | null): string {
  return s ? mdCell(s) : "—";
}

function fileRisk(f: CheckedFile): string {
  if (f.error) return "unusable";
  if (f.expands) return "🔺 expansion";
  if (f.changes.some((c) => c.risk === "tightening")) return "🔻 tightening";
  return "neutral";
}

function riskBadge(r: Change["risk"]): string {
  return r === "expansion" ? "🔺 expansion" : r === "tightening" ? "🔻 tightening" : "neutral";
}
