/**
 * Writes a derived static tree (the read API and the registry's HTML pages) into a directory: files
 * are written whole (temp file + rename), and files of an earlier build under the tree's own folders
 * that the new build no longer has are removed, so a revoked version leaves the served tree. Only an
 * empty directory or an earlier build (it has `.nojekyll`, which every build writes) is written to:
 * pointed at a repository by mistake, it would otherwise prune folders it does not own.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { WpcError } from "../core/json/errors.ts";

/** The file every build writes; its presence marks a directory as an earlier build. */
export const BUILD_MARKER = ".nojekyll";

export function writeTree(dir: string, files: ReadonlyMap<string, Uint8Array>, owned: readonly string[]): { written: number; removed: number } {
  if (existsSync(dir)) {
    if (!lstatSync(dir).isDirectory()) throw new WpcError("E_IO", `${dir}: not a directory`);
    if (readdirSync(dir).length > 0 && !existsSync(join(dir, BUILD_MARKER)))
      throw new WpcError("E_USAGE", `${dir}: not empty and not an earlier site build (no ${BUILD_MARKER}): give an empty or new directory`);
  }
  let removed = 0;
  for (const folder of owned) {
    const base = join(dir, folder);
    if (!existsSync(base)) continue;
    if (!lstatSync(base).isDirectory()) throw new WpcError("E_IO", `${base}: not a directory`);
    for (const name of readdirSync(base)) {
      const rel = `${folder.replace(/\/$/, "")}/${name}`;
      if (!files.has(rel)) {
        rmSync(join(base, name), { recursive: true, force: true });
        removed++;
      }
    }
  }
  for (const [rel, bytes] of files) {
    const full = join(dir, rel);
    mkdirSync(dirname(full), { recursive: true });
    const tmp = `${full}.tmp-${process.pid}`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, full);
  }
  return { written: files.size, removed };
}
