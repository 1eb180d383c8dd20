#!/usr/bin/env node
// npm run bench [-- NAME…]: bundles scripts/bench/main.ts with esbuild and runs it; prints ratios
// against baselines measured in the same run.
import { accessSync, constants, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { withBundledTs } from "./run-ts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
// Work files go to memory (tmpfs) when the machine has one: the benches measure wpc, not a disk
// shared with other jobs (set WPC_BENCH_TMP to choose another place).
const shm = "/dev/shm";
if (!process.env.WPC_BENCH_TMP && existsSync(shm)) {
  try {
    accessSync(shm, constants.W_OK);
    process.env.TMPDIR = shm;
  } catch {
    // not writable: stay on the default temporary directory
  }
} else if (process.env.WPC_BENCH_TMP) process.env.TMPDIR = process.env.WPC_BENCH_TMP;
process.argv = [process.argv[0], "bench", root, ...process.argv.slice(2)];
await withBundledTs(join(root, "scripts/bench/main.ts"));
