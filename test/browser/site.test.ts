/**
 * The registry site in headless Chromium, as people open it: from file:// and from a local HTTP
 * server, at 390 px and 1280 px. The index, a policy page (timeline and risk diffs) and the first
 * revocations page load nothing but themselves, log no console error, pass axe-core without a serious
 * violation, show hostile registry strings as text, and their relative links lead to the other pages.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser } from "playwright-core";
import { axeScan, launch, screenshot, seriousViolations, serveDir, visit, WIDTHS, type StaticServer } from "../support/browser.ts";
import { buildSite, createSiteWorld, HOSTILE_ACTOR, HOSTILE_JTI, HOSTILE_REASON } from "../support/site-world.ts";
import { POLICY } from "../support/incident-world.ts";

const PAGES = ["index.html", `policy/${POLICY}.html`, "revocations/index.html"] as const;

let browser: Browser;
let site: string;
let server: StaticServer;

beforeAll(async () => {
  const sw = createSiteWorld(300); // two revocation pages (200 a page)
  site = mkdtempSync(join(tmpdir(), "wpc-site-browser-"));
  const b = buildSite(sw, site);
  expect(b.run.code, b.run.stderr).toBe(0);
  browser = await launch();
  server = await serveDir(site);
}, 240_000);

afterAll(async () => {
  await server?.close();
  await browser?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

const origins = () => [
  ["file", (p: string) => pathToFileURL(join(site, p)).href],
  ["http", (p: string) => `${server.url}/${p}`],
] as const;

describe("registry site in a browser", () => {
  for (const path of PAGES)
    it(`${path}: no request but itself, no console error, no serious axe violation, at both widths, file:// and http`, async () => {
      for (const [origin, url] of origins())
        for (const width of WIDTHS) {
          const v = await visit(browser, url(path), width);
          try {
            expect(v.extraRequests(), `${origin} ${width}`).toEqual([]);
            expect(v.consoleErrors, `${origin} ${width}`).toEqual([]);
            expect(v.pageErrors, `${origin} ${width}`).toEqual([]);
            // readable at this width: nothing wider than the viewport
            const overflow = await v.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${origin} ${width} horizontal overflow`).toBeLessThanOrEqual(0);
            await screenshot(v.page, `site-${origin}-${path.replace(/\//g, "_")}-${width}`);
          } finally {
            await v.close();
          }
          expect(seriousViolations(await axeScan(browser, url(path), width)), `${origin} ${width}`).toEqual([]);
        }
    }, 300_000); // four loads and four axe scans of a 200-row page on a shared machine

  it("hostile registry strings are shown as text, never as markup", async () => {
    const checks: Array<[string, string]> = [
      [`policy/${POLICY}.html`, HOSTILE_REASON],
      [`policy/${POLICY}.html`, HOSTILE_ACTOR.replace("\u202E", "\\u{202E}")],
      ["revocations/2.html", HOSTILE_JTI], // the oldest revocations are on the last page
    ];
    for (const [path, shown] of checks) {
      const v = await visit(browser, `${server.url}/${path}`, 1280);
      try {
        expect(await v.page.evaluate(() => document.body.innerText)).toContain(shown);
        const injected = await v.page.evaluate(() => document.querySelectorAll("main script, main img, main b, main a[href^='javascript']").length);
        expect(injected).toBe(0);
      } finally {
        await v.close();
      }
    }
  });

  it("relative links work from file:// and http: index → policy → index, index → revocations → page 2", async () => {
    for (const [origin, url] of origins()) {
      const v = await visit(browser, url("index.html"), 1280, { javaScript: false });
      try {
        await v.page.click(`a[href="policy/${POLICY}.html"]`);
        await v.page.waitForLoadState("load");
        expect(await v.page.locator("h1").innerText(), origin).toBe(`Policy ${POLICY}`);
        await v.page.click(`header a[href="../index.html"]`);
        await v.page.waitForLoadState("load");
        expect(await v.page.locator("h1").innerText(), origin).toMatch(/^Policy registry/);
        await v.page.click(`header a[href="revocations/index.html"]`);
        await v.page.waitForLoadState("load");
        expect(await v.page.locator("nav.pages").first().innerText(), origin).toContain("Page 1 of 2");
        await v.page.locator(`nav.pages a[href="2.html"]`).first().click();
        await v.page.waitForLoadState("load");
        expect(await v.page.locator("nav.pages").first().innerText(), origin).toContain("Page 2 of 2");
        expect(v.requests.every((r) => r.startsWith(origin === "file" ? "file://" : server.url)), origin).toBe(true);
      } finally {
        await v.close();
      }
    }
  });
});
