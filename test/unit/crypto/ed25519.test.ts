import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as ed from "@noble/ed25519";
import { VECTORS } from "../../support/paths.ts";
import { checkPublicKey, loadSeed, publicKeyFromSeed, sign, signReference, verify } from "../../../action/src/core/crypto/ed25519.ts";
import fc from "fast-check";
import { didKeyFromPublicKey } from "../../../action/src/core/crypto/did.ts";
import { canonicalize } from "../../../action/src/core/json/jcs.ts";
import { isWpcError } from "../../../action/src/core/json/errors.ts";

const hex = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "hex"));
const toHex = (b: Uint8Array): string => Buffer.from(b).toString("hex");
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function errorOf(fn: () => unknown): { code?: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (isWpcError(e)) return { code: e.code, message: e.message };
    return { message: String(e) };
  }
  return { message: "<no error>" };
}

interface WycheproofTest {
  tcId: number;
  comment: string;
  msg: string;
  sig: string;
  result: "valid" | "invalid";
}
interface WycheproofFile {
  numberOfTests: number;
  testGroups: { publicKey: { pk: string }; tests: WycheproofTest[] }[];
}

const wycheproof = JSON.parse(readFileSync(join(VECTORS, "wycheproof/ed25519_test.json"), "utf8")) as WycheproofFile;
const cases = wycheproof.testGroups.flatMap((g) => g.tests.map((t) => ({ pk: g.publicKey.pk, ...t })));

describe("Wycheproof ed25519_test.json", () => {
  it("has all 151 vectors, each valid or invalid", () => {
    expect(cases).toHaveLength(151);
    expect(wycheproof.numberOfTests).toBe(151);
    expect(cases.every((c) => c.result === "valid" || c.result === "invalid")).toBe(true);
  });
  for (const c of cases) {
    it(`tc ${c.tcId} ${c.result}${c.comment ? ` (${c.comment.slice(0, 60)})` : ""}`, () => {
      expect(verify(hex(c.pk), hex(c.msg), hex(c.sig))).toBe(c.result === "valid");
    });
  }
  it("disagrees with noble's default ZIP-215 mode (which accepts tc 151), so the strict option matters", () => {
    const c = cases.find((x) => x.tcId === 151)!;
    expect(ed.verify(hex(c.sig), hex(c.msg), hex(c.pk))).toBe(true);
    expect(verify(hex(c.pk), hex(c.msg), hex(c.sig))).toBe(false);
  });
});

interface Golden {
  seed_hex: string;
  public_key_hex: string;
  did: string;
  signature_envelope: unknown;
  canonical_jcs: string;
  signature_hex: string;
  signature_base64: string;
}
const golden = JSON.parse(readFileSync(join(VECTORS, "clawsig/protocol-m-golden-vector.v1.json"), "utf8")) as Golden;

describe("protocol-m golden vector", () => {
  const seed = hex(golden.seed_hex);
  it("seed → public key → did:key", () => {
    const pub = publicKeyFromSeed(seed);
    expect(toHex(pub)).toBe(golden.public_key_hex);
    expect(didKeyFromPublicKey(pub)).toBe(golden.did);
  });
  it("its canonical_jcs is JCS of the envelope with an empty signature", () => {
    expect(canonicalize(golden.signature_envelope)).toBe(golden.canonical_jcs);
  });
  it("the signature over canonical_jcs verifies and sign reproduces it", () => {
    const pub = hex(golden.public_key_hex);
    const msg = utf8(golden.canonical_jcs);
    expect(verify(pub, msg, hex(golden.signature_hex))).toBe(true);
    const sig = sign(seed, msg);
    expect(toHex(sig)).toBe(golden.signature_hex);
    expect(Buffer.from(sig).toString("base64")).toBe(golden.signature_base64);
  });
  it("a one-bit change of message, signature or key fails", () => {
    const pub = hex(golden.public_key_hex);
    const msg = utf8(golden.canonical_jcs);
    const sig = hex(golden.signature_hex);
    const flip = (b: Uint8Array, i: number): Uint8Array => {
      const c = b.slice();
      c[i] = c[i]! ^ 1;
      return c;
    };
    expect(verify(pub, flip(msg, 5), sig)).toBe(false);
    expect(verify(pub, msg, flip(sig, 5))).toBe(false);
    expect(verify(pub, msg, flip(sig, 40))).toBe(false);
    expect(verify(flip(pub, 5), msg, sig)).toBe(false);
  });
  it("wrong lengths give false, never a throw", () => {
    const pub = hex(golden.public_key_hex);
    const msg = utf8(golden.canonical_jcs);
    const sig = hex(golden.signature_hex);
    expect(verify(pub.subarray(0, 31), msg, sig)).toBe(false);
    expect(verify(pub, msg, sig.subarray(0, 63))).toBe(false);
    expect(verify(pub, msg, new Uint8Array(65))).toBe(false);
  });
  it("sign and publicKeyFromSeed refuse a seed that is not 32 bytes", () => {
    expect(errorOf(() => sign(new Uint8Array(31), utf8("m"))).code).toBe("E_BAD_KEY");
    expect(errorOf(() => publicKeyFromSeed(new Uint8Array(64))).code).toBe("E_BAD_KEY");
  });
});

