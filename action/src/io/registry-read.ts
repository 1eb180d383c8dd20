/**
 * Reading a registry for one gate run: the light read (checkpoint, snapshot, the token's shards, the
 * contract; core/registry/head.ts), all from one commit of a git store, in three small reads; when the
 * registry has no signed snapshot or anything is off, the whole registry is read and replayed instead.
 */
import type { VerifiedRegistry, VerifyRegistryOptions } from "../core/registry/registry.ts";
import { lightCheckpoint, lightPaths, lightRoot, verifyRegistryHead, type GateNeeds } from "../core/registry/head.ts";
import { statePath } from "../core/registry/snapshot.ts";
import { HEAD_FILE } from "../core/registry/types.ts";
import type { RegistryStore } from "./registry-snapshot.ts";
import { readExisting, verifySnapshot } from "./registry-store.ts";

function light(store: RegistryStore, opts: VerifyRegistryOptions, needs: GateNeeds): ReadRegistry | null {
  const head = store.readSome([HEAD_FILE]);
  const c = lightCheckpoint(head.files, opts);
  if (!c) return null;
  const files = new Map(head.files);
  for (const [p, b] of store.readSome([statePath(c.state_hash_b64u)], head.version).files) files.set(p, b);
  const root = lightRoot(files, c);
  if (!root) return null;
  for (const [p, b] of store.readSome(lightPaths(root, needs), head.version).files) files.set(p, b);
  const registry = verifyRegistryHead(files, opts, needs);
  return registry ? { registry, version: head.version } : null;
}

/** A verified registry and the store version (a git store: the commit) every file of it was read at. */
export interface ReadRegistry {
  registry: VerifiedRegistry;
  version: string | null;
}

/** `warn` hears what the full read has to say (e.g. a directory registry's interrupted write). */
export function readRegistryForGate(store: RegistryStore, opts: VerifyRegistryOptions, needs: GateNeeds, warn: (w: string) => void = () => {}): VerifiedRegistry {
  return readRegistryForGateAt(store, opts, needs, warn).registry;
}

/** `readRegistryForGate`, saying which version was read (the audit record names the registry commit). */
export function readRegistryForGateAt(store: RegistryStore, opts: VerifyRegistryOptions, needs: GateNeeds, warn: (w: string) => void = () => {}): ReadRegistry {
  return light(store, opts, needs) ?? readRegistryFull(store, opts, warn);
}

/** The whole registry, replayed (a report needs every entry and earlier contracts, not the light read). */
export function readRegistryFull(store: RegistryStore, opts: VerifyRegistryOptions, warn: (w: string) => void = () => {}): ReadRegistry {
  const snap = readExisting(store);
  for (const w of snap.warnings ?? []) warn(w);
  return { registry: verifySnapshot(snap, opts), version: snap.version };
}
