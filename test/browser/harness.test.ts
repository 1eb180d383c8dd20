/**
 * The browser harness itself: it must notice what the report and site tests rely on it to notice
 * (a stray request, a console error, an inaccessible page), or those tests could not fail.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { axeScan, launch, seriousViolations, serveDir, visit } from "../support/browser.ts";

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), "wpc-browser-"));
  writeFileSync(join(dir, "good.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>ok</title><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"></head><body><main><h1>fine</h1></main></body></html>`);
  writeFileSync(join(dir, "bad.html"), `<!doctype html><html><head><meta charset="utf-8"></head><body><img src="http://127.0.0.1:9/x.png"><script>console.error("boom")</script><input type="text"></body></html>`);
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

describe("browser harness", () => {
  it("a clean page: no extra request, no console error, no serious axe violation", async () => {
    const url = pathToFileURL(join(dir, "good.html")).href;
    const v = await visit(browser, url, 390);
    expect(v.extraRequests()).toEqual([]);
    expect(v.consoleErrors).toEqual([]);
    await v.close();
    expect(seriousViolations(await axeScan(browser, url, 390))).toEqual([]);
  });

  it("a bad page is caught: the image request, the console error and the unlabelled input", async () => {
    const server = await serveDir(dir);
    try {
      const url = `${server.url}/bad.html`;
      const v = await visit(browser, url, 1280);
      expect(v.extraRequests().some((r) => r.includes("x.png"))).toBe(true);
      expect(v.consoleErrors.some((e) => e.includes("boom"))).toBe(true);
      await v.close();
      const ids = seriousViolations(await axeScan(browser, url, 1280)).map((x) => x.id);
      expect(ids).toContain("label");
    } finally {
      await server.close();
    }
  });
});
