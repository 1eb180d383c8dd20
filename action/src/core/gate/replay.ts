/**
 * Impact replay (issue 15 item 4), the per-bundle half: a proof bundle's facts are established ONCE —
 * its signatures (bundle by an agent key, CST by a token issuer, gateway receipts, approvals) decided
 * against one trust.json — and the bundle is then judged under any number of contract versions by the
 * gate's own policy-dependent check functions, never by a copy of them.
 *
 * Signatures are decided lazily (`assumedFacts`): the facts are first established with every signature
 * assumed valid (withAssumedSignatures), which gives the same parts as the strict facts whenever the
 * signatures do verify; only a bundle whose verdict flips between the versions — the only bundles a
 * report names — has its signatures checked (`exact`), and is judged again on the exact facts. And
 * only the check families whose inputs differ between the versions are judged (`FAMILIES`): the
 * others cannot flip, so the parts only they read (gateway receipts) are never established.
 *
 * A bundle ran under an earlier version, so the checks bound to that version's identity cannot hold
 * under another one by value: POLICY_CURRENT, TOKEN_POLICY_PIN and RECEIPTS_BOUND's policy binding are
 * judged by presence (the bundle names its policy, the CST and receipts carry a pin) — what a job made
 * under the proposed version would carry. Every other replayed check runs exactly as the gate runs it.
 */
import { parseCst, type ParsedCst } from "../claw/cst.ts";
import { verifyEnvelope } from "../crypto/envelope.ts";
import { allVerify, undecidedTriples, withAssumedSignatures, type AssumedSignatures, type KeyedTriple } from "../crypto/ed25519.ts";
import { envelopeTriple, type SigTriple } from "./prefetch.ts";
import { hasRole, type Trust } from "../policy/trust.ts";
import type { Wpc } from "../policy/types.ts";
import { approvalEvidence, approvalsCheck, dataBoundariesCheck, highRiskKinds, runtimePolicyChecks, toolPayload, type ApprovalEvidence } from "./actions.ts";
import { arr, isObj, str, verdictOf, type Event, type Obj, type PinSet, type PolicyContext } from "./context.ts";
import { gatewayReceipts, receiptPolicyChecks, receiptRoute, type Receipt } from "./receipts.ts";
import { tokenPolicyChecks, tokenSignature } from "./token.ts";
import { CHECK_IDS, type CheckId, type CheckResult } from "./types.ts";

/** The checks a replay re-runs (every check that reads the contract), in report order. */
export const REPLAYED_CHECKS: readonly CheckId[] = ["POLICY_CURRENT", "TOKEN_TTL", "TOKEN_SCOPE_HASH", "TOKEN_POLICY_PIN", "RECEIPTS_BOUND", "RECEIPTS_COMPLETE", "MODEL_ROUTE", "TOOLS_ALLOWED", "SANDBOX", "APPROVALS", "DATA_BOUNDARIES"];
/** Of those, the ones bound to the identity of the version the job ran under: judged by presence. */
export const BY_PRESENCE: readonly CheckId[] = ["POLICY_CURRENT", "TOKEN_POLICY_PIN", "RECEIPTS_BOUND"];

/** A contract version to judge under: the contract, its hash, and the trust.json whose routes it names. */
export interface ReplayVersion {
  wpc: Wpc;
  hash: string;
  trust: Trust;
}

/** What one bundle proves, independent of any contract version. */
export interface BundleFacts {
  name: string;
  policyId: string | null;
  /** The version it ran under, as it names it (wpc or Claw hash). */
  policyHash: string | null;
  runId: string | null;
  /** Signatures of the bundle (agent key) and its CST (token issuer) verify; else `problem` says why. */
  verified: boolean;
  problem?: string;
  /** The CST's exp in ms since the epoch (null: none readable). */
  expMs: number | null;
  /** Internal: the parts the policy checks read, decided once. */
  readonly parts?: Parts;
  /**
   * Present when the signatures were assumed valid, not checked (assumedFacts; `verified` then means
   * "verified if its signatures do"): the exact facts, every signature decided strictly (first call).
   */
  readonly exact?: () => BundleFacts;
  /**
   * Present with `exact`: the signatures exact() would decide (the bundle envelope's, by DID, and those
   * assumed so far, by key), for a caller that decides many bundles' signatures at once first, on
   * several threads (remembering the valid ones: exact() then finds them decided). Never a verdict.
   */
  readonly undecided?: () => { triples: SigTriple[]; keyed: KeyedTriple[] };
}

