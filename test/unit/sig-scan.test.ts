/**
 * The raw-bytes signature scan (action/src/io/sig-scan.ts) that lets the gate's signature workers start
 * before the bundle is parsed. It decides nothing, so what matters is: on bundles as the Claw services
 * and the simulator write them it finds every envelope signature the parsed-bundle prefetch finds
 * (except the CST, which is not an envelope); it finds them in other member orders too; it never
 * throws or reads past the bytes on hostile input; and its cost stays linear on inputs built to make
 * member searches run far (many payload hashes with no signature after them).
 */
import { describe, expect, it } from "vitest";
import { signatureTriples, type SigTriple } from "../../action/src/core/gate/prefetch.ts";
import { roleKeys } from "../../action/src/core/policy/trust.ts";
import { scanEnvelopeSignatures } from "../../action/src/io/sig-scan.ts";
import { makeWorld } from "../support/gate-world.ts";

const enc = new TextEncoder();
const key = (t: SigTriple) => `${t.did} ${Buffer.from(t.msg).toString("latin1")} ${Buffer.from(t.sig).toString("base64url")}`;
const keys = (ts: readonly SigTriple[]) => ts.map(key).sort();

const world = makeWorld("sig-scan", { steps: Array.from({ length: 12 }, (_, i) => ({ kind: "llm_call" as const, provider: "openai", model: "openrouter/anthropic/claude-sonnet-4", prompt: `p${i}` })) });
const bundle = world.job.bundle as unknown as Record<string, any>;
const parsed = (b: unknown) => signatureTriples(b, roleKeys(world.trust, "token_issuer")).triples;

/** Rewrite every envelope (objects with payload_hash_b64u and signature_b64u) with its members in `order`. */
function reorder(v: unknown, order: (k: string[]) => string[]): unknown {
  if (Array.isArray(v)) return v.map((x) => reorder(x, order));
  if (typeof v !== "object" || v === null) return v;
  const o = v as Record<string, unknown>;
  const names = "payload_hash_b64u" in o && "signature_b64u" in o ? order(Object.keys(o)) : Object.keys(o);
  return Object.fromEntries(names.map((k) => [k, reorder(o[k], order)]));
}

describe("scanEnvelopeSignatures", () => {
  it("finds every envelope signature of a bundle as written (the bundle, gateway receipts), none twice, messages as written", () => {
    const found = scanEnvelopeSignatures(enc.encode(JSON.stringify(bundle)));
    const expected = parsed(bundle);
    expect(expected.length).toBeGreaterThanOrEqual(13);
    expect(keys(found)).toEqual(keys(expected));
  });

  it("finds them in text with whitespace (the registry writes its files indented)", () => {
    for (const indent of [2, "\t", "  \r\n "]) {
      const text = JSON.stringify(bundle, null, indent).replaceAll('":', '" :');
      expect(keys(scanEnvelopeSignatures(enc.encode(text))), JSON.stringify(indent)).toEqual(keys(parsed(bundle)));
    }
  });

  it("finds them in another member order after the payload (signer before signature, extra members)", () => {
    const moved = reorder(bundle, (k) => [...k.filter((x) => x !== "signature_b64u"), "signature_b64u"]);
    const text = JSON.stringify({ ...(moved as object) }).replaceAll('"hash_algorithm":"SHA-256"', '"hash_algorithm":"SHA-256","note":"x"');
    expect(keys(scanEnvelopeSignatures(enc.encode(text)))).toEqual(keys(parsed(JSON.parse(text))));
  });

  it("misses (and so leaves to the checks) envelopes whose signature precedes the payload", () => {
    const early = reorder(bundle, (k) => ["signer_did", "signature_b64u", ...k.filter((x) => x !== "signer_did" && x !== "signature_b64u")]);
    expect(scanEnvelopeSignatures(enc.encode(JSON.stringify(early)))).toEqual([]);
    // a hash followed by prev_hash_b64u is an event header's as JSON.stringify writes events: not searched further
    const marked = JSON.stringify(bundle).replaceAll('"hash_algorithm":"SHA-256","signature_b64u"', '"prev_hash_b64u":null,"hash_algorithm":"SHA-256","signature_b64u"');
    expect(scanEnvelopeSignatures(enc.encode(marked))).toEqual([]);
  });

  it("never throws on truncated or hostile bytes, and returns only well-formed triples", () => {
    const text = JSON.stringify(bundle);
    const hostile = [
      "",
      '"payload_hash_b64u":"',
      `"payload_hash_b64u":"${"A".repeat(43)}`,
      `"payload_hash_b64u":"${"A".repeat(43)}","hash_algorithm":"SHA-256","signature_b64u":"${"A".repeat(20)}`,
      `"payload_hash_b64u":"${"A".repeat(43)}","signature_b64u":"${"!".repeat(86)}","signer_did":"did:key:z6Mk"}`,
      `"payload_hash_b64u":"${"A".repeat(44)}","signature_b64u":"${"A".repeat(86)}","signer_did":"did:key:z6Mk"}`,
      `"payload_hash_b64u":"${"A".repeat(43)}","signature_b64u":"${"A".repeat(85)}","signer_did":"did:key:z6Mk"}`,
    ];
    for (let cut = 0; cut < text.length; cut += 997) hostile.push(text.slice(0, cut), text.slice(cut));
    for (const h of hostile) {
      const out = scanEnvelopeSignatures(enc.encode(h));
      for (const t of out) {
        expect(t.msg.length).toBe(43);
        expect(t.sig.length).toBe(64);
        expect(typeof t.did).toBe("string");
      }
    }
    // a view into a larger buffer: nothing outside the view is read
    const inner = enc.encode(text);
    const outer = new Uint8Array(inner.length + 200);
    outer.set(inner, 100);
    expect(keys(scanEnvelopeSignatures(outer.subarray(100, 100 + inner.length)))).toEqual(keys(parsed(bundle)));
  });

  it("stays linear when many payload hashes have no signature after them (each member search is bounded)", () => {
    const event = `{"event_id":"e","payload_hash_b64u":"${"A".repeat(43)}","prev_hash_b64u":null,"event_hash_b64u":"${"B".repeat(43)}"},`;
    const receipt = JSON.stringify((bundle.payload.receipts as unknown[])[0]);
    const time = (n: number) => {
      const text = `[${event.repeat(n)}${receipt}]`;
      const bytes = enc.encode(text);
      const t0 = performance.now();
      const out = scanEnvelopeSignatures(bytes);
      const ms = performance.now() - t0;
      expect(out).toHaveLength(1);
      return ms;
    };
    time(2_000); // warm
    const small = Math.max(time(20_000), 1);
    const large = time(200_000); // ~27 MB of hashes without a signature
    // linear: 10× the input in well under 10× × 5 the time (a quadratic scan takes minutes here)
    expect(large, `20k: ${small.toFixed(1)} ms, 200k: ${large.toFixed(1)} ms`).toBeLessThan(small * 50);
    expect(large).toBeLessThan(5_000);
  });
});
