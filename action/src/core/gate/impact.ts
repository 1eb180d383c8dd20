/**
 * Impact replay, the aggregate: every recent bundle of a changed policy judged under its base and its
 * proposed version (replay.ts), grouped per check that flips, with counts, the bundles, and one human
 * sentence built from the evidence ("3 of the last 50 invoice-triage jobs used web_search, which this
 * change denies"). Pure and deterministic: bundles in the order given, checks in report order.
 * Strings in it come from bundles and PRs: hostile, rendered only through core/escape (impact-render.ts).
 */
import { toolAllowed } from "../policy/tool-catalog.ts";
import type { CheckId, CheckResult, CheckStatus } from "./types.ts";
import { approvalKinds, BY_PRESENCE, familiesThatCanFlip, judgeFamilies, REPLAYED_CHECKS, type Family, routesLost, tokenTtl, toolsUsed, type BundleFacts, type ReplayVersion } from "./replay.ts";

/** Bundle names kept per flip (the counts are always complete). */
const NAMES_KEPT = 20;

export interface Flip {
  check: CheckId;
  /** pass→fail: the change would now fail these jobs; fail→pass: it would now let them through. */
  direction: "now_fails" | "now_passes";
  count: number;
  /** Up to 20 bundle names, in input order. */
  bundles: string[];
  /** The evidence the sentence names (tool names, provider/model routes, action kinds, TTLs), sorted. */
  evidence: string[];
  sentence: string;
  /** The check's detail for the first bundle, under the version it now has that status in. */
  detail: string;
}

export interface PolicyImpact {
  policy_id: string;
  file: string;
  base_hash: string;
  head_hash: string;
  /** Bundles of this policy: found, judged under both versions, and skipped (live CST, signatures). */
  bundles: { found: number; judged: number; skipped_live: number; unverified: number };
  /** Jobs with at least one check flipping pass→fail. */
  now_failing: number;
  now_passing: number;
  flips: Flip[];
}

export interface ImpactChange {
  policy_id: string;
  file: string;
  base: ReplayVersion;
  head: ReplayVersion;
}

export interface ReplayOptions {
  /** Judge bundles whose CST is still live at `at` (opt-in: the artifact then holds a usable token). */
  includeLive: boolean;
  at: number;
  /**
   * The edge's chance to decide, all at once (on worker threads), the signatures of the bundles whose
   * verdict flipped with their signatures assumed (`BundleFacts.undecided`), before each is judged on
   * exact facts. Only a speed-up: whatever it decides or not, exact() decides the rest itself.
   */
  decideAhead?: (flipped: readonly BundleFacts[]) => void;
}

const failed = (s: CheckStatus | undefined) => s === "fail";

/**
 * One changed policy's impact, fed bundle by bundle: only the bundles that flip are kept (for the
 * sentences), so a folder of bundles is judged as it is read, never held whole.
 */
export interface PolicyReplay {
  /** A bundle of this policy (the caller matches `policyId`). */
  add(b: BundleFacts): void;
  result(): PolicyImpact;
}

