/**
 * One gate run at the edge: make sure the signature workers are up, read and parse the bundle, then
 * share its signatures between the workers and this thread. Meanwhile this thread runs the whole pure
 * gate speculatively (signatures assumed valid, see `withAssumedSignatures`), so parsing, hashing and
 * every check overlap the signature work; once every signature is decided, the speculative report is
 * used only if each assumed signature verified, else the gate runs again for real.
 */
import { statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { roleKeys } from "../core/policy/trust.ts";
import { allVerify, withAssumedSignatures } from "../core/crypto/ed25519.ts";
import { gateNeeds, signatureTriples, verifyBundle, type GateInput, type VerifyReport } from "../core/gate/index.ts";
import type { VerifiedRegistry } from "../core/registry/registry.ts";
import type { GateNeeds } from "../core/registry/head.ts";
import { readBundle, readUrm } from "./bundle.ts";
import { signatureWorkersBooted, startSignatureWorkers, verifySignatures } from "./sig-pool.ts";

/**
 * The gate's inputs, with the bundle (and URM) named by path instead of parsed. `ownProcess`: the
 * caller owns the process (the CLI, action/verify), so the run may tune V8's heap for it.
 */
export type RunVerifyOptions = Omit<GateInput, "bundle" | "urm" | "registry"> & {
  bundlePath: string;
  urmPath?: string;
  ownProcess?: boolean;
  /** Hears the parsed bundle (a report renders it beside the verdict). */
  onBundle?: (bundle: unknown) => void;
  /** Hears the bundle file's bytes exactly as read and parsed (the audit record hashes them). */
  onBundleBytes?: (bytes: Uint8Array) => void;
} & ({ registry: VerifiedRegistry } | { /** Read the registry once the bundle says what it needs (the light read). */ loadRegistry: (needs: GateNeeds) => VerifiedRegistry });

/** Bundles from this size get signature workers (below, the checks verify the few signatures faster alone). */
const PARALLEL_BUNDLE_BYTES = 128 * 1024;

function bundleBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // readBundle reports the problem
  }
}

/**
 * First thing in a process that is about to run the gate on `bundlePath` (the CLI's `verify`,
 * action/verify): for a large bundle, start the signature workers now, so their boot overlaps
 * reading trust.json and the registry.
 */
export function prepareGateProcess(bundlePath: string): void {
  if (bundleBytes(bundlePath) >= PARALLEL_BUNDLE_BYTES) startSignatureWorkers();
}

/**
 * Keep V8's young generation at its current size for the rest of the process: a gate run parses one
 * large document whose objects all live to the end; copying them between two semi-spaces grown to
 * 16 MB each only adds memory. `--semi-space-growth-factor` is read each time V8 would grow the young
 * generation, but V8 resets values below 2 whenever it creates an isolate (a worker thread), so this
 * is set once the workers run. Measured on a 10,000-receipt bundle: peak RSS 151 → 131 MiB, the same
 * wall time. If it does not take (a worker restarted later), the heap simply grows as usual.
 */
function keepYoungGenerationSmall(): void {
  setFlagsFromString("--semi-space-growth-factor=1");
}

/** How long a run waits for its workers to boot before tuning the heap (they boot in ~20–30 ms). */
const BOOT_WAIT_MS = 200;

export async function runVerify(o: RunVerifyOptions): Promise<VerifyReport> {
  const large = bundleBytes(o.bundlePath) >= PARALLEL_BUNDLE_BYTES;
  if (large) startSignatureWorkers(); // no-op when already running (prepareGateProcess)
  // once the workers' isolates exist (creating one resets the flag), within a bounded wait
  if (large && o.ownProcess && signatureWorkersBooted(BOOT_WAIT_MS)) keepYoungGenerationSmall();
  const bundle = readBundle(o.bundlePath, false, o.onBundleBytes);
  o.onBundle?.(bundle);
  const urm = readUrm(o.bundlePath, bundle, o.urmPath);
  const registry = "registry" in o ? o.registry : o.loadRegistry(gateNeeds(bundle));
  const { bundlePath: _path, urmPath: _urm, ownProcess: _own, onBundle: _on, onBundleBytes: _bytes, ...rest } = o;
  const { loadRegistry: _load, registry: _reg, ...gateRest } = rest as typeof rest & { loadRegistry?: unknown; registry?: unknown };
  const input: GateInput = { ...gateRest, registry, bundle, ...(urm !== undefined ? { urm } : {}) };
  let speculative: ReturnType<typeof withAssumedSignatures<VerifyReport>> | undefined;
  await verifySignatures(
    () => signatureTriples(bundle, roleKeys(o.trust, "token_issuer")),
    () => {
      try {
        speculative = withAssumedSignatures(() => verifyBundle(input));
      } catch {
        speculative = undefined; // the gate never throws; if it did, the real run below decides
      }
    },
  );
  if (speculative && allVerify(speculative.assumed)) return speculative.value;
  return verifyBundle(input);
}
