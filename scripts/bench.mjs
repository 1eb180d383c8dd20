#!/usr/bin/env node
// npm run bench [-- NAME…]: bundles scripts/bench/main.ts with esbuild and runs it; prints ratios
// against baselines measured in the same run.
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
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
