/**
 * The promotion gate (DESIGN.md §6): every check, each with its stable id and a one-line detail naming
 * what fails; it never stops at the first failure. Pure: the bundle, registry and trust come parsed.
 * Verdict `pass` only when no check fails (warn and skip do not fail; skip is used only where a check
 * does not apply).
 */
import { own } from "../json/own.ts";
import { verifyEnvelope } from "../crypto/envelope.ts";
import { hasRole } from "../policy/trust.ts";
import type { Trust } from "../policy/trust.ts";
import type { VerifiedRegistry } from "../registry/registry.ts";
import type { Wpc } from "../policy/types.ts";
import { checkEventChain } from "../claw/events.ts";
import { clawToWpc } from "../registry/head.ts";
import { verifyClawBundle } from "../claw/bundle.ts";
import { CHECK_IDS, type CheckResult, type VerifyReport } from "./types.ts";
import { arr, isObj, result, str, verdictOf, type Event, type GateContext } from "./context.ts";
import { tokenChecks } from "./token.ts";
import { receiptChecks } from "./receipts.ts";
import { actionChecks } from "./actions.ts";

export interface GateInput {
  /** The parsed proof_bundle envelope. */
  bundle: unknown;
  /** The URM document when the bundle carries a `urm`. */
  urm?: unknown;
  policyId: string;
  expectHash?: string;
  /** Commit SHA or artifact digest being promoted. */
  subject?: string;
  registry: VerifiedRegistry;
  trust: Trust;
  /** Verification time, ms since the epoch. */
  at: number;
}

function events(payload: Record<string, unknown>): Event[] {
  return arr(payload.event_chain).map((e, index) => {
    const o = isObj(e) ? e : {};
    return {
      index,
      event_id: str(o.event_id) ?? `#${index}`,
      run_id: str(o.run_id) ?? "",
      event_type: str(o.event_type) ?? "",
      timestamp: str(o.timestamp) ?? "",
      event_hash_b64u: str(o.event_hash_b64u) ?? "",
    };
  });
}

