/**
 * The site's HTML files: `index.html` (what the site exposes, the checkpoint, every policy),
 * `policy/<id>.html` and `revocations/index.html`, `revocations/2.html`, … (token revocations, newest
 * first, `pageSize` per page; each page links first, previous, next and last only, so the links are
 * constant per page and 100,000 revocations make 500 pages of about 90 KB, never one huge page).
 */
import type { VerifiedRegistry } from "../registry/registry.ts";
import { checkpointExpiry, type ExpiryStatus } from "./expiry.ts";
import { badge, code, kv, page, sourceLinks, t } from "./html.ts";
import { siteModel, type PolicyView, type SiteModel, type TokenRevocation } from "./model.ts";
import { policyPageBody, policyPagePath, POLICY_DIR } from "./policy-page.ts";

export const REVOCATIONS_DIR = "revocations/";
/** Folders whose earlier files a new build removes when it no longer has them. */
export const SITE_DIRS = [POLICY_DIR, REVOCATIONS_DIR] as const;

export interface SiteOptions {
  /** Build time, ms: decides only whether the checkpoint warning shows (never printed). */
  at: number;
  /** Warn when less than this is left (default: a quarter of the checkpoint's lifetime). */
  warnWithinMs?: number;
  /** Where commit and run links point (GITHUB_SERVER_URL), an https origin. */
  server?: string;
  pageSize?: number;
  maxEvents?: number;
  maxChanges?: number;
}

export const DEFAULTS = { server: "https://github.com", pageSize: 200, maxEvents: 500, maxChanges: 200 } as const;

export interface SiteHtml {
  files: Map<string, Uint8Array>;
  expiry: ExpiryStatus | null;
  pages: number;
}

function revocationPagePath(n: number): string {
  return `${REVOCATIONS_DIR}${n === 1 ? "index" : n}.html`;
}

function footer(m: SiteModel): string {
  return `Derived without a key from the signed registry at seq ${m.seq}${m.headEntryHash ? ` (head entry ${code(m.headEntryHash)})` : ""} by <code>wpc registry site</code>; the same registry always gives the same pages. Verify it yourself with <code>wpc registry verify</code>.`;
}

function expiryBlock(x: ExpiryStatus | null): string {
  if (!x) return `<p class="warn"><strong>Warning:</strong> the registry has no checkpoint yet; gates refuse it until one is written.</p>`;
  const rows = kv([
    ["Checkpoint seq", String(x.seq)],
    ["Issued", t(x.issued_at, 40)],
    ["Expires", t(x.expires_at, 40)],
    ["Renew before", t(x.warn_from, 40)],
  ]);
  const warn = x.near
    ? `<p class="warn"><strong>Warning: the checkpoint expires soon</strong> (${t(x.expires_at, 40)}). After that every verification refuses the registry (E_REG_EXPIRED). Run the <code>registry-refresh</code> workflow or <code>wpc registry refresh</code>.</p>`
    : "";
  return `${warn}${rows}`;
}

function policyRow(v: PolicyView): string {
  const last = v.events[v.events.length - 1];
  const state = v.current ? badge("current", "current") : badge("revoked", "no version");
  return `<tr><th scope="row"><a href="${policyPagePath(v.id)}">${t(v.id, 128)}</a></th><td>${state}</td><td>${v.current ? `${code(v.current.slice(0, 12))}…` : "—"}</td><td>${v.events.length}</td><td>${last ? t(last.issued_at, 40) : "—"}</td></tr>`;
}

function indexBody(m: SiteModel, x: ExpiryStatus | null, repository: string | null | undefined, readApi: number): string {
  const tokens = m.tokenRevocations.length;
  return `<h1>Policy registry${repository ? ` of ${code(repository, 140)}` : ""}</h1>
<p class="note">This site is public (GitHub Pages is, even for a private repository). It shows what the signed registry records: policy ids, version hashes, the contracts' risk diffs, reasons, actors, commits and workflow runs of every entry, revoked token hashes and jtis, and the checkpoint. Under <code>v1/wpc/</code> it serves ${readApi} compiled Claw contract(s) for clawproxy (the read API).</p>
<h2>Checkpoint</h2>
${expiryBlock(x)}
<h2>Policies (${m.policies.length})</h2>
<table><thead><tr><th scope="col">Policy</th><th scope="col">State</th><th scope="col">Current version</th><th scope="col">Entries</th><th scope="col">Last change</th></tr></thead><tbody>
${m.policies.map(policyRow).join("\n")}
</tbody></table>
<h2>Revocations</h2>
<p>${m.revokedPolicyCount} revoked policy version(s) (on their policies' pages); <a href="${revocationPagePath(1)}">${tokens} token revocation(s)</a>.</p>`;
}

