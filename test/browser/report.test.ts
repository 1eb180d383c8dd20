/**
 * `wpc report` in a real browser (issue 15 item 5): the HTML the bundled CLI writes for a real signed
 * bundle and registry, loaded by headless Chromium from file:// and from a local HTTP server, at 390 and
 * 1280 px: screenshots kept as test output, no request but the document, no console error, no serious
 * or critical axe-core violation, readable without JavaScript, nothing wider than the viewport, and a
 * bundle's hostile strings shown as text (no element, no script run, no navigation).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { axeScan, launch, screenshot, seriousViolations, serveDir, visit, WIDTHS, type StaticServer } from "../support/browser.ts";
import { POLICY_ID, SUBJECT, VERIFY_AT, editedResigned } from "../support/gate-world.ts";
import { createReportWorld, wpc, type ReportWorld } from "../support/report-world.ts";

const EVIL_MODEL = `<script>document.title="pwned"</script><img src="http://127.0.0.1:9/x.png" onerror="alert(1)"></style>`;
const EVIL_TOOL = "javascript:alert(1)\u202eevil";

let w: ReportWorld;
let browser: Browser;
let server: StaticServer;
const AT = new Date(VERIFY_AT).toISOString();

beforeAll(async () => {
  w = createReportWorld("report-browser");
  const args = (bundle: string, out: string) => ["report", bundle, "--policy", POLICY_ID, "--registry", "git:wpc-registry", "--trust", "policies/trust.json", "--subject", SUBJECT, "--at", AT, "--out", out];
  const ok = wpc(w.dir, args("bundle.json", "pass.html"));
  expect(ok.code, ok.stderr).toBe(0);
  // hostile strings the agent wrote into its own (re-signed) bundle
  const hostile = editedResigned(w.world, (p) => {
    p.receipts[0].payload.model = EVIL_MODEL;
    p.tool_receipts[0].tool_name = EVIL_TOOL;
  });
  writeFileSync(join(w.dir, "hostile.json"), JSON.stringify(hostile, null, 2));
  const bad = wpc(w.dir, args("hostile.json", "hostile.html"));
  expect(bad.code, bad.stderr).toBe(1);
  browser = await launch();
  server = await serveDir(w.dir);
}, 120_000);
afterAll(async () => {
  await server?.close();
  await browser?.close();
  if (w) rmSync(w.dir, { recursive: true, force: true });
});

const urls = () => [
  { how: "file", url: (f: string) => pathToFileURL(join(w.dir, f)).href },
  { how: "http", url: (f: string) => `${server.url}/${f}` },
];

describe("wpc report in Chromium", () => {
  for (const width of WIDTHS) {
    it(`${width} px, file:// and http: no request but the document, no console error, no serious axe violation, fits the width`, async () => {
      for (const { how, url } of urls()) {
        for (const file of ["pass.html", "hostile.html"]) {
          const u = url(file);
          const v = await visit(browser, u, width);
          try {
            expect(v.extraRequests(), `${how} ${file}`).toEqual([]);
            expect(v.consoleErrors, `${how} ${file}`).toEqual([]);
            expect(v.pageErrors).toEqual([]);
            const h1 = await v.page.locator("h1").innerText();
            expect(h1).toBe(file === "pass.html" ? "Verdict: PASS" : "Verdict: FAIL");
            // nothing sticks out of the viewport: wide tables scroll inside their own region
            const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${how} ${file} horizontal overflow`).toBeLessThanOrEqual(0);
            if (how === "file") await screenshot(v.page, `report-${file.replace(".html", "")}-${width}`);
          } finally {
            await v.close();
          }
          expect(seriousViolations(await axeScan(browser, u, width)), `${how} ${file}`).toEqual([]);
        }
      }
    }, 180_000);
  }

  it("hostile bundle strings are text: no element made of them, no script ran, the title stayed", async () => {
    const v = await visit(browser, pathToFileURL(join(w.dir, "hostile.html")).href, 1280);
    try {
      const page = v.page;
      expect(await page.title()).toMatch(/^wpc report: FAIL/);
      expect(await page.locator("script, img, iframe, object, embed, form, base, link").count()).toBe(0);
      expect(await page.locator("[onerror], [onclick], [onload], [src], [style]").count()).toBe(0);
      const hrefs = await page.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
      expect(hrefs.every((h) => /^#[a-z]+(-[A-Z_]+)?$/.test(h))).toBe(true);
      const text = await page.locator("main").innerText();
      expect(text).toContain(EVIL_MODEL);
      expect(text).toContain("javascript:alert(1)\\u{202E}evil");
      expect(text).not.toContain("\u202e");
      expect(v.extraRequests()).toEqual([]);
    } finally {
      await v.close();
    }
  });

  it("usable without JavaScript and in print: every section is there", async () => {
    const v = await visit(browser, pathToFileURL(join(w.dir, "pass.html")).href, 390, { javaScript: false });
    try {
      for (const id of ["checks", "timeline", "cst", "policy", "audit", "explain"]) expect(await v.page.locator(`#${id}`).isVisible(), id).toBe(true);
      await v.page.emulateMedia({ media: "print" });
      expect(await v.page.locator("nav").isVisible()).toBe(false);
      expect(await v.page.locator("#timeline table").isVisible()).toBe(true);
      const pdf = await v.page.pdf({ format: "A4" });
      expect(pdf.length).toBeGreaterThan(10_000);
    } finally {
      await v.close();
    }
  });
});