interface Parts {
  payload: Obj;
  agentDid: string | undefined;
  events: Event[];
  eventByHash: Map<string, Event>;
  cst: ParsedCst;
  /** Decided when first read (assumedFacts): only the checks that can flip read them. */
  readonly receipts: Receipt[];
  readonly approvals: ApprovalEvidence;
}

/**
 * The parts, the receipts and approvals behind getters of a class (prototype getters: an object
 * literal with getters made V8 keep a thousand bundles' worth of young objects alive at each scavenge).
 */
class LazyParts implements Parts {
  constructor(
    readonly payload: Obj,
    readonly agentDid: string | undefined,
    readonly events: Event[],
    readonly eventByHash: Map<string, Event>,
    readonly cst: ParsedCst,
    private readonly receiptsOf: () => Receipt[],
    private readonly approvalsOf: () => ApprovalEvidence,
  ) {}
  get receipts(): Receipt[] {
    return this.receiptsOf();
  }
  get approvals(): ApprovalEvidence {
    return this.approvalsOf();
  }
}

/** How a part is computed: at once (strict facts), or when first read, signatures assumed (assumedFacts). */
type PartOf = <T>(compute: () => T) => () => T;
const AT_ONCE: PartOf = (compute) => {
  const v = compute();
  return () => v;
};

/** Judge "by presence": any non-empty hash is a pin of the version the job would run under. */
const PRESENT: PinSet = { has: (h) => typeof h === "string" && h.length > 0 };

function events(payload: Obj): Event[] {
  return arr(payload.event_chain).map((e, index) => {
    const o = isObj(e) ? e : {};
    return { index, event_id: str(o.event_id) ?? `#${index}`, run_id: str(o.run_id) ?? "", event_type: str(o.event_type) ?? "", timestamp: str(o.timestamp) ?? "", event_hash_b64u: str(o.event_hash_b64u) ?? "" };
  });
}

/** Decide a bundle's signatures against `trust` (the base branch's: a PR cannot make its own key count). */
export function bundleFacts(name: string, bundle: unknown, trust: Trust): BundleFacts {
  return factsOf(name, bundle, trust, AT_ONCE, true);
}

/** `envelope` false: the bundle's own envelope (its signature and the payload hash it signs) is not checked. */
function factsOf(name: string, bundle: unknown, trust: Trust, part: PartOf, envelope: boolean): BundleFacts {
  const env = isObj(bundle) ? bundle : {};
  const payload = isObj(env.payload) ? env.payload : {};
  const meta = isObj(payload.metadata) ? payload.metadata : {};
  const claimed = isObj(meta.wpc) ? meta.wpc : {};
  const agentDid = str(payload.agent_did);
  const chain = arr(payload.event_chain);
  const evs = events(payload);
  // the run is the first event's, as the gate reads it; the chain's hashes are EVENT_CHAIN's (not replayed)
  const first = chain[0];
  const runId = isObj(first) && typeof first.run_id === "string" ? first.run_id : null;
  const base = { name, policyId: str(claimed.policy_id) ?? null, policyHash: str(claimed.policy_hash_b64u) ?? null, runId };
  const p = parseCst(isObj(meta.cst) ? meta.cst.token : undefined);
  const exp = p.ok && typeof p.cst.claims.exp === "number" && Number.isFinite(p.cst.claims.exp) ? p.cst.claims.exp * 1000 : null;
  const problems: string[] = [];
  const v = envelope ? verifyEnvelope(bundle, { expectedType: "proof_bundle" }) : { ok: true as const, signer: str(env.signer_did) };
  if (!v.ok) problems.push(`bundle signature: ${v.code}`);
  else if (v.signer === undefined || v.signer !== agentDid || !hasRole(trust, "agent", v.signer)) problems.push("bundle not signed by its agent, an agent key in trust.json");
  if (!p.ok) problems.push(`CST: ${p.code}`);
  else if (tokenSignature(p.cst, { trust }).status !== "pass") problems.push("CST not signed by a token_issuer key in trust.json");
  if (problems.length || !p.ok) return { ...base, verified: false, problem: problems.join("; "), expMs: exp };
  // an event is found by the hash it claims, as the gate finds it (the hashes the chain claims; whether
  // they hold is EVENT_CHAIN's question, not replayed: nothing here hashes an event)
  const claims = new Set<string>();
  for (const r of chain) if (isObj(r) && typeof r.event_hash_b64u === "string") claims.add(r.event_hash_b64u);
  const eventByHash = new Map(evs.filter((e) => claims.has(e.event_hash_b64u)).map((e) => [e.event_hash_b64u, e]));
  const parts = new LazyParts(
    payload,
    agentDid,
    evs,
    eventByHash,
    p.cst,
    part(() => gatewayReceipts({ trust, payload })),
    part(() => approvalEvidence({ trust, payload, agentDid, runId })),
  );
  return { ...base, verified: true, expMs: exp, parts };
}