// p = 2^255 - 19; encodings are little-endian y with the sign of x in the top bit.
const P = (1n << 255n) - 19n;
function encodeY(y: bigint, signBit = false): Uint8Array {
  const out = new Uint8Array(32);
  let v = y;
  for (let i = 0; i < 32; i++) {
    out[i] = Number(v & 0xffn);
    v >>= 8n;
  }
  if (signBit) out[31] = out[31]! | 0x80;
  return out;
}

/** The eight torsion points: multiples of a point of order 8 (libsodium's blocklist entry). */
function torsionPoints(): Uint8Array[] {
  const t8 = ed.Point.fromHex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a");
  const out: Uint8Array[] = [];
  let q = ed.Point.ZERO;
  for (let k = 0; k < 8; k++) {
    out.push(q.toBytes());
    q = q.add(t8);
  }
  return out;
}

describe("checkPublicKey", () => {
  it("accepts real keys", () => {
    expect(() => checkPublicKey(hex(golden.public_key_hex))).not.toThrow();
    for (let i = 0; i < 8; i++) expect(() => checkPublicKey(publicKeyFromSeed(new Uint8Array(32).fill(i)))).not.toThrow();
  });
  it("rejects all eight torsion points (small order) with E_BAD_KEY", () => {
    const pts = torsionPoints();
    expect(new Set(pts.map(toHex)).size).toBe(8);
    expect(pts.map(toHex)).toContain("0100000000000000000000000000000000000000000000000000000000000000");
    for (const p of pts) expect(errorOf(() => checkPublicKey(p)).code).toBe("E_BAD_KEY");
  });
  it("small-order keys never verify, even where the cofactored equation alone would accept", () => {
    const identity = encodeY(1n);
    const sig = new Uint8Array(64);
    sig.set(identity, 0); // R = identity, S = 0
    expect(ed.verify(sig, utf8("m"), identity)).toBe(true); // noble's ZIP-215 default
    expect(verify(identity, utf8("m"), sig)).toBe(false);
  });
  it("rejects non-canonical encodings (y ≥ p) with E_BAD_KEY, also where y − p is a good key", () => {
    let goodReduced = 0;
    for (let r = 0n; r < 19n; r++) {
      const canonical = encodeY(r);
      let canonicalOk = false;
      try {
        checkPublicKey(canonical);
        canonicalOk = true;
      } catch {
        /* not a point or small order */
      }
      if (canonicalOk) goodReduced++;
      for (const s of [false, true]) {
        expect(errorOf(() => checkPublicKey(encodeY(P + r, s))).code).toBe("E_BAD_KEY");
      }
    }
    expect(goodReduced).toBeGreaterThan(0);
  });
  it("rejects x = 0 with the sign bit set, off-curve y, and wrong lengths", () => {
    expect(errorOf(() => checkPublicKey(encodeY(1n, true))).code).toBe("E_BAD_KEY");
    let offCurve: Uint8Array | undefined;
    for (let y = 2n; y < 100n && !offCurve; y++) {
      try {
        ed.Point.fromBytes(encodeY(y));
      } catch {
        offCurve = encodeY(y);
      }
    }
    expect(offCurve).toBeDefined();
    expect(errorOf(() => checkPublicKey(offCurve!)).code).toBe("E_BAD_KEY");
    expect(errorOf(() => checkPublicKey(new Uint8Array(31))).code).toBe("E_BAD_KEY");
    expect(errorOf(() => checkPublicKey(new Uint8Array(33))).code).toBe("E_BAD_KEY");
  });
});

