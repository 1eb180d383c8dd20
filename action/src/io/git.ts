/**
 * git edge: every call goes through the `git` command with argument arrays (never a shell). Values
 * from inputs are checked by git-args.ts first; here `--end-of-options` precedes every revision and
 * `--` every path, so no value is ever read as an option.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { lstatSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { WpcError } from "../core/json/errors.ts";

export interface GitResult {
  status: number;
  stdout: Buffer;
  stderr: string;
}

/** Secrets never reach git or its hooks (a hook that prints its environment must not print a key). */
const SECRET_ENV = /^(WPC_SIGNING_KEY|INPUT_SIGNING[-_]KEY|INPUT_APP[-_]TOKEN|INPUT_GITHUB[-_]TOKEN)$/i;

export function gitEnv(base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(base)) if (!SECRET_ENV.test(k)) out[k] = v;
  return out;
}

export function git(args: readonly string[], cwd: string, input?: Uint8Array | string, env?: NodeJS.ProcessEnv): GitResult {
  const r = spawnSync("git", args as string[], {
    cwd,
    input,
    env: gitEnv(env ?? process.env),
    maxBuffer: 512 * 1024 * 1024,
  });
  if (r.error) throw new WpcError("E_IO", `git ${args[0] ?? ""}: ${r.error.message}`);
  return { status: r.status ?? 1, stdout: r.stdout, stderr: r.stderr.toString("utf8").trim() };
}

export function gitOk(args: readonly string[], cwd: string, input?: Uint8Array | string, env?: NodeJS.ProcessEnv): string {
  const r = git(args, cwd, input, env);
  if (r.status !== 0) throw new WpcError("E_IO", `git ${args.join(" ")}: ${firstLine(r.stderr) || `exit ${r.status}`}`);
  return r.stdout.toString("utf8").trim();
}

export function firstLine(s: string): string {
  return s.split("\n")[0] ?? "";
}

export function repoRoot(cwd: string): string {
  const r = git(["rev-parse", "--show-toplevel"], cwd);
  if (r.status !== 0) throw new WpcError("E_IO", `${cwd}: not inside a git repository`);
  return r.stdout.toString("utf8").trim();
}

/**
 * The repository's top level and its HEAD commit in one git process (publish runs on every merge;
 * each spawn costs more the larger the calling process is). `head` is undefined in a repository
 * without commits.
 */
export function repoHead(cwd: string): { root: string; head: string | undefined } {
  const r = git(["rev-parse", "--show-toplevel", "--verify", "--quiet", "--end-of-options", "HEAD^{commit}"], cwd);
  const lines = r.stdout.toString("utf8").split("\n");
  if (r.status === 0 && lines.length >= 2 && /^[0-9a-f]{40,64}$/.test(lines[1]!)) return { root: lines[0]!, head: lines[1]! };
  return { root: repoRoot(cwd), head: undefined };
}

export function resolveCommit(ref: string, cwd: string): string | undefined {
  if (ref.startsWith("-")) throw new WpcError("E_USAGE", `invalid git ref "${ref}"`);
  const r = git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], cwd);
  return r.status === 0 ? r.stdout.toString("utf8").trim() : undefined;
}

/** Contents of `path` at `commit`, or undefined when the path does not exist there. */
export function showFile(commit: string, path: string, cwd: string): Uint8Array | undefined {
  const r = git(["cat-file", "--end-of-options", "blob", `${commit}:${path}`], cwd);
  if (r.status !== 0) return undefined;
  return new Uint8Array(r.stdout.buffer, r.stdout.byteOffset, r.stdout.byteLength);
}

export function mergeBase(a: string, b: string, cwd: string): string | undefined {
  const r = git(["merge-base", "--end-of-options", a, b], cwd);
  return r.status === 0 ? r.stdout.toString("utf8").trim() : undefined;
}

export function isShallow(cwd: string): boolean {
  return gitOk(["rev-parse", "--is-shallow-repository"], cwd) === "true";
}

export type ChangeStatus = "added" | "modified" | "deleted";

/** Files under `dir` (repo-relative) that differ between `base` and the working tree, untracked included. */
export function changedFiles(base: string, dir: string, cwd: string): Array<{ path: string; status: ChangeStatus }> {
  const out = new Map<string, ChangeStatus>();
  const diff = gitOk(["diff", "--name-status", "--no-renames", "-z", "--end-of-options", base, "--", dir], cwd);
  const parts = diff.split("\0").filter((s) => s !== "");
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const s = parts[i]!;
    const p = parts[i + 1]!;
    out.set(p, s.startsWith("A") ? "added" : s.startsWith("D") ? "deleted" : "modified");
  }
  const untracked = gitOk(["ls-files", "--others", "--exclude-standard", "-z", "--", dir], cwd);
  for (const p of untracked.split("\0").filter((s) => s !== "")) out.set(p, "added");
  return [...out.entries()].map(([path, status]) => ({ path, status })).sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Many blobs of one commit in one `git cat-file --batch` (path → bytes; absent paths are left out). */
