/**
 * `wpc registry site DIR` on a real git registry written by the CLI (publish, supersede, rollback,
 * policy and token revocations, 2,500 imported revocations): the people-facing pages sit beside the
 * read API, whose files stay byte for byte what they were (derived from the signed Claw envelopes);
 * the same registry gives the same bytes; the checkpoint warning follows --warn-within; a directory
 * that is not an earlier build is never written to.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { buildSite, createSiteWorld, HOSTILE_ACTOR, HOSTILE_JTI, HOSTILE_REASON, type SiteWorld } from "../support/site-world.ts";
import { POLICY } from "../support/incident-world.ts";

let sw: SiteWorld;
let site: string;
const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), "wpc-site-out-"));
  dirs.push(d);
  return d;
};

function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

beforeAll(() => {
  sw = createSiteWorld(2_500);
  site = temp();
}, 240_000);
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe("wpc registry site", () => {
  it("writes the pages beside the read API: index, one page per policy, paginated revocations", () => {
    const { run, out } = buildSite(sw, site);
    expect(run.code, run.stderr).toBe(0);
    const files = [...tree(site).keys()].sort();
    expect(files).toContain("index.html");
    expect(files).toContain(`policy/${POLICY}.html`);
    // 2,502 revocations, 200 a page
    expect(files.filter((f) => f.startsWith("revocations/")).length).toBe(13);
    expect(files).toContain("revocations/13.html");
    expect(out.pages).toBe(files.filter((f) => f.endsWith(".html")).length);
    expect(out.checkpoint).toMatchObject({ near: false });
    const index = readFileSync(join(site, "index.html"), "utf8");
    expect(index).toContain("This site is public");
    expect(index).toContain(`${2_502} token revocation(s)`);
    const page = readFileSync(join(site, `policy/${POLICY}.html`), "utf8");
    for (const kind of ["Published", "Rolled back"]) expect(page).toContain(`${kind} · seq`);
    expect(page).toContain(sw.v2);
    expect(page).toContain("Risk diff from");
    expect(page).toContain(`>superseded<`);
    const other = readFileSync(join(site, `policy/${sw.revokedOther.id}.html`), "utf8");
    expect(other).toContain("Revoked · seq");
    expect(other).toContain("No current version");
  });

  it("registry strings are inert text on every page", () => {
    const all = [...tree(site)].filter(([f]) => f.endsWith(".html")).map(([, b]) => b.toString("utf8")).join("\n");
    expect(all).not.toMatch(/<script|<img|<b>|href="javascript/i);
    expect(all).toContain("&lt;img src=x onerror=alert(1)&gt;\\u{202E}mallory");
    expect(all).toContain("&lt;script&gt;alert(&quot;reason&quot;)&lt;/script&gt; &amp; &#39;roll back&#39;");
    expect(all).toContain("&quot;&gt;&lt;b&gt;jti&lt;/b&gt;");
    expect(HOSTILE_ACTOR + HOSTILE_REASON + HOSTILE_JTI).toContain("<"); // the inputs really were hostile
  });

  it("the read API is unchanged: v1/wpc/<claw hash> is {ok, policy_hash_b64u, envelope} of the signed claw/<hash>.json", () => {
    const served = readdirSync(join(site, "v1/wpc")).sort();
    expect(served.length).toBeGreaterThan(0);
    for (const h of served) {
      const env = JSON.parse(execFileSync("git", ["show", `wpc-registry:claw/${h}.json`], { cwd: sw.w.repo, encoding: "utf8" }));
      const expected = Buffer.from(JSON.stringify({ ok: true, policy_hash_b64u: h, envelope: env }));
      expect(readFileSync(join(site, "v1/wpc", h)).equals(expected), h).toBe(true);
    }
    expect(readFileSync(join(site, ".nojekyll")).length).toBe(0);
  });

  it("same registry, same bytes; a rebuild in place changes nothing", () => {
    const again = temp();
    expect(buildSite(sw, again).run.code).toBe(0);
    const a = tree(site);
    const b = tree(again);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [f, bytes] of a) expect(b.get(f)!.equals(bytes), f).toBe(true);
    const { out } = buildSite(sw, site);
    expect(out.removed).toBe(0);
  });

  it("warns when the checkpoint's renewal is near (--warn-within), on the page and on stderr", () => {
    const dir = temp();
    const { run, out } = buildSite(sw, dir, ["--warn-within", "3650d"]);
    expect(run.code, run.stderr).toBe(0);
    expect(out.checkpoint.near).toBe(true);
    expect(run.stderr).toMatch(/warning: the registry checkpoint expires at/);
    expect(readFileSync(join(dir, "index.html"), "utf8")).toContain("Warning: the checkpoint expires soon");
    const bad = buildSite(sw, temp(), ["--warn-within", "soon"]);
    expect(bad.run.code).toBe(2);
    expect(bad.run.stdout).toContain("E_USAGE");
  });

  it("never writes into a directory that is not empty and not an earlier build", () => {
    const dir = temp();
    mkdirSync(join(dir, "policy"));
    writeFileSync(join(dir, "policy", "keep.txt"), "mine");
    const r = buildSite(sw, dir);
    expect(r.run.code).toBe(2);
    expect(readFileSync(join(dir, "policy", "keep.txt"), "utf8")).toBe("mine");
  });
});