function revocationRow(r: TokenRevocation, server: string): string {
  const links = sourceLinks(r.source, server);
  const what = r.token_hash !== null ? `hash ${code(r.token_hash, 80)}` : `jti ${code(r.token_jti, 300)}`;
  return `<tr><td>${r.seq}</td><td>${t(r.issued_at, 40)}</td><td>${what}</td><td>${r.reason === null ? "—" : t(r.reason)}</td><td>${r.source.actor === null ? "—" : t(r.source.actor, 100)}</td><td>${links.commit}</td></tr>`;
}

function pageNav(n: number, total: number): string {
  const link = (k: number, text: string) => `<a href="${revocationPagePath(k).slice(REVOCATIONS_DIR.length)}">${text}</a>`;
  const parts = [
    n > 1 ? link(1, "First") : "",
    n > 1 ? link(n - 1, "Previous") : "",
    `<span>Page ${n} of ${total}</span>`,
    n < total ? link(n + 1, "Next") : "",
    n < total ? link(total, "Last") : "",
  ].filter(Boolean);
  return `<nav class="pages" aria-label="Pages">${parts.join("")}</nav>`;
}

function revocationPages(m: SiteModel, pageSize: number, server: string): Map<string, string> {
  const out = new Map<string, string>();
  const all = m.tokenRevocations;
  const total = Math.max(1, Math.ceil(all.length / pageSize));
  for (let n = 1; n <= total; n++) {
    // newest first: page 1 holds the last `pageSize` entries of the log
    const end = all.length - (n - 1) * pageSize;
    const rows: string[] = [];
    for (let i = end - 1; i >= Math.max(0, end - pageSize); i--) rows.push(revocationRow(all[i]!, server));
    const body = `<h1>Token revocations (${all.length})</h1>
<p>Every token the registry revokes, newest first: a verification of a job that ran under one of them fails (TOKEN_NOT_REVOKED).</p>
${total > 1 ? pageNav(n, total) : ""}
${rows.length ? `<table><thead><tr><th scope="col">Seq</th><th scope="col">When</th><th scope="col">Token</th><th scope="col">Reason</th><th scope="col">Actor</th><th scope="col">Commit</th></tr></thead><tbody>\n${rows.join("\n")}\n</tbody></table>` : "<p>No token is revoked.</p>"}
${total > 1 ? pageNav(n, total) : ""}`;
    out.set(revocationPagePath(n), body);
  }
  return out;
}

/** Every HTML file of the site for a verified registry. */
export function siteHtml(reg: VerifiedRegistry, o: SiteOptions, readApi: number): SiteHtml {
  const server = o.server ?? DEFAULTS.server;
  const pageSize = Math.max(1, o.pageSize ?? DEFAULTS.pageSize);
  const m = siteModel(reg);
  const x = reg.checkpoint ? checkpointExpiry(reg.checkpoint, o.at, o.warnWithinMs) : null;
  const enc = new TextEncoder();
  const files = new Map<string, Uint8Array>();
  const foot = footer(m);
  files.set("index.html", enc.encode(page({ title: "Policy registry", root: "", body: indexBody(m, x, reg.checkpoint?.repository, readApi), footer: foot })));
  for (const v of m.policies) {
    const body = policyPageBody(v, reg.contracts, { server, maxEvents: o.maxEvents ?? DEFAULTS.maxEvents, maxChanges: o.maxChanges ?? DEFAULTS.maxChanges });
    files.set(policyPagePath(v.id), enc.encode(page({ title: `Policy ${t(v.id, 128)}`, root: "../", body, footer: foot })));
  }
  const rev = revocationPages(m, pageSize, server);
  for (const [path, body] of rev) files.set(path, enc.encode(page({ title: "Token revocations", root: "../", body, footer: foot })));
  return { files, expiry: x, pages: files.size };
}
