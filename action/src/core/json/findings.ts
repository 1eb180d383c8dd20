/** A finding: a stable rule id, a level, a message and where (JSON pointer + 1-based line/column). */
import type { SourceMap } from "./ijson.ts";

export type Level = "error" | "warning";

export interface Finding {
  rule: string;
  level: Level;
  message: string;
  path: string;
  line: number;
  column: number;
}

export type RawFinding = Omit<Finding, "line" | "column">;

export function locate(raw: readonly RawFinding[], map: SourceMap): Finding[] {
  return raw.map((f) => ({ ...f, ...map.pos(f.path) }));
}

export function countLevels(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.level === "error") errors++;
    else warnings++;
  }
  return { errors, warnings };
}

/** Deterministic order: by line, column, rule, message. */
export function sortFindings<T extends Finding>(findings: T[]): T[] {
  return findings.sort(
    (a, b) => a.line - b.line || a.column - b.column || cmp(a.rule, b.rule) || cmp(a.message, b.message),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
