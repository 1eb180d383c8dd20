import { build } from "esbuild";
await build({ entryPoints: ["/work/main/scripts/bench/zz-prof.ts"], outfile: "/tmp/prof/entry.mjs", bundle: true, platform: "node", format: "esm", target: "node20", logLevel: "warning", banner: { js: 'import { createRequire as __cr } from "node:module"; const require = __cr(import.meta.url);' } });
