#!/usr/bin/env node
// Bundles the CLI and every action entry (action/src/actions/*.ts) into action/dist/ with esbuild.
// `node scripts/build.mjs --check` rebuilds into a temporary folder and fails when a committed bundle
// differs (stale) or is missing.
import { build } from "esbuild";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, existsSync, chmodSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { withBundledTs } from "./run-ts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const check = process.argv.includes("--check");

export function entries() {
  const actions = readdirSync(join(root, "action/src/actions"))
    .filter((f) => f.endsWith(".ts") && !f.startsWith("_"))
    .sort()
    .map((f) => ({ name: f.slice(0, -3), file: join(root, "action/src/actions", f) }));
  return [{ name: "cli", file: join(root, "action/src/cli/bin.ts") }, ...actions];
}

export async function bundle(outdir) {
  const list = entries();
  for (const e of list) {
    await build({
      entryPoints: [e.file],
      outfile: join(outdir, `${e.name}.js`),
      bundle: true,
      platform: "node",
      format: "esm",
      target: "node20",
      legalComments: "none",
      // smaller bundles parse faster (the verify action's cold start); names are kept for stack traces
      minifyWhitespace: true,
      minifySyntax: true,
      charset: "ascii",
      logLevel: "warning",
      // CommonJS dependencies call require(); give the ESM bundle one.
      banner: {
        js: `import { createRequire as __wpcCreateRequire } from "node:module";\nconst require = __wpcCreateRequire(import.meta.url);`,
      },
    });
    if (e.name === "cli") chmodSync(join(outdir, "cli.js"), 0o755);
  }
  return list.map((e) => `${e.name}.js`);
}

/** Run scripts/gen-validators.ts (bundled on the fly) and return its files. */
function generatedValidators() {
  return withBundledTs(join(root, "scripts/gen-validators.ts"), (mod) => mod.generateValidators());
}

const genDir = join(root, "action/src/core/generated");
const generated = await generatedValidators();
if (check) {
  const staleGen = Object.entries(generated).filter(([n, text]) => !existsSync(join(genDir, n)) || readFileSync(join(genDir, n), "utf8") !== text).map(([n]) => n);
  if (staleGen.length) {
    console.error(`stale generated validators in action/src/core/generated: ${staleGen.join(", ")} — run npm run build and commit`);
    process.exit(1);
  }
} else {
  mkdirSync(genDir, { recursive: true });
  for (const [n, text] of Object.entries(generated)) writeFileSync(join(genDir, n), text);
}

const dist = join(root, "action/dist");
if (check) {
  const tmp = mkdtempSync(join(tmpdir(), "wpc-build-"));
  try {
    const names = await bundle(tmp);
    const stale = names.filter((n) => !existsSync(join(dist, n)) || !readFileSync(join(dist, n)).equals(readFileSync(join(tmp, n))));
    const extra = existsSync(dist) ? readdirSync(dist).filter((n) => n.endsWith(".js") && !names.includes(n)) : [];
    if (stale.length || extra.length) {
      console.error(`stale bundles in action/dist: ${[...stale, ...extra].join(", ")} — run npm run build and commit`);
      process.exit(1);
    }
    console.log(`bundles up to date: ${names.join(", ")}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
} else {
  const names = await bundle(dist);
  console.log(`built ${names.map((n) => `action/dist/${n}`).join(", ")}`);
}
