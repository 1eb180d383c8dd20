/** git edge: every call goes through the `git` command with argument arrays (never a shell). */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
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

export function resolveCommit(ref: string, cwd: string): string | undefined {
  if (ref.startsWith("-")) throw new WpcError("E_USAGE", `invalid git ref "${ref}"`);
  const r = git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd);
  return r.status === 0 ? r.stdout.toString("utf8").trim() : undefined;
}

/** Contents of `path` at `commit`, or undefined when the path does not exist there. */
export function showFile(commit: string, path: string, cwd: string): Uint8Array | undefined {
  const r = git(["cat-file", "blob", `${commit}:${path}`], cwd);
  if (r.status !== 0) return undefined;
  return new Uint8Array(r.stdout.buffer, r.stdout.byteOffset, r.stdout.byteLength);
}

export function mergeBase(a: string, b: string, cwd: string): string | undefined {
  const r = git(["merge-base", a, b], cwd);
  return r.status === 0 ? r.stdout.toString("utf8").trim() : undefined;
}

export function isShallow(cwd: string): boolean {
  return gitOk(["rev-parse", "--is-shallow-repository"], cwd) === "true";
}

export type ChangeStatus = "added" | "modified" | "deleted";

/** Files under `dir` (repo-relative) that differ between `base` and the working tree, untracked included. */
export function changedFiles(base: string, dir: string, cwd: string): Array<{ path: string; status: ChangeStatus }> {
  const out = new Map<string, ChangeStatus>();
  const diff = gitOk(["diff", "--name-status", "--no-renames", "-z", base, "--", dir], cwd);
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

/**
 * The committed content of the files under `dir` at `commit` ending in `suffix`. A working-tree file
 * whose git blob id equals the committed one is read from disk (same bytes, far cheaper); the others
 * come from the object store in one batch.
 */
export function committedFiles(root: string, dir: string, commit: string, suffix: string): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  const fromGit: string[] = [];
  for (const { type, sha, path } of lsTree(["-z", commit, "--", `${dir}/`], root)) {
    if (type !== "blob" || !path.endsWith(suffix)) continue;
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(join(root, path));
    } catch {
      bytes = undefined;
    }
    const id = bytes ? createHash("sha1").update(`blob ${bytes.byteLength}\0`).update(bytes).digest("hex") : undefined;
    if (bytes && id === sha) out.set(path, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    else fromGit.push(path);
  }
  for (const [p, b] of showFiles(commit, fromGit, root)) out.set(p, b);
  return out;
}

/** `git ls-tree -z ARGS`, parsed: one {type, sha, path} per entry. */
export function lsTree(args: readonly string[], cwd: string): Array<{ type: string; sha: string; path: string }> {
  const out: Array<{ type: string; sha: string; path: string }> = [];
  for (const rec of gitOk(["ls-tree", ...args], cwd).split("\0")) {
    const tab = rec.indexOf("\t");
    if (tab < 0) continue;
    const [, type, sha] = rec.slice(0, tab).split(" ");
    out.push({ type: type!, sha: sha!, path: rec.slice(tab + 1) });
  }
  return out;
}
