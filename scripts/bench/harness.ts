/** Benchmark helpers: warm, median of N runs, ratios against a baseline measured in the same run. */
import { spawnSync } from "node:child_process";

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function timeMs(fn: () => unknown | Promise<unknown>, runs = 5, warmup = 1): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

export function timeProcessMs(cmd: string, args: string[], runs = 5, opts: { cwd?: string; input?: string } = {}): number {
  const times: number[] = [];
  for (let i = 0; i < runs + 1; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { cwd: opts.cwd, input: opts.input, stdio: ["pipe", "ignore", "pipe"], maxBuffer: 1 << 30 });
    const dt = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr?.toString()}`);
    if (i > 0) times.push(dt);
  }
  return median(times);
}

export interface Row {
  name: string;
  ms: number;
  baseline: string;
  baselineMs: number;
  /** Highest acceptable ratio; undefined: reported only (no target in the issue). */
  target?: number;
  note?: string;
}

export function report(rows: Row[]): boolean {
  let ok = true;
  console.log("");
  console.log("| benchmark | ms (median) | baseline | baseline ms | ratio | target | ok |");
  console.log("|---|---:|---|---:|---:|---:|---|");
  for (const r of rows) {
    const ratio = r.ms / r.baselineMs;
    const pass = r.target === undefined || ratio <= r.target;
    ok &&= pass;
    const target = r.target === undefined ? "—" : `≤ ${r.target}×`;
    console.log(`| ${r.name} | ${r.ms.toFixed(1)} | ${r.baseline} | ${r.baselineMs.toFixed(1)} | ${ratio.toFixed(2)}× | ${target} | ${r.target === undefined ? "—" : pass ? "yes" : "NO"} |${r.note ? ` ${r.note}` : ""}`);
  }
  return ok;
}

/**
 * JavaScript for a child process that prints its own peak RSS on exit as `max rss <KiB>`. Linux's
 * getrusage maxrss survives fork + exec, so a child spawned by this (large) bench process would report
 * the bench's own size; VmHWM in /proc/self/status belongs to the child's fresh address space. Other
 * systems fall back to maxRSS.
 */
export const PEAK_RSS_ON_EXIT = `process.on("exit", () => { let kib = process.resourceUsage().maxRSS; try { kib = Number(/VmHWM:\\s+(\\d+)/.exec(require("node:fs").readFileSync("/proc/self/status", "utf8"))[1]); } catch {} process.stderr.write("max rss " + kib + "\\n"); });`;

/** The same for an ES-module driver (`--input-type=module`), where `require` does not exist. */
export const PEAK_RSS_ON_EXIT_ESM = `import { readFileSync as __r } from "node:fs"; ${PEAK_RSS_ON_EXIT.replace('require("node:fs").readFileSync', "__r")}`;

