/**
 * The impact replay at the edge: read a folder of recent proof bundles — `*.json` bundle files, or one
 * folder per verify run's artifact (`wpc-proof-<run_id>-<run_attempt>/` holding `wpc-report.json` and,
 * when the user opted in, `bundle.json`) — and judge each bundle, as it is read, under the base and the
 * proposed version of each changed policy (core/gate/impact.ts), its signatures assumed valid and
 * checked against the base branch's trust.json only if its verdict flips (core/gate/replay.ts). Links are never followed, sizes are bounded, a file that is not a proof bundle
 * is counted as unreadable, never fatal: the replay is advisory.
 */
import { readdirSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { WpcError, isWpcError } from "../core/json/errors.ts";
import { assumedFacts, impactReplay, type BundleFacts, type Impact, type ImpactChange, type SigTriple } from "../core/gate/index.ts";
import type { KeyedTriple } from "../core/crypto/ed25519.ts";
import { decideSignatures, startSignatureWorkers } from "./sig-pool.ts";
import { checkPolicyBytes } from "../core/policy/wpc.ts";
import { policyIdFromFileName } from "../core/policy/types.ts";
import { isRecord } from "../core/json/own.ts";
import type { Trust } from "../core/policy/trust.ts";
import { trustRoutes } from "./policy-repo.ts";
import { bundleEnvelope, decodeText, readBundleBytes } from "./bundle.ts";
import { parseIJson } from "../core/json/ijson.ts";
import type { CheckSources } from "./policy-check.ts";

/** At most this many entries are read from the folder (a fetch keeps the last 50; a bench, 1,000). */
export const MAX_REPLAY_ENTRIES = 5_000;
export const REPORT_FILE = "wpc-report.json";
export const BUNDLE_FILE = "bundle.json";

export interface ReplayOptions {
  dir: string;
  /** Judge bundles whose CST is still live (opt-in). */
  includeLive: boolean;
  at: number;
}

interface Found {
  name: string;
  path: string;
}

function entries(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (e) {
    throw new WpcError("E_IO", `${dir}: cannot read the replay folder (${(e as { code?: string }).code ?? "error"})`, dir);
  }
}

/** The bundles of the folder, by name order; run folders with only a report are counted apart. */
export function listReplayBundles(dir: string): { found: Found[]; reportOnly: number; ignored: number } {
  const found: Found[] = [];
  let reportOnly = 0;
  let ignored = 0;
  const top = entries(dir);
  if (top.length > MAX_REPLAY_ENTRIES) throw new WpcError("E_TOO_LARGE", `${dir}: ${top.length} entries, above the replay limit of ${MAX_REPLAY_ENTRIES}`, dir);
  for (const e of top) {
    // Dirent types come from the listing itself: a link is neither a file nor a directory here
    if (e.isFile() && e.name.endsWith(".json")) found.push({ name: e.name, path: join(dir, e.name) });
    else if (e.isDirectory()) {
      const inner = entries(join(dir, e.name)).filter((x) => x.isFile());
      if (inner.some((x) => x.name === BUNDLE_FILE)) found.push({ name: e.name, path: join(dir, e.name, BUNDLE_FILE) });
      else if (inner.some((x) => x.name === REPORT_FILE)) reportOnly++;
      else ignored++;
    } else ignored++;
  }
  return { found, reportOnly, ignored };
}

function policyIdOf(bundle: unknown): string | undefined {
  const p = isRecord(bundle) ? bundle.payload : undefined;
  const m = isRecord(p) ? p.metadata : undefined;
  const w = isRecord(m) ? m.wpc : undefined;
  return isRecord(w) && typeof w.policy_id === "string" ? w.policy_id : undefined;
}

/** One side of a changed policy as a contract, or undefined when it does not validate. */
function contractOf(bytes: Uint8Array | undefined, file: string, trust: Trust | undefined) {
  if (!bytes) return undefined;
  try {
    const routes = trust ? trustRoutes(trust) : undefined;
    const r = checkPolicyBytes(bytes, file, routes ? { routes } : {});
    if (!r.wpc || r.findings.some((f) => f.level === "error")) return undefined;
    return { wpc: r.wpc, hash: r.policy_hash_b64u };
  } catch (e) {
    if (isWpcError(e)) return undefined;
    throw e;
  }
}

/** The trust.json files of both sides: signatures are decided against the base's. */
function trusts(sources: CheckSources): { base: Trust; head: Trust } {
  const base = sources.baseTrust() ?? sources.headTrust;
  const head = sources.headTrust ?? base;
  if (!base || !head) throw new WpcError("E_USAGE", "the impact replay needs trust.json (to verify the bundles' signatures)");
  return { base, head };
}

/**
 * Every changed policy that has a valid base and a valid head (an added policy has no recent jobs; a
 * deleted one is not replayed: publish does not revoke it).
 */
export function replayChanges(sources: CheckSources): ImpactChange[] {
  const t = trusts(sources);
  const changes: ImpactChange[] = [];
  for (const input of sources.inputs) {
    const id = policyIdFromFileName(input.file.slice(input.file.lastIndexOf("/") + 1));
    const base = contractOf(input.base, `${input.file} (base)`, t.base);
    const head = contractOf(input.head, input.file, t.head);
    if (!id || !base || !head) continue;
    changes.push({ policy_id: id, file: input.file, base: { ...base, trust: t.base }, head: { ...head, trust: t.head } });
  }
  return changes;
}

/**
 * A bundle file as readBundle reads it — bounded, a link never followed, strict UTF-8 and I-JSON (the
 * same parser), an envelope of another type refused. Unlike readBundle it remembers no payload's
 * source text for hashing: only a bundle that flips has its envelope checked, and hashing its payload
 * costs no more than finding that text again (hash-memo's WeakMap would also keep every file's text alive).
 */
export function readReplayBundle(path: string): unknown {
  return bundleEnvelope(parseIJson(decodeText(readBundleBytes(path, true), path), { file: path }).value, path);
}

/** Below this many bundles the replay starts no worker thread (its boot would cost more than it saves). */
const AHEAD_MIN_BUNDLES = 64;

/** The flipping bundles' signatures, decided on the worker threads and this one together. */
function decideAhead(flipped: readonly BundleFacts[]): void {
  decideSignatures(
    () => {
      const triples: SigTriple[] = [];
      const keyed: KeyedTriple[] = [];
      for (const f of flipped) {
        const u = f.undecided?.();
        if (!u) continue;
        for (const t of u.triples) triples.push(t);
        for (const t of u.keyed) keyed.push(t);
      }
      return { triples, keyed };
    },
    () => {},
  );
}

/**
 * Replay the folder against every changed policy, bundle by bundle as they are read (only the bundles
 * that flip are kept). A bundle of a changed policy is judged with its signatures assumed valid; those
 * of a bundle whose verdict flips are then checked against the base's trust.json (assumedFacts).
 */
export function replayFolder(sources: CheckSources, o: ReplayOptions): Impact {
  const changes = replayChanges(sources);
  const trust = trusts(sources).base;
  const { found, reportOnly } = listReplayBundles(o.dir);
  // the workers boot on another core while this one reads and judges (none when no policy is replayed)
  const ahead = changes.length > 0 && found.length >= AHEAD_MIN_BUNDLES;
  if (ahead) startSignatureWorkers();
  const replay = impactReplay(changes, { includeLive: o.includeLive, at: o.at, ...(ahead ? { decideAhead } : {}) });
  const wanted = new Set(changes.map((c) => c.policy_id));
  let unreadable = 0;
  for (const f of found) {
    let bundle: unknown;
    try {
      bundle = readReplayBundle(f.path);
    } catch (e) {
      if (!isWpcError(e)) throw e;
      unreadable++;
      continue;
    }
    // a bundle of an unchanged policy is counted, its signatures never checked
    const id = policyIdOf(bundle);
    replay.add(id !== undefined && wanted.has(id) ? assumedFacts(f.name, bundle, trust) : { name: f.name, policyId: id ?? null, policyHash: null, runId: null, verified: false, problem: "not a changed policy", expMs: null });
  }
  return replay.result({ unreadable, reportOnly });
}