export function policyReplay(change: ImpactChange, o: ReplayOptions): PolicyReplay {
  const out: PolicyImpact = {
    policy_id: change.policy_id,
    file: change.file,
    base_hash: change.base.hash,
    head_hash: change.head.hash,
    bundles: { found: 0, judged: 0, skipped_live: 0, unverified: 0 },
    now_failing: 0,
    now_passing: 0,
    flips: [],
  };
  const groups = new Map<string, { flip: Flip; facts: BundleFacts[] }>();
  const families = familiesThatCanFlip(change.base, change.head);
  // bundles that flipped, in arrival order: those with signatures assumed are judged on exact facts at
  // the end, all together (and the others with them, so the report keeps the order bundles came in)
  const flipped: Array<{ b: BundleFacts; changed: Flipped }> = [];
  const add = (b: BundleFacts): void => {
    out.bundles.found++;
    if (!b.verified) {
      out.bundles.unverified++;
      return;
    }
    if (!o.includeLive && (b.expMs === null || b.expMs > o.at)) {
      out.bundles.skipped_live++;
      return;
    }
    const changed = flipsOf(b, change, families);
    // signatures assumed valid (assumedFacts): a bundle the report names has them checked, and is judged again
    if (changed.length) flipped.push({ b, changed });
    else judged(b, changed);
  };
  const settle = (): void => {
    if (!flipped.length) return;
    const assumed = flipped.filter((f) => f.b.exact).map((f) => f.b);
    if (assumed.length) o.decideAhead?.(assumed);
    for (const { b, changed } of flipped.splice(0)) {
      if (!b.exact) {
        judged(b, changed);
        continue;
      }
      const exact = b.exact();
      if (!exact.verified) out.bundles.unverified++;
      // the very facts when every assumed signature verified: judged already
      else judged(exact, exact.parts === b.parts ? changed : flipsOf(exact, change, families));
    }
  };
  const judged = (b: BundleFacts, changed: Flipped): void => {
    out.bundles.judged++;
    let fails = false;
    let passes = false;
    for (const { c, was } of changed) {
      const direction = failed(c.status) ? "now_fails" : "now_passes";
      if (direction === "now_fails") fails = true;
      else passes = true;
      const key = `${direction}:${c.id}`;
      let g = groups.get(key);
      if (!g) {
        g = { flip: { check: c.id, direction, count: 0, bundles: [], evidence: [], sentence: "", detail: direction === "now_fails" ? c.detail : was!.detail }, facts: [] };
        groups.set(key, g);
      }
      g.flip.count++;
      if (g.flip.bundles.length < NAMES_KEPT) g.flip.bundles.push(b.name);
      g.facts.push(b);
    }
    if (fails) out.now_failing++;
    if (passes) out.now_passing++;
  };
  const result = (): PolicyImpact => {
    settle();
    const order = new Map(REPLAYED_CHECKS.map((id, i) => [id, i]));
    const flips = [...groups.values()]
      .map(({ flip, facts }) => ({ ...flip, ...explain(flip, facts, change, out.bundles.judged) }))
      .sort((a, b) => (a.direction === b.direction ? 0 : a.direction === "now_fails" ? -1 : 1) || order.get(a.check)! - order.get(b.check)!);
    return { ...out, bundles: { ...out.bundles }, flips };
  };
  return { add, result };
}

/** The impact of one changed policy on the bundles (all bundles given: those of other policies are ignored). */
export function policyImpact(change: ImpactChange, bundles: readonly BundleFacts[], o: ReplayOptions): PolicyImpact {
  const r = policyReplay(change, o);
  for (const b of bundles) if (b.policyId === change.policy_id) r.add(b);
  return r.result();
}

/**
 * The replayed checks of `b` whose pass/fail differs between base and head (head's result, base's).
 * Only the families whose inputs the change touches are judged: the others cannot flip.
 */
type Flipped = Array<{ c: CheckResult; was: CheckResult | undefined }>;

function flipsOf(b: BundleFacts, change: ImpactChange, families: readonly Family[]): Flipped {
  if (!families.length) return [];
  const before = new Map(judgeFamilies(b, change.base, families).map((c) => [c.id, c]));
  const out: Flipped = [];
  for (const c of judgeFamilies(b, change.head, families)) {
    const was = before.get(c.id);
    if (failed(was?.status) !== failed(c.status)) out.push({ c, was });
  }
  return out;
}

