/**
 * The registry site's renderers on a real signed in-memory registry: the timeline of a policy through
 * publish, supersede, rollback and revoke with the risk diff between consecutive versions; registry
 * strings rendered inert; same registry, same bytes; the checkpoint warning; bounded pages.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { siteHtml, checkpointExpiry, parseDuration, siteModel, type SiteHtml } from "../../../action/src/core/site/index.ts";
import type { VerifiedRegistry } from "../../../action/src/core/registry/registry.ts";
import { DAY, HOSTILE, SOURCE, T0, World, hashOf, publishDraft, versions } from "./registry-world.ts";

const dec = new TextDecoder();
const text = (s: SiteHtml, path: string): string => {
  const b = s.files.get(path);
  if (!b) throw new Error(`no ${path} in ${[...s.files.keys()].join(", ")}`);
  return dec.decode(b);
};

let w: World;
let reg: VerifiedRegistry;
const { v1, v2, v3 } = versions();

beforeAll(() => {
  w = new World();
  w.append([publishDraft(v1), publishDraft(v1, "mail-bot")]);
  w.append([publishDraft(v2)], { ...SOURCE, actor: HOSTILE.actor });
  w.append([{ kind: "rollback", policy_id: "invoice-triage", policy_hash_b64u: hashOf(v1), reason: HOSTILE.reason }]);
  w.append([publishDraft(v3)], { ...SOURCE, repository: HOSTILE.repository, commit: HOSTILE.commit });
  w.append([{ kind: "revoke_policy", policy_id: "invoice-triage", policy_hash_b64u: hashOf(v3), reason: "leaked contract" }]);
  w.append([
    { kind: "revoke_token", token_hash: "a".repeat(64), reason: "stolen laptop" },
    { kind: "revoke_token", token_jti: HOSTILE.jti, reason: HOSTILE.reason },
  ]);
  reg = w.registry();
  expect(reg.ok, JSON.stringify(reg.problems)).toBe(true);
});

describe("site model", () => {
  it("one timeline per policy with the version each entry replaced and its status now", () => {
    const m = siteModel(reg);
    const p = m.policies.find((x) => x.id === "invoice-triage")!;
    expect(p.events.map((e) => [e.kind, e.status, e.previous])).toEqual([
      ["published", "superseded", null],
      ["published", "superseded", hashOf(v1)],
      ["rolled back", "superseded", hashOf(v2)],
      ["published", "revoked", hashOf(v1)],
      ["revoked", "revoked", hashOf(v3)],
    ]);
    expect(p.current).toBeNull();
    expect(m.policies.find((x) => x.id === "mail-bot")!.events.map((e) => e.status)).toEqual(["current"]);
    expect(m.tokenRevocations.map((r) => r.token_jti ?? r.token_hash)).toEqual(["a".repeat(64), HOSTILE.jti]);
  });
});

describe("site pages", () => {
  it("index, one page per policy, revocations: relative links only, no script, strict CSP", () => {
    const s = siteHtml(reg, { at: reg.checkpoint ? Date.parse(reg.checkpoint.issued_at) : T0 }, 3);
    expect([...s.files.keys()].sort()).toEqual(["index.html", "policy/invoice-triage.html", "policy/mail-bot.html", "revocations/index.html"]);
    for (const [path, bytes] of s.files) {
      const h = dec.decode(bytes);
      expect(h, path).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"`);
      expect(h, path).not.toMatch(/<script|<img|<iframe|<link|<object|<[^>]*\son[a-z]+=/i);
      for (const [, href] of h.matchAll(/href="([^"]*)"/g)) expect(href, path).toMatch(/^(?:[a-z0-9._-]+\/)*(?:\.\.\/)?[a-z0-9._/-]+\.html(?:#[a-z0-9-]+)?$|^https:\/\/github\.com\/acme\/policies\/(?:commit\/[0-9a-f]{40}|actions\/runs\/4242)$/);
    }
    expect(text(s, "index.html")).toContain(`href="policy/invoice-triage.html"`);
    expect(text(s, "policy/mail-bot.html")).toContain(`href="../index.html"`);
  });

  it("the risk diff between consecutive versions: expansion, then the rollback's tightening", () => {
    const h = text(siteHtml(reg, { at: T0 }, 0), "policy/invoice-triage.html");
    const item = (seq: number) => h.slice(h.indexOf(`<li id="seq-${seq}">`), h.indexOf("</li>", h.indexOf(`<li id="seq-${seq}">`)));
    expect(item(3)).toContain("expands permissions");
    expect(item(3)).toMatch(/badge expansion">expansion<\/span><\/td><td>added<\/td><td><code>\/tool_policy\/allow: added exec/);
    expect(item(4)).toContain("does not expand permissions");
    expect(item(4)).toMatch(/badge tightening">tightening/);
    expect(item(1)).toContain("First version");
    expect(h).toContain("No current version");
  });

  it("registry strings are shown as text: markup escaped, hidden characters made visible, hostile links not linked", () => {
    const s = siteHtml(reg, { at: T0 }, 0);
    const all = [...s.files.values()].map((b) => dec.decode(b)).join("\n");
    expect(all).toContain("&lt;script&gt;alert(&quot;r&quot;)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;");
    expect(all).toContain("&lt;img src=x onerror=alert(1)&gt;\\u{202E}evil");
    expect(all).toContain("&quot;&gt;&lt;b&gt;jti&lt;/b&gt;");
    expect(all).not.toContain("\u202E");
    expect(all).not.toContain("javascript:alert(3)\"");
    expect(all).not.toMatch(/href="[^"]*(?:javascript|script)/i);
    // the hostile repository and commit are text, never part of a URL
    expect(text(s, "policy/invoice-triage.html")).toContain("<code>javascript:alert(3)</code>");
  });

  it("same registry, same bytes (also at another build time in the same warning state)", () => {
    const a = siteHtml(reg, { at: T0 }, 3);
    const b = siteHtml(w.registry(), { at: T0 + 5 * DAY }, 3);
    expect([...a.files.keys()]).toEqual([...b.files.keys()]);
    for (const [p, bytes] of a.files) expect(Buffer.from(b.files.get(p)!).equals(Buffer.from(bytes)), p).toBe(true);
  });

  it("the checkpoint warning shows once less than a quarter of its lifetime (or --warn-within) is left", () => {
    const cp = reg.checkpoint!;
    const expires = Date.parse(cp.expires_at);
    const life = expires - Date.parse(cp.issued_at);
    expect(checkpointExpiry(cp, expires - life * 0.25 - 1000).near).toBe(false);
    expect(checkpointExpiry(cp, expires - life * 0.25).near).toBe(true);
    expect(checkpointExpiry(cp, expires - 10 * DAY, parseDuration("7d")).near).toBe(false);
    expect(checkpointExpiry(cp, expires - 6 * DAY, parseDuration("7d")).near).toBe(true);
    const near = text(siteHtml(reg, { at: expires - DAY }, 0), "index.html");
    const far = text(siteHtml(reg, { at: Date.parse(cp.issued_at) }, 0), "index.html");
    expect(near).toContain("Warning: the checkpoint expires soon");
    expect(far).not.toContain("Warning");
    expect(far).toContain(`Renew before</dt><dd>${new Date(expires - life / 4).toISOString().replace(/\.\d{3}Z$/, "Z")}`);
    for (const bad of ["", "7", "0d", "-1d", "1.5d", "7 days", "99999999d"]) expect(() => parseDuration(bad), bad).toThrow(/--warn-within/);
    expect(parseDuration("36h")).toBe(36 * 3_600_000);
  });

  it("token revocations are paginated: bounded pages, constant navigation, newest first", () => {
    const big = fakeRevocations(reg, 100_000 - 2); // 100,000 with the two real ones
    const t0 = performance.now();
    const s = siteHtml(big, { at: T0 }, 0);
    const ms = performance.now() - t0;
    const pages = [...s.files.keys()].filter((p) => p.startsWith("revocations/"));
    expect(pages.length).toBe(500);
    let largest = 0;
    for (const p of pages) largest = Math.max(largest, s.files.get(p)!.length);
    expect(largest).toBeLessThan(1_000_000);
    const first = text(s, "revocations/index.html");
    expect(first).toContain("Page 1 of 500");
    expect(first).toContain(`href="2.html">Next`);
    expect(first).toContain(`href="500.html">Last`);
    expect(first.indexOf("rev-99997<")).toBeGreaterThan(0);
    expect(first.indexOf("rev-99997<")).toBeLessThan(first.indexOf("rev-99800<"));
    expect(first).toContain("rev-99798<");
    expect(first).not.toContain("rev-99797<");
    const mid = text(s, "revocations/50.html");
    const navs = [...mid.matchAll(/<nav class="pages"[^>]*>(.*?)<\/nav>/g)].map((m) => m[1]!);
    expect(navs.length).toBe(2);
    for (const n of navs) expect(n).toBe(`<a href="index.html">First</a><a href="49.html">Previous</a><span>Page 50 of 500</span><a href="51.html">Next</a><a href="500.html">Last</a>`);
    expect(ms).toBeLessThan(20_000);
  });

  it("a policy with many entries shows the newest ones and counts the rest", () => {
    const s = siteHtml(reg, { at: T0, maxEvents: 2, maxChanges: 0 }, 0);
    const h = text(s, "policy/invoice-triage.html");
    expect((h.match(/<li id="seq-/g) ?? []).length).toBe(2);
    expect(h).toContain("3 older entries not shown");
    expect(h).toContain("more change(s) not shown");
  });
});

/** `reg` with `n` token revocations appended to its entries (the renderer's scaling, not signatures). */
function fakeRevocations(r: VerifiedRegistry, n: number): VerifiedRegistry {
  const entries = [...r.entries];
  for (let i = 0; i < n; i++) {
    const seq = r.seq + i + 1;
    entries.push({ seq, entry_hash_b64u: "E".repeat(43), signer: "did:key:z", payload: { entry_version: "1", seq, prev_entry_hash_b64u: null, kind: "revoke_token", token_jti: `rev-${i}`, reason: `incident ${i}`, issued_at: "2026-03-09T09:00:00Z", source: SOURCE } });
  }
  return { ...r, entries, seq: r.seq + n };
}
