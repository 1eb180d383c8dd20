/**
 * Impact replay core (core/gate/replay.ts, impact.ts, impact-render.ts) on real signed bundles of the
 * simulated world: a change that denies a tool flips exactly the jobs that used it; an approval
 * requirement added, a route removed; an unchanged policy has zero impact; identity-bound checks are
 * judged by presence; signatures are decided once; hostile tool names stay inert in Markdown.
 */
import { describe, expect, it } from "vitest";
import { bundleFacts, judgeFacts, replayImpact, policyImpact, impactMarkdown, impactText, verifyBundle, type BundleFacts, type ImpactChange, type ReplayVersion } from "../../action/src/core/gate/index.ts";
import { forgetValid, withAssumedSignatures } from "../../action/src/core/crypto/ed25519.ts";
import { policyHash } from "../../action/src/core/crypto/hash.ts";
import type { Wpc } from "../../action/src/core/policy/types.ts";
import { DEFAULT_STEPS, type Step } from "../../scripts/sim/harness.ts";
import { appendTo, copy, edited, makeWorld, publishDraft, registryOf, runWorldJob, statusOf, VERIFY_AT, POLICY_ID, type Doc } from "../support/gate-world.ts";
import { cells, codeSpanContent, outsideCodeSpans } from "../support/markdown-inert.ts";

const w = makeWorld("replay-unit");
const version = (wpc: Doc, trust = w.trust): ReplayVersion => ({ wpc: wpc as Wpc, hash: policyHash(wpc).policy_hash_b64u, trust });
const base = version(w.wpc);
const opts = { includeLive: false, at: VERIFY_AT };

/** What `wpc openclaw config` gives a runtime that needs only these tools (the jobs' metadata.openclaw). */
const runtime = (tools: string[]) => ({ tools: { profile: "full", allow: tools, deny: ["exec", "process"], elevated: { enabled: false } }, sandbox: { mode: "all", workspaceAccess: "ro" } });
const NARROW = runtime(["browser", "read", "web_fetch", "write"]);
const WIDE = runtime(["browser", "read", "web_fetch", "web_search", "write"]);

function job(name: string, steps: Step[], openclaw: Record<string, unknown> = steps.some((s) => s.kind === "tool_call" && s.tool === "web_search") ? WIDE : NARROW): BundleFacts {
  const j = runWorldJob({ seed: w.seed, policyHash: w.policyHash }, { seed: `${w.seed}-${name}`, steps, openclaw });
  return bundleFacts(name, copy(j.bundle), w.trust);
}

const WEB = [...DEFAULT_STEPS, { kind: "tool_call", tool: "web_search", args: "supplier address" } as Step];
const plainJobs = Array.from({ length: 5 }, (_, i) => job(`plain-${i}`, DEFAULT_STEPS));
const webJobs = Array.from({ length: 3 }, (_, i) => job(`web-${i}`, WEB));
const all = [...plainJobs.slice(0, 2), webJobs[0]!, ...plainJobs.slice(2), webJobs[1]!, webJobs[2]!];

function change(headWpc: Doc, headTrust = w.trust): ImpactChange {
  return { policy_id: POLICY_ID, file: `policies/${POLICY_ID}.wpc.json`, base, head: version(headWpc, headTrust) };
}

