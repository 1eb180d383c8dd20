/** The gate report as Markdown (job summary, --report-md) and as text: verdict first, failures on top. */
import type { CheckResult, VerifyReport } from "./types.ts";

const RANK: Record<CheckResult["status"], number> = { fail: 0, warn: 1, pass: 2, skip: 3 };
const ICON: Record<CheckResult["status"], string> = { fail: "❌ fail", warn: "⚠️ warn", pass: "✅ pass", skip: "➖ skip" };

function md(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/[\r\n]+/g, " ").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function orderedChecks(r: VerifyReport): CheckResult[] {
  return r.checks.map((c, i) => ({ c, i })).sort((a, b) => RANK[a.c.status] - RANK[b.c.status] || a.i - b.i).map((x) => x.c);
}

export function reportMarkdown(r: VerifyReport): string {
  const out = [
    `## wpc verify: ${r.verdict === "pass" ? "✅ PASS" : "❌ FAIL"}`,
    "",
    `Policy \`${md(r.policy.id)}\` at \`${r.policy.hash ?? "?"}\`${r.subject ? ` · subject \`${md(r.subject)}\`` : ""} · ${r.counts.fail} failed, ${r.counts.warn} warning(s), ${r.counts.pass} passed, ${r.counts.skip} skipped · ${r.counts.events} events, ${r.counts.receipts} gateway receipts, ${r.counts.tool_receipts} tool receipts, ${r.counts.approvals} approvals`,
    "",
    "| check | status | detail |",
    "|---|---|---|",
    ...orderedChecks(r).map((c) => `| \`${c.id}\` | ${ICON[c.status]} | ${md(c.detail)} |`),
  ];
  return out.join("\n") + "\n";
}

export function reportText(r: VerifyReport): string {
  const lines = [`verdict: ${r.verdict.toUpperCase()}  policy ${r.policy.id} ${r.policy.hash ?? "?"}${r.subject ? `  subject ${r.subject}` : ""}`];
  for (const c of orderedChecks(r)) lines.push(`  ${c.status.padEnd(4)} ${c.id.padEnd(19)} ${c.detail}`);
  lines.push(`${r.counts.fail} failed, ${r.counts.warn} warning(s), ${r.counts.pass} passed, ${r.counts.skip} skipped`);
  return lines.join("\n");
}
