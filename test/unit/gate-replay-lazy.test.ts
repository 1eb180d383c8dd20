/**
 * Impact replay with signatures decided lazily (assumedFacts): bundles are judged with their signatures
 * assumed valid, and only those whose verdict flips have them checked. Held against the eager design
 * (bundleFacts: every signature decided first) on real signed bundles with real forged signatures —
 * of the bundle, a gateway receipt, the CST, an approval — placed on bundles that would flip, and over
 * seeded random mixed folders: every bundle the lazy report names, it names exactly as the eager one.
 * A folder replay (io) decides the flipping bundles' signatures together on the worker threads first:
 * its report is exactly the lazy one.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { forgetValid } from "../../action/src/core/crypto/ed25519.ts";
import { replayFolder } from "../../action/src/io/impact-replay.ts";
import { assumedFacts, bundleFacts, replayImpact, type BundleFacts, type Impact, type ImpactChange, type ReplayVersion } from "../../action/src/core/gate/index.ts";
import { policyHash } from "../../action/src/core/crypto/hash.ts";
import { checkEventChain } from "../../action/src/core/claw/events.ts";
import type { Wpc } from "../../action/src/core/policy/types.ts";
import { DEFAULT_STEPS, type Step } from "../../scripts/sim/harness.ts";
import { copy, edited, editedResigned, makeWorld, runWorldJob, VERIFY_AT, POLICY_ID, type Bundle, type Doc } from "../support/gate-world.ts";

const w = makeWorld("replay-lazy");
const version = (wpc: Doc): ReplayVersion => ({ wpc: wpc as Wpc, hash: policyHash(wpc).policy_hash_b64u, trust: w.trust });
const opts = { includeLive: false, at: VERIFY_AT, unreadable: 0, reportOnly: 0 };
const runtime = (tools: string[]) => ({ tools: { profile: "full", allow: tools, deny: ["exec", "process"], elevated: { enabled: false } }, sandbox: { mode: "all", workspaceAccess: "ro" } });

const STEPS: Record<string, Step[]> = {
  plain: DEFAULT_STEPS,
  web: [...DEFAULT_STEPS, { kind: "tool_call", tool: "web_search", args: "supplier address" }],
  pay: [...DEFAULT_STEPS, { kind: "action", action: "payment", approve: true }],
  payUnapproved: [...DEFAULT_STEPS, { kind: "action", action: "payment", approve: false }],
};
const honest = new Map<string, Bundle>(
  Object.entries(STEPS).map(([kind, steps]) => {
    const web = kind === "web";
    const j = runWorldJob({ seed: w.seed, policyHash: w.policyHash }, { seed: `${w.seed}-${kind}`, steps, openclaw: runtime(["browser", "read", "web_fetch", ...(web ? ["web_search"] : []), "write"]) });
    return [kind, j.bundle as Bundle];
  }),
);

/** A 64-byte signature that is not the signer's: the first byte of R changed (still well formed). */
function forgedSignature(b64u: string): string {
  const sig = Buffer.from(b64u, "base64url");
  sig[0] = sig[0]! ^ 1;
  return sig.toString("base64url");
}
const forgeEnvelope = (env: Doc): Doc => ({ ...env, signature_b64u: forgedSignature(env.signature_b64u) });

/** Each forgery leaves the document well formed: only an Ed25519 verification can tell. */
const FORGE: Record<string, (b: Bundle) => Bundle> = {
  bundle: (b) => forgeEnvelope(copy(b)) as Bundle,
  receipt: (b) => editedResigned(w, (p) => (p.receipts[0] = forgeEnvelope(p.receipts[0])), b),
  cst: (b) =>
    editedResigned(w, (p) => {
      const [h, c, s] = (p.metadata.cst.token as string).split(".");
      p.metadata.cst.token = `${h}.${c}.${forgedSignature(s!)}`;
    }, b),
  // the payment's approval when there is one (a forgery that can hide a flip), else the send's
  approval: (b) =>
    editedResigned(w, (p) => {
      const a = p.metadata.approvals as Doc[];
      const k = Math.max(0, a.findIndex((x) => JSON.stringify(x).includes("payment at step")));
      a[k] = forgeEnvelope(a[k]!);
    }, b),
};

