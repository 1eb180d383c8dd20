/**
 * Fitting rendered rows under a hard size limit (a PR comment: 65,536 characters, counted by GitHub in
 * UTF-16 units; a job summary: 1 MiB per step, in bytes). Rows carry a rank (0 = most important); rows
 * are taken in rank order across all sections until the next one would not fit, so an error or an
 * expansion is never crowded out by neutral rows. Each section says how many of its rows were left out.
 */

export interface Row {
  text: string;
  /** 0 first; equal ranks keep their order. */
  rank: number;
}

export interface Section {
  /** Lines printed before the section's first row (heading, table header); only when a row is shown. */
  head: readonly string[];
  rows: readonly Row[];
  /** The note for `n` rows left out (one line of Markdown). */
  omitted(n: number): string;
}

export interface FitOptions {
  /** Size limit for the whole text, in `measure` units. */
  limit: number;
  measure(s: string): number;
}

export interface Fitted {
  text: string;
  shown: number;
  omitted: number;
}

/**
 * `top`, then each section (its head, its chosen rows in rank order, its note), then `tail`, all joined
 * with "\n", never longer than `limit` as long as `top`, `tail` and the notes fit. Linear after sorting.
 */
export function fitSections(top: readonly string[], sections: readonly Section[], tail: readonly string[], opts: FitOptions): Fitted {
  const line = (s: string) => opts.measure(s) + 1; // with its newline
  const total = sections.reduce((n, s) => n + s.rows.length, 0);
  // the worst-case notes are reserved up front: a note's length grows with its count, never past this
  let used = [...top, ...tail].reduce((n, s) => n + line(s), 0);
  for (const s of sections) if (s.rows.length) used += line(s.omitted(s.rows.length)) + line("");
  const order = sections.flatMap((s, si) => s.rows.map((r, ri) => ({ r, si, ri }))).sort((a, b) => a.r.rank - b.r.rank || a.si - b.si || a.ri - b.ri);
  const chosen = sections.map(() => new Set<number>());
  let shown = 0;
  for (const { r, si, ri } of order) {
    const open = chosen[si]!.size === 0 ? sections[si]!.head.reduce((n, h) => n + line(h), 0) : 0;
    const cost = line(r.text) + open;
    if (used + cost > opts.limit) break;
    used += cost;
    chosen[si]!.add(ri);
    shown++;
  }
  const out = [...top];
  sections.forEach((s, si) => {
    const pick = chosen[si]!;
    const rows = s.rows.map((r, ri) => ({ r, ri })).filter((x) => pick.has(x.ri)).sort((a, b) => a.r.rank - b.r.rank || a.ri - b.ri);
    if (rows.length) out.push(...s.head, ...rows.map((x) => x.r.text));
    const left = s.rows.length - rows.length;
    if (left) out.push("", s.omitted(left));
  });
  out.push(...tail);
  return { text: out.join("\n"), shown, omitted: total - shown };
}
