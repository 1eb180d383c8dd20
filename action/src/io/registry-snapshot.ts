/**
 * What every registry store (directory, git branch) offers: a snapshot of its plain files and a
 * compare-and-swap write. Kept apart from the stores so that none of them imports another.
 */
export interface RegistrySnapshot {
  files: Map<string, Uint8Array>;
  /** Opaque version for compare-and-swap (a commit id, or a digest of HEAD.json); null when empty. */
  version: string | null;
  /** Entries that are not regular files (links, FIFOs, devices, submodules): never read, each a problem. */
  irregular?: Array<{ path: string; kind: string }>;
  /** Directory stores: log entries beyond the checkpoint left by an interrupted write (not in `files`). */
  torn?: Map<string, Uint8Array>;
  /** Contract files (in `files`) that only torn entries name: "published by no entry" is then a warning. */
  provisional?: Set<string>;
  /** Said to the user (stderr, summaries), never a failure. */
  warnings?: string[];
}

export interface RegistryStore {
  readonly describe: string;
  read(): RegistrySnapshot;
  /**
   * Only `paths` (absent ones are left out), at `version` when given (the commit a first call returned:
   * every file of one light read comes from the same commit), else at the current version.
   */
  readSome(paths: readonly string[], version?: string | null): RegistrySnapshot;
  /**
   * Add or replace `changes` on top of `base` and remove `discard` (torn files of `base`, superseded
   * snapshot files; HEAD.json is written last); "conflict" when the store moved since `base` was read.
   */
  write(base: RegistrySnapshot, changes: ReadonlyMap<string, Uint8Array>, message: string, discard?: readonly string[]): "ok" | "conflict";
}
