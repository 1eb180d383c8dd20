#!/usr/bin/env node
// Runs the simulators of scripts/sim (clawscope, clawproxy, approver, harness) from the command line:
// bundles scripts/sim/cli.ts with esbuild into a temporary file and runs it with the given arguments.
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = mkdtempSync(join(tmpdir(), "wpc-sim-build-"));
const file = join(out, "simulate.mjs");
await build({
  entryPoints: [join(root, "scripts/sim/cli.ts")],
  outfile: file,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  logLevel: "warning",
  banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
});
process.argv = [process.argv[0], file, ...process.argv.slice(2)];
try {
  await import(pathToFileURL(file).href);
} finally {
  rmSync(out, { recursive: true, force: true });
}
