/**
 * Bundle diet (issue 14): each committed bundle's size, and each action's cold start against `node -e 0`.
 * A cold start runs the bundle as the runner does (`node action/dist/<name>.js`) with no inputs, so it
 * fails fast on its first input check: the time is loading and parsing the bundle, not wpc's work. The
 * bundle and the baseline alternate run by run (so load on the machine hits both alike); medians of N.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { median, type Row } from "./harness.ts";

const ACTIONS = ["check", "publish", "revoke", "rollback", "verify"] as const;

function once(args: string[], env: NodeJS.ProcessEnv, cwd: string): { ms: number; status: number | null; stdout: string } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, status: r.status, stdout: r.stdout };
}

export function benchBundles(root: string, runs = 15): Row[] {
  const dir = mkdtempSync(join(tmpdir(), "wpc-bench-bundles-"));
  try {
    writeFileSync(join(dir, "out"), "");
    writeFileSync(join(dir, "summary"), "");
    // a runner-like environment without inputs or event: every action stops at its first check
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: dir, GITHUB_ACTIONS: "true", RUNNER_TEMP: dir, GITHUB_OUTPUT: join(dir, "out"), GITHUB_STEP_SUMMARY: join(dir, "summary"), GITHUB_WORKSPACE: dir };
    const rows: Row[] = [];
    for (const name of ACTIONS) {
      const file = join(root, "action/dist", `${name}.js`);
      const first = once([file], env, dir);
      if (first.status !== 1 || !/^::error::E_[A-Z_]+: /m.test(first.stdout)) throw new Error(`${name}.js did not fail fast on a missing input or key: ${first.stdout.slice(0, 300)}`);
      const bundle: number[] = [];
      const base: number[] = [];
      once(["-e", "0"], env, dir); // warm the page cache for node itself
      for (let i = 0; i < runs; i++) {
        base.push(once(["-e", "0"], env, dir).ms);
        bundle.push(once([file], env, dir).ms);
      }
      rows.push({ name: `cold start action/${name} (no inputs: fails at once)`, ms: median(bundle), baseline: "node -e 0", baselineMs: median(base), note: `bundle ${(statSync(file).size / 1024).toFixed(0)} KiB` });
    }
    const cli = join(root, "action/dist/cli.js");
    const base: number[] = [];
    const run: number[] = [];
    for (let i = 0; i < runs; i++) {
      base.push(once(["-e", "0"], env, dir).ms);
      run.push(once([cli, "--version"], env, dir).ms);
    }
    rows.push({ name: "cold start wpc --version (cli.js)", ms: median(run), baseline: "node -e 0", baselineMs: median(base), note: `bundle ${(statSync(cli).size / 1024).toFixed(0)} KiB` });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
