import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";
import { existsSync } from "node:fs";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** shared/ sits beside the checkout (../shared) in sessions and CI. */
export const SHARED = [join(ROOT, "../shared"), join(ROOT, "test/vectors-shared")].find((p) => existsSync(p)) ?? join(ROOT, "../shared");
export const VECTORS = join(SHARED, "vectors");
export const CLI = join(ROOT, "action/dist/cli.js");
