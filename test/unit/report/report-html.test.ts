/**
 * The audit record (core/gate/audit.ts) and the HTML report (core/report) on the gate world's real
 * signed registry and bundle: the record's hashes are the ones the issue names, a saved record is
 * checked field by field, and the page is deterministic, self-contained and inert — every hostile
 * string from a bundle or an input (markup, `</style>`, `javascript:` URLs, bidi and control
 * characters) shown as text, long lists cut at ROW_CAP with a count.
 */
import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { auditRecord, parseAuditRecord, withAudit, type AuditedReport } from "../../../action/src/core/gate/index.ts";
import { renderReportHtml, ROW_CAP } from "../../../action/src/core/report/index.ts";
import { verifyRegistry } from "../../../action/src/core/registry/registry.ts";
import { POLICY_ID, SUBJECT, VERIFY_AT, copy, edited, gate, makeWorld, type GateWorld } from "../../support/gate-world.ts";

const w = makeWorld("report-unit");
const TRUST_BYTES = new TextEncoder().encode('{"trust_version":"1"}\n');

function audited(world: GateWorld, bundle: unknown, policyId = POLICY_ID, subject = SUBJECT): { report: AuditedReport; registry: ReturnType<typeof verifyRegistry> } {
  const registry = verifyRegistry(world.files, { trust: world.trust, at: VERIFY_AT });
  const report = gate(world, bundle, { registry, policyId, subject });
  const audit = auditRecord({
    tool: { version: "0.1.0", commit: "a".repeat(40) },
    at: VERIFY_AT,
    inputs: { policy_id: policyId, expected_hash: null, subject, min_seq: null },
    bundle: { file: "bundle.json", sha256Hex: "b".repeat(64), bytes: 1234, envelope: bundle },
    registry,
    registrySource: { location: "git:origin/wpc-registry", branch: "origin/wpc-registry", commit: "c".repeat(40) },
    trust: { path: "policies/trust.json", branch: "main", commit: "d".repeat(40), bytes: TRUST_BYTES },
  });
  return { report: withAudit(report, audit), registry };
}

const render = (world: GateWorld, bundle: unknown, policyId = POLICY_ID, subject = SUBJECT) => {
  const { report, registry } = audited(world, bundle, policyId, subject);
  return renderReportHtml({ report, bundle, registry, trust: world.trust });
};

const TAGS = new Set("html head meta title style body header h1 h2 h3 p nav ul li a main section div table caption thead tbody tr th td span code dl dt dd strong footer".split(" "));
const ATTRS = new Set("lang charset http-equiv content name class id href role aria-label aria-labelledby tabindex scope".split(" "));

/**
 * Only the renderer's own markup: every tag and attribute from a fixed set (input text holds no raw
 * "<", so a tag found here was written by the renderer), links only to anchors in the page, one style
 * sheet, and no raw control, bidi or invisible character anywhere (only \n between tags).
 */
