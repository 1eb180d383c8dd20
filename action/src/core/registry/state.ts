/**
 * Replay of registry entries into state, with the rules of DESIGN.md §5. The same function checks a
 * log being verified and a new entry being drafted, so what publish writes is what verify accepts.
 */
import { own } from "../json/own.ts";
import { WpcError, type ErrorCode } from "../json/errors.ts";
import { HASH_B64U_RE } from "../crypto/hash.ts";
import { POLICY_ID_RE } from "../policy/types.ts";
import { MAX_REASON_CHARS, TOKEN_HASH_RE, type EntryPayload, type RegistryState } from "./types.ts";

export interface RuleViolation {
  code: ErrorCode;
  message: string;
}

/** Check `e` against `state`; returns the violation, or applies it to `state` (mutating) and returns undefined. */
/**
 * `hasClaw(clawHash, id, wpcHash)`: a verified `claw/<clawHash>.json` compiled from that contract exists.
 * A publish may repeat the current wpc hash only to record a new Claw hash for it (trust.json or the
 * compiler changed); a rollback restores the Claw hash recorded last for its target.
 */
export function applyEntry(
  state: RegistryState,
  e: EntryPayload,
  hasContract: (hash: string) => boolean,
  hasClaw: (clawHash: string, id: string, wpcHash: string) => boolean = () => false,
): RuleViolation | undefined {
  const v = (code: ErrorCode, message: string): RuleViolation => ({ code, message });
  if (e.reason !== undefined && (typeof e.reason !== "string" || [...e.reason].length > MAX_REASON_CHARS))
    return v("E_BAD_INPUT", `reason longer than ${MAX_REASON_CHARS} characters`);
  switch (e.kind) {
    case "publish":
    case "rollback": {
      const id = e.policy_id;
      const hash = e.policy_hash_b64u;
      if (typeof id !== "string" || !POLICY_ID_RE.test(id)) return v("E_BAD_INPUT", `invalid policy id ${JSON.stringify(id)}`);
      if (typeof hash !== "string" || !HASH_B64U_RE.test(hash)) return v("E_BAD_INPUT", `invalid policy hash ${JSON.stringify(hash)}`);
      if (setHas(state.revoked_policies, hash)) return v("E_POLICY_REVOKED", `policy hash ${hash} is revoked`);
      const claw = e.claw_hash_b64u;
      if (claw !== undefined && (typeof claw !== "string" || !HASH_B64U_RE.test(claw))) return v("E_BAD_INPUT", `invalid Claw hash ${JSON.stringify(claw)}`);
      const p = own(state.policies, id);
      if (e.kind === "publish") {
        if (!hasContract(hash)) return v("E_BAD_INPUT", `no signed contract for ${hash}`);
        if (claw !== undefined && !hasClaw(claw, id, hash)) return v("E_BAD_INPUT", `no signed Claw WPC ${claw} compiled from ${id} at ${hash}`);
        if (p?.current === hash && (claw === undefined || p.claw === claw)) return v("E_BAD_INPUT", `${id} is already at ${hash}`);
        const next = p ?? { current: null, history: [], claw: null, claw_history: {} };
        next.current = hash;
        if (!next.history.includes(hash)) next.history.push(hash);
        next.claw = claw ?? null;
        if (claw !== undefined) {
          const list = own(next.claw_history, hash) ?? (next.claw_history[hash] = []);
          if (!list.includes(claw)) list.push(claw);
        }
        state.policies[id] = next;
        return undefined;
      }
      if (!p) return v("E_POLICY_UNKNOWN", `unknown policy id "${id}"`);
      if (!p.history.includes(hash)) return v("E_ROLLBACK_TARGET", `${hash} was never published for "${id}"`);
      if (p.current === hash) return v("E_ROLLBACK_TARGET", `"${id}" is already at ${hash}`);
      const recorded = own(p.claw_history, hash) ?? [];
      const last = recorded.length ? recorded[recorded.length - 1]! : undefined;
      if (claw !== last) return v("E_ROLLBACK_TARGET", `a rollback of "${id}" to ${hash} restores its last recorded Claw hash (${last ?? "none"}), not ${String(claw ?? "none")}`);
      p.current = hash;
      p.claw = last ?? null;
      return undefined;
    }
    case "revoke_policy": {
      const hash = e.policy_hash_b64u;
      if (typeof hash !== "string" || !HASH_B64U_RE.test(hash)) return v("E_BAD_INPUT", `invalid policy hash ${JSON.stringify(hash)}`);
      const holders = Object.values(state.policies).filter((p) => p.history.includes(hash));
      if (holders.length === 0) return v("E_POLICY_UNKNOWN", `policy hash ${hash} was never published`);
      if (setHas(state.revoked_policies, hash)) return v("E_POLICY_REVOKED", `policy hash ${hash} is already revoked`);
      if (e.policy_id !== undefined && !own(state.policies, e.policy_id)?.history.includes(hash))
        return v("E_POLICY_UNKNOWN", `${hash} is not a version of "${e.policy_id}"`);
      setAdd(state.revoked_policies, hash);
      for (const p of holders)
        if (p.current === hash) {
          p.current = null;
          p.claw = null;
        }
      return undefined;
    }
    case "revoke_token": {
      const h = e.token_hash;
      const j = e.token_jti;
      if (h === undefined && j === undefined) return v("E_BAD_INPUT", "a token revocation names a token hash or a jti");
      if (h !== undefined && (typeof h !== "string" || !TOKEN_HASH_RE.test(h))) return v("E_BAD_INPUT", "token hash must be 64 lowercase hex characters");
      if (j !== undefined && (typeof j !== "string" || j.length === 0 || j.length > 256)) return v("E_BAD_INPUT", "jti must be 1–256 characters");
      const newHash = h !== undefined && !setHas(state.revoked_tokens.hashes, h);
      const newJti = j !== undefined && !setHas(state.revoked_tokens.jtis, j);
      if (!newHash && !newJti) return v("E_BAD_INPUT", "token is already revoked");
      if (newHash) setAdd(state.revoked_tokens.hashes, h);
      if (newJti) setAdd(state.revoked_tokens.jtis, j);
      return undefined;
    }
    default:
      return v("E_BAD_INPUT", `unknown entry kind ${JSON.stringify((e as { kind: unknown }).kind)}`);
  }
}