export function verifyBundle(input: GateInput): VerifyReport {
  const { registry, trust } = input;
  const env = isObj(input.bundle) ? input.bundle : {};
  const payload = isObj(env.payload) ? env.payload : {};
  const meta = isObj(payload.metadata) ? payload.metadata : {};
  const claimed = isObj(meta.wpc) ? meta.wpc : {};
  // metadata.wpc may name the version by its Claw hash (what the job's CST pins): map it to its wpc hash
  const named = str(claimed.policy_hash_b64u);
  const claws = clawToWpc(registry.state.policies);
  const namedClaw = named !== undefined ? claws.get(named) : undefined;
  const wpcHash = namedClaw && namedClaw.policy_id === input.policyId ? namedClaw.policy_hash_b64u : named;
  const contract = wpcHash ? registry.contracts.get(wpcHash) : undefined;
  const policyState = own(registry.state.policies, input.policyId);
  const pins = new Set<string>(wpcHash ? [wpcHash] : []);
  if (wpcHash && policyState?.current === wpcHash && policyState.claw) pins.add(policyState.claw);
  const chain = checkEventChain(arr(payload.event_chain));
  const evs = events(payload);
  const ctx: GateContext = {
    payload,
    agentDid: str(payload.agent_did),
    events: evs,
    runId: chain.runId,
    eventByHash: new Map(chain.ok ? evs.map((e) => [e.event_hash_b64u, e]) : evs.filter((e) => chain.hashes.has(e.event_hash_b64u)).map((e) => [e.event_hash_b64u, e])),
    wpc: contract as Wpc | undefined,
    wpcHash,
    pins,
    claws,
    trust,
    registry,
    at: input.at,
  };

  const checks: CheckResult[] = [];
  // Registry and policy
  checks.push(registry.ok ? result("REGISTRY_VALID", "pass", `registry verifies at seq ${registry.seq}${registry.fromSnapshot ? " (state read from the checkpoint's signed snapshot, not replayed)" : ""}`) : result("REGISTRY_VALID", "fail", `${registry.problems[0]!.code} at seq ${registry.problems[0]!.seq ?? "-"}: ${registry.problems[0]!.message}`));
  const current = own(registry.state.policies, input.policyId)?.current ?? null;
  {
    const problems: string[] = [];
    if (claimed.policy_id !== input.policyId) problems.push(`bundle ran under policy ${JSON.stringify(claimed.policy_id ?? null)}, not "${input.policyId}"`);
    if (!wpcHash) problems.push("metadata.wpc.policy_hash_b64u is missing");
    if (!own(registry.state.policies, input.policyId)) problems.push(`policy "${input.policyId}" was never published`);
    else if (current === null) problems.push(`policy "${input.policyId}" has no current version (revoked)`);
    else if (wpcHash && wpcHash !== current) problems.push(`bundle ran under ${wpcHash}, the current version is ${current}`);
    else if (namedClaw && named !== policyState?.claw) problems.push(`bundle names Claw hash ${named}, the current version's is ${policyState?.claw ?? "none"}`);
    if (input.expectHash && input.expectHash !== wpcHash && input.expectHash !== named) problems.push(`expected hash ${input.expectHash}, bundle ran under ${wpcHash ?? "?"}`);
    if (wpcHash && !contract && problems.length === 0) problems.push(`no published contract for ${wpcHash}`);
    checks.push(verdictOf("POLICY_CURRENT", problems, `${input.policyId} at ${wpcHash} is current`));
  }
  checks.push(
    wpcHash && registry.state.revoked_policies.includes(wpcHash)
      ? result("POLICY_NOT_REVOKED", "fail", `policy hash ${wpcHash} is revoked`)
      : result("POLICY_NOT_REVOKED", wpcHash ? "pass" : "fail", wpcHash ? `${wpcHash} not revoked` : "no policy hash to check"),
  );

  // The bundle itself
  {
    const v = verifyEnvelope(input.bundle, { expectedType: "proof_bundle" });
    const problems: string[] = [];
    if (!v.ok) problems.push(`${v.code}: ${v.detail}`);
    else {
      if (v.signer !== ctx.agentDid) problems.push(`signer ${v.signer} ≠ agent_did ${ctx.agentDid ?? "?"}`);
      if (!hasRole(trust, "agent", v.signer)) problems.push(`agent ${v.signer} is not an agent key in trust.json`);
    }
    checks.push(verdictOf("BUNDLE_SIGNATURE", problems, `signed by agent ${ctx.agentDid ?? "?"}`));
  }
  checks.push(verdictOf("EVENT_CHAIN", chain.problems.map((p) => `${p.code} at event ${p.index}: ${p.detail}`).concat(evs.length === 0 ? ["event chain is empty"] : []), `${evs.length} event(s), one run ${chain.runId ?? "?"}, hashes and links intact`));
  {
    const claw = verifyClawBundle(input.bundle, { gatewaySigners: trustGateways(trust), at: input.at, ...(input.urm !== undefined ? { urm: input.urm } : {}) });
    checks.push(claw.valid ? result("CLAW_PROTOCOL", "pass", `Clawsig v1 verdict VALID (proof tier ${claw.proof_tier})`) : result("CLAW_PROTOCOL", "fail", `Clawsig v1 verdict INVALID: ${claw.reason_code}: ${claw.detail}`));
  }
  checks.push(...tokenChecks(ctx), ...receiptChecks(ctx), ...actionChecks(ctx));

  // Subject
  if (input.subject === undefined) checks.push(result("SUBJECT", "skip", "no subject to promote given"));
  else {
    const s = isObj(meta.subject) ? meta.subject : {};
    const named = s.commit === input.subject || s.artifact_digest === input.subject;
    checks.push(named ? result("SUBJECT", "pass", `bundle names ${input.subject}`) : result("SUBJECT", "fail", `bundle's subject (${String(s.commit ?? s.artifact_digest ?? "none")}) is not ${input.subject}`));
  }

  const order = new Map(CHECK_IDS.map((id, i) => [id, i]));
  checks.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  const counts = { pass: 0, fail: 0, warn: 0, skip: 0, events: evs.length, receipts: arr(payload.receipts).length, tool_receipts: arr(payload.tool_receipts).length, approvals: arr(meta.approvals).length };
  for (const c of checks) counts[c.status]++;
  return {
    verdict: counts.fail === 0 ? "pass" : "fail",
    policy: { id: input.policyId, hash: wpcHash ?? null },
    subject: input.subject ?? null,
    checks,
    counts,
  };
}

function trustGateways(trust: Trust): readonly string[] {
  return trust.roles.gateway?.keys ?? [];
}
