// Bundle a TypeScript entry of this repository with esbuild into a temporary ESM file and import it
// (scripts that use the core from source: bench, simulators, the validator generator).
import { build } from "esbuild";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** Bundle `entry`, then run `use(module)` (default: just import it) and clean up. */
export async function withBundledTs(entry, use = async () => undefined) {
  const out = mkdtempSync(join(tmpdir(), "wpc-ts-"));
  const file = join(out, "entry.mjs");
  try {
    await build({
      entryPoints: [entry],
      outfile: file,
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      logLevel: "warning",
      banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' },
    });
    return await use(await import(pathToFileURL(file).href));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
