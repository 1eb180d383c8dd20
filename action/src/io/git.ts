/** git edge: every call goes through the `git` command with argument arrays (never a shell). */
import { spawnSync } from "node:child_process";
import { WpcError } from "../core/errors.ts";

export interface GitResult {
  status: number;
  stdout: Buffer;
  stderr: string;
}

export function git(args: readonly string[], cwd: string, input?: Uint8Array | string, env?: NodeJS.ProcessEnv): GitResult {
  const r = spawnSync("git", args as string[], {
    cwd,
    input,
    env: env ?? process.env,
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
