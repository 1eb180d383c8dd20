/**
 * The verification as one self-contained HTML file (`wpc report`): verdict first, every check with its
 * evidence and a link to its explanation (in the file), the job as a timeline, the CST, the policy
 * version with its risk diff, and the audit record. No script, no external resource, no link out: the
 * Content-Security-Policy allows nothing but the one inline style sheet (by its hash). Every string from
 * a bundle, registry or report goes through `htmlEscape` (hidden and bidi characters shown as `\u{…}`,
 * markup characters as entities) and is cut to a bound; long lists stop at ROW_CAP rows and say how many
 * more the JSON holds. Pure and deterministic: the same verification gives the same bytes.
 */
import { htmlEscape, truncate } from "../escape/index.ts";
import { sha256 } from "../crypto/crypto.ts";
import { b64uEncode } from "../crypto/b64u.ts";
import { describeChange } from "../policy/render.ts";
import type { Trust } from "../policy/trust.ts";
import type { VerifiedRegistry } from "../registry/registry.ts";
import { orderedChecks, type AuditedReport, type CheckResult } from "../gate/index.ts";
import { EXPLAIN } from "./explain.ts";
import { cstView, policyVersion, timeline, type CstView, type PolicyVersionView, type TimelineRow } from "./model.ts";
import { STYLE } from "./style.ts";

/** Rows shown per list before "N more". */
export const ROW_CAP = 10_000;
/** Characters shown of one value (a detail, a model name, a hash). */
const VALUE_MAX = 2_000;

export interface ReportInput {
  report: AuditedReport;
  bundle: unknown;
  registry: VerifiedRegistry;
  trust: Trust;
  /** Set when this verification re-ran the one a saved JSON report describes: that report's own verdict. */
  savedVerdict?: string;
}

/** Escaped, bounded text of a hostile value. */
export function t(s: string, max = VALUE_MAX): string {
  return htmlEscape(truncate(s, max));
}

/** A hostile value as an isolated code span (bidi-isolated by the style sheet). */
function v(s: string | null | undefined, max = VALUE_MAX): string {
  return s === null || s === undefined || s === "" ? `<span class="none">none</span>` : `<code class="v">${t(s, max)}</code>`;
}

const STATUS_TEXT: Record<CheckResult["status"], string> = { pass: "pass", fail: "FAIL", warn: "warn", skip: "skip" };

function dl(pairs: ReadonlyArray<readonly [string, string]>): string {
  return `<dl>${pairs.map(([k, val]) => `<div><dt>${k}</dt><dd>${val}</dd></div>`).join("")}</dl>`;
}

function table(caption: string, head: readonly string[], rows: readonly string[]): string {
  return `<div class="scroll" role="region" aria-label="${caption}" tabindex="0"><table><caption>${caption}</caption><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table></div>`;
}

function more(total: number, what: string): string {
  return total > ROW_CAP ? `<p class="more">${total - ROW_CAP} more ${what} not shown (the report shows the first ${ROW_CAP}); the JSON report and the bundle hold them all.</p>` : "";
}

function checksSection(r: AuditedReport): string {
  const rows = orderedChecks(r).map(
    (c) => `<tr class="s-${c.status}"><th scope="row"><a href="#explain-${c.id}">${c.id}</a></th><td><span class="badge b-${c.status}">${STATUS_TEXT[c.status]}</span></td><td>${t(c.detail)}</td></tr>`,
  );
  return `<section id="checks" aria-labelledby="h-checks"><h2 id="h-checks">Checks</h2>${table("Every gate check, failures first", ["check", "status", "evidence"], rows)}</section>`;
}

function timelineSection(rows: TimelineRow[]): string {
  const shown = rows.slice(0, ROW_CAP).map(
    (r) => `<tr class="k-${r.kind.replace(" ", "-")}"><td>${v(r.time, 100)}</td><td>${r.kind}</td><td>${v(r.what, 500)}</td><td>${r.facts.map(([k, val]) => `<span class="fact">${k} ${v(val, 500)}</span>`).join(" ")}</td></tr>`,
  );
  const body = rows.length ? table(`The job: ${rows.length} item(s) in time order`, ["time", "kind", "what", "details"], shown) : `<p>The bundle records no events, receipts or approvals.</p>`;
  return `<section id="timeline" aria-labelledby="h-timeline"><h2 id="h-timeline">Job timeline</h2>${body}${more(rows.length, "items")}</section>`;
}

function cstSection(c: CstView): string {
  const body = c.problem
    ? `<p>${t(c.problem)}</p>`
    : dl([
        ["issuer (kid)", v(c.kid)],
        ["trusted issuer keys with that kid", c.issuers.length ? c.issuers.map((d) => v(d)).join(" ") : `<span class="none">none</span>`],
        ["subject (sub)", v(c.sub)],
        ["audience", v(c.aud)],
        ["issued", v(c.iat)],
        ["expires", v(c.exp)],
        ["TTL", c.ttl_seconds !== undefined ? `${c.ttl_seconds} s` : `<span class="none">unknown</span>`],
        ["scope", c.scope.length ? c.scope.slice(0, ROW_CAP).map((s) => v(s, 500)).join(" ") + (c.scope.length > ROW_CAP ? ` and ${c.scope.length - ROW_CAP} more` : "") : `<span class="none">none</span>`],
        ["scope hash", v(c.scope_hash)],
        ["policy pin", v(c.policy_pin)],
        ["jti", v(c.jti)],
      ]);
  return `<section id="cst" aria-labelledby="h-cst"><h2 id="h-cst">Capability token (CST)</h2><p class="note">As the bundle carries it; TOKEN_* checks above say what verified.</p>${body}</section>`;
}

