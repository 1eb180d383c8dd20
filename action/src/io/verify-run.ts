/**
 * One gate run at the edge: make sure the signature workers are up, read and parse the bundle, then
 * share its signatures between the workers and this thread. Meanwhile this thread runs the whole pure
 * gate speculatively (signatures assumed valid, see `withAssumedSignatures`), so parsing, hashing and
 * every check overlap the signature work; once every signature is decided, the speculative report is
 * used only if each assumed signature verified, else the gate runs again for real.
 */
import { roleKeys } from "../core/trust.ts";
import { allVerify, withAssumedSignatures } from "../core/ed25519.ts";
import { verifyBundle, type GateInput } from "../core/verify.ts";
import type { VerifyReport } from "../core/verify-types.ts";
import { signatureTriples } from "../core/verify-prefetch.ts";
import { readBundle, readUrm } from "./bundle.ts";
import { startSignatureWorkers, verifySignatures } from "./sig-pool.ts";

/** The gate's inputs, with the bundle (and URM) named by path instead of parsed. */
export type RunVerifyOptions = Omit<GateInput, "bundle" | "urm"> & { bundlePath: string; urmPath?: string };

export async function runVerify(o: RunVerifyOptions): Promise<VerifyReport> {
  startSignatureWorkers(); // no-op when already running (the CLI and the action start them first thing)
  const bundle = readBundle(o.bundlePath);
  const urm = readUrm(o.bundlePath, bundle, o.urmPath);
  const { bundlePath: _path, urmPath: _urm, ...rest } = o;
  const input: GateInput = { ...rest, bundle, ...(urm !== undefined ? { urm } : {}) };
  let speculative: ReturnType<typeof withAssumedSignatures<VerifyReport>> | undefined;
  await verifySignatures(
    () => signatureTriples(bundle, roleKeys(o.trust, "token_issuer")),
    () => {
      speculative = withAssumedSignatures(() => verifyBundle(input));
    },
  );
  if (speculative && allVerify(speculative.assumed)) return speculative.value;
  return verifyBundle(input);
}
