#!/usr/bin/env node
// npm run bench [-- NAME…]: bundles scripts/bench/main.ts with esbuild and runs it; prints ratios
// against baselines measured in the same run.
import { build } from "esbuild";
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

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
const out = mkdtempSync(join(tmpdir(), "wpc-bench-build-"));
const file = join(out, "bench.mjs");
await build({
  entryPoints: [join(root, "scripts/bench/main.ts")],
  outfile: file,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
});
process.argv = [process.argv[0], file, root, ...process.argv.slice(2)];
try {
  await import(pathToFileURL(file).href);
} finally {
  rmSync(out, { recursive: true, force: true });
}
