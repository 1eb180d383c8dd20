/**
 * A registry on a git branch, read and written with the `git` command only: fetch, objects read with
 * `cat-file --batch`, commits built with `fast-import` (the working tree and index are never touched),
 * published with a compare-and-swap push (`--force-with-lease` on the old commit) or `update-ref`.
 */
import { WpcError } from "../core/json/errors.ts";
import { catFileBatch, describeMode, git, firstLine, lsTree, REGULAR_MODES } from "./git.ts";
import { buildCommit } from "./git-commit.ts";
import type { RegistrySnapshot, RegistryStore } from "./registry-snapshot.ts";

export interface GitRegistrySpec {
  cwd: string;
  /** Remote to fetch from and push to (null: a local branch only). */
  remote: string | null;
  branch: string;
  /** A ref to read as is, read-only (e.g. a tag or a commit); null for a branch store. */
  readOnlyRef: string | null;
  /** Fetch only the tip commit (`--depth=1`): a reader that needs the current tree, not the history. */
  shallow?: boolean;
}

const BRANCH_RE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,200}$/;

/** `git:wpc-registry` (local branch, pushed to origin when there is one), `git:origin/wpc-registry`. */
export function parseGitRegistrySpec(spec: string, cwd: string): GitRegistrySpec {
  const ref = spec.slice(4);
  if (!BRANCH_RE.test(ref) || ref.includes("..")) throw new WpcError("E_USAGE", `invalid registry ref "${ref}"`);
  const top = git(["rev-parse", "--show-toplevel"], cwd);
  if (top.status !== 0) throw new WpcError("E_IO", `--registry ${spec}: ${cwd} is not inside a git repository`);
  const root = top.stdout.toString("utf8").trim();
  const remotes = git(["remote"], root).stdout.toString("utf8").split("\n").filter(Boolean);
  const slash = ref.indexOf("/");
  if (slash > 0 && remotes.includes(ref.slice(0, slash))) return { cwd: root, remote: ref.slice(0, slash), branch: ref.slice(slash + 1), readOnlyRef: null };
  const isBranch = git(["check-ref-format", "--branch", ref], root).status === 0;
  if (!isBranch) return { cwd: root, remote: null, branch: ref, readOnlyRef: ref };
  return { cwd: root, remote: remotes.includes("origin") ? "origin" : null, branch: ref, readOnlyRef: null };
}

export class GitRegistryStore implements RegistryStore {
  readonly describe: string;
  constructor(readonly spec: GitRegistrySpec) {
    this.describe = spec.readOnlyRef ? `git ref ${spec.readOnlyRef}` : spec.remote ? `git branch ${spec.remote}/${spec.branch}` : `git branch ${spec.branch}`;
  }

  private trackingRef(): string {
    return this.spec.remote ? `refs/remotes/${this.spec.remote}/${this.spec.branch}` : `refs/heads/${this.spec.branch}`;
  }

  /** Fetch the branch from the remote (absent remotely: the registry is empty). */
  private fetch(): void {
    const { remote, branch, cwd } = this.spec;
    if (!remote) return;
    const ls = git(["ls-remote", "--exit-code", "--end-of-options", remote, `refs/heads/${branch}`], cwd);
    if (ls.status === 2) {
      git(["update-ref", "-d", "--end-of-options", this.trackingRef()], cwd);
      return;
    }
    if (ls.status !== 0) throw new WpcError("E_IO", `git ls-remote ${remote}: ${firstLine(ls.stderr)}`);
    const r = git(["fetch", "--quiet", "--no-tags", ...(this.spec.shallow ? ["--depth=1"] : []), "--end-of-options", remote, `+refs/heads/${branch}:${this.trackingRef()}`], cwd);
    if (r.status !== 0) throw new WpcError("E_IO", `git fetch ${remote} ${branch}: ${firstLine(r.stderr)}`);
  }

