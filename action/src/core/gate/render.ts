/**
 * The gate report as Markdown (job summary, check run, --report-md) and as text: verdict first, failures
 * on top. Policy id, subject and check details carry bundle and registry bytes: they go through
 * core/escape (code spans in Markdown, `plain` in text), and a detail shows at most DETAIL_MAX characters
 * in Markdown, so 23 checks stay far below the check run's 65,535 and the summary's 1 MiB.
 */
import { mdCell, plain } from "../escape/index.ts";
import type { CheckResult, VerifyReport } from "./types.ts";

const RANK: Record<CheckResult["status"], number> = { fail: 0, warn: 1, pass: 2, skip: 3 };
const ICON: Record<CheckResult["status"], string> = { fail: "❌ fail", warn: "⚠️ warn", pass: "✅ pass", skip: "➖ skip" };
const DETAIL_MAX = 2_000;

export function orderedChecks(r: VerifyReport): CheckResult[] {
  return r.checks.map((c, i) => ({ c, i })).sort((a, b) => RANK[a.c.status] - RANK[b.c.status] || a.i - b.i).map((x) => x.c);
}

export function reportMarkdown(r: VerifyReport): string {
  const out = [
    `## wpc verify: ${r.verdict === "pass" ? "✅ PASS" : "❌ FAIL"}`,
    "",
    `Policy ${mdCell(r.policy.id, 300)} at ${mdCell(r.policy.hash ?? "?", 300)}${r.subject ? ` · subject ${mdCell(r.subject, 300)}` : ""} · ${r.counts.fail} failed, ${r.counts.warn} warning(s), ${r.counts.pass} passed, ${r.counts.skip} skipped · ${r.counts.events} events, ${r.counts.receipts} gateway receipts, ${r.counts.tool_receipts} tool receipts, ${r.counts.approvals} approvals`,
    "",
    "| check | status | detail |",
    "|---|---|---|",
    ...orderedChecks(r).map((c) => `| \`${c.id}\` | ${ICON[c.status]} | ${mdCell(c.detail, DETAIL_MAX)} |`),
  ];
  return out.join("\n") + "\n";
}

export function reportText(r: VerifyReport): string {
  const lines = [`verdict: ${r.verdict.toUpperCase()}  policy ${plain(r.policy.id)} ${plain(r.policy.hash ?? "?")}${r.subject ? `  subject ${plain(r.subject)}` : ""}`];
  for (const c of orderedChecks(r)) lines.push(`  ${c.status.padEnd(4)} ${c.id.padEnd(19)} ${plain(c.detail)}`);
  lines.push(`${r.counts.fail} failed, ${r.counts.warn} warning(s), ${r.counts.pass} passed, ${r.counts.skip} skipped`);
  return lines.join("\n");
}