function change(edit: (head: Doc) => void, reverse = false): ImpactChange {
  const head = copy(w.wpc);
  edit(head);
  const [b, h] = reverse ? [head, copy(w.wpc)] : [copy(w.wpc), head];
  return { policy_id: POLICY_ID, file: `policies/${POLICY_ID}.wpc.json`, base: version(b), head: version(h) };
}
const CHANGES: Record<string, ImpactChange> = {
  denyWeb: change((h) => h.tool_policy.deny.push("web_search")),
  allowWeb: change((h) => h.tool_policy.deny.push("web_search"), true),
  requirePayment: change((h) => h.approvals.required_for.push("payment")),
  dropRoute: change((h) => (h.model_route.allowed = ["OpenAI_direct"])),
  shortTtl: change((h) => (h.token_requirements.cst_ttl_seconds_max = 300)),
};

interface Item {
  name: string;
  bundle: Bundle;
  forged: boolean;
}
const eager = (items: Item[], c: ImpactChange) => replayImpact([c], items.map((i) => bundleFacts(i.name, copy(i.bundle), w.trust)), opts);
const lazy = (items: Item[], c: ImpactChange) => replayImpact([c], items.map((i) => assumedFacts(i.name, copy(i.bundle), w.trust)), opts);

/** A seeded xorshift: rand(n) in [0, n). */
function seeded(seed: number): (n: number) => number {
  return (n) => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return (seed >>> 0) % n;
  };
}

/** Each honest bundle, and each of it forged every way. */
function forgeries(): Item[] {
  const pool: Item[] = [];
  for (const [kind, b] of honest) {
    pool.push({ name: kind, bundle: b, forged: false });
    for (const [what, forge] of Object.entries(FORGE)) pool.push({ name: `${kind}-${what}`, bundle: forge(b), forged: true });
  }
  return pool;
}

/** Each named bundle → its flips ("now_fails:TOOLS_ALLOWED", …), sorted. */
function named(i: Impact): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const f of i.policies[0]!.flips) for (const b of f.bundles) out.set(b, [...(out.get(b) ?? []), `${f.direction}:${f.check}`].sort());
  return out;
}

/** Would the bundle flip on its facts as they are (an assumed signature left assumed)? */
const flips = (f: BundleFacts, c: ImpactChange) => named(replayImpact([c], [{ ...f, exact: undefined }], opts)).size > 0;