/**
 * The facts of a bundle with every signature it carries assumed valid, none computed: what bundleFacts
 * gives when they all verify. The bundle's own envelope is not checked at all (its signature, and the
 * payload hash that signature signs, are the agent's word for the whole payload), only that its
 * signer is the bundle's agent and an agent key in trust.json. The gateway receipts and approvals are established when a check first
 * reads them (a change that cannot flip their checks never needs them), signatures assumed too.
 * `exact()` checks the envelope and decides the signatures assumed so far (strictly) and returns the strict facts: these very
 * facts when all verify — a part not read yet is then established strictly when first read — else
 * bundleFacts run again for real.
 * A bundle unverified here is unverified for real too (an assumed "yes" only ever adds a pass), so it
 * carries no `exact`.
 */
export function assumedFacts(name: string, bundle: unknown, trust: Trust): BundleFacts {
  const assumed: AssumedSignatures[] = [];
  let decided = false;
  const later: PartOf = (compute) => {
    let done: { v: ReturnType<typeof compute> } | undefined;
    return () => {
      if (!done) {
        if (decided) done = { v: compute() };
        else {
          const r = withAssumedSignatures(compute);
          assumed.push(r.assumed);
          done = { v: r.value };
        }
      }
      return done.v;
    };
  };
  const facts = withAssumedSignatures(() => factsOf(name, bundle, trust, later, false));
  const value = facts.value;
  if (!value.verified) return value;
  assumed.push(facts.assumed);
  let known: BundleFacts | undefined;
  const exact = (): BundleFacts => {
    if (!known) {
      decided = verifyEnvelope(bundle, { expectedType: "proof_bundle" }).ok && assumed.every((a) => allVerify(a));
      known = decided ? value : bundleFacts(name, bundle, trust);
    }
    return known;
  };
  const undecided = () => {
    const triples: SigTriple[] = [];
    envelopeTriple(bundle, triples);
    return { triples: triples.slice(0, 1), keyed: undecidedTriples(assumed) };
  };
  return { ...value, exact, undecided };
}

/** The policy context of a bundle under a version (pins by presence; the hash the job ran under in details). */
export function replayContext(f: BundleFacts, v: ReplayVersion): PolicyContext | undefined {
  const parts = f.parts;
  if (!parts) return undefined;
  return {
    payload: parts.payload,
    agentDid: parts.agentDid,
    events: parts.events,
    runId: f.runId,
    eventByHash: parts.eventByHash,
    wpc: v.wpc,
    wpcHash: f.policyHash ?? undefined,
    pins: PRESENT,
    claws: new Map(),
    trust: v.trust,
    at: 0, // read only by TOKEN_RETIRED, which is not replayed
  };
}

/**
 * The replayed checks in families, each with what it reads of a version: contract sections ("*": the
 * whole contract — TOOLS_ALLOWED and SANDBOX judge metadata.openclaw against it) and trust.json. A family
 * whose inputs are equal in two versions has the same verdicts under both: it cannot flip.
 * (test/unit/gate-replay-prune.test.ts holds each family to what it declares.)
 */
export const FAMILIES = {
  token: { checks: ["TOKEN_TTL", "TOKEN_SCOPE_HASH", "TOKEN_POLICY_PIN"], reads: ["token_requirements"] },
  receipts: { checks: ["RECEIPTS_BOUND", "RECEIPTS_COMPLETE", "MODEL_ROUTE"], reads: ["token_requirements", "audit", "model_route"] },
  runtime: { checks: ["TOOLS_ALLOWED", "SANDBOX"], reads: ["*"] },
  approvals: { checks: ["APPROVALS"], reads: ["approvals"] },
  boundaries: { checks: ["DATA_BOUNDARIES"], reads: ["data_boundaries"] },
} as const satisfies Record<string, { checks: readonly CheckId[]; reads: readonly string[] }>;
export type Family = keyof typeof FAMILIES;
const ALL_FAMILIES = Object.keys(FAMILIES) as Family[];