function expectInert(html: string): void {
  const bad: string[] = [];
  for (const m of html.matchAll(/<\/?([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>/g)) {
    if (!TAGS.has(m[1]!)) bad.push(`tag ${m[1]}`);
    for (const a of m[2]!.matchAll(/\s+([^\s=>]+)(?:="([^"]*)")?/g)) {
      if (!ATTRS.has(a[1]!)) bad.push(`attribute ${a[1]}`);
      if (a[1] === "href" && !/^#[a-z]+(-[A-Z_]+)?$/.test(a[2] ?? "")) bad.push(`href ${a[2]}`);
    }
  }
  expect(bad).toEqual([]);
  // every "<" is a tag the scan above saw: none left for a browser to read as markup
  expect(html.replace(/<\/?([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*>/g, "").replace(/^<!doctype html>/, "")).not.toContain("<");
  expect(html.match(/<style>/g)).toHaveLength(1);
  expect(html.match(/<\/style>/g)).toHaveLength(1);
  expect(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff]/.test(html)).toBe(false);
}

describe("audit record", () => {
  it("checkpoint = its envelope's payload_hash_b64u; trust = SHA-256 of the bytes; time in UTC", () => {
    const { report } = audited(w, w.job.bundle);
    const head = JSON.parse(new TextDecoder().decode(w.files.get("HEAD.json")!));
    expect(report.audit.registry.checkpoint_hash_b64u).toBe(head.payload_hash_b64u);
    expect(report.audit.registry.checkpoint_expires_at).toBe(head.payload.expires_at);
    expect(report.audit.registry.seq).toBe(1);
    expect(report.audit.trust.sha256).toBe(`sha256:${createHash("sha256").update(TRUST_BYTES).digest("hex")}`);
    expect(report.audit.verified_at).toBe(new Date(VERIFY_AT).toISOString());
    expect(report.audit.bundle.payload_hash_b64u).toBe(w.job.bundle.payload_hash_b64u);
  });

  it("a saved record round-trips; each hostile or malformed field is refused", () => {
    const { report } = audited(w, w.job.bundle);
    const saved = JSON.parse(JSON.stringify(report));
    expect(parseAuditRecord(saved)).toEqual({ ok: true, audit: saved.audit });
    const mutations: Array<(a: any) => void> = [
      (a) => (a.audit_version = "2"),
      (a) => (a.registry.commit = "HEAD"),
      (a) => (a.registry.commit = "-c".padEnd(40, "0")),
      (a) => (a.trust.commit = "x".repeat(40)),
      (a) => (a.trust.path = "--output=/etc/passwd"),
      (a) => (a.trust.path = "policies/trust.json\nx"),
      (a) => (a.registry.location = ""),
      (a) => (a.bundle.sha256 = "sha256:" + "B".repeat(64)),
      (a) => (a.verified_at = "yesterday"),
      (a) => (a.inputs.min_seq = -1),
      (a) => (a.inputs.expected_hash = "short"),
      (a) => (a.registry.checkpoint_hash_b64u = 5),
    ];
    for (const m of mutations) {
      const s = copy(saved);
      m(s.audit);
      expect(parseAuditRecord(s).ok, m.toString()).toBe(false);
    }
    expect(parseAuditRecord({ verdict: "pass" }).ok).toBe(false);
  });
});

describe("HTML report", () => {
  it("deterministic, verdict first, every check linked to its explanation, no request possible", () => {
    const a = render(w, w.job.bundle);
    expect(render(w, copy(w.job.bundle))).toBe(a);
    expect(a.startsWith("<!doctype html>")).toBe(true);
    expect(a.indexOf("Verdict: PASS")).toBeLessThan(a.indexOf('id="checks"'));
    const { report } = audited(w, w.job.bundle);
    for (const c of report.checks) {
      expect(a).toContain(`<a href="#explain-${c.id}">${c.id}</a>`);
      expect(a).toContain(`id="explain-${c.id}"`);
    }
    // the CSP's style hash is the hash of the style sheet as written
    const css = /<style>([\s\S]*?)<\/style>/.exec(a)![1]!;
    const hash = createHash("sha256").update(css).digest("base64");
    expect(a).toContain(`style-src 'sha256-${hash}'`);
    expectInert(a);
  });

  it("hostile strings from the bundle and the inputs are shown as inert text", () => {
    const evil = ["<script>alert(1)</script>", "</style><img src=x onerror=alert(1)>", "javascript:alert(document.domain)", "\u202eevil\u202c", "nul\u0000esc\u001b[31m", "\"'><a href=\"https://evil.example\">x</a>", "line\u2028sep"];
    const bundle = edited(w, (p) => {
      p.receipts[0].payload.model = evil.join(" ");
      p.receipts[0].payload.provider = evil[2];
      p.tool_receipts[0].tool_name = evil[0];
      p.event_chain[0].event_type = evil[1];
      p.metadata.approvals[0].payload.approver_subject = evil[5];
      p.metadata.approvals[0].payload.scope_summary = evil[3]! + evil[4]! + evil[6]!;
      p.side_effect_receipts = [{ receipt_version: "1", effect_class: evil[0], timestamp: "2026-11-26T12:00:03Z", target_digest: evil[2] }];
    });
    const html = render(w, bundle, `id ${evil[0]}`, `sub ${evil[1]}`);
    expectInert(html);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;/style&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("javascript:alert(document.domain)"); // as text, never an href
    expect(html).toContain("\\u{202E}evil\\u{202C}");
    expect(html).toContain("nul\\u{0}esc\\u{1B}[31m");
    expect(html).toContain("line\\u{2028}sep");
    expect(html).toMatch(/<title>wpc report: FAIL · id &lt;script&gt;/);
  });

  it(`long lists stop at ${ROW_CAP} rows with a count of the rest; rendering stays fast`, () => {
    const n = 30_000;
    const bundle = edited(w, (p) => {
      p.tool_receipts = Array.from({ length: n }, (_, i) => ({ receipt_id: `tr_${i}`, tool_name: "read", timestamp: "2026-11-26T12:00:02Z", result_status: "success" }));
    });
    // the renderer's own cost: the report of the valid bundle, rendered beside the long one
    const { report, registry } = audited(w, w.job.bundle);
    const t0 = performance.now();
    const html = renderReportHtml({ report, bundle, registry, trust: w.trust });
    const ms = performance.now() - t0;
    const p = w.job.bundle.payload as any;
    const total = n + p.event_chain.length + p.receipts.length + p.metadata.approvals.length;
    expect(html.match(/<tr class="k-/g)).toHaveLength(ROW_CAP);
    expect(html).toContain(`${total - ROW_CAP} more items not shown`);
    expect(ms).toBeLessThan(5_000);
    expectInert(html);
  });

  it("a bundle with no CST, no events and a policy the registry never published still renders", () => {
    const html = render(w, { envelope_type: "proof_bundle", payload: {} }, "never-published");
    expect(html).toContain("Verdict: FAIL");
    expect(html).toContain("the bundle carries no CST");
    expect(html).toContain("The bundle records no events");
    expectInert(html);
  });
});
