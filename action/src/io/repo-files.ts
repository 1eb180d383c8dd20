/**
 * Files of a repository's working tree, written by `wpc init`: every path is relative to the repository
 * root and checked component by component with lstat, so a symbolic link (or a file where a directory
 * should be) is never followed or written through; a file is written to a temporary name and renamed.
 */
import { lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { ioReason, nonFileKind } from "./files.ts";

export type RepoFile = { kind: "missing" } | { kind: "file"; text: string } | { kind: "other"; what: string };

const MAX_TEXT = 1024 * 1024;

function lstatOrUndefined(p: string) {
  try {
    return lstatSync(p);
  } catch (e) {
    if ((e as { code?: string }).code === "ENOENT") return undefined;
    throw new WpcError("E_IO", `${p}: ${ioReason(e)}`, p);
  }
}

/** What sits at `rel` under `root`: nothing, a regular file (its text), or something never touched. */
export function readRepoFile(root: string, rel: string): RepoFile {
  const parts = rel.split("/");
  let p = root;
  for (let i = 0; i < parts.length; i++) {
    p = join(p, parts[i]!);
    const st = lstatOrUndefined(p);
    if (!st) return { kind: "missing" };
    const last = i === parts.length - 1;
    if (!last && !st.isDirectory()) return { kind: "other", what: `${parts.slice(0, i + 1).join("/")} is ${st.isSymbolicLink() ? "a symbolic link" : "not a directory"}` };
    if (last && !st.isFile()) return { kind: "other", what: `${rel} is ${nonFileKind(st)}` };
    if (last && st.size > MAX_TEXT) return { kind: "other", what: `${rel} is larger than 1 MiB` };
  }
  try {
    return { kind: "file", text: readFileSync(p, "utf8") };
  } catch (e) {
    throw new WpcError("E_IO", `${rel}: ${ioReason(e)}`, rel);
  }
}

/** Whether the directory `rel` under `root` holds a file ending in `suffix` (a link is not followed). */
export function dirHolds(root: string, rel: string, suffix: string): boolean {
  const p = join(root, rel);
  const st = lstatOrUndefined(p);
  if (!st?.isDirectory()) return false;
  return readdirSync(p).some((n) => n.endsWith(suffix));
}

/** Write `text` at `rel` under `root` (parents created; never through a link). */
export function writeRepoFile(root: string, rel: string, text: string): void {
  const now = readRepoFile(root, rel);
  if (now.kind === "other") throw new WpcError("E_IO", `${now.what}: not written (links are never followed)`, rel);
  const full = join(root, rel);
  const tmp = `${full}.wpc-init-${process.pid}`;
  try {
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(tmp, text, { flag: "wx", mode: 0o644 });
    renameSync(tmp, full);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing was left */
    }
    throw new WpcError("E_IO", `${rel}: ${ioReason(e)}`, rel);
  }
}

/** `path` with its longest existing prefix resolved through links (the rest appended as given). */
function realish(path: string): string {
  let head = resolve(path);
  const tail: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(head), ...tail.reverse());
    } catch {
      const up = dirname(head);
      if (up === head) return resolve(path);
      tail.push(head.slice(up.length).replace(/^[\\/]+/, ""));
      head = up;
    }
  }
}

/** Whether `path` is `root` or inside it, links resolved on both sides. */
export function isInside(root: string, path: string): boolean {
  const r = relative(realish(root), realish(path));
  return r === "" || (!r.startsWith(`..${sep}`) && r !== ".." && !isAbsolute(r));
}
