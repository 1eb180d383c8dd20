import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { base58 } from "@scure/base";
import { VECTORS } from "../../support/paths.ts";
import { didKeyFromPublicKey, isDidKey, keyId, publicKeyFromDidKey } from "../../../action/src/core/crypto/did.ts";
import { publicKeyFromSeed } from "../../../action/src/core/crypto/ed25519.ts";
import { isWpcError } from "../../../action/src/core/json/errors.ts";

const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "hex"));
const toHex = (b: Uint8Array): string => Buffer.from(b).toString("hex");

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isWpcError(e) ? e.code : `not a WpcError: ${String(e)}`;
  }
  return undefined;
}

/** did:key:z + base58btc(prefix ‖ key), built by hand so invalid keys can be named. */
function rawDid(bytes: number[] | Uint8Array): string {
  return `did:key:z${base58.encode(Uint8Array.from(bytes))}`;
}

const golden = JSON.parse(readFileSync(join(VECTORS, "clawsig/protocol-m-golden-vector.v1.json"), "utf8")) as {
  public_key_hex: string;
  did: string;
};

describe("did:key", () => {
  it("matches the protocol-m golden vector both ways", () => {
    const pub = hex(golden.public_key_hex);
    expect(didKeyFromPublicKey(pub)).toBe(golden.did);
    expect(toHex(publicKeyFromDidKey(golden.did))).toBe(golden.public_key_hex);
    expect(golden.did.startsWith("did:key:z6Mk")).toBe(true);
  });

  it("round-trips keys from many seeds", () => {
    for (let i = 0; i < 16; i++) {
      const pub = publicKeyFromSeed(new Uint8Array(32).fill(i * 13));
      const did = didKeyFromPublicKey(pub);
      expect(did).toMatch(/^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+$/);
      expect(toHex(publicKeyFromDidKey(did))).toBe(toHex(pub));
      expect(isDidKey(did)).toBe(true);
    }
  });

  it("decodes the DIDs of the conformance fixtures and the clawbureau config", () => {
    for (const did of [
      "did:key:z6MkneMkZqwqRiU5mJzSG3kDwzt9P8C59N4NGTfBLfSGE7c7",
      "did:key:z6MkfF4ykuxdK3Cea9xDqWgLLgMBvxcypy6Tv1K45Eahxy3m",
      "did:key:z6MkhcupRtQ9sR1gRGXrfp75mnAisURvCijemfPfmniLx3oM",
      "did:key:z6Mkow2e1FgyJfg4SQz7CmRc5moGhyAhE3jZxB4T2sPT1e2d",
    ]) {
      expect(didKeyFromPublicKey(publicKeyFromDidKey(did))).toBe(did);
    }
  });

  const pub = hex(golden.public_key_hex);
  const identity = new Uint8Array(32);
  identity[0] = 1;
  const nonCanonical = new Uint8Array(32).fill(0xff);
  nonCanonical[0] = 0xee; // y = p + 1
  nonCanonical[31] = 0x7f;
  const cases: [string, unknown][] = [
    ["empty", ""],
    ["not a string", 42],
    ["did:web", "did:web:clawproxy.com"],
    ["no multibase z", golden.did.replace("did:key:z", "did:key:")],
    ["upper-case Z", golden.did.replace("did:key:z", "did:key:Z")],
    ["prefix only", "did:key:z"],
    ["non-base58 letter 0", `${golden.did.slice(0, -1)}0`],
    ["non-base58 letter l", `${golden.did.slice(0, -1)}l`],
    ["the fixture's fake DID", "did:key:z6MkWRONGDIDFORtesting123456789012345678901234"],
    ["33 bytes", rawDid([0xed, 0x01, ...pub.subarray(0, 31)])],
    ["35 bytes", rawDid([0xed, 0x01, ...pub, 0])],
    ["huge", `did:key:z${"2".repeat(5000)}`],
    ["secp256k1 multicodec", rawDid([0xe7, 0x01, ...pub])],
    ["x25519 multicodec", rawDid([0xec, 0x01, ...pub])],
    ["small-order key", rawDid([0xed, 0x01, ...identity])],
    ["non-canonical key", rawDid([0xed, 0x01, ...nonCanonical])],
    ["trailing whitespace", `${golden.did} `],
  ];
  for (const [name, did] of cases) {
    it(`rejects ${name} with E_BAD_KEY`, () => {
      expect(codeOf(() => publicKeyFromDidKey(did as string))).toBe("E_BAD_KEY");
      expect(isDidKey(did)).toBe(false);
    });
  }

  it("refuses to name a bad key", () => {
    expect(codeOf(() => didKeyFromPublicKey(identity))).toBe("E_BAD_KEY");
    expect(codeOf(() => didKeyFromPublicKey(nonCanonical))).toBe("E_BAD_KEY");
    expect(codeOf(() => didKeyFromPublicKey(pub.subarray(0, 31)))).toBe("E_BAD_KEY");
  });
});

describe("keyId", () => {
  it("is the first 16 hex chars of SHA-256(raw key): clawscope prod issuer example", () => {
    const key = new Uint8Array(Buffer.from("KhBwy4lBSKtd7M9eWyNnYfpIPl7sGnDWTSyJpmjYcjc", "base64url"));
    expect(keyId(key)).toBe("66a63dae7bbf4bda");
  });
  it("requires 32 bytes", () => {
    expect(codeOf(() => keyId(new Uint8Array(16)))).toBe("E_BAD_KEY");
  });
});
