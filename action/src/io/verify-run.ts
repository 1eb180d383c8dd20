/**
 * One gate run at the edge: make sure the signature workers are up, read the bundle's bytes, find the
 * envelope signatures in them (sig-scan.ts) and share those between the workers and this thread at
 * once. Meanwhile this thread decodes and parses the bundle and runs the whole pure gate
 * speculatively (signatures assumed valid, see `withAssumedSignatures`), so parsing, hashing and every
 * check overlap the signature work; once every signature is decided, the speculative report is used
 * only if each assumed signature verified, else the gate runs again for real. Signatures the scan did
 * not find (the CST, other member orders) are verified by the checks themselves.
 */
import { statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { allVerify, withAssumedSignatures } from "../core/crypto/ed25519.ts";
import { gateNeeds, verifyBundle, type GateInput, type VerifyReport } from "../core/gate/index.ts";
import type { VerifiedRegistry } from "../core/registry/registry.ts";
import type { GateNeeds } from "../core/registry/head.ts";
import { decodeText, parseBundleText, readBundleBytes, readUrm } from "./bundle.ts";
import { releaseFileBytes } from "./files.ts";
import { scanEnvelopeSignatures } from "./sig-scan.ts";
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

/**
 * The bundle file's memory is given back as soon as it is decoded (releaseFileBytes) when the run owns
 * its process (the CLI, action/verify: one run, then exit) or the file is this large. Left to the
 * collector, 200 MB of bytes (100,000 receipts) outlived the parse's peak (peak RSS 842 instead of
 * 645 MiB; 10,000 receipts: 149 instead of 129 MiB). But in a process that verifies again and again,
 * giving a smaller file back early costs time: the allocator returns it to the system and the next
 * read faults every page in anew (10,000 receipts: +4,200 page faults, +7% per run).
 */
const RELEASE_BYTES = 64 * 1024 * 1024;

/** How long a run waits for its workers to boot before tuning the heap (they boot in ~20–30 ms). */
const BOOT_WAIT_MS = 200;

export async function runVerify(o: RunVerifyOptions): Promise<VerifyReport> {
  const large = bundleBytes(o.bundlePath) >= PARALLEL_BUNDLE_BYTES;
  if (large) startSignatureWorkers(); // no-op when already running (prepareGateProcess)
  // once the workers' isolates exist (creating one resets the flag), within a bounded wait
  if (large && o.ownProcess && signatureWorkersBooted(BOOT_WAIT_MS)) keepYoungGenerationSmall();
  let bytes: Uint8Array | undefined = readBundleBytes(o.bundlePath);
  o.onBundleBytes?.(bytes); // the audit record hashes exactly the bytes judged
  const { bundlePath: _path, urmPath: _urm, ownProcess: _own, onBundle: _on, onBundleBytes: _bytes, ...rest } = o;
  const { loadRegistry: _load, registry: _reg, ...gateRest } = rest as typeof rest & { loadRegistry?: unknown; registry?: unknown };
  let input: GateInput | undefined;
  let speculative: ReturnType<typeof withAssumedSignatures<VerifyReport>> | undefined;
  // the envelope signatures are found in the raw bytes, so the workers verify them while this thread
  // decodes, parses and runs the gate; a bundle that does not parse stops them (and throws below)
  await verifySignatures(
    () => ({ triples: scanEnvelopeSignatures(bytes!) }),
    () => {
      // decoded once the workers have their signatures (decoding 20 MB takes a worker's 200 verifies);
      // then a large file's bytes (200 MB for 100,000 receipts) are given back before the parse
      const text = decodeText(bytes!, o.bundlePath);
      if (o.ownProcess || bytes!.byteLength >= RELEASE_BYTES) releaseFileBytes(bytes!);
      bytes = undefined;
      const bundle = parseBundleText(text, o.bundlePath);
      o.onBundle?.(bundle);
      const urm = readUrm(o.bundlePath, bundle, o.urmPath);
      const registry = "registry" in o ? o.registry : o.loadRegistry(gateNeeds(bundle));
      input = { ...gateRest, registry, bundle, ...(urm !== undefined ? { urm } : {}) };
      const gate = input;
      try {
        speculative = withAssumedSignatures(() => verifyBundle(gate));
      } catch {
        speculative = undefined; // the gate never throws; if it did, the real run below decides
      }
    },
  );
  if (speculative && allVerify(speculative.assumed)) return speculative.value;
  return verifyBundle(input!);
}
