/**
 * Headless Chromium for the HTML outputs (wpc report, wpc registry site): the system's Chromium
 * (Debian's `chromium`; `.ci/run` installs it when missing), driven by playwright-core, which never
 * downloads a browser of its own. A page is loaded the way a reader loads it (file:// or a local
 * HTTP server) and everything it does is recorded: every request, every console error, every
 * uncaught exception. axe-core scans accessibility in a second context that bypasses the page's CSP
 * (the page itself forbids scripts, so axe could not otherwise run).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { createRequire } from "node:module";
import { extname, join, normalize, resolve, sep } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ROOT } from "./paths.ts";

/** Screenshots land here (not committed; CI keeps it as test output). */
export const SHOT_DIR = join(ROOT, "test-output", "browser");

/** Widths every page is checked at: a phone and a laptop. */
export const WIDTHS = [390, 1280] as const;

/** The first installed Chromium that really runs (on Ubuntu, /usr/bin/chromium may be a snap stub). */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.WPC_CHROMIUM, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
  for (const c of candidates) {
    if (!c || !existsSync(c)) continue;
    try {
      const v = execFileSync(c, ["--version"], { encoding: "utf8", timeout: 20_000, stdio: ["ignore", "pipe", "ignore"] });
      if (/chrom/i.test(v)) return c;
    } catch {
      // a stub that cannot start: try the next one
    }
  }
  throw new Error("no runnable Chromium found: install Debian's `chromium` (.ci/run does) or set WPC_CHROMIUM");
}

/** Flags a closed network needs: no background connections, no QUIC, no sandbox as root. */
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps", "--disable-extensions"];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: ARGS });
}

export interface PageVisit {
  page: Page;
  /** Every request the page made, the document itself included. */
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests other than the document URL (target: none). */
  extraRequests(): string[];
  close(): Promise<void>;
}

/** Open `url` at `width` px and record what the page does. JavaScript on unless told otherwise. */
export async function visit(browser: Browser, url: string, width: number, opts: { javaScript?: boolean } = {}): Promise<PageVisit> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: opts.javaScript ?? true });
  const page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") consoleErrors.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(url, { waitUntil: "load" });
  const doc = page.url();
  return {
    page,
    requests,
    consoleErrors,
    pageErrors,
    extraRequests: () => requests.filter((r) => r !== doc && r !== url),
    close: () => context.close(),
  };
}

/** Save a full-page screenshot as test output; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOT_DIR, { recursive: true });
  const file = join(SHOT_DIR, `${name.replace(/[^a-z0-9._-]/gi, "_")}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Run axe-core on `url` (CSP bypassed for axe only); returns the violations at every impact. */
export async function axeScan(browser: Browser, url: string, width: number): Promise<AxeViolation[]> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "load" });
    await page.addScriptTag({ content: AXE_SOURCE });
    const result = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: unknown[] }[] }> } }).axe;
      const r = await axe.run(document, { resultTypes: ["violations"] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
    });
    return result;
  } finally {
    await context.close();
  }
}

/** Violations that fail a test: serious and critical. */
export function seriousViolations(v: AxeViolation[]): AxeViolation[] {
  return v.filter((x) => x.impact === "serious" || x.impact === "critical");
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  url: string;
  /** Paths requested, in order. */
  hits: string[];
  close(): Promise<void>;
}

/** Serve `dir` read-only on loopback, the way GitHub Pages does (index.html for a folder). */
export async function serveDir(dir: string): Promise<StaticServer> {
  const root = resolve(dir);
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    hits.push(path);
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
