/** Renderers, pure: human text, GitHub workflow commands, and Markdown for summaries and PR comments. */
import type { Finding } from "../json/findings.ts";
import type { Change } from "./diff.ts";
import type { CheckResult, CheckedFile } from "./check.ts";

/** GitHub workflow command escaping (actions/toolkit command.ts). */
export function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

export interface Annotation {
  level: "error" | "warning" | "notice";
  file: string;
  line: number;
  column: number;
  title: string;
  message: string;
}

export function workflowCommand(a: Annotation): string {
  return `::${a.level} file=${escapeProperty(a.file)},line=${a.line},col=${a.column},title=${escapeProperty(a.title)}::${escapeData(a.message)}`;
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
  return `${file}:${f.line}:${f.column}: ${f.level} ${f.rule}: ${f.message}`;
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
    lines.push(`${f.file} (${f.status}) ${short(f.base_hash)} → ${short(f.head_hash)}${f.expands ? "  EXPANDS" : ""}`);
    if (f.error) lines.push(`  ${f.error.code}: ${f.error.message}`);
    for (const x of f.findings) lines.push(`  ${findingLine(f.file, x)}`);
    for (const c of f.changes) lines.push(`  [${c.risk}] ${describeChange(c)} (line ${c.line})`);
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

function md(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function code(s: string | null): string {
  return s ? `\`${s}\`` : "—";
}

export const CHECK_MARKER = "<!-- wpc:check -->";

/** Markdown for the job summary and the PR comment (same body; the comment carries the marker). */
export function checkMarkdown(r: CheckResult, opts: { marker?: boolean; overflow?: number } = {}): string {
  const out: string[] = [];
  if (opts.marker) out.push(CHECK_MARKER);
  const verdict = r.unusable || r.errors ? "❌ fails" : "✅ passes";
  out.push(`## wpc policy check ${verdict}`);
  out.push("");
  out.push(
    `${r.files.length} changed polic${r.files.length === 1 ? "y" : "ies"} against \`${md(r.base)}\` · ${r.errors} error(s) · ${r.warnings} warning(s) · ${r.expands ? "**expands agent permissions** (label `policy-expansion`)" : "no expansion"}`,
  );
  if (r.files.length) {
    out.push("", "| policy | status | old hash | new hash | risk |", "|---|---|---|---|---|");
    for (const f of r.files) out.push(`| \`${md(f.file)}\` | ${f.status} | ${code(f.base_hash)} | ${code(f.head_hash)} | ${fileRisk(f)} |`);
  }
  const findings = r.files.flatMap((f) => [
    ...(f.error ? [`| \`${md(f.file)}\` | 1:1 | error | ${f.error.code} | ${md(f.error.message)} |`] : []),
    ...f.findings.map((x) => `| \`${md(f.file)}\` | ${x.line}:${x.column} | ${x.level} | ${x.rule} | ${md(x.message)} |`),
  ]);
  if (findings.length) out.push("", "### Findings", "", "| file | line:col | level | rule | message |", "|---|---|---|---|---|", ...findings);
  const changes = r.files.flatMap((f) =>
    f.changes.map((c) => `| \`${md(f.file)}\` | ${c.line} | ${riskBadge(c.risk)} | \`${md(c.path || "/")}\` | ${md(describeChange(c))} |`),
  );
  if (changes.length) out.push("", "### Risk-classified changes", "", "| file | line | risk | path | change |", "|---|---|---|---|---|", ...changes);
  if (opts.overflow) out.push("", `_${opts.overflow} annotation(s) beyond GitHub's limit of 10 per level are listed only here._`);
  return out.join("\n") + "\n";
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
