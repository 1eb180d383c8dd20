/**
 * The report's one style sheet, inline (its SHA-256 is the only style source the CSP allows). Readable
 * from 390 px up: tables scroll inside their own region, long hashes wrap anywhere; printable: no
 * navigation, no scroll boxes, rows kept whole. Colours meet WCAG AA contrast on white.
 */
export const STYLE = `
:root{color-scheme:light}
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;margin:0 auto;max-width:78rem;padding:0 1rem 2rem;overflow-wrap:anywhere}
h1{font-size:1.8rem;margin:0 0 .25rem}
h2{font-size:1.3rem;margin:2rem 0 .5rem;border-bottom:1px solid #ccc}
h3{font-size:1.1rem}
.verdict{padding:1rem;margin:1rem 0;border:3px solid;border-radius:6px}
.v-pass{border-color:#0a6b2d;background:#eef8f0}
.v-fail{border-color:#a4161a;background:#fdf0f0}
.v-pass h1{color:#0a6b2d}
.v-fail h1{color:#a4161a}
code.v{font:.9em ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f3f3f3;padding:0 .2em;overflow-wrap:anywhere;word-break:break-word;unicode-bidi:isolate;white-space:pre-wrap}
.none{color:#555;font-style:italic}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
a{color:#0645ad}
.scroll{overflow-x:auto;max-width:100%}
.scroll:focus{outline:2px solid #0645ad}
table{border-collapse:collapse;width:100%}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
thead th{background:#f0f0f0}
.badge{display:inline-block;padding:0 .4em;border-radius:3px;font-weight:700;white-space:nowrap}
.b-pass{background:#d7f0dd;color:#0a4d20}
.b-fail{background:#a4161a;color:#fff}
.b-warn{background:#ffe8b3;color:#5c3900}
.b-skip{background:#e6e6e6;color:#333}
.r-expansion{background:#a4161a;color:#fff}
.r-tightening{background:#d7f0dd;color:#0a4d20}
.r-neutral{background:#e6e6e6;color:#333}
.fact{display:inline-block;margin-right:.75rem}
dl{margin:0}
dl>div{display:grid;grid-template-columns:minmax(8rem,14rem) 1fr;gap:.5rem;border-bottom:1px solid #eee;padding:.25rem 0}
dt{font-weight:600}
dd{margin:0;overflow-wrap:anywhere}
.more,.note,.rerun{color:#333}
@media (max-width:40rem){dl>div{grid-template-columns:1fr;gap:0}body{padding:0 .5rem 1rem}h1{font-size:1.5rem}}
@media print{nav{display:none}.scroll{overflow:visible}tr,dl>div{break-inside:avoid}a{color:inherit;text-decoration:none}.verdict{border-width:2px}}
`;
