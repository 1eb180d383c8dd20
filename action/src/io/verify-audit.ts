/**
 * A gate run with its audit record (issue 15): the sources the record names are found here, at the
 * edge — the bundle file's SHA-256 (streamed, never held twice), the registry commit the light or full
 * read used, the commit holding exactly the trust.json bytes used, and the running wpc.
 */
import { closeSync, fstatSync, openSync, readSync, constants } from "node:fs";
import { createHash } from "node:crypto";
import { basename, dirname } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { parseTrust, type Trust } from "../core/policy/trust.ts";
import { auditRecord, withAudit, type AuditRecord, type AuditedReport } from "../core/gate/index.ts";
import type { VerifiedRegistry, VerifyRegistryOptions } from "../core/registry/registry.ts";
import { readRegistryForGateAt, readRegistryFull } from "./registry-read.ts";
import type { RegistryStore } from "./registry-snapshot.ts";
import { GitRegistryStore } from "./registry-git.ts";
import { runVerify, type RunVerifyOptions } from "./verify-run.ts";
import { git, resolveCommit, showFile } from "./git.ts";
import { readFileLimited } from "./files.ts";
import { MAX_BUNDLE_BYTES } from "./bundle.ts";
import { toolInfo } from "./tool-version.ts";
import { MAX_TRUST_BYTES } from "./policy-repo.ts";

/**
 * SHA-256 (hex) and size of a regular file of at most `limit` bytes, read in 1 MiB pieces; undefined
 * for anything else (missing, not a regular file, too large): the bundle reader then says what is wrong
 * in its own words. Opened non-blocking, so a FIFO is refused, never waited on.
 */
export function hashRegularFile(path: string, limit = MAX_BUNDLE_BYTES): { sha256Hex: string; bytes: number } | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > limit) return undefined;
    const h = createHash("sha256");
    const buf = Buffer.allocUnsafe(1 << 20);
    let total = 0;
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > limit) return undefined;
      h.update(buf.subarray(0, n));
    }
    return { sha256Hex: h.digest("hex"), bytes: total };
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** `hashRegularFile`, or E_IO naming the file. */
export function hashFile(path: string, limit = MAX_BUNDLE_BYTES): { sha256Hex: string; bytes: number } {
  const h = hashRegularFile(path, limit);
  if (!h) throw new WpcError("E_IO", `${path}: not a readable regular file of at most ${limit} bytes`, path);
  return h;
}

export type TrustSource = Omit<AuditRecord["trust"], "sha256"> & { bytes: Uint8Array };

/**
 * trust.json from a file (the CLI's `--trust`): parsed, and named by the commit whose tree holds exactly
 * these bytes at its path (HEAD of the file's repository), or by no commit when it is uncommitted or edited.
 */
export function trustFromFile(abs: string, shown: string): { trust: Trust; source: TrustSource } {
  const bytes = readFileLimited(abs, MAX_TRUST_BYTES, "trust file", true);
  const trust = parseTrust(bytes, abs);
  const dir = dirname(abs);
  const prefix = git(["rev-parse", "--show-prefix"], dir);
  if (prefix.status !== 0) return { trust, source: { path: shown, branch: null, commit: null, bytes } };
  const rel = `${prefix.stdout.toString("utf8").trim()}${basename(abs)}`;
  const head = resolveCommit("HEAD", dir);
  const committed = head ? showFile(head, rel, dir) : undefined;
  if (!head || !committed || !sameBytes(committed, bytes)) return { trust, source: { path: shown, branch: null, commit: null, bytes } };
  const b = git(["symbolic-ref", "--quiet", "--short", "HEAD"], dir);
  const branch = b.status === 0 ? b.stdout.toString("utf8").trim() || null : null;
  return { trust, source: { path: rel, branch, commit: head, bytes } };
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
}

/** Where a registry was read: the branch or ref of a git store and the commit; a directory has neither. */
export function registrySource(store: RegistryStore, location: string, version: string | null): Pick<AuditRecord["registry"], "location" | "branch" | "commit"> {
  if (store instanceof GitRegistryStore) {
    const { remote, branch, readOnlyRef } = store.spec;
    return { location, branch: readOnlyRef ?? (remote ? `${remote}/${branch}` : branch), commit: version };
  }
  return { location, branch: null, commit: null };
}

export interface AuditedRunOptions extends Omit<RunVerifyOptions, "registry" | "loadRegistry" | "trust"> {
  store: RegistryStore;
  /** The registry as the user named it (`git:origin/wpc-registry`, a directory). */
  location: string;
  regOpts: VerifyRegistryOptions;
  trust: Trust;
  trustSource: TrustSource;
  /** The bundle path as shown in the record (as given, not resolved). */
  bundleShown: string;
  minSeq?: number;
  /** Read the whole registry (a report needs every entry); else the gate's light read. */
  full?: boolean;
  warn?: (w: string) => void;
  env: NodeJS.ProcessEnv;
}

export interface AuditedRun {
  report: AuditedReport;
  bundle: unknown;
  registry: VerifiedRegistry;
  trust: Trust;
}

export async function runAuditedVerify(o: AuditedRunOptions): Promise<AuditedRun> {
  const { store, location, regOpts, trustSource, bundleShown, minSeq, full, warn, env, ...run } = o;
  // the record names the very bytes that were parsed and judged (one read: nothing can change between)
  let file: { sha256Hex: string; bytes: number } | undefined;
  let read: { registry: VerifiedRegistry; version: string | null } | undefined;
  let bundle: unknown;
  const report = await runVerify({
    ...run,
    onBundleBytes: (bytes) => {
      file = { sha256Hex: createHash("sha256").update(bytes).digest("hex"), bytes: bytes.byteLength };
    },
    onBundle: (b) => {
      bundle = b;
      o.onBundle?.(b);
    },
    loadRegistry: (needs) => (read = full ? readRegistryFull(store, regOpts, warn) : readRegistryForGateAt(store, regOpts, needs, warn)).registry,
  });
  const audit = auditRecord({
    tool: toolInfo(env),
    at: o.at,
    inputs: { policy_id: o.policyId, expected_hash: o.expectHash ?? null, subject: o.subject ?? null, min_seq: minSeq ?? null },
    bundle: { file: bundleShown, sha256Hex: file?.sha256Hex ?? "", bytes: file?.bytes ?? 0, envelope: bundle },
    registry: read!.registry,
    registrySource: registrySource(store, location, read!.version),
    trust: trustSource,
  });
  return { report: withAudit(report, audit), bundle, registry: read!.registry, trust: o.trust };
}
