/**
 * Registry stores: the same plain files in a directory (registry-dir.ts) or on a git branch
 * (registry-git.ts). Writes are compare-and-swap: `write(base, …)` succeeds only if the store still is
 * at `base.version`. verifySnapshot is verifyRegistry plus what only the store can see: entries that
 * are not regular files (each a problem) and a torn directory write (warnings).
 */
import { resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { verifyRegistry, type RegistryProblem, type VerifiedRegistry, type VerifyRegistryOptions } from "../core/registry/registry.ts";
import { GitRegistryStore, parseGitRegistrySpec } from "./registry-git.ts";
import { DirRegistryStore } from "./registry-dir.ts";
import type { RegistrySnapshot, RegistryStore } from "./registry-snapshot.ts";
import { withSignaturesAhead } from "./signatures-ahead.ts";

export { DirRegistryStore };

/** `git:REF` → git branch store; anything else is a directory. */
export function openRegistry(spec: string, cwd: string): RegistryStore {
  if (spec.startsWith("git:")) return new GitRegistryStore(parseGitRegistrySpec(spec, cwd));
  return new DirRegistryStore(resolve(cwd, spec));
}

/** Read a registry that must exist (verify, show, log, history): a missing or empty one is E_IO (exit 2). */
export function readExisting(store: RegistryStore): RegistrySnapshot {
  const snap = store.read();
  if (snap.version === null && snap.files.size === 0 && !snap.irregular?.length) throw new WpcError("E_IO", `registry ${store.describe} is missing or empty`);
  return snap;
}

/** verifyRegistry over a snapshot: non-regular entries fail (E_REG_UNKNOWN_FILE); contracts of a torn write only warn. */
export function verifySnapshot(snap: RegistrySnapshot, opts: VerifyRegistryOptions): VerifiedRegistry {
  // a long log: its entries' and contracts' signatures are decided on the worker threads meanwhile
  const reg = withSignaturesAhead(snap.files.values(), () => verifyRegistry(snap.files, opts));
  if (!snap.irregular?.length && !snap.provisional?.size) return reg;
  const problems: RegistryProblem[] = reg.problems.filter((p) => !(p.code === "E_REG_UNKNOWN_FILE" && snap.provisional?.has(p.file)));
  for (const i of snap.irregular ?? []) problems.push({ code: "E_REG_UNKNOWN_FILE", seq: null, file: i.path, message: `${i.path} is ${i.kind}, not a regular file: never read` });
  problems.sort((a, b) => (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { ...reg, problems, ok: problems.length === 0 };
}
