/**
 * The page shell and small helpers. Pages carry no script, load nothing (a CSP meta that allows inline
 * styles only), link each other relatively (they work from file:// and from a Pages subpath) and are
 * readable from 390 px wide up. Every string that came from the registry goes through `t` (escaped:
 * shown, never interpreted; hidden characters made visible) and is cut to a bounded length.
 */
import { GITHUB_REPOSITORY_RE, htmlEscape, truncate } from "../escape/index.ts";

/** Escape registry text for HTML text or a quoted attribute, at most `max` characters. */
export function t(s: string | null | undefined, max = 300): string {
  return htmlEscape(truncate(s ?? "", max));
}

/** A hash or id as code; long values wrap anywhere (no horizontal scrolling at 390 px). */
export function code(s: string | null | undefined, max = 300): string {
  return `<code>${t(s, max)}</code>`;
}

const CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

const CSS = `
:root{color-scheme:light}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#fff}
header,main,footer{max-width:70rem;margin:0 auto;padding:0 1rem}
header{border-bottom:1px solid #d0d7de;padding-top:.75rem;padding-bottom:.75rem}
header a{font-weight:600}
h1{font-size:1.6rem;margin:1rem 0 .5rem;overflow-wrap:anywhere}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
h3{font-size:1.05rem;margin:.25rem 0}
a{color:#0550ae}
code{font:14px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere;word-break:break-word}
table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #d0d7de;padding:.35rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f6f8fa}
.note{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:.5rem .75rem}
.warn{background:#fff8c5;border:2px solid #9a6700;border-radius:6px;padding:.5rem .75rem;color:#3b2300}
.badge{display:inline-block;white-space:nowrap;border-radius:1rem;padding:0 .5rem;font-size:.85rem;font-weight:600;border:1px solid currentColor}
.current,.tightening{background:#dafbe1;color:#0f5323}
.superseded,.neutral{background:#eaeef2;color:#32383f}
.revoked,.expansion{background:#ffebe9;color:#82071e}
ol.timeline{list-style:none;padding:0;margin:0}
ol.timeline>li{border:1px solid #d0d7de;border-radius:6px;padding:.5rem .75rem;margin:.5rem 0}
dl.kv{display:grid;grid-template-columns:minmax(6rem,max-content) 1fr;gap:.15rem .75rem;margin:.25rem 0}
dl.kv dt{font-weight:600}
dl.kv dd{margin:0;overflow-wrap:anywhere}
nav.pages{display:flex;flex-wrap:wrap;gap:.75rem;margin:.75rem 0}
@media (max-width:40rem){dl.kv{grid-template-columns:1fr}dl.kv dd{margin-bottom:.35rem}}
`.trim();

export interface PageParts {
  title: string;
  /** Relative prefix from the page to the site root: "" or "../". */
  root: string;
  body: string;
  footer: string;
}

export function page(p: PageParts): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${p.title}</title>
<style>${CSS}</style>
</head>
<body>
<header><a href="${p.root}index.html">Policy registry</a> · <a href="${p.root}revocations/index.html">Token revocations</a></header>
<main>
${p.body}
</main>
<footer><p>${p.footer}</p></footer>
</body>
</html>
`;
}

/** A status or risk label: text first (colour is never the only signal). */
export function badge(cls: string, text: string): string {
  return `<span class="badge ${cls}">${text}</span>`;
}

export function kv(rows: ReadonlyArray<readonly [string, string]>): string {
  return `<dl class="kv">${rows.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`;
}

const COMMIT_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const RUN_RE = /^[1-9][0-9]{0,19}$/;
/** An https origin without path, query or credentials (GITHUB_SERVER_URL). */
export const SERVER_RE = /^https:\/\/[A-Za-z0-9.-]{1,253}(?::[0-9]{1,5})?$/;

/**
 * The commit (its GitHub page names the pull request that merged it) and the workflow run, as links
 * when the recorded repository, commit and run id have their exact forms, else as text.
 */
export function sourceLinks(s: { repository: string | null; commit: string | null; run_id: string | null }, server: string): { commit: string; run: string } {
  const repo = s.repository !== null && GITHUB_REPOSITORY_RE.test(s.repository) && SERVER_RE.test(server) ? `${server}/${s.repository}` : null;
  const commit = s.commit === null ? "—" : repo && COMMIT_RE.test(s.commit) ? `<a href="${repo}/commit/${s.commit}" rel="noreferrer">${code(s.commit.slice(0, 12))}</a>` : code(s.commit, 80);
  const run = s.run_id === null ? "—" : repo && RUN_RE.test(s.run_id) ? `<a href="${repo}/actions/runs/${s.run_id}" rel="noreferrer">run ${t(s.run_id)}</a>` : code(s.run_id, 80);
  return { commit, run };
}
