/**
 * One gate run at the edge: start the signature workers, read and parse the bundle, then share its
 * signatures between the workers and this thread. Meanwhile this thread runs the whole pure gate
 * speculatively (signatures assumed valid, see `withAssumedSignatures`), so parsing, hashing and
 * every check overlap the signature work; once every signature is decided, the speculative report is
 * used only if each assumed signature verified, else the gate runs again for real.
 */
import { statSync } from "node:fs";
import { roleKeys } from "../core/trust.ts";
import { allVerify, withAssumedSignatures } from "../core/ed25519.ts";
import { verifyBundle, type GateInput } from "../core/verify.ts";
import type { VerifyReport } from "../core/verify-types.ts";
import { signatureTriples } from "../core/verify-prefetch.ts";
import { readBundle, readUrm } from "./bundle.ts";
import { MIN_PARALLEL_BYTES, signatureThreads, startSignaturePool } from "./sig-pool.ts";

/** The gate's inputs, with the bundle (and URM) named by path instead of parsed. */
export type RunVerifyOptions = Omit<GateInput, "bundle" | "urm"> & { bundlePath: string; urmPath?: string };

function bundleBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // readBundle reports the problem
  }
}

export async function runVerify(o: RunVerifyOptions): Promise<VerifyReport> {
  const pool = startSignaturePool(bundleBytes(o.bundlePath) >= MIN_PARALLEL_BYTES ? signatureThreads() : 0);
  try {
    const bundle = readBundle(o.bundlePath);
    const urm = readUrm(o.bundlePath, bundle, o.urmPath);
    const { bundlePath: _path, urmPath: _urm, ...rest } = o;
    const input: GateInput = { ...rest, bundle, ...(urm !== undefined ? { urm } : {}) };
    let speculative: ReturnType<typeof withAssumedSignatures<VerifyReport>> | undefined;
    await pool.verify(() => signatureTriples(bundle, roleKeys(o.trust, "token_issuer")), () => {
      speculative = withAssumedSignatures(() => verifyBundle(input));
    });
    if (speculative && allVerify(speculative.assumed)) return speculative.value;
    return verifyBundle(input);
  } finally {
    pool.close();
  }
}
