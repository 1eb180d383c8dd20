/**
 * Push the registry's Claw WPCs to clawcontrols and keep its envelopes as evidence. The payload pushed
 * is the one the registry signed (`claw/<hash>.json`), never a recompilation, so clawcontrols stores
 * exactly what the registry records. What is pushed: every current version whose evidence is missing,
 * plus the Claw hashes the caller names (those a publish just recorded); never a revoked version.
 * Each success is checked (core/claw/controls.ts) and then written as `clawcontrols/<claw hash>.json`
 * with a files-only compare-and-swap (registry-writer `addRegistryFiles`).
 *
 * Everything that can be judged before a request is judged first (URL, token, pinned signers), so a
 * misconfiguration never leaves a half-done push.
 */
import { own } from "../core/json/own.ts";
import { WpcError } from "../core/json/errors.ts";
import { cstProblem, type ControlsFailure } from "../core/claw/controls.ts";
import { controlsPath } from "../core/registry/types.ts";
import type { ClawWpcV1 } from "../core/claw/wpc.ts";
import type { Trust } from "../core/policy/trust.ts";
import { hasRole } from "../core/policy/trust.ts";
import type { Signer } from "../core/crypto/signer.ts";
import type { RegistryStore } from "./registry-snapshot.ts";
import { addRegistryFiles, verifyForWrite } from "./registry-writer.ts";
import { controlsEndpoint, CST_ENV, postClawWpc } from "./clawcontrols.ts";

export interface ClawPushTarget {
  url: URL;
  token: string;
  signers: readonly string[];
}

/** Everything checked before any request: https URL, a CST that has not expired, pinned signers. */
export function clawPushTarget(baseUrl: string, token: string | undefined, trust: Trust, nowMs: number, names = { url: "--clawcontrols", token: CST_ENV }): ClawPushTarget {
  const url = controlsEndpoint(baseUrl, names.url);
  const tokenSource = names.token;
  if (!trust.claw) throw new WpcError("E_USAGE", "pushing to clawcontrols needs Claw hashes: add claw.issuer_did to trust.json (wpc then compiles every policy)");
  const signers = trust.claw.controls_signers ?? [];
  if (signers.length === 0)
    throw new WpcError("E_BAD_INPUT", "trust.json pins no claw.controls_signers: add clawcontrols' signer DID(s) so its answer can be verified (nothing was sent)");
  const t = (token ?? "").trim();
  if (t === "") throw new WpcError("E_USAGE", `no CST for clawcontrols: set ${tokenSource}`);
  const problem = cstProblem(t, nowMs);
  if (problem) throw new WpcError("E_CLAWCONTROLS", `${tokenSource}: ${problem} (nothing was sent)`);
  return { url, token: t, signers };
}

export interface PushedClaw {
  policy_id: string;
  claw_hash_b64u: string;
  existed: boolean;
  signer_did: string;
}

export interface FailedClaw {
  policy_id: string;
  claw_hash_b64u: string;
  /** clawcontrols' error code (or wpc's: REDIRECT, TIMEOUT, UNREACHABLE, HASH_MISMATCH, WPC_*…). */
  code: string;
  status: number | null;
  message: string;
}

export interface ClawPushResult {
  url: string;
  pushed: PushedClaw[];
  failed: FailedClaw[];
  /** Pushes not attempted after a failure that would repeat for every contract (auth, service, network). */
  not_attempted: Array<{ policy_id: string; claw_hash_b64u: string }>;
  /** Evidence files written to the registry by this run. */
  written: string[];
}

export interface ClawPushOptions {
  store: RegistryStore;
  trust: Trust;
  target: ClawPushTarget;
  now: () => number;
  /** Claw hashes to push even when their evidence exists (what a publish just recorded). */
  include?: readonly string[];
  /** Only these policies (their current versions). */
  policyIds?: readonly string[];
  /** When given, must be a registry key of trust.json (the check publish makes), as for any registry write. */
  writer?: Signer;
  timeoutMs?: number;
}