function policySection(p: PolicyVersionView, r: VerifiedRegistry): string {
  const e = p.entry;
  const s = e?.payload.source;
  const facts = dl([
    ["policy", v(p.id)],
    ["hash", v(p.hash)],
    ["made current by", e ? `${t(e.payload.kind)} at seq ${e.seq}, ${v(e.payload.issued_at)}` : `<span class="none">unknown</span>`],
    ["published by", v(s?.actor)],
    ["from repository", v(s?.repository)],
    ["ref", v(s?.ref)],
    ["commit", v(s?.commit)],
    ["workflow run", v(s?.run_id)],
    ["signed by", v(e?.signer)],
    ["previous version", v(p.previous)],
    ["registry seq", String(r.seq)],
  ]);
  const rows = p.changes.slice(0, ROW_CAP).map((c) => `<tr><td><span class="badge r-${c.risk}">${c.risk}</span></td><td>${t(describeChange(c))}</td></tr>`);
  const diff = p.note
    ? `<p>${t(p.note)}</p>`
    : p.changes.length
      ? `<p>${p.expands ? "<strong>This version expands what the agent may do.</strong>" : "This version does not expand what the agent may do."}</p>${table("Risk diff against the previous version", ["risk", "change"], rows)}${more(p.changes.length, "changes")}`
      : "<p>No semantic change against the previous version.</p>";
  return `<section id="policy" aria-labelledby="h-policy"><h2 id="h-policy">Policy version</h2>${facts}<h3>Risk diff</h3>${diff}</section>`;
}

function auditSection(r: AuditedReport): string {
  const a = r.audit;
  return `<section id="audit" aria-labelledby="h-audit"><h2 id="h-audit">Audit record</h2>${dl([
    ["tool", `${v(`wpc ${a.tool.version}`)} commit ${v(a.tool.commit)}`],
    ["verified at", v(a.verified_at)],
    ["bundle", `${v(a.bundle.file)} ${v(a.bundle.sha256)} (${a.bundle.bytes} bytes), payload hash ${v(a.bundle.payload_hash_b64u)}`],
    ["registry", `${v(a.registry.location)} branch ${v(a.registry.branch)} commit ${v(a.registry.commit)}`],
    ["registry seq", String(a.registry.seq)],
    ["checkpoint", `${v(a.registry.checkpoint_hash_b64u)} issued ${v(a.registry.checkpoint_issued_at)} expires ${v(a.registry.checkpoint_expires_at)}`],
    ["trust.json", `${v(a.trust.path)} branch ${v(a.trust.branch)} commit ${v(a.trust.commit)} ${v(a.trust.sha256)}`],
    ["inputs", `policy ${v(a.inputs.policy_id)}, expected hash ${v(a.inputs.expected_hash)}, subject ${v(a.inputs.subject)}, min seq ${a.inputs.min_seq ?? "none"}`],
  ])}</section>`;
}

function explainSection(): string {
  const items = Object.entries(EXPLAIN).map(([id, e]) => `<div id="explain-${id}"><dt>${id}</dt><dd>Verifies ${t(e.verifies)}. Typical failure or fix: ${t(e.fix)}.</dd></div>`);
  return `<section id="explain" aria-labelledby="h-explain"><h2 id="h-explain">What the checks mean</h2><dl class="explain">${items.join("")}</dl></section>`;
}

/** CSP hash source of the style sheet: base64 (not base64url) SHA-256 of its exact text. */
function styleHash(css: string): string {
  const b = b64uEncode(sha256(css)).replace(/-/g, "+").replace(/_/g, "/");
  return `'sha256-${b}${"=".repeat((4 - (b.length % 4)) % 4)}'`;
}

export function renderReportHtml(input: ReportInput): string {
  const r = input.report;
  const pass = r.verdict === "pass";
  const verdict = pass ? "PASS" : "FAIL";
  const csp = `default-src 'none'; style-src ${styleHash(STYLE)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  const saved = input.savedVerdict === undefined ? "" : `<p class="rerun">Re-verified from a saved report, against the registry and trust.json commits it names. ${input.savedVerdict === r.verdict ? "The saved report said the same." : `The saved report said ${input.savedVerdict === "pass" || input.savedVerdict === "fail" ? `<strong>${input.savedVerdict.toUpperCase()}</strong>` : "something else"}; this re-run decides.`}</p>`;
  const c = r.counts;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>wpc report: ${verdict} · ${t(r.policy.id, 200)}</title>
<style>${STYLE}</style>
</head><body>
<header class="verdict v-${r.verdict}"><h1>Verdict: ${verdict}</h1>
<p>Policy ${v(r.policy.id)} at ${v(r.policy.hash)}${r.subject !== null ? `, subject ${v(r.subject)}` : ""}.</p>
<p>${c.fail} failed, ${c.warn} warning(s), ${c.pass} passed, ${c.skip} skipped · ${c.events} events, ${c.receipts} gateway receipts, ${c.tool_receipts} tool receipts, ${c.approvals} approvals.</p>${saved}</header>
<nav aria-label="Sections"><ul><li><a href="#checks">Checks</a></li><li><a href="#timeline">Job timeline</a></li><li><a href="#cst">CST</a></li><li><a href="#policy">Policy version</a></li><li><a href="#audit">Audit record</a></li><li><a href="#explain">What the checks mean</a></li></ul></nav>
<main>
${checksSection(r)}
${timelineSection(timeline(input.bundle))}
${cstSection(cstView(input.bundle, input.trust))}
${policySection(policyVersion(input.registry, r.policy.id, r.policy.hash), input.registry)}
${auditSection(r)}
${explainSection()}
</main>
<footer><p>Made by wpc ${t(r.audit.tool.version, 100)} (commit ${t(r.audit.tool.commit, 100)}). This file loads nothing and runs no script.</p></footer>
</body></html>
`;
}
