/**
 * A policy repository world for the incident-response end-to-end tests (test/e2e/incident-*.test.ts),
 * set up like scripts/demo.mjs: a local bare `origin`, a clone holding this project's policies/, trust
 * roots for the simulated parties (`simulate keys --seed demo`), a registry key from `wpc keygen`.
 * Jobs come from the simulator (`simulate job`), verdicts from the bundled CLI (`wpc verify --json`).
 */
import { spawnSync } from "node:child_process";
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { commitAll, sh } from "./git-repo.ts";
import { ROOT } from "./paths.ts";
import { git, json, newKey, tempDir, wpc, type Key, type Run } from "./registry-harness.ts";

export const SIMULATE = join(ROOT, "scripts/simulate.mjs");
export const BRANCH = "wpc-registry";
export const POLICY = "invoice-triage";
export const POLICY_FILE = `policies/${POLICY}.wpc.json`;
/** GITHUB_ACTOR of every CLI write, so history rows name an actor. */
export const ACTOR = "dana";

export interface World {
  dir: string;
  /** The bare origin. */
  remote: string;
  /** The working clone (on main, origin = remote). */
  repo: string;
  key: Key;
  parties: Record<string, string>;
}

export interface JobOut {
  bundle: string;
  token_hash: string;
  jti: string;
  run_id: string;
}

export function sim(args: readonly string[]): any {
  const r = spawnSync(process.execPath, [SIMULATE, ...args], { cwd: tmpdir(), encoding: "utf8" });
  if (r.status !== 0) throw new Error(`simulate ${args.join(" ")}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** A clone of `remote` at `dir` (an empty remote gives an unborn main). */
export function cloneOf(remote: string, dir: string): string {
  git(tmpdir(), ["clone", "-q", remote, dir]);
  sh(dir, "symbolic-ref", "HEAD", "refs/heads/main");
  sh(dir, "config", "user.name", "wpc test");
  sh(dir, "config", "user.email", "test@wpc.invalid");
  sh(dir, "config", "commit.gpgsign", "false");
  return dir;
}

/** The world of scripts/demo.mjs, pushed to origin/main; nothing published yet. */
export function createWorld(prefix = "wpc-incident-"): World {
  const dir = tempDir(prefix);
  const remote = join(dir, "origin.git");
  git(dir, ["init", "-q", "--bare", "-b", "main", remote]);
  const repo = cloneOf(remote, join(dir, "repo"));
  cpSync(join(ROOT, "policies"), join(repo, "policies"), { recursive: true });
  const key = newKey();
  const parties = sim(["keys", "--seed", "demo"]) as Record<string, string>;
  const trustFile = join(repo, "policies/trust.json");
  const trust = JSON.parse(readFileSync(trustFile, "utf8"));
  for (const role of ["agent", "token_issuer", "gateway", "approver"]) trust.roles[role].keys = [parties[role]];
  for (const r of Object.values(trust.routes) as Array<{ gateways: string[] }>) r.gateways = [parties.gateway!];
  writeFileSync(trustFile, JSON.stringify(trust, null, 2) + "\n");
  const add = wpc(repo, ["trust", "add-key", "--role", "registry", key.did]);
  expect(add.code, add.stderr).toBe(0);
  commitAll(repo, "Policies and trust roots");
  sh(repo, "push", "-q", "origin", "main");
  return { dir, remote, repo, key, parties };
}

/** The CLI as GITHUB_ACTOR=dana with the registry key file (when `signed`). */
export function cli(cwd: string, args: readonly string[], env: Record<string, string> = {}): Run {
  return wpc(cwd, args, { GITHUB_ACTOR: ACTOR, ...env });
}

export function publish(w: World, cwd = w.repo, extra: readonly string[] = []): { run: Run; out: any } {
  const run = cli(cwd, ["publish", "--key", w.key.file, "--json", ...extra]);
  expect(run.code, run.stdout + run.stderr).toBe(0);
  return { run, out: json(run) };
}

/** Replace policies/invoice-triage.wpc.json's purpose, commit and push; returns the new commit. */
export function editPolicy(w: World, purpose: string, cwd = w.repo): string {
  const file = join(cwd, POLICY_FILE);
  const doc = JSON.parse(readFileSync(file, "utf8"));
  doc.purpose = purpose;
  writeFileSync(file, JSON.stringify(doc, null, 2) + "\n");
  const c = commitAll(cwd, `${POLICY}: ${purpose}`);
  sh(cwd, "push", "-q", "origin", "main");
  return c;
}

/** A simulated job under `hash` (parties of the demo world), bundle written into the world dir. */
export function job(w: World, seed: string, hash: string, subject: string, extra: readonly string[] = []): JobOut {
  const out = join(w.dir, `job-${seed}.json`);
  return sim(["job", "--seed", seed, "--world", "demo", "--policy-id", POLICY, "--policy-hash", hash, "--subject", subject, "--out", out, ...extra]) as JobOut;
}

export interface Verdict {
  code: number | null;
  verdict: string;
  status: Record<string, string>;
  report: any;
}

/** `wpc verify BUNDLE --policy invoice-triage --subject SHA --json` (default registry: git:wpc-registry). */
export function verify(cwd: string, bundle: string, subject: string): Verdict {
  const r = cli(cwd, ["verify", bundle, "--policy", POLICY, "--subject", subject, "--json"]);
  const report = json(r);
  const status: Record<string, string> = {};
  for (const c of report.checks as Array<{ id: string; status: string }>) status[c.id] = c.status;
  return { code: r.code, verdict: report.verdict, status, report };
}

/** The ids of the failed checks of a verdict. */
export const failed = (v: Verdict): string[] => Object.entries(v.status).filter(([, s]) => s === "fail").map(([id]) => id);

/** `wpc registry show --json` (current hash per policy id, revocations). */
export function show(cwd: string): any {
  const r = cli(cwd, ["registry", "show", "--json"]);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return json(r);
}

/** `wpc registry log --json` entries. */
export function log(cwd: string): any[] {
  const r = cli(cwd, ["registry", "log", "--json"]);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return json(r).entries;
}

/** Every textual form of the signing key's seed (key file text, base64, hex). */
export function keyForms(key: Key): string[] {
  return [key.seed.toString("base64url"), key.seed.toString("base64"), key.seed.toString("hex"), readFileSync(key.file, "utf8").trim()];
}