/** A failure on one contract (its own content) does not stop the others; any other failure does. */
const perContract = (f: ControlsFailure) => f.status === 400 || f.status === 413 || f.status === 200 || f.status === 201;

export async function pushClawWpcs(o: ClawPushOptions): Promise<ClawPushResult> {
  if (o.writer && !hasRole(o.trust, "registry", o.writer.did)) throw new WpcError("E_BAD_KEY", `the signing key ${o.writer.did} is not a registry key in trust.json`);
  const { reg } = verifyForWrite(o.store, o.trust, o.now());
  const ids = Object.keys(reg.state.policies).sort();
  for (const id of o.policyIds ?? [])
    if (!own(reg.state.policies, id)?.claw) throw new WpcError("E_POLICY_UNKNOWN", `${id}: the registry has no current version of this policy with a Claw hash`);
  const wanted = new Map<string, string>(); // claw hash → policy id
  const revoked = new Set(reg.state.revoked_policies);
  for (const id of ids) {
    if (o.policyIds && !o.policyIds.includes(id)) continue;
    const claw = own(reg.state.policies, id)?.claw;
    if (claw && !reg.controls.has(claw)) wanted.set(claw, id);
  }
  for (const claw of o.include ?? []) {
    const v = reg.claws.get(claw);
    if (v && !revoked.has(v.policy_hash_b64u) && (!o.policyIds || o.policyIds.includes(v.policy_id))) wanted.set(claw, v.policy_id);
  }
  const result: ClawPushResult = { url: o.target.url.href, pushed: [], failed: [], not_attempted: [], written: [] };
  const evidence = new Map<string, Uint8Array>();
  const queue = [...wanted].sort(([a, ia], [b, ib]) => (ia < ib ? -1 : ia > ib ? 1 : a < b ? -1 : 1));
  let stopped = false;
  for (const [claw, id] of queue) {
    if (stopped) {
      result.not_attempted.push({ policy_id: id, claw_hash_b64u: claw });
      continue;
    }
    // time passes between pushes: a CST that expires meanwhile is never sent
    const problem = cstProblem(o.target.token, o.now());
    const out = problem
      ? ({ ok: false, status: null, code: "TOKEN_EXPIRED", message: `${CST_ENV}: ${problem} (not sent)` } as ControlsFailure)
      : await postClawWpc({
          endpoint: o.target.url,
          token: o.target.token,
          payload: reg.claws.get(claw)!.envelope.payload as ClawWpcV1,
          clawHash: claw,
          signers: o.target.signers,
          ...(o.timeoutMs !== undefined ? { timeoutMs: o.timeoutMs } : {}),
        });
    if (out.ok) {
      result.pushed.push({ policy_id: id, claw_hash_b64u: claw, existed: out.existed, signer_did: out.signer });
      evidence.set(controlsPath(claw), new TextEncoder().encode(JSON.stringify(out.envelope, null, 2) + "\n"));
    } else {
      result.failed.push({ policy_id: id, claw_hash_b64u: claw, code: out.code, status: out.status, message: out.message });
      if (!perContract(out)) stopped = true;
    }
  }
  if (evidence.size) {
    const names = result.pushed.map((p) => p.policy_id).join(", ");
    result.written = addRegistryFiles({ store: o.store, trust: o.trust, now: o.now }, evidence, `wpc claw push: clawcontrols evidence for ${names}`).written;
  }
  return result;
}

/** One line naming the first failure and the way out (the registry write, if any, stands). */
export function pushFailureMessage(r: ClawPushResult): string {
  const f = r.failed[0]!;
  const more = r.failed.length + r.not_attempted.length - 1;
  return `clawcontrols push failed for ${f.policy_id} (${f.claw_hash_b64u}): ${f.code}: ${f.message}${more > 0 ? ` (${more} more not pushed)` : ""}; fix it, then run \`wpc claw push --clawcontrols ${r.url.replace(/\/v1\/wpc$/, "")}\``;
}
