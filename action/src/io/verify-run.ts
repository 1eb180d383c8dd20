/**
 * One gate run at the edge: read and parse the bundle, start the signature workers, warm the payload
 * hashes on the main thread meanwhile, then run the pure gate (whose signature checks now mostly hit
 * the workers' results).
 */
import { roleKeys } from "../core/trust.ts";
import { verifyBundle, type GateInput } from "../core/verify.ts";
import type { VerifyReport } from "../core/verify-types.ts";
import { signatureTriples } from "../core/verify-prefetch.ts";
import { stringifyHashB64u } from "../core/hash-memo.ts";
import { readBundle, readUrm } from "./bundle.ts";
import { prefetchSignatures } from "./sig-pool.ts";

/** The gate's inputs, with the bundle (and URM) named by path instead of parsed. */
export type RunVerifyOptions = Omit<GateInput, "bundle" | "urm"> & { bundlePath: string; urmPath?: string };

function warm(bundle: unknown): void {
  const p = (bundle as { payload?: Record<string, unknown> }).payload;
  if (!p || typeof p !== "object") return;
  for (const key of ["receipts", "tool_receipts"]) {
    const list = p[key];
    if (!Array.isArray(list)) continue;
    for (const r of list) {
      const payload = (r as { payload?: unknown })?.payload;
      if (payload && typeof payload === "object") stringifyHashB64u(payload);
    }
  }
  stringifyHashB64u(p);
}

export async function runVerify(o: RunVerifyOptions): Promise<VerifyReport> {
  const bundle = readBundle(o.bundlePath);
  const { triples, cst } = signatureTriples(bundle, roleKeys(o.trust, "token_issuer"));
  const pre = prefetchSignatures(triples, cst);
  warm(bundle);
  const urm = readUrm(o.bundlePath, bundle, o.urmPath);
  await pre.done;
  const { bundlePath: _path, urmPath: _urm, ...gate } = o;
  return verifyBundle({ ...gate, bundle, ...(urm !== undefined ? { urm } : {}) });
}