  /** Fetch, then the registry's commit (null: the branch does not exist yet; a missing read-only ref is E_IO). */
  private tip(): string | null {
    this.fetch();
    const ref = this.spec.readOnlyRef ?? this.trackingRef();
    const rev = git(["rev-parse", "--verify", "--quiet", "--end-of-options", `${ref}^{commit}`], this.spec.cwd);
    if (rev.status !== 0) {
      if (this.spec.readOnlyRef) throw new WpcError("E_IO", `registry ref "${ref}" does not exist`);
      return null;
    }
    return rev.stdout.toString("utf8").trim();
  }

  read(): RegistrySnapshot {
    const commit = this.tip();
    if (commit === null) return { files: new Map(), version: null };
    const { files, irregular } = readTree(commit, this.spec.cwd);
    return { files, version: commit, ...(irregular.length ? { irregular } : {}) };
  }

  readSome(paths: readonly string[], version?: string | null): RegistrySnapshot {
    const commit = version ?? this.tip();
    if (commit === null) return { files: new Map(), version: null };
    const files = new Map<string, Uint8Array>();
    catFileBatch(paths.map((p) => `${commit}:${p}`), this.spec.cwd).forEach((bytes, i) => {
      if (bytes !== undefined) files.set(paths[i]!, bytes);
    });
    return { files, version: commit };
  }

  /** `discard` (superseded snapshot files) is deleted in the same commit: a commit is written whole or not at all. */
  write(base: RegistrySnapshot, changes: ReadonlyMap<string, Uint8Array>, message: string, discard: readonly string[] = []): "ok" | "conflict" {
    if (this.spec.readOnlyRef) throw new WpcError("E_USAGE", `registry ref "${this.spec.readOnlyRef}" is read-only; use a branch`);
    const { cwd, remote, branch } = this.spec;
    const commit = buildCommit(cwd, base.version, changes, message, discard);
    if (remote) {
      const lease = `--force-with-lease=refs/heads/${branch}:${base.version ?? ""}`;
      const r = git(["push", "--quiet", "--porcelain", lease, "--end-of-options", remote, `${commit}:refs/heads/${branch}`], cwd);
      if (r.status !== 0) {
        // A compare-and-swap conflict only if the remote branch really moved; a declined push (branch
        // protection, a hook) leaves it where it was and fails at once.
        const now = git(["ls-remote", "--end-of-options", remote, `refs/heads/${branch}`], cwd);
        const at = now.status === 0 ? (now.stdout.toString("utf8").split(/\s/)[0] ?? "") : undefined;
        if (at !== undefined && at !== (base.version ?? "")) return "conflict";
        throw new WpcError("E_IO", `git push ${remote} ${branch} was refused (the branch did not move): check branch protection and push rights`);
      }
      git(["update-ref", "--end-of-options", this.trackingRef(), commit], cwd);
      // keep the local branch of the same name in step (it is the default `git:wpc-registry` reader)
      git(["update-ref", "--end-of-options", `refs/heads/${branch}`, commit], cwd);
      return "ok";
    }
    const r = git(["update-ref", "--end-of-options", `refs/heads/${branch}`, commit, base.version ?? "0".repeat(40)], cwd);
    return r.status === 0 ? "ok" : "conflict";
  }
}

/** All regular files of a commit's tree (one ls-tree, one cat-file --batch); links and submodules are listed, never read. */
function readTree(commit: string, cwd: string): { files: Map<string, Uint8Array>; irregular: Array<{ path: string; kind: string }> } {
  const files = new Map<string, Uint8Array>();
  const irregular: Array<{ path: string; kind: string }> = [];
  const items: Array<{ sha: string; path: string }> = [];
  for (const e of lsTree(commit, { recursive: true, fullTree: true }, cwd)) {
    if (REGULAR_MODES.has(e.mode)) items.push(e);
    else irregular.push({ path: e.path, kind: describeMode(e.mode) });
  }
  catFileBatch(items.map((i) => i.sha), cwd).forEach((bytes, i) => files.set(items[i]!.path, bytes ?? new Uint8Array()));
  return { files, irregular };
}

