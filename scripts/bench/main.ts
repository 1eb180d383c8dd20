import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { report, type Row } from "./harness.ts";
import { benchValidate } from "./validate.ts";
import { benchPublish, benchVerify } from "./registry.ts";
import { bench100k, benchColdStart, benchGate, peakRssMiB } from "./gate.ts";
import { benchApprovals } from "./approvals.ts";
import { benchGateRegistrySize, benchVerify100k } from "./gate-registry.ts";
import { benchCheck } from "./check.ts";
import { benchReplay } from "./replay.ts";
import { benchBundles } from "./bundles.ts";

const root = process.argv[2]!;
const only = process.argv.slice(3);
const want = (n: string) => only.length === 0 || only.includes(n);

/** The in-process benches, by name, each run in a process of its own (see `fresh`). */
const IN_PROCESS: Record<string, () => Promise<Row[]>> = {
  validate: async () => [await benchValidate(root)],
  publish: async () => [await benchPublish(root), await benchPublish(root, 1_000, true)],
  "publish-disk": async () => [await benchPublish(root, 1_000, true)],
  verify: async () => [await benchVerify(root)],
  gate: async () => [await benchGate(root, 1_000, 1.2), await benchGate(root, 10_000, 1.0)],
  approvals: async () => [await benchApprovals(root)],
  check: async () => [await benchCheck(root)],
  replay: () => benchReplay(root),
  verify100k: async () => [benchVerify100k(root)],
};
const ROWS_MARK = "wpc-bench-rows ";

/**
 * Run one in-process bench in a fresh child process (this same bundle): no row pays for the heap,
 * caches or collector state another row left behind, so each figure is the same whatever else ran.
 */
function fresh(name: string): Row[] {
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), root], { env: { ...process.env, WPC_BENCH_ONLY: name }, encoding: "utf8", maxBuffer: 1 << 26, stdio: ["ignore", "pipe", "inherit"] });
  const line = r.stdout.split("\n").find((l) => l.startsWith(ROWS_MARK));
  if (r.status !== 0 || !line) throw new Error(`bench ${name} failed (exit ${r.status}): ${r.stdout.slice(-2000)}`);
  return JSON.parse(line.slice(ROWS_MARK.length)) as Row[];
}

const child = process.env.WPC_BENCH_ONLY;
if (child !== undefined) {
  const run = IN_PROCESS[child];
  if (!run) throw new Error(`no in-process bench named ${child}`);
  console.log(ROWS_MARK + JSON.stringify(await run()));
} else {
  // Whole-process measurements first: then nothing else runs on the cores beside the measured process.
  const rss = want("rss") ? [peakRssMiB(root).row] : [];
  const coldstart = want("coldstart") ? benchColdStart(root) : [];
  const regsize = want("regsize") ? benchGateRegistrySize(root) : [];
  const rows: Row[] = [];
  for (const name of ["validate", "publish", "verify", "gate", "approvals", "check", "replay"]) if (want(name)) rows.push(...fresh(name));
  if (only.includes("publish-disk") && !want("publish")) rows.push(...fresh("publish-disk"));
  if (only.includes("verify100k")) rows.push(...fresh("verify100k")); // minutes: only when named
  rows.push(...rss, ...regsize);
  if (want("100k")) rows.push(await bench100k(root));
  rows.push(...coldstart);
  if (want("bundles")) rows.push(...benchBundles(root));
  const ok = report(rows);
  console.log(ok ? "\nall targets met" : "\nsome targets missed");
  if (!ok) process.exitCode = 1;
}
