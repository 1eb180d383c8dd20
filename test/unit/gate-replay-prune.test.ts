/**
 * Impact replay judges only the check families whose inputs a change touches (core/gate/replay.ts
 * FAMILIES): each family is held to the contract sections it declares — every top-level read of the
 * contract recorded while it judges real bundles — and pruned judging flips exactly the checks that
 * judging every replayed check flips.
 */
import { describe, expect, it } from "vitest";
import { bundleFacts, FAMILIES, familiesThatCanFlip, judgeFacts, judgeFamilies, policyImpact, type BundleFacts, type Family, type ReplayVersion } from "../../action/src/core/gate/index.ts";
import { policyHash } from "../../action/src/core/crypto/hash.ts";
import type { Wpc } from "../../action/src/core/policy/types.ts";
import { DEFAULT_STEPS, type Step } from "../../scripts/sim/harness.ts";
import { copy, makeWorld, runWorldJob, VERIFY_AT, POLICY_ID, type Doc } from "../support/gate-world.ts";

const w = makeWorld("replay-prune");
const version = (wpc: Doc, trust = w.trust): ReplayVersion => ({ wpc: wpc as Wpc, hash: policyHash(wpc).policy_hash_b64u, trust });
const runtime = (tools: string[]) => ({ tools: { profile: "full", allow: tools, deny: ["exec", "process"], elevated: { enabled: false } }, sandbox: { mode: "all", workspaceAccess: "ro" } });
const KINDS: Record<string, Step[]> = {
  plain: DEFAULT_STEPS,
  web: [...DEFAULT_STEPS, { kind: "tool_call", tool: "web_search", args: "q" }],
  pay: [...DEFAULT_STEPS, { kind: "action", action: "payment", approve: false }],
};
const facts: BundleFacts[] = Object.entries(KINDS).map(([kind, steps]) => {
  const j = runWorldJob({ seed: w.seed, policyHash: w.policyHash }, { seed: `${w.seed}-${kind}`, steps, openclaw: runtime(["browser", "read", "web_fetch", "web_search", "write"]) });
  return bundleFacts(kind, copy(j.bundle), w.trust);
});

/** The contract behind a proxy that records every top-level member read ("*": enumerated whole). */
function recording(wpc: Doc, seen: Set<string>): Doc {
  return new Proxy(wpc, {
    get(t, k, r) {
      if (typeof k === "string") seen.add(k);
      return Reflect.get(t, k, r);
    },
    ownKeys(t) {
      seen.add("*");
      return Reflect.ownKeys(t);
    },
  });
}

const edit = (f: (h: Doc) => void): Doc => {
  const h = copy(w.wpc);
  f(h);
  return h;
};
const HEADS: Record<string, Doc> = {
  denyWeb: edit((h) => h.tool_policy.deny.push("web_search")),
  requirePayment: edit((h) => h.approvals.required_for.push("payment")),
  dropRoute: edit((h) => (h.model_route.allowed = ["OpenAI_direct"])),
  shortTtl: edit((h) => (h.token_requirements.cst_ttl_seconds_max = 300)),
  noScopeHash: edit((h) => (h.token_requirements.require_scope_hash = false)),
  noReceipts: edit((h) => ((h.audit.require_gateway_receipts = false), (h.model_route.require_clawproxy = false))),
  purpose: edit((h) => (h.purpose = "reworded")),
  egress: edit((h) => (h.data_boundaries = { ...h.data_boundaries, egress_allowlist: ["api.example.com"] })),
  same: copy(w.wpc),
};

describe("impact replay, check families pruned by what they read", () => {
  for (const [family, spec] of Object.entries(FAMILIES)) {
    it(`the ${family} family reads only ${spec.reads.join(", ")} of a contract`, () => {
      const seen = new Set<string>();
      for (const f of facts) for (const head of Object.values(HEADS)) judgeFamilies(f, { ...version(head), wpc: recording(copy(head), seen) as Wpc }, [family as Family]);
      expect(seen.size).toBeGreaterThan(0);
      if (!(spec.reads as readonly string[]).includes("*")) for (const k of seen) expect(spec.reads, `${family} read ${k}`).toContain(k);
    });
  }

  it("a change touches the families that read what it changed, all of them when trust.json changes", () => {
    const base = version(w.wpc);
    // a tool denied: only TOOLS_ALLOWED and SANDBOX (the runtime against the whole contract), never the approvals
    expect(familiesThatCanFlip(base, version(HEADS.denyWeb!))).toEqual(["runtime"]);
    expect(familiesThatCanFlip(base, version(HEADS.requirePayment!))).toEqual(["runtime", "approvals"]);
    expect(familiesThatCanFlip(base, version(HEADS.shortTtl!))).toEqual(["token", "receipts", "runtime"]);
    expect(familiesThatCanFlip(base, version(HEADS.dropRoute!))).toEqual(["receipts", "runtime"]);
    expect(familiesThatCanFlip(base, version(HEADS.egress!))).toEqual(["runtime", "boundaries"]);
    expect(familiesThatCanFlip(base, version(HEADS.same!))).toEqual([]);
    const trust = copy(w.trust) as Doc;
    trust.token_audience = "elsewhere";
    expect(familiesThatCanFlip(base, version(HEADS.same!, trust as typeof w.trust))).toEqual(["token", "receipts", "runtime", "approvals", "boundaries"]);
  });

  it("pruned judging flips exactly the checks that judging every replayed check flips", () => {
    const versions = Object.values(HEADS).map((h) => version(h));
    let flipped = 0;
    for (const base of versions)
      for (const head of versions) {
        const families = familiesThatCanFlip(base, head);
        for (const f of facts) {
          const before = new Map(judgeFacts(f, POLICY_ID, base).map((c) => [c.id, c.status === "fail"]));
          const all = judgeFacts(f, POLICY_ID, head).filter((c) => before.get(c.id) !== (c.status === "fail")).map((c) => c.id);
          const pruned = new Map(judgeFamilies(f, base, families).map((c) => [c.id, c.status === "fail"]));
          expect(judgeFamilies(f, head, families).filter((c) => pruned.get(c.id) !== (c.status === "fail")).map((c) => c.id), `${f.name}`).toEqual(all);
          flipped += all.length;
        }
        const p = policyImpact({ policy_id: POLICY_ID, file: "p", base, head }, facts, { includeLive: false, at: VERIFY_AT });
        expect(p.bundles.judged).toBe(facts.length);
      }
    expect(flipped).toBeGreaterThan(10);
  });
});