/*
 * The revocation lists are sorted sets in the state a checkpoint signs, but a replay of a registry that
 * lived for years applies ~100,000 revocations one at a time: keeping each list sorted on every insert
 * (scan + splice) is quadratic, 17 s for 90,000 token hashes. While entries are applied, membership is
 * answered from a Set kept beside each list and new members are appended; `settleState` sorts a list
 * once, when a writer or verifier is done applying. Every reader of the state's order (stateForHash,
 * buildSnapshot) settles first, so an unsettled list is never hashed, written or printed.
 */
const members = new WeakMap<string[], Set<string>>();
const unsorted = new WeakSet<string[]>();

function memberSet(list: string[]): Set<string> {
  let set = members.get(list);
  // rebuilt when the list was changed by anything but setAdd (a clone, a test fixture)
  if (!set || set.size !== list.length) members.set(list, (set = new Set(list)));
  return set;
}

function setHas(list: string[], x: string): boolean {
  return list.length < 16 ? list.includes(x) : memberSet(list).has(x);
}

function setAdd(list: string[], x: string): void {
  if (list.length >= 16 || members.has(list)) memberSet(list).add(x);
  if (list.length > 0 && list[list.length - 1]! > x) unsorted.add(list);
  list.push(x);
}

/** Sort the revocation lists that entries were appended to out of order (in place; returns `s`). */
export function settleState(s: RegistryState): RegistryState {
  for (const list of [s.revoked_policies, s.revoked_tokens.hashes, s.revoked_tokens.jtis])
    if (unsorted.has(list)) {
      list.sort();
      unsorted.delete(list);
    }
  return s;
}

export function cloneState(s: RegistryState): RegistryState {
  return structuredClone(settleState(s));
}

/** Throwing form for writers. */
export function applyOrThrow(state: RegistryState, e: EntryPayload, hasContract: (hash: string) => boolean, hasClaw?: (clawHash: string, id: string, wpcHash: string) => boolean): void {
  const bad = applyEntry(state, e, hasContract, hasClaw);
  if (bad) throw new WpcError(bad.code, bad.message);
}

/**
 * The object whose JCS hash a checkpoint signs. Version "1" (registries written before Claw hashes):
 * `{policies: {ID: {current, history}}, revoked_policies, revoked_tokens}`, and null when the state holds
 * a Claw hash (version 1 cannot say it). Version "2" adds `state_version: "2"` and, per policy, `claw`
 * and `claw_history`.
 */
export function stateForHash(s: RegistryState, version: "1" | "2" = "2"): object | null {
  settleState(s);
  const policies: Record<string, object> = {};
  for (const id of Object.keys(s.policies).sort()) {
    const p = s.policies[id]!;
    if (version === "1") {
      if (p.claw !== null || Object.keys(p.claw_history).length) return null;
      policies[id] = { current: p.current, history: [...p.history] };
    } else policies[id] = { current: p.current, history: [...p.history], claw: p.claw, claw_history: structuredClone(p.claw_history) };
  }
  const rest = { revoked_policies: [...s.revoked_policies], revoked_tokens: { hashes: [...s.revoked_tokens.hashes], jtis: [...s.revoked_tokens.jtis] } };
  return version === "1" ? { policies, ...rest } : { state_version: "2", policies, ...rest };
}
