/**
 * Approvals: an agent never approves its own actions (roles are exclusive in trust.json, and an approval
 * signed by the bundle's agent never counts even under a trust object that breaks the rule), and the
 * check stays linear: N high-risk events × N copies of one approval.
 */
import { describe, expect, it } from "vitest";
import { approval } from "../../scripts/sim/approver.ts";
import { partySigner } from "../../scripts/sim/keys.ts";
import type { Trust } from "../../action/src/core/policy/trust.ts";
import { check, editedResigned, gate, makeWorld, runWorldJob, statusOf, type Doc } from "../support/gate-world.ts";

describe("self-approval", () => {
  const w = makeWorld("self-approval");

  it("control: the world's job passes APPROVALS with the approver's receipt", () => {
    expect(statusOf(gate(w), "APPROVALS")).toBe("pass");
  });

  it("an approval signed by the bundle's agent never counts, even if a trust object lists the agent as an approver", () => {
    const lax: Trust = structuredClone(w.trust);
    lax.roles.approver = { keys: [...(lax.roles.approver?.keys ?? []), w.agent.did] };
    const bundle = editedResigned(w, (p: Doc) => {
      const a = p.metadata.approvals[0].payload as Doc;
      p.metadata.approvals = [
        approval({ approver: w.agent, receiptId: a.receipt_id, agentDid: a.agent_did, runId: a.binding.run_id, eventHash: a.binding.event_hash_b64u, timestamp: a.timestamp, summary: a.scope_summary }),
      ];
    });
    const r = gate(w, bundle, { trust: lax });
    expect(statusOf(r, "APPROVALS")).toBe("fail");
    expect(check(r, "APPROVALS").detail).toMatch(/self-approval/);
    expect(r.verdict).toBe("fail");
  });
});

describe("APPROVALS is linear in the bundle", () => {
  it("4,000 high-risk events × 4,000 copies of one approval: judged (fail) in seconds, not minutes", () => {
    const n = 4000;
    const w = makeWorld("approvals-linear");
    const steps = Array.from({ length: n }, () => ({ kind: "action" as const, action: "user_provisioning", approve: false }));
    const job = runWorldJob(w, { steps, ttlSeconds: 86_400, stepMs: 1 });
    const first = job.bundle.payload["event_chain"] as Doc[];
    const approver = partySigner(w.seed, "approver");
    const one = approval({ approver, receiptId: "ha_copy", agentDid: w.agent.did, runId: first[0]!.run_id, eventHash: first[0]!.event_hash_b64u, timestamp: "2026-11-26T11:59:00Z", summary: "one approval" });
    const bundle = editedResigned(w, (p: Doc) => void (p.metadata.approvals = Array.from({ length: n }, () => one)), job.bundle);
    const t0 = performance.now();
    const r = gate(w, bundle);
    const ms = performance.now() - t0;
    expect(statusOf(r, "APPROVALS")).toBe("fail");
    expect(check(r, "APPROVALS").detail).toMatch(/and \d+ more/);
    // the quadratic version took 23 s here; a linear one well under a few seconds even on a loaded machine
    expect(ms).toBeLessThan(15_000);
  });
});