/** Count each evidence item over the bundles: "web_search (3), browser (1)" order, most frequent first. */
function tally(lists: string[][]): Array<[string, number]> {
  const n = new Map<string, number>();
  for (const l of lists) for (const x of new Set(l)) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

function named(t: Array<[string, number]>, count: number): string {
  const shown = t.slice(0, 5).map(([x, k]) => (t.length > 1 && k !== count ? `${x} (${k})` : x));
  return shown.join(", ") + (t.length > 5 ? ` and ${t.length - 5} more` : "");
}

/** The sentence (and its evidence) of one flip, from the bundles' facts under both versions. */
function explain(flip: Flip, facts: BundleFacts[], c: ImpactChange, judged: number): { evidence: string[]; sentence: string } {
  const jobs = `${flip.count} of the last ${judged} ${c.policy_id} job${judged === 1 ? "" : "s"}`;
  const fails = flip.direction === "now_fails";
  // the version a job fails under, and the one it passes under
  const [passV, failV] = fails ? [c.base, c.head] : [c.head, c.base];
  let t: Array<[string, number]> = [];
  let sentence: string | undefined;
  if (flip.check === "TOOLS_ALLOWED") {
    const lost = facts.map((f) => toolsUsed(f).filter((x) => toolAllowed(x, passV.wpc.tool_policy.allow, passV.wpc.tool_policy.deny) && !toolAllowed(x, failV.wpc.tool_policy.allow, failV.wpc.tool_policy.deny)));
    t = tally(lost);
    // the rest flipped on what their runtime allowed (metadata.openclaw), not on a tool they used
    const used = lost.filter((l) => l.length).length;
    const config = `ran with an OpenClaw tool config (metadata.openclaw) that this change ${fails ? "no longer permits" : "now permits"}`;
    if (t.length) {
      const denied = t.every(([x]) => !toolAllowed(x, ["*"], failV.wpc.tool_policy.deny));
      const usedJobs = `${used} of the last ${judged} ${c.policy_id} job${judged === 1 ? "" : "s"}`;
      sentence = `${usedJobs} used ${named(t, used)}, which this change ${fails ? (denied ? "denies" : "no longer allows") : "now allows"}${used < flip.count ? `; ${flip.count - used} more ${config}` : ""}`;
    } else sentence = `${jobs} ${config}: ${flip.detail}`;
  } else if (flip.check === "MODEL_ROUTE") {
    t = tally(facts.map((f) => routesLost(f, passV, failV)));
    if (t.length) sentence = fails ? `${jobs} called ${named(t, flip.count)}, on a route this change no longer allows` : `${jobs} called ${named(t, flip.count)}, on a route this change now allows`;
  } else if (flip.check === "APPROVALS") {
    t = tally(facts.map((f) => (fails ? approvalKinds(f, c.head).filter((k) => !approvalKinds(f, c.base).includes(k)) : approvalKinds(f, c.base).filter((k) => !approvalKinds(f, c.head).includes(k)))));
    if (t.length) sentence = fails ? `${jobs} performed ${named(t, flip.count)} without the approval this change requires` : `${jobs} performed ${named(t, flip.count)} without an approval, which this change no longer requires`;
  } else if (flip.check === "TOKEN_TTL") {
    const ttls = facts.map(tokenTtl).filter((x): x is number => x !== undefined);
    t = tally([[...new Set(ttls)].sort((a, b) => b - a).slice(0, 5).map((x) => `${x} s`)]);
    if (ttls.length) sentence = `${jobs} ran with a CST TTL up to ${Math.max(...ttls)} s, ${fails ? "above" : "within"} this change's maximum of ${c.head.wpc.token_requirements.cst_ttl_seconds_max} s`;
  }
  const presence = BY_PRESENCE.includes(flip.check) ? " (judged by presence)" : "";
  return {
    evidence: t.map(([x]) => x).sort(),
    sentence: sentence ?? `${jobs} would ${fails ? "now fail" : "now pass"} ${flip.check}${presence}: ${flip.detail}`,
  };
}

export interface Impact {
  /** The checks re-run (and those judged by presence): the report says what it did and did not re-judge. */
  replayed_checks: CheckId[];
  by_presence: CheckId[];
  /** Every bundle read, whatever its policy; plus what could not be used. */
  bundles: { found: number; unreadable: number; report_only: number; other_policy: number };
  include_live: boolean;
  policies: PolicyImpact[];
  /** Jobs, over all policies, with at least one check flipping pass→fail. */
  now_failing: number;
}

/** Every changed policy replayed, fed bundle by bundle (bundles of other policies are only counted). */
export interface ImpactReplay {
  add(b: BundleFacts): void;
  result(counts: { unreadable: number; reportOnly: number }): Impact;
}

export function impactReplay(changes: readonly ImpactChange[], o: ReplayOptions): ImpactReplay {
  const byId = new Map<string, PolicyReplay[]>();
  const replays = changes.map((c) => {
    const r = policyReplay(c, o);
    byId.set(c.policy_id, [...(byId.get(c.policy_id) ?? []), r]);
    return r;
  });
  let found = 0;
  let other = 0;
  return {
    add(b) {
      found++;
      const mine = b.policyId === null ? undefined : byId.get(b.policyId);
      if (!mine) other++;
      else for (const r of mine) r.add(b);
    },
    result(counts) {
      const policies = replays.map((r) => r.result());
      return {
        replayed_checks: [...REPLAYED_CHECKS],
        by_presence: [...BY_PRESENCE],
        bundles: { found, unreadable: counts.unreadable, report_only: counts.reportOnly, other_policy: other },
        include_live: o.includeLive,
        policies,
        now_failing: policies.reduce((n, p) => n + p.now_failing, 0),
      };
    },
  };
}

/** Replay every changed policy against the bundles. */
export function replayImpact(changes: readonly ImpactChange[], bundles: readonly BundleFacts[], o: ReplayOptions & { unreadable: number; reportOnly: number }): Impact {
  const r = impactReplay(changes, o);
  for (const b of bundles) r.add(b);
  return r.result({ unreadable: o.unreadable, reportOnly: o.reportOnly });
}
