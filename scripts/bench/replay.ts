/**
 * Impact replay (issue 15 item 4): 1,000 signed proof bundles of the real shape (model calls through
 * the gateway, tool calls, an approved external send; one job in ten also uses web_search) replayed
 * against one policy change (deny web_search), against the baseline of one plain verify of each of the
 * same bundles, in process (`runVerify`, as `wpc verify` and action/verify run it), cold (remembered
 * signatures forgotten before each side). Target: replay ≤ 0.2× the verify time.
 * The replay judges with signatures assumed valid and checks them only for the bundles whose verdict
 * flips (the 100 that used web_search), exactly as `wpc check --replay` does. A second change, which
 * every job fails, shows what that costs when every bundle flips (reported only).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runJob, DEFAULT_STEPS, type Step } from "../sim/harness.ts";
import { forgetValid } from "../../action/src/core/crypto/ed25519.ts";
import { runVerify } from "../../action/src/io/verify-run.ts";
import { replayChanges, replayFolder } from "../../action/src/io/impact-replay.ts";
import { readBundle } from "../../action/src/io/bundle.ts";
import { bundleFacts, replayImpact } from "../../action/src/core/gate/index.ts";
import type { CheckSources } from "../../action/src/io/policy-check.ts";
import { gateWorld } from "./gate.ts";
import { median, type Row } from "./harness.ts";

const WEB: Step[] = [...DEFAULT_STEPS, { kind: "tool_call", tool: "web_search", args: "supplier address" }];
const runtime = (web: boolean) => ({ tools: { profile: "full", allow: ["browser", "read", "web_fetch", ...(web ? ["web_search"] : []), "write"], deny: ["exec", "process"], elevated: { enabled: false } }, sandbox: { mode: "all", workspaceAccess: "ro" } });

export async function benchReplay(root: string, n = 1_000, runs = 5): Promise<Row[]> {
  const w = gateWorld(root);
  const dir = mkdtempSync(join(tmpdir(), "wpc-bench-replay-"));
  try {
    const paths: string[] = [];
    for (let i = 0; i < n; i++) {
      const web = i % 10 === 3;
      const job = runJob({ seed: `replay-${i}`, world: "bench", policyId: "invoice-triage", policyHash: w.policyHash, steps: web ? WEB : DEFAULT_STEPS, openclaw: runtime(web), ttlSeconds: 1800, start: "2026-11-26T12:00:00Z", subject: { repository: "acme/app", commit: "a".repeat(40) } });
      const p = join(dir, `job-${String(i).padStart(4, "0")}.json`);
      writeFileSync(p, JSON.stringify(job.bundle));
      paths.push(p);
    }
    const baseBytes = readFileSync(join(root, "policies/invoice-triage.wpc.json"));
    const change = (edit: (head: { tool_policy: { deny: string[] }; model_route: { allowed: string[] } }) => void): CheckSources => {
      const head = JSON.parse(baseBytes.toString("utf8"));
      edit(head);
      return {
        inputs: [{ file: "policies/invoice-triage.wpc.json", status: "modified", base: new Uint8Array(baseBytes), head: new TextEncoder().encode(JSON.stringify(head, null, 2)) }],
        headTrust: w.trust,
        baseTrust: () => w.trust,
      };
    };
    const sources = change((h) => h.tool_policy.deny.push("web_search"));
    // every job flips (its model calls' route is no longer allowed): every bundle's signatures are decided
    const everyJob = change((h) => (h.model_route.allowed = ["OpenAI_direct"]));
    const verifyAll = async () => {
      forgetValid();
      for (const p of paths) {
        const r = await runVerify({ bundlePath: p, policyId: "invoice-triage", registry: w.registry, trust: w.trust, at: w.at, subject: "a".repeat(40) });
        if (r.verdict !== "pass") throw new Error(`bench bundle ${p} does not pass: ${JSON.stringify(r.checks.filter((c) => c.status === "fail"))}`);
      }
    };
    const replayAll = (s = sources, expect = Math.floor((n + 6) / 10)) => {
      forgetValid();
      const i = replayFolder(s, { dir, includeLive: false, at: w.at });
      if (i.now_failing !== expect || i.policies[0]?.bundles.judged !== n) throw new Error(`replay found ${i.now_failing} failing of ${i.policies[0]?.bundles.judged} judged, expected ${expect} of ${n}`);
    };
    // alternating, medians of each: both sides see the machine's same slow and fast moments
    const v: number[] = [];
    const r: number[] = [];
    for (let k = 0; k < runs + 1; k++) {
      let t0 = process.hrtime.bigint();
      await verifyAll();
      const vt = Number(process.hrtime.bigint() - t0) / 1e6;
      t0 = process.hrtime.bigint();
      replayAll();
      const rt = Number(process.hrtime.bigint() - t0) / 1e6;
      if (k > 0) [v[v.length], r[r.length]] = [vt, rt];
    }
    const all: number[] = [];
    for (let k = 0; k < 4; k++) {
      const t0 = process.hrtime.bigint();
      replayAll(everyJob, n);
      if (k > 0) all.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    // the part a replay adds per contract version judged: the bundles' facts (signatures decided once) kept
    const changes = replayChanges(sources);
    forgetValid();
    const facts = paths.map((p) => bundleFacts(p.slice(dir.length + 1), readBundle(p, true), w.trust));
    const j: number[] = [];
    for (let k = 0; k < runs + 1; k++) {
      const t0 = process.hrtime.bigint();
      const i = replayImpact(changes, facts, { includeLive: false, at: w.at, unreadable: 0, reportOnly: 0 });
      if (k > 0) j.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (i.now_failing === 0) throw new Error("replay found no impact");
    }
    const flipped = Math.floor((n + 6) / 10);
    const baseline = `one plain verify of each of the ${n.toLocaleString("en")} bundles`;
    return [
      { name: `impact replay of ${n.toLocaleString("en")} bundles against one change, end to end: read, judge under base and head, signatures checked only for the ${flipped} bundles whose verdict flips (median of ${runs}, alternating)`, ms: median(r), baseline, baselineMs: median(v), target: 0.2 },
      { name: `impact replay of ${n.toLocaleString("en")} bundles against a change every job fails (its model route no longer allowed), end to end: every bundle's signatures checked (median of 3)`, ms: median(all), baseline, baselineMs: median(v), note: "reported only: the cost grows with the bundles that flip" },
      { name: `impact replay of ${n.toLocaleString("en")} pre-verified bundles (strict facts kept): judge under base and head only`, ms: median(j), baseline, baselineMs: median(v), target: 0.2 },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(w.dir, { recursive: true, force: true });
  }
}
