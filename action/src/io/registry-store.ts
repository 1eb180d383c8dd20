/**
 * Registry stores: the same plain files in a directory or on a git branch. Writes are
 * compare-and-swap: `write(base, …)` succeeds only if the store still is at `base.version`.
 */
import { closeSync, existsSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { HEAD_FILE } from "../core/registry/types.ts";
import { GitRegistryStore, parseGitRegistrySpec } from "./registry-git.ts";
import type { RegistrySnapshot, RegistryStore } from "./registry-snapshot.ts";

/** `git:REF` → git branch store; anything else is a directory. */
export function openRegistry(spec: string, cwd: string): RegistryStore {
  if (spec.startsWith("git:")) return new GitRegistryStore(parseGitRegistrySpec(spec, cwd));
  return new DirRegistryStore(resolve(cwd, spec));
}

const LOCK = ".wpc-lock";

/** Read a registry that must exist (verify, show, log, history): a missing or empty one is E_IO (exit 2). */
export function readExisting(store: RegistryStore): RegistrySnapshot {
  const snap = store.read();
  if (snap.version === null && snap.files.size === 0) throw new WpcError("E_IO", `registry ${store.describe} is missing or empty`);
  return snap;
}

export class DirRegistryStore implements RegistryStore {
  readonly describe: string;
  constructor(readonly dir: string) {
    this.describe = `directory ${dir}`;
  }

  read(): RegistrySnapshot {
    const files = new Map<string, Uint8Array>();
    if (!existsSync(this.dir)) return { files, version: null };
    if (!statSync(this.dir).isDirectory()) throw new WpcError("E_IO", `${this.dir}: not a directory`);
    const walk = (rel: string) => {
      for (const ent of readdirSync(join(this.dir, rel), { withFileTypes: true })) {
        if (rel === "" && (ent.name === LOCK || /^\.HEAD\.\d+\.tmp$/.test(ent.name))) continue; // our own lock and temp files
        const p = rel ? `${rel}/${ent.name}` : ent.name;
        if (ent.isDirectory()) walk(p);
        else files.set(p, new Uint8Array(readFileSync(join(this.dir, p))));
      }
    };
    walk("");
    const head = files.get(HEAD_FILE);
    return { files, version: head ? digest(head) : files.size ? "headless" : null };
  }

  readSome(paths: readonly string[]): RegistrySnapshot {
    const files = new Map<string, Uint8Array>();
    for (const p of paths) {
      const full = join(this.dir, p);
      try {
        // regular files only: a FIFO is never opened, a link never followed
        if (!lstatSync(full).isFile()) continue;
        files.set(p, new Uint8Array(readFileSync(full)));
      } catch {
        // absent: left out
      }
    }
    const head = files.get(HEAD_FILE);
    return { files, version: head ? digest(head) : null };
  }

  write(base: RegistrySnapshot, changes: ReadonlyMap<string, Uint8Array>, _message?: string, removed: readonly string[] = []): "ok" | "conflict" {
    mkdirSync(this.dir, { recursive: true });
    const lock = join(this.dir, LOCK);
    let fd: number;
    try {
      fd = openSync(lock, "wx");
    } catch (e) {
      if ((e as { code?: string }).code === "EEXIST") {
        // a writer killed mid-way leaves its lock: stale after 2 minutes
        try {
          if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { force: true });
        } catch {
          // gone meanwhile
        }
        return "conflict";
      }
      throw new WpcError("E_IO", `${lock}: cannot lock the registry`);
    }
    try {
      writeSync(fd, `${process.pid}\n`);
      const headPath = join(this.dir, HEAD_FILE);
      const current = existsSync(headPath) ? digest(new Uint8Array(readFileSync(headPath))) : null;
      if (current !== (base.version === "headless" ? null : base.version)) return "conflict";
      const made = new Set<string>();
      for (const [path, bytes] of changes) {
        if (path === HEAD_FILE) continue;
        const full = join(this.dir, path);
        const parent = dirname(full);
        if (!made.has(parent)) {
          mkdirSync(parent, { recursive: true });
          made.add(parent);
        }
        try {
          writeFileSync(full, bytes, { flag: "wx" });
        } catch (e) {
          if ((e as { code?: string }).code !== "EEXIST") throw e;
          if (Buffer.compare(readFileSync(full), bytes) !== 0) return "conflict";
        }
      }
      const head = changes.get(HEAD_FILE);
      if (head) {
        const tmp = join(this.dir, `.HEAD.${process.pid}.tmp`);
        writeFileSync(tmp, head);
        renameSync(tmp, headPath);
      }
      // superseded snapshot files go once the new checkpoint is in place (left behind by a crash: harmless)
      for (const path of removed) if (!changes.has(path)) rmSync(join(this.dir, path), { force: true });
      return "ok";
    } finally {
      closeSync(fd);
      rmSync(lock, { force: true });
    }
  }
}

function digest(b: Uint8Array): string {
  return createHash("sha256").update(b).digest("hex");
}
