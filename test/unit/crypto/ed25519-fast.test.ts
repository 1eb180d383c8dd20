import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { VECTORS } from "../../support/paths.ts";
import { fastVerify, sBelowL, verify } from "../../../action/src/core/crypto/ed25519.ts";

interface Group { publicKey: { pk: string }; tests: Array<{ tcId: number; msg: string; sig: string; result: string }> }
const doc = JSON.parse(readFileSync(join(VECTORS, "wycheproof/ed25519_test.json"), "utf8")) as { testGroups: Group[] };
const cases = doc.testGroups.flatMap((g) => g.tests.map((t) => ({ ...t, pk: g.publicKey.pk })));
const hex = (s: string) => Uint8Array.from(Buffer.from(s, "hex"));

describe("the fast path (node:crypto after the key and S checks) agrees with Wycheproof", () => {
  it("covers all 151 vectors", () => expect(cases).toHaveLength(151));
  it("never accepts an invalid vector and accepts every valid one", () => {
    const disagree = cases.filter((t) => fastVerify(hex(t.pk), hex(t.msg), hex(t.sig)) !== (t.result === "valid")).map((t) => t.tcId);
    expect(disagree).toEqual([]);
  });
  it("the combined verifier agrees too", () => {
    const disagree = cases.filter((t) => verify(hex(t.pk), hex(t.msg), hex(t.sig)) !== (t.result === "valid")).map((t) => t.tcId);
    expect(disagree).toEqual([]);
  });
  it("S ≥ L is rejected before OpenSSL sees it", () => {
    const sig = new Uint8Array(64);
    sig.set(hex("edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010"), 32);
    expect(sBelowL(sig)).toBe(false);
    sig[32] = 0xec;
    expect(sBelowL(sig)).toBe(true);
  });
});
