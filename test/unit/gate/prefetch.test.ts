import { describe, expect, it } from "vitest";
import { signatureTriples } from "../../../action/src/core/gate/prefetch.ts";

const SIG = "A".repeat(86); // 64 zero bytes in base64url
const DID = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";

function bundle(hash: string, coSigners: number): unknown {
  const co = Array.from({ length: coSigners }, () => ({ signer_did: DID, signature_b64u: SIG }));
  return { envelope_type: "proof_bundle", signer_did: DID, payload_hash_b64u: hash, signature_b64u: SIG, co_signatures: co, payload: {} };
}

describe("signatureTriples: what the signature workers get", () => {
  it("an envelope's signature and co-signatures share one message array", () => {
    const { triples } = signatureTriples(bundle("h".repeat(43), 3), []);
    expect(triples).toHaveLength(4);
    expect(new Set(triples.map((t) => t.msg)).size).toBe(1);
    expect(new TextDecoder().decode(triples[0]!.msg)).toBe("h".repeat(43));
  });
  it("a payload hash that is not 43 characters gives no work (a huge one times many co-signatures cannot blow up memory)", () => {
    expect(signatureTriples(bundle("h".repeat(44), 3), []).triples).toHaveLength(0);
    expect(signatureTriples(bundle("h".repeat(1 << 20), 64), []).triples).toHaveLength(0);
  });
});