const sameJson = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The families whose verdicts can differ between two versions (their inputs differ). */
export function familiesThatCanFlip(a: ReplayVersion, b: ReplayVersion): Family[] {
  const trust = sameJson(a.trust, b.trust);
  const wpc = a.wpc as unknown as Record<string, unknown>;
  const other = b.wpc as unknown as Record<string, unknown>;
  return ALL_FAMILIES.filter((f) => !trust || FAMILIES[f].reads.some((k) => (k === "*" ? !sameJson(wpc, other) : !sameJson(wpc[k], other[k]))));
}

/** The replayed checks of a verified bundle under `v`, for policy `policyId`, in REPLAYED_CHECKS order. */
export function judgeFacts(f: BundleFacts, policyId: string, v: ReplayVersion): CheckResult[] {
  const ctx = replayContext(f, v);
  if (!ctx || !f.parts) return [];
  const named: string[] = [];
  if (f.policyId !== policyId) named.push(`bundle ran under policy ${JSON.stringify(f.policyId)}, not "${policyId}"`);
  if (!f.policyHash) named.push("metadata.wpc.policy_hash_b64u is missing");
  return sorted([verdictOf("POLICY_CURRENT", named, `names ${policyId} (judged by presence: the job ran under ${f.policyHash})`), ...judgeFamilies(f, v, ALL_FAMILIES)]);
}

/**
 * The checks of `families` only (POLICY_CURRENT, which reads no version, is never among them). Only
 * the parts those checks read are established: the receipts for `receipts`, the approvals for `approvals`.
 */
export function judgeFamilies(f: BundleFacts, v: ReplayVersion, families: readonly Family[]): CheckResult[] {
  const ctx = replayContext(f, v);
  const parts = f.parts;
  if (!ctx || !parts) return [];
  const checks: CheckResult[] = [];
  if (families.includes("token")) checks.push(...tokenPolicyChecks(parts.cst, ctx));
  if (families.includes("receipts")) checks.push(...receiptPolicyChecks(parts.receipts, ctx));
  if (families.includes("runtime")) checks.push(...runtimePolicyChecks(ctx));
  // the approvals (their signatures, their payloads' hashes) are established only for this one
  if (families.includes("approvals")) checks.push(approvalsCheck(ctx, parts.approvals));
  if (families.includes("boundaries")) checks.push(dataBoundariesCheck(ctx));
  return sorted(checks);
}

const ORDER = new Map(CHECK_IDS.map((id, i) => [id, i]));
const sorted = (checks: CheckResult[]) => checks.sort((a, b) => ORDER.get(a.id)! - ORDER.get(b.id)!);

/** Tool names the bundle's tool receipts name (as written, first occurrence order, unique). */
export function toolsUsed(f: BundleFacts): string[] {
  const seen = new Set<string>();
  for (const t of arr(f.parts?.payload.tool_receipts)) {
    const name = str(toolPayload(t)?.tool_name);
    if (name !== undefined) seen.add(name);
  }
  return [...seen];
}

/** `provider/model` of each receipt that travels an allowed route of `allowedUnder` but none of `deniedUnder`. */
export function routesLost(f: BundleFacts, allowedUnder: ReplayVersion, deniedUnder: ReplayVersion): string[] {
  const a = replayContext(f, allowedUnder);
  const d = replayContext(f, deniedUnder);
  if (!a || !d || !f.parts) return [];
  const out = new Set<string>();
  for (const rc of f.parts.receipts)
    if (receiptRoute(rc, a) !== undefined && receiptRoute(rc, d) === undefined) out.add(`${str(rc.payload?.provider) ?? "?"}/${str(rc.payload?.model) ?? "?"}`);
  return [...out];
}

/** The kinds of high-risk action the bundle performed that `v` requires approval for. */
export function approvalKinds(f: BundleFacts, v: ReplayVersion): string[] {
  const ctx = replayContext(f, v);
  return ctx ? highRiskKinds(ctx) : [];
}

/** The CST's TTL in seconds (exp − iat), if both are numbers. */
export function tokenTtl(f: BundleFacts): number | undefined {
  const c = f.parts?.cst.claims;
  return c && typeof c.exp === "number" && typeof c.iat === "number" ? c.exp - c.iat : undefined;
}
