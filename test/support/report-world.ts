/**
 * A policy repository on disk for the audit-record and `wpc report` tests: a git repo with
 * policies/trust.json committed on main, a registry on the local branch `wpc-registry` (two versions of
 * invoice-triage: v1 with a 900 s CST bound, v2 the example with 1800 s, an expansion), and a valid job
 * under v2 (bundle.json) plus a forged one (forged.json), all signed by the simulated parties.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { policyHash } from "../../action/src/core/crypto/hash.ts";
import { GitRegistryStore } from "../../action/src/io/registry-git.ts";
import { partySigner, simTrust } from "../../scripts/sim/keys.ts";
import type { Job } from "../../scripts/sim/harness.ts";
import { CLI } from "./paths.ts";
import { appendTo, editedResigned, exampleWpc, publishDraft, runWorldJob, worldTrust, type Doc, type GateWorld } from "./gate-world.ts";

export interface ReportWorld {
  dir: string;
  seed: string;
  v1: string;
  v2: string;
  files: Map<string, Uint8Array>;
  job: Job;
  world: GateWorld;
}

export function sh(cwd: string, ...args: string[]): string {
  const r = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function wpc(cwd: string, args: readonly string[]): Run {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (k !== "WPC_NOW" && k !== "WPC_SIGNING_KEY" && !k.startsWith("GITHUB_") && !k.startsWith("INPUT_")) env[k] = v;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...env, NO_COLOR: "1" }, maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const pretty = (v: unknown) => JSON.stringify(v, null, 2) + "\n";

export function createReportWorld(seed = "report", jobEdit?: (w: GateWorld) => Job): ReportWorld {
  const dir = mkdtempSync(join(tmpdir(), "wpc-report-"));
  sh(dir, "init", "-q", "-b", "main");
  sh(dir, "config", "user.email", "t@example.com");
  sh(dir, "config", "user.name", "t");
  mkdirSync(join(dir, "policies"));
  const v2doc = exampleWpc();
  const v1doc: Doc = JSON.parse(JSON.stringify(v2doc));
  v1doc.token_requirements.cst_ttl_seconds_max = 900;
  writeFileSync(join(dir, "policies/invoice-triage.wpc.json"), pretty(v2doc));
  writeFileSync(join(dir, "policies/trust.json"), pretty(simTrust(seed)));
  sh(dir, "add", ".");
  sh(dir, "commit", "-q", "-m", "policies");
  const trust = worldTrust(seed);
  const registryKey = partySigner(seed, "registry");
  const files = appendTo(appendTo(new Map(), trust, registryKey, [publishDraft(v1doc)]), trust, registryKey, [publishDraft(v2doc)]);
  const store = new GitRegistryStore({ cwd: dir, remote: null, branch: "wpc-registry", readOnlyRef: null });
  if (store.write(store.read(), files, "registry") !== "ok") throw new Error("registry write failed");
  const v2 = policyHash(v2doc).policy_hash_b64u;
  const partial = { seed, trust, registryKey, files, wpc: v2doc, policyHash: v2 } as GateWorld;
  const job = jobEdit ? jobEdit(partial) : runWorldJob(partial);
  const world = { ...partial, job, agent: job.agent };
  writeFileSync(join(dir, "bundle.json"), pretty(job.bundle));
  writeFileSync(join(dir, "forged.json"), pretty(editedResigned(world, (p) => void (p.receipts[0].payload.model = "openai/o3-pro"))));
  return { dir, seed, v1: policyHash(v1doc).policy_hash_b64u, v2, files, job, world };
}
