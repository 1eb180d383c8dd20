/** A loaded signing key: seed (secret), public key and did:key. Never print `seed`. */
import { publicKeyFromSeed } from "./ed25519.ts";
import { didKeyFromPublicKey } from "./did.ts";

export interface Signer {
  readonly seed: Uint8Array;
  readonly publicKey: Uint8Array;
  readonly did: string;
}

export function signerFromSeed(seed: Uint8Array): Signer {
  const publicKey = publicKeyFromSeed(seed);
  const did = didKeyFromPublicKey(publicKey);
  const s: Signer = { seed, publicKey, did };
  // keep the seed out of JSON.stringify / util.inspect of the signer
  Object.defineProperty(s, "seed", { value: seed, enumerable: false });
  Object.defineProperty(s, "toJSON", { value: () => ({ did }), enumerable: false });
  return s;
}