export function showFiles(commit: string, paths: readonly string[], cwd: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  catFileBatch(paths.map((p) => `${commit}:${p}`), cwd).forEach((bytes, i) => {
    if (bytes) out.set(paths[i]!, bytes);
  });
  return out;
}

/** Objects named by `specs` (blob ids or `rev:path`) in one `git cat-file --batch`; undefined where missing. */
export function catFileBatch(specs: readonly string[], cwd: string): Array<Uint8Array | undefined> {
  if (specs.length === 0) return [];
  const r = git(["cat-file", "--batch"], cwd, specs.join("\n") + "\n");
  if (r.status !== 0) throw new WpcError("E_IO", `git cat-file: ${firstLine(r.stderr)}`);
  const buf = r.stdout;
  const out: Array<Uint8Array | undefined> = [];
  let off = 0;
  for (let i = 0; i < specs.length; i++) {
    const nl = buf.indexOf(10, off);
    if (nl < 0) break;
    const header = buf.subarray(off, nl).toString("utf8");
    if (header.endsWith(" missing")) {
      out.push(undefined);
      off = nl + 1;
      continue;
    }
    const size = Number(header.split(" ")[2]);
    out.push(new Uint8Array(buf.subarray(nl + 1, nl + 1 + size)));
    off = nl + 1 + size + 1;
  }
  return out;
}

/** git's file modes: only these two are files; 120000 is a symbolic link, 160000 a submodule, 040000 a tree. */
export const REGULAR_MODES: ReadonlySet<string> = new Set(["100644", "100755"]);

export function describeMode(mode: string): string {
  switch (mode) {
    case "120000":
      return "a symbolic link";
    case "160000":
      return "a submodule (gitlink)";
    case "040000":
      return "a directory";
    default:
      return `not a regular file (git mode ${mode})`;
  }
}

/**
 * The committed content of the regular files under `dir` at `commit` ending in `suffix`, and the other
 * entries there (links, submodules: never read, never followed). A working-tree file that is a regular
 * file (lstat: a link or FIFO is never opened) and whose git blob id equals the committed one is read
 * from disk (same bytes, far cheaper); the others come from the object store in one batch.
 */
export function committedFiles(root: string, dir: string, commit: string, suffix: string): { files: Map<string, Uint8Array>; irregular: TreeEntry[] } {
  const out = new Map<string, Uint8Array>();
  const irregular: TreeEntry[] = [];
  const fromGit: string[] = [];
  for (const e of lsTree(commit, { paths: [`${dir}/`] }, root)) {
    if (e.mode === "040000") continue; // a folder: its files are not policies of this one
    if (!REGULAR_MODES.has(e.mode)) {
      irregular.push(e);
      continue;
    }
    if (!e.path.endsWith(suffix)) continue;
    let bytes: Buffer | undefined;
    try {
      bytes = lstatSync(join(root, e.path), { throwIfNoEntry: false })?.isFile() ? readFileSync(join(root, e.path)) : undefined;
    } catch {
      bytes = undefined;
    }
    const id = bytes ? createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex") : undefined;
    if (bytes && id === e.sha) out.set(e.path, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    else fromGit.push(e.path);
  }
  for (const [p, b] of showFiles(commit, fromGit, root)) out.set(p, b);
  return { files: out, irregular };
}

export interface TreeEntry {
  mode: string;
  type: string;
  sha: string;
  path: string;
}

/**
 * `git ls-tree -z --end-of-options TREEISH PATHS`, parsed: one {mode, type, sha, path} per entry.
 * (ls-tree takes no `--`: it would be read as a path; everything after the tree-ish is a path.)
 */
export function lsTree(treeish: string, o: { recursive?: boolean; fullTree?: boolean; paths?: readonly string[] }, cwd: string): TreeEntry[] {
  const out: TreeEntry[] = [];
  const args = ["ls-tree", "-z", ...(o.recursive ? ["-r"] : []), ...(o.fullTree ? ["--full-tree"] : []), "--end-of-options", treeish, ...(o.paths ?? [])];
  for (const rec of gitOk(args, cwd).split("\0")) {
    const tab = rec.indexOf("\t");
    if (tab < 0) continue;
    const [mode, type, sha] = rec.slice(0, tab).split(" ");
    out.push({ mode: mode!, type: type!, sha: sha!, path: rec.slice(tab + 1) });
  }
  return out;
}
