/**
 * The gate's worst case found for issue 12: N high-risk events × N copies of one approval (an attacker
 * padding a bundle so that every event is compared with every approval). The row compares a gate run at
 * 4,000 × 4,000 with four times the run at 1,000 × 1,000 in the same process: a linear gate is near
 * 1×, the old quadratic one was 4× (23 s at 4,000, 98 s at 8,000).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runJob, resign } from "../sim/harness.ts";
import { approval } from "../sim/approver.ts";
import { partySigner, simTrust } from "../sim/keys.ts";
import { appendEntries, verifyRegistry } from "../../action/src/core/registry/registry.ts";
import { policyHash } from "../../action/src/core/crypto/hash.ts";
import { forgetValid } from "../../action/src/core/crypto/ed25519.ts";
import { verifyBundle } from "../../action/src/core/gate/verify.ts";
import type { Trust } from "../../action/src/core/policy/trust.ts";
import { timeMs, type Row } from "./harness.ts";

const SEED = "bench-approvals";

function world(root: string) {
  const trust = simTrust(SEED) as unknown as Trust;
  const wpc = JSON.parse(readFileSync(join(root, "policies/invoice-triage.wpc.json"), "utf8"));
  const hash = policyHash(wpc).policy_hash_b64u;
  const at = Date.parse("2026-11-28T00:00:00Z");
  const app = appendEntries(verifyRegistry(new Map(), { trust, at }), [{ kind: "publish", policy_id: "invoice-triage", policy_hash_b64u: hash, contract: wpc }], partySigner(SEED, "registry"), {
    now: at - 3_600_000,
    source: { repository: "acme/policies", ref: "refs/heads/main", commit: "0".repeat(40), run_id: "1", actor: "bench" },
    checkpointDays: 90,
  });
  return { trust, hash, at, registry: verifyRegistry(app.files, { trust, at }) };
}

function paddedBundle(w: ReturnType<typeof world>, n: number): unknown {
  const steps = Array.from({ length: n }, () => ({ kind: "action" as const, action: "user_provisioning", approve: false }));
  const job = runJob({ seed: `${SEED}-${n}`, world: SEED, policyId: "invoice-triage", policyHash: w.hash, steps, ttlSeconds: 86_400, stepMs: 1, start: "2026-11-26T12:00:00Z" });
  const payload = job.bundle.payload as Record<string, any>;
  const first = payload.event_chain[0];
  const one = approval({ approver: partySigner(SEED, "approver"), receiptId: "ha_copy", agentDid: job.agent.did, runId: first.run_id, eventHash: first.event_hash_b64u, timestamp: "2026-11-26T11:59:00Z", summary: "one" });
  payload.metadata.approvals = Array.from({ length: n }, () => one);
  return resign(job.bundle, job.agent);
}

export async function benchApprovals(root: string): Promise<Row> {
  const w = world(root);
  const run = (bundle: unknown) => () => {
    forgetValid();
    const r = verifyBundle({ bundle, policyId: "invoice-triage", registry: w.registry, trust: w.trust, at: w.at });
    if (r.checks.find((c) => c.id === "APPROVALS")?.status !== "fail") throw new Error("the padded bundle must fail APPROVALS");
  };
  const small = await timeMs(run(paddedBundle(w, 1_000)), 5, 1);
  const large = await timeMs(run(paddedBundle(w, 4_000)), 5, 1);
  return { name: "gate worst case: 4,000 high-risk events × 4,000 copies of one approval", ms: large, baseline: "4 × the same at 1,000 × 1,000 (linear)", baselineMs: 4 * small, target: 1.5 };
}