describe("impact replay core", () => {
  it("every bundle of the world verifies and passes every replayed check under the version it ran under", () => {
    for (const f of all) {
      expect(f.verified, f.problem).toBe(true);
      expect(judgeFacts(f, POLICY_ID, base).filter((c) => c.status === "fail")).toEqual([]);
    }
  });

  it("a change denying web_search flips exactly the jobs that used it, on TOOLS_ALLOWED, and names the tool", () => {
    const head = copy(w.wpc);
    head.tool_policy.deny.push("web_search");
    const p = policyImpact(change(head), all, opts);
    expect(p.bundles).toEqual({ found: 8, judged: 8, skipped_live: 0, unverified: 0 });
    expect(p.now_failing).toBe(3);
    expect(p.flips).toHaveLength(1);
    const f = p.flips[0]!;
    expect(f).toMatchObject({ check: "TOOLS_ALLOWED", direction: "now_fails", count: 3, bundles: ["web-0", "web-1", "web-2"], evidence: ["web_search"] });
    expect(f.sentence).toBe(`3 of the last 8 ${POLICY_ID} jobs used web_search, which this change denies`);
    // the reverse change lets them through again: fail→pass
    const back = policyImpact({ ...change(w.wpc), base: version(head) }, all, opts);
    expect(back.flips.map((x) => [x.check, x.direction, x.count])).toEqual([["TOOLS_ALLOWED", "now_passes", 3]]);
  });

  it("a job whose runtime allowed the tool without using it flips too, and the sentence says why", () => {
    const head = copy(w.wpc);
    head.tool_policy.deny.push("web_search");
    const p = policyImpact(change(head), [...all, job("wide", DEFAULT_STEPS, WIDE)], opts);
    expect(p.flips.map((x) => [x.check, x.count])).toEqual([["TOOLS_ALLOWED", 4]]);
    expect(p.flips[0]!.sentence).toBe(`3 of the last 9 ${POLICY_ID} jobs used web_search, which this change denies; 1 more ran with an OpenClaw tool config (metadata.openclaw) that this change no longer permits`);
    const only = policyImpact(change(head), [job("wide", DEFAULT_STEPS, WIDE)], opts);
    expect(only.flips[0]!.sentence).toMatch(/^1 of the last 1 invoice-triage job ran with an OpenClaw tool config \(metadata.openclaw\) that this change no longer permits: metadata\.openclaw/);
  });

  it("a tool dropped from allow (not denied) says 'no longer allows'", () => {
    const head = copy(w.wpc);
    head.tool_policy.allow = head.tool_policy.allow.filter((t: string) => t !== "http").concat("web_fetch");
    const f = policyImpact(change(head), all, opts).flips;
    expect(f.map((x) => x.check)).toEqual(["TOOLS_ALLOWED"]);
    expect(f[0]!.sentence).toContain("used web_search, which this change no longer allows");
  });

  it("an approval requirement added flips the jobs that performed the action unapproved", () => {
    const pay = [...DEFAULT_STEPS, { kind: "action", action: "payment", approve: false } as Step];
    const payJob = job("pay", pay);
    const head = copy(w.wpc);
    head.approvals.required_for.push("payment");
    const p = policyImpact(change(head), [...plainJobs, payJob], opts);
    expect(p.flips.map((x) => [x.check, x.count, x.bundles])).toEqual([["APPROVALS", 1, ["pay"]]]);
    expect(p.flips[0]!.evidence).toEqual(["payment"]);
    expect(p.flips[0]!.sentence).toBe(`1 of the last 6 ${POLICY_ID} jobs performed payment without the approval this change requires`);
  });

  it("a model route removed flips MODEL_ROUTE for every job on it, naming provider/model", () => {
    const head = copy(w.wpc);
    head.model_route.allowed = ["OpenAI_direct"];
    const p = policyImpact(change(head), plainJobs, opts);
    expect(p.flips.map((x) => [x.check, x.count])).toEqual([["MODEL_ROUTE", 5]]);
    expect(p.flips[0]!.evidence).toEqual(["openai/openrouter/anthropic/claude-sonnet-4", "openai/openrouter/openai/gpt-4.1-mini"]);
    expect(p.flips[0]!.sentence).toMatch(/^5 of the last 5 invoice-triage jobs called openai\/openrouter\/.*, on a route this change no longer allows$/);
  });

  it("a lower TTL bound flips TOKEN_TTL and says the TTL", () => {
    const head = copy(w.wpc);
    head.token_requirements.cst_ttl_seconds_max = 300;
    const p = policyImpact(change(head), plainJobs.slice(0, 2), opts);
    expect(p.flips.map((x) => x.check)).toEqual(["TOKEN_TTL"]);
    expect(p.flips[0]!.sentence).toContain("above this change's maximum of 300 s");
  });

  it("an unchanged policy, or a change of purpose only, has zero impact", () => {
    expect(policyImpact(change(copy(w.wpc)), all, opts)).toMatchObject({ now_failing: 0, now_passing: 0, flips: [] });
    const head = copy(w.wpc);
    head.purpose = "Invoice triage, reworded";
    const i = replayImpact([change(head)], all, { ...opts, unreadable: 0, reportOnly: 0 });
    expect(i).toMatchObject({ now_failing: 0, policies: [{ flips: [], bundles: { judged: 8 } }] });
    expect(i.replayed_checks).toContain("TOOLS_ALLOWED");
    expect(i.replayed_checks).not.toContain("BUNDLE_SIGNATURE");
  });

  it("identity-bound checks are judged by presence: a new version's hash fails the gate by value, not the replay", () => {
    const head = copy(w.wpc);
    head.purpose = "Invoice triage v2";
    head.token_requirements.policy_hash_pinning = "required";
    // the gate, with the new version current: the job's CST and receipts pin the old hash
    const files = appendTo(w.files, w.trust, w.registryKey, [publishDraft(head)]);
    const real = verifyBundle({ bundle: copy(w.job.bundle), policyId: POLICY_ID, trust: w.trust, at: VERIFY_AT, registry: registryOf(w, files) });
    expect(statusOf(real, "POLICY_CURRENT")).toBe("fail");
    // the replay: present pins count as the pins a job under the new version would carry
    const f = bundleFacts("job", copy(w.job.bundle), w.trust);
    const checks = judgeFacts(f, POLICY_ID, version(head));
    for (const id of ["POLICY_CURRENT", "TOKEN_POLICY_PIN", "RECEIPTS_BOUND"] as const) expect(checks.find((c) => c.id === id)?.status, id).toBe("pass");
    expect(checks.find((c) => c.id === "POLICY_CURRENT")!.detail).toContain("by presence");
    // absence is still a failure: a bundle naming no policy hash fails POLICY_CURRENT under any version
    const unnamed = bundleFacts("x", edited(w, (p) => delete p.metadata.wpc.policy_hash_b64u), w.trust);
    expect(unnamed.verified).toBe(false); // the edit broke the agent's signature: not judged at all
  });

  it("skips jobs whose CST is still live unless opted in, and never judges a bundle whose signatures fail", () => {
    const head = copy(w.wpc);
    head.tool_policy.deny.push("web_search");
    const early = { includeLive: false, at: Date.parse("2026-11-26T12:05:00Z") };
    expect(policyImpact(change(head), all, early).bundles).toEqual({ found: 8, judged: 0, skipped_live: 8, unverified: 0 });
    expect(policyImpact(change(head), all, { ...early, includeLive: true }).now_failing).toBe(3);
    const forged = bundleFacts("forged", edited(w, (p) => (p.metadata.subject.commit = "f".repeat(40))), w.trust);
    expect(forged.verified).toBe(false);
    expect(forged.problem).toMatch(/bundle signature/);
    const p = policyImpact(change(head), [forged, webJobs[0]!], opts);
    expect(p.bundles).toEqual({ found: 2, judged: 1, skipped_live: 0, unverified: 1 });
    // a bundle of another policy is not this policy's
    const other = replayImpact([change(head)], [{ ...plainJobs[0]!, policyId: "other" }], { ...opts, unreadable: 2, reportOnly: 1 });
    expect(other.bundles).toEqual({ found: 1, unreadable: 2, report_only: 1, other_policy: 1 });
  });

  it("judging under a version verifies no signature: they were decided once, with the facts", () => {
    const f = job("once", WEB);
    forgetValid();
    const head = copy(w.wpc);
    head.tool_policy.deny.push("web_search");
    const run = withAssumedSignatures(() => [judgeFacts(f, POLICY_ID, base), judgeFacts(f, POLICY_ID, version(head))]);
    expect(run.assumed.size).toBe(0);
    expect(run.value[1]!.find((c) => c.id === "TOOLS_ALLOWED")!.status).toBe("fail");
    // while the plain gate asks for every signature again
    const gate = withAssumedSignatures(() => verifyBundle({ bundle: copy(w.job.bundle), policyId: POLICY_ID, trust: w.trust, at: VERIFY_AT, registry: registryOf(w, w.files) }));
    expect(gate.assumed.size).toBeGreaterThan(3);
  });

  it("hostile tool names in a flip stay inert in Markdown and plain in text", () => {
    const evil = "x`](https://evil.example)<img src=x onerror=alert(1)>|\n# @admin #1 ![i](j)\u202e";
    const j = job("evil", [...DEFAULT_STEPS, { kind: "tool_call", tool: evil } as Step]);
    const b = copy(w.wpc);
    b.tool_policy.allow.push("*");
    const h = copy(w.wpc);
    const i = replayImpact([{ ...change(h), base: version(b) }], [j], { ...opts, unreadable: 0, reportOnly: 0 });
    expect(i.policies[0]!.flips[0]!.evidence).toEqual([evil]);
    for (const target of ["comment", "summary"] as const) {
      const md = impactMarkdown(i, target);
      const row = md.split("\n").find((l) => l.includes("TOOLS_ALLOWED"))!;
      const cs = cells(row);
      expect(codeSpanContent(cs[4]!)).toContain("x`](https://evil.example)<img src=x onerror=alert(1)>|");
      for (const line of md.split("\n")) {
        const out = outsideCodeSpans(line);
        expect(out).not.toMatch(/<img|\]\(|@admin|!\[/);
      }
      expect(md).not.toContain("\u202e");
    }
    const text = impactText(i);
    expect(text.split("\n").some((l) => l.startsWith("# @admin"))).toBe(false);
    expect(text).not.toContain("\u202e");
  });

  it("the comment's impact section stays within its limit however many flips there are", () => {
    const heads = Array.from({ length: 60 }, (_, k) => {
      const h = copy(w.wpc);
      h.tool_policy.deny.push("web_search");
      return { ...change(h), policy_id: POLICY_ID, file: `policies/p${k}.wpc.json` };
    });
    const i = replayImpact(heads, all, { ...opts, unreadable: 0, reportOnly: 0 });
    const md = impactMarkdown(i, "comment");
    expect(md.length).toBeLessThanOrEqual(5_001);
    expect(md).toMatch(/more flips not shown here/);
  });
});
