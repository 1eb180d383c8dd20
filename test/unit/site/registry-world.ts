/**
 * A real in-memory registry for the site renderers: signed entries appended with appendEntries and
 * verified with verifyRegistry (no file system), with a chosen entry source per write so that hostile
 * actors, commits and repositories reach the pages exactly as a registry would carry them.
 */
import { appendEntries, verifyRegistry, type EntryDraft, type VerifiedRegistry } from "../../../action/src/core/registry/registry.ts";
import type { EntrySource } from "../../../action/src/core/registry/types.ts";
import { policyHash } from "../../../action/src/core/crypto/hash.ts";
import type { Trust } from "../../../action/src/core/policy/trust.ts";
import type { Signer } from "../../../action/src/core/crypto/signer.ts";
import { partySigner } from "../../../scripts/sim/keys.ts";
import { exampleWpc, worldTrust, type Doc } from "../../support/gate-world.ts";

export const T0 = Date.parse("2026-03-01T09:00:00Z");
export const DAY = 86_400_000;
export const SOURCE: EntrySource = { repository: "acme/policies", ref: "refs/heads/main", commit: "c0ffee".padEnd(40, "0"), run_id: "4242", actor: "dana" };

export const HOSTILE = {
  reason: `<script>alert("r")</script> & "quoted" 'single'`,
  actor: `<img src=x onerror=alert(1)>\u202Eevil`,
  jti: `"><b>jti</b><a href="javascript:alert(1)">x</a>`,
  repository: `acme/policies"><script>alert(2)</script>`,
  commit: `javascript:alert(3)`,
};

export class World {
  readonly trust: Trust = worldTrust("site-world");
  readonly key: Signer = partySigner("site-world", "registry");
  files = new Map<string, Uint8Array>();
  now = T0;

  append(drafts: readonly EntryDraft[], source: EntrySource = SOURCE, checkpointDays = 90): void {
    const reg = verifyRegistry(this.files, { trust: this.trust, at: this.now });
    const res = appendEntries(reg, drafts, this.key, { now: this.now, source, checkpointDays });
    for (const [p, b] of res.files) this.files.set(p, b);
    for (const p of res.removed) this.files.delete(p);
    this.now += DAY;
  }

  registry(at = this.now): VerifiedRegistry {
    return verifyRegistry(this.files, { trust: this.trust, at });
  }
}

export function publishDraft(wpc: Doc, id = "invoice-triage"): EntryDraft {
  return { kind: "publish", policy_id: id, policy_hash_b64u: hashOf(wpc), contract: wpc };
}

export const hashOf = (wpc: Doc): string => policyHash(wpc).policy_hash_b64u;

/** v1 = the example; v2 allows exec (an expansion); v3 = v1 with a shorter TTL (a tightening). */
export function versions(): { v1: Doc; v2: Doc; v3: Doc } {
  const v1 = exampleWpc();
  const v2 = exampleWpc();
  v2.tool_policy.allow.push("exec");
  v2.tool_policy.deny = v2.tool_policy.deny.filter((x: string) => x !== "exec");
  const v3 = exampleWpc();
  v3.token_requirements.cst_ttl_seconds_max = 600;
  return { v1, v2, v3 };
}
