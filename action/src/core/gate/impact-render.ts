/**
 * The impact replay in the PR comment, the job summary and the CLI's text. Every sentence, bundle name
 * and detail carries bundle or PR bytes: Markdown shows each as a code span (core/escape), text through
 * `plain`. The Markdown is fitted under its own limit (the comment reserves room for it).
 */
import { fitSections, mdCell, plain, utf8Length, type Row } from "../escape/index.ts";
import type { Impact, PolicyImpact } from "./impact.ts";

export const IMPACT_LIMITS = {
  comment: { limit: 5_000, measure: (s: string) => s.length, cell: 300 },
  summary: { limit: 200_000, measure: utf8Length, cell: 1_000 },
} as const;

function counts(p: PolicyImpact): string {
  const b = p.bundles;
  const skipped = [b.skipped_live ? `${b.skipped_live} skipped (CST still live)` : "", b.unverified ? `${b.unverified} skipped (signatures do not verify)` : ""].filter(Boolean);
  return `${b.judged} of ${b.found} bundle(s) judged${skipped.length ? `, ${skipped.join(", ")}` : ""}`;
}

export function impactMarkdown(i: Impact, target: keyof typeof IMPACT_LIMITS): string {
  const t = IMPACT_LIMITS[target];
  const cell = (s: string) => mdCell(s, t.cell);
  const verdict = i.now_failing ? `⚠️ **${i.now_failing} recent job(s) would now fail**` : "no recent job would now fail";
  const top = [
    "",
    "### Impact on recent jobs (replay)",
    "",
    `${verdict} · ${i.bundles.found} bundle(s) read${i.bundles.unreadable ? `, ${i.bundles.unreadable} unreadable` : ""}${i.bundles.report_only ? `, ${i.bundles.report_only} report(s) without a bundle` : ""}${i.bundles.other_policy ? `, ${i.bundles.other_policy} of unchanged policies` : ""} · advisory: the verdict above does not depend on it`,
  ];
  const policyRows: Row[] = i.policies.map((p) => ({ rank: p.now_failing ? 0 : 1, text: `| ${cell(p.policy_id)} | ${counts(p)} | ${p.now_failing} | ${p.now_passing} |` }));
  const flipRows: Row[] = i.policies.flatMap((p) =>
    p.flips.map((f) => ({
      rank: f.direction === "now_fails" ? 0 : 2,
      text: `| ${cell(p.policy_id)} | \`${f.check}\` | ${f.direction === "now_fails" ? "❌ now fails" : "✅ now passes"} | ${f.count} | ${cell(f.sentence)} | ${cell(f.bundles.slice(0, 3).join(", ") + (f.count > 3 ? ` +${f.count - 3}` : ""))} |`,
    })),
  );
  const note = (what: string) => (n: number) => `_${n} more ${what} not shown here: \`wpc check --replay DIR --json\` lists them all._`;
  const tail = [
    "",
    `_Re-judged under the base and the proposed version: ${i.replayed_checks.map((c) => `\`${c}\``).join(", ")} (${i.by_presence.map((c) => `\`${c}\``).join(", ")} by presence: each job ran under an earlier version). Signatures were verified once per bundle against the base trust.json; ${i.include_live ? "bundles with a live CST were included (opted in)" : "bundles whose CST is still live are skipped"}._`,
  ];
  const sections = [
    { head: ["", "| policy | bundles | now fail | now pass |", "|---|---|---|---|"], rows: policyRows, omitted: note("policies") },
    { head: ["", "| policy | check | flips | jobs | what | bundles |", "|---|---|---|---|---|---|"], rows: flipRows, omitted: note("flips") },
  ];
  return fitSections(top, sections, tail, t).text + "\n";
}

export function impactText(i: Impact): string {
  const lines = [`impact replay: ${i.now_failing} recent job(s) would now fail (${i.bundles.found} bundle(s) read${i.bundles.unreadable ? `, ${i.bundles.unreadable} unreadable` : ""})`];
  for (const p of i.policies) {
    lines.push(`  ${plain(p.policy_id)}: ${counts(p)}`);
    for (const f of p.flips) lines.push(`    ${f.direction === "now_fails" ? "now fails" : "now passes"} ${f.check} ×${f.count}: ${plain(f.sentence)}`);
  }
  return lines.join("\n");
}
