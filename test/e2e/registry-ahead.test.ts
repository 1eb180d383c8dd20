/**
 * Full registry replays with their signatures decided ahead on the worker threads
 * (io/signatures-ahead.ts, used by verifySnapshot: `wpc registry verify`, the writers, the gate's full
 * read): on a log large enough to use the pool, the result is exactly the sequential verifyRegistry's,
 * for a valid log and for each kind of forged signature (an entry's, a contract's, the checkpoint's),
 * and from a cold start (nothing remembered) as well as warm.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { forgetValid } from "../../action/src/core/crypto/ed25519.ts";
import { verifyRegistry, type VerifiedRegistry } from "../../action/src/core/registry/registry.ts";
import { AHEAD_MIN_BYTES } from "../../action/src/io/signatures-ahead.ts";
import { verifySnapshot } from "../../action/src/io/registry-store.ts";
import { appendTo, exampleWpc, publishDraft, VERIFY_AT, worldTrust } from "../support/gate-world.ts";
import { partySigner } from "../../scripts/sim/keys.ts";

const SEED = "registry-ahead";
const trust = worldTrust(SEED);
let files = new Map<string, Uint8Array>();

beforeAll(() => {
  const key = partySigner(SEED, "registry");
  for (let batch = 0; batch < 4; batch++) {
    const drafts = Array.from({ length: 20 }, (_, i) => {
      const w = exampleWpc();
      w.purpose = `version ${batch}-${i} of the invoice triage policy`;
      return publishDraft(w, `policy-${i}`);
    });
    files = appendTo(files, trust, key, drafts);
  }
  let bytes = 0;
  for (const b of files.values()) bytes += b.byteLength;
  expect(bytes).toBeGreaterThan(AHEAD_MIN_BYTES);
}, 120_000);

/** The same files with one file's signature_b64u changed (first character swapped, still base64url). */
function forged(path: string): Map<string, Uint8Array> {
  const text = new TextDecoder().decode(files.get(path)!);
  const out = text.replace(/("signature_b64u"\s*:\s*")(.)/, (_m, pre: string, c: string) => `${pre}${c === "A" ? "B" : "A"}`);
  expect(out).not.toBe(text);
  return new Map([...files, [path, new TextEncoder().encode(out)]]);
}

function both(fs: Map<string, Uint8Array>): { ahead: VerifiedRegistry; sequential: VerifiedRegistry } {
  forgetValid();
  const ahead = verifySnapshot({ files: fs, version: null }, { trust, at: VERIFY_AT });
  forgetValid();
  const sequential = verifyRegistry(fs, { trust, at: VERIFY_AT });
  return { ahead, sequential };
}

describe("verifySnapshot with the signatures decided ahead", () => {
  it("a valid log: the sequential result, cold and warm", () => {
    const { ahead, sequential } = both(files);
    expect(sequential.ok).toBe(true);
    expect(sequential.seq).toBe(80);
    expect(ahead).toStrictEqual(sequential);
    // warm: everything remembered from the run before
    expect(verifySnapshot({ files, version: null }, { trust, at: VERIFY_AT })).toStrictEqual(sequential);
  });

  it("a forged entry, contract or checkpoint signature: the same problems as the sequential replay", () => {
    const paths = [...files.keys()];
    const entry = paths.filter((p) => p.startsWith("log/")).sort()[37]!;
    const contract = paths.filter((p) => p.startsWith("wpc/")).sort()[11]!;
    for (const path of [entry, contract, "HEAD.json"]) {
      const { ahead, sequential } = both(forged(path));
      expect(sequential.ok, path).toBe(false);
      expect(ahead, path).toStrictEqual(sequential);
    }
    // and the valid log still verifies afterwards (nothing stale remembered)
    const { ahead } = both(files);
    expect(ahead.ok).toBe(true);
  });
});