describe("impact replay, signatures checked only where the report relies on them", () => {
  it("the world's honest bundles verify, and their assumed facts are their exact facts", () => {
    for (const [kind, b] of honest) {
      const f = assumedFacts(kind, copy(b), w.trust);
      expect(f.verified).toBe(true);
      expect(f.exact).toBeTypeOf("function");
      const exact = f.exact!();
      expect(exact.verified).toBe(true);
      expect({ ...exact, parts: undefined }).toEqual({ ...bundleFacts(kind, copy(b), w.trust), parts: undefined });
    }
  });

  for (const [what, forge] of Object.entries(FORGE)) {
    it(`a bad ${what} signature on a bundle that would flip gives the same impact as deciding every signature first`, () => {
      const forgedWeb = forge(honest.get("web")!);
      // the forgery is invisible until a signature is verified: assumed, the bundle would be named
      const assumed = assumedFacts("forged", copy(forgedWeb), w.trust);
      expect(assumed.verified).toBe(true);
      expect(flips(assumed, CHANGES.denyWeb!)).toBe(true);
      expect(bundleFacts("forged", copy(forgedWeb), w.trust).verified).toBe(what === "receipt" || what === "approval" ? true : false);
      const items: Item[] = [
        { name: "plain-0", bundle: honest.get("plain")!, forged: false },
        { name: "web-0", bundle: honest.get("web")!, forged: false },
        { name: "forged", bundle: forgedWeb, forged: true },
        { name: "pay-0", bundle: honest.get("payUnapproved")!, forged: false },
      ];
      // the changes under which the forged bundle would flip (now fails, now passes): the same impact
      for (const c of [CHANGES.denyWeb!, CHANGES.allowWeb!]) expect(lazy(items, c)).toEqual(eager(items, c));
      const d = lazy(items, CHANGES.denyWeb!).policies[0]!;
      if (what === "bundle" || what === "cst") {
        expect(d.bundles).toEqual({ found: 4, judged: 3, skipped_live: 0, unverified: 1 });
        expect([...named(replayImpact([CHANGES.denyWeb!], [assumedFacts("forged", copy(forgedWeb), w.trust)], opts)).keys()]).toEqual([]);
      }
    });
  }

  it("exact() decides the signatures read so far; a part first read afterwards is established strictly", () => {
    const forged = FORGE.receipt!(honest.get("web")!);
    const f = assumedFacts("forged", copy(forged), w.trust);
    // a tool change judges the action checks only: the receipts are not established by it
    expect(named(replayImpact([CHANGES.denyWeb!], [f], opts)).get("forged")).toEqual(["now_fails:TOOLS_ALLOWED"]);
    const exact = f.exact!();
    expect(exact.verified).toBe(true);
    expect(exact.parts!.receipts[0]!.problem).toMatch(/SIGNATURE_INVALID/);
    expect(exact.parts!.receipts.map((r) => r.problem)).toEqual(bundleFacts("forged", copy(forged), w.trust).parts!.receipts.map((r) => r.problem));
  });

  it("a bundle's run and events are found as the gate finds them, without hashing the chain, however the chain is broken", () => {
    const EDITS: Array<(p: Doc) => void> = [
      () => undefined,
      (p) => (p.event_chain[2].event_hash_b64u = "A".repeat(43)),
      (p) => delete p.event_chain[1].event_hash_b64u,
      (p) => (p.event_chain[3] = "not an event"),
      (p) => ((p.event_chain[0].run_id = 7), (p.event_chain[4].event_hash_b64u = "")),
      (p) => ((p.event_chain[1].event_hash_b64u = ""), p.event_chain.push(["x"])),
      (p) => (p.event_chain = []),
    ];
    for (const [k, e] of EDITS.entries()) {
      const b = editedResigned(w, e, honest.get("pay")!);
      const chain = (b.payload as Doc).event_chain as unknown[];
      const c = checkEventChain(chain);
      const evs = chain.map((x, index) => ({ index, hash: typeof (x as Doc)?.event_hash_b64u === "string" && !Array.isArray(x) ? ((x as Doc).event_hash_b64u as string) : "" }));
      const gate = new Map((c.ok ? evs : evs.filter((x) => c.hashes.has(x.hash))).map((x) => [x.hash, x.index]));
      for (const f of [bundleFacts("b", copy(b), w.trust), assumedFacts("b", copy(b), w.trust)]) {
        expect(f.verified, `edit ${k}`).toBe(true);
        expect(f.runId, `edit ${k}`).toBe(c.runId);
        expect([...f.parts!.eventByHash].map(([h, ev]) => [h, ev.index]), `edit ${k}`).toEqual([...gate]);
      }
    }
  });

  it("names flipping bundles in the order they came, whether their signatures were assumed or decided", () => {
    const web = honest.get("web")!;
    for (const lazyFirst of [true, false]) {
      const a = assumedFacts("lazy", copy(web), w.trust);
      const e = bundleFacts("eager", copy(web), w.trust);
      const i = replayImpact([CHANGES.denyWeb!], lazyFirst ? [a, e] : [e, a], opts);
      expect(i.policies[0]!.flips[0]!.bundles).toEqual(lazyFirst ? ["lazy", "eager"] : ["eager", "lazy"]);
    }
  });

  it("a forged bundle whose verdict does not flip has its signatures never checked: it counts as judged, never named", () => {
    const items: Item[] = [
      { name: "web-0", bundle: honest.get("web")!, forged: false },
      { name: "plain-forged", bundle: FORGE.bundle!(honest.get("plain")!), forged: true },
    ];
    const l = lazy(items, CHANGES.denyWeb!).policies[0]!;
    const e = eager(items, CHANGES.denyWeb!).policies[0]!;
    expect(l.bundles).toEqual({ found: 2, judged: 2, skipped_live: 0, unverified: 0 });
    expect(e.bundles).toEqual({ found: 2, judged: 1, skipped_live: 0, unverified: 1 });
    expect(l.flips.map((f) => [f.check, f.count, f.bundles])).toEqual(e.flips.map((f) => [f.check, f.count, f.bundles]));
  });

  it("over seeded random folders of honest and forged bundles, the lazy report names the same bundles as the eager one, with the same flips", () => {
    const rand = seeded(0x2545f491);
    const pool = forgeries();
    // an unforged edit the agent signed: not a forgery, a job that did something else
    pool.push({ name: "web-resigned", bundle: editedResigned(w, (p) => (p.metadata.subject.commit = "e".repeat(40)), honest.get("web")!), forged: false });
    pool.push({ name: "plain-stale", bundle: edited(w, (p) => (p.metadata.subject.commit = "e".repeat(40)), honest.get("plain")!), forged: false });
    let unchecked = 0;
    for (let trial = 0; trial < 100; trial++) {
      const n = 4 + rand(12);
      const items = Array.from({ length: n }, (_, k) => {
        const it = pool[rand(pool.length)]!;
        return { ...it, name: `${k}-${it.name}` };
      });
      const c = Object.values(CHANGES)[rand(Object.keys(CHANGES).length)]!;
      const l = lazy(items, c);
      const e = eager(items, c);
      if (!items.some((i) => i.forged)) {
        expect(l).toEqual(e);
        continue;
      }
      const ln = named(l);
      const en = named(e);
      // what the lazy design guarantees: a bundle it names, it names exactly as the eager design does
      for (const [b, fl] of ln) expect(en.get(b), `${b} named by the lazy report`).toEqual(fl);
      // and a bundle only the eager design names could only be a forgery whose assumed signature hides
      // its flip; none of these forgeries can (a check reading a forged receipt or approval fails on
      // it under every version), so here both name the same bundles, with the same counts and words
      expect([...ln.keys()].sort()).toEqual([...en.keys()].sort());
      const lp = l.policies[0]!;
      const ep = e.policies[0]!;
      const words = (i: Impact) => i.policies[0]!.flips.map((f) => ({ ...f, sentence: f.sentence.replace(`of the last ${i.policies[0]!.bundles.judged} ${POLICY_ID} job${i.policies[0]!.bundles.judged === 1 ? "" : "s"}`, "of the last N jobs") }));
      expect(words(l)).toEqual(words(e));
      expect([lp.now_failing, lp.now_passing, l.now_failing]).toEqual([ep.now_failing, ep.now_passing, e.now_failing]);
      // the counts: every bundle found is judged, live or unverified; forged ones that do not flip count as judged
      expect(lp.bundles.found).toBe(ep.bundles.found);
      expect(lp.bundles.judged + lp.bundles.unverified + lp.bundles.skipped_live).toBe(lp.bundles.found);
      expect(lp.bundles.judged).toBeGreaterThanOrEqual(ep.bundles.judged);
      if (lp.bundles.judged > ep.bundles.judged) unchecked++;
    }
    // the seeded folders do include forged bundles whose signatures the lazy replay never checked
    expect(unchecked).toBeGreaterThan(0);
  });
});

