/**
 * Any verifier of signed documents, with their signatures decided ahead on the worker threads: the
 * envelope signatures found in the documents' bytes (sig-scan.ts) are shared with the workers, and
 * meanwhile this thread runs the verifier speculatively (every signature it checks answered "valid"
 * and recorded, core/crypto/ed25519.ts `withAssumedSignatures`). Its result is kept only if every
 * assumed signature verifies (most were decided by the workers by then); otherwise the verifier runs
 * again, for real. So the result is the verifier's own, whatever the pool or the scan did.
 *
 * Used by full registry replays (`wpc registry verify`, the writers): 20,001
 * signatures for a 10,000-entry registry, beside the parsing, hashing and chain checks.
 */
import { allVerify, isSpeculating, withAssumedSignatures } from "../core/crypto/ed25519.ts";
import type { SigTriple } from "../core/gate/index.ts";
import { scanEnvelopeSignatures } from "./sig-scan.ts";
import { decideSignatures, signaturePoolBusy, startSignatureWorkers } from "./sig-pool.ts";

/** Below this many bytes of documents the verifier simply runs (a worker's start costs more than it saves). */
export const AHEAD_MIN_BYTES = 128 * 1024;

/** `verify()` (deterministic in the signature answers it gets), with the signatures in `documents` decided ahead. */
export function withSignaturesAhead<T>(documents: Iterable<Uint8Array>, verify: () => T, minBytes = AHEAD_MIN_BYTES): T {
  const docs = [...documents];
  let bytes = 0;
  for (const d of docs) bytes += d.byteLength;
  if (bytes < minBytes || isSpeculating() || signaturePoolBusy()) return verify();
  startSignatureWorkers();
  let speculative: ReturnType<typeof withAssumedSignatures<T>> | undefined;
  decideSignatures(
    () => {
      const triples: SigTriple[] = [];
      for (const d of docs) for (const t of scanEnvelopeSignatures(d)) triples.push(t);
      return { triples };
    },
    () => {
      speculative = withAssumedSignatures(verify);
    },
  );
  if (speculative && allVerify(speculative.assumed)) return speculative.value;
  return verify();
}