describe("loadSeed", () => {
  // Bytes chosen so that standard base64 contains both "+" and "/".
  const seed = new Uint8Array(32);
  seed.set([0xfb, 0xef, 0xbe, 0xff, 0xff, 0xff], 0);
  for (let i = 6; i < 32; i++) seed[i] = (i * 37) & 0xff;
  const b64 = Buffer.from(seed).toString("base64");
  const b64u = Buffer.from(seed).toString("base64url");

  it("accepts base64 and base64url, with or without padding, surrounding whitespace ignored", () => {
    expect(b64).toMatch(/[+]/);
    expect(b64).toMatch(/[/]/);
    expect(b64.endsWith("=")).toBe(true);
    for (const t of [b64, b64.replace(/=$/, ""), b64u, `${b64u}=`, `  ${b64u}\n`, `${b64}\r\n`]) {
      expect(toHex(loadSeed(t))).toBe(toHex(seed));
    }
  });
  it("rejects wrong lengths, bad characters, mixed alphabets, extra padding, stray bits", () => {
    const bad = [
      "",
      Buffer.from(seed.subarray(0, 31)).toString("base64url"),
      Buffer.from(new Uint8Array(33)).toString("base64url"),
      Buffer.from(new Uint8Array(64)).toString("base64"),
      `${b64}=`,
      b64.replace("+", "-"),
      `${b64u.slice(0, 42)}!`,
      strayBits(b64u),
      toHex(seed),
    ];
    for (const t of bad) {
      expect(errorOf(() => loadSeed(t)).code, JSON.stringify(t)).toBe("E_BAD_KEY");
    }
  });
  it("never puts the input into the error message", () => {
    const secret = Buffer.from(new Uint8Array(33).fill(0x5a)).toString("base64url");
    for (const t of [secret, `${b64u}x`, `${b64u.slice(0, 20)}!${b64u.slice(21)}`, toHex(seed)]) {
      const err = errorOf(() => loadSeed(t));
      expect(err.code).toBe("E_BAD_KEY");
      expect(err.message).not.toContain(t);
      for (let i = 0; i + 8 <= t.length; i++) expect(err.message).not.toContain(t.slice(i, i + 8));
    }
  });
});

/** The 43rd character of a 32-byte base64url carries 4 data bits and 2 bits that must be zero. */
function strayBits(text: string): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  const v = alphabet.indexOf(text[42]!);
  expect(v & 3).toBe(0);
  return text.slice(0, 42) + alphabet[v | 1]!;
}

describe("signing with OpenSSL gives noble's signature, byte for byte", () => {
  // RFC 8032 §7.1, TEST 1, 2 and 3 (secret key, public key, message, signature)
  const RFC8032 = [
    ["9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60", "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "", "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"],
    ["4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb", "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c", "72", "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"],
    ["c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7", "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025", "af82", "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"],
  ] as const;
  it("RFC 8032 test vectors: both signers give the published signature", () => {
    for (const [sk, pk, msg, sig] of RFC8032) {
      const seed = hex(sk);
      expect(toHex(publicKeyFromSeed(seed))).toBe(pk);
      expect(toHex(sign(seed, hex(msg)))).toBe(sig);
      expect(toHex(signReference(seed, hex(msg)))).toBe(sig);
    }
  });
  it("random keys and messages (fast-check): identical signatures, and they verify", () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 300 }), (seed, msg) => {
        const a = sign(seed, msg);
        expect(toHex(a)).toBe(toHex(signReference(seed, msg)));
        expect(verify(publicKeyFromSeed(seed), msg, a)).toBe(true);
      }),
      { numRuns: 300, seed: 8032 },
    );
  });
});