describe("impact replay of a folder, the flipping bundles' signatures decided together on the worker threads", () => {
  const dir = mkdtempSync(join(tmpdir(), "wpc-replay-pool-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = `policies/${POLICY_ID}.wpc.json`;
  const bytes = (d: Doc) => new TextEncoder().encode(JSON.stringify(d, null, 2));

  it("gives exactly the report of judging the same bundles one by one, forged signatures and all", () => {
    const rand = seeded(0x1f2e3d4c);
    const pool = [...forgeries(), ...[...honest].map(([kind, bundle]) => ({ name: `${kind}-again`, bundle, forged: false }))];
    // enough bundles for the replay to start its workers; each forgery at least once
    const items: Item[] = [...pool, ...Array.from({ length: 80 - pool.length }, () => pool[rand(pool.length)]!)].map((it, k) => ({ ...it, name: `${String(k).padStart(3, "0")}-${it.name}.json` }));
    for (const it of items) writeFileSync(join(dir, it.name), JSON.stringify(it.bundle));
    let flipped = 0;
    for (const [name, c] of Object.entries(CHANGES)) {
      forgetValid();
      const sources = { inputs: [{ file, status: "modified" as const, base: bytes(c.base.wpc as unknown as Doc), head: bytes(c.head.wpc as unknown as Doc) }], headTrust: w.trust, baseTrust: () => w.trust };
      const folder = replayFolder(sources, { dir, includeLive: false, at: VERIFY_AT });
      forgetValid();
      const one = lazy(items, c);
      expect({ ...folder, policies: folder.policies.map((p) => ({ ...p, file: c.file })) }, name).toEqual(one);
      flipped += folder.now_failing + folder.policies[0]!.now_passing;
      // and what it names, it names as deciding every signature first does
      const en = named(eager(items, c));
      for (const [b, fl] of named(folder)) expect(en.get(b), `${name}: ${b}`).toEqual(fl);
    }
    expect(flipped).toBeGreaterThan(100);
  });
});
