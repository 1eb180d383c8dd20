/**
 * clawproxy's WPC fetch (CLAWSIG.md §4.5, §4.5a), restated independently of wpc's code for tests: the
 * URL from WPC_REGISTRY_BASE_URL (https only; `new URL("/v1/wpc/" + hash, base)`, so a base path is
 * dropped), a GET without headers, the body read as JSON whatever its content type, then every check of
 * the envelope in clawproxy's order with its error codes. Crypto through node:crypto.
 */
import { createHash, createPublicKey, verify } from "node:crypto";
import { request } from "node:https";
import { base58 } from "@scure/base";

export type Fetched = { ok: true; payload: Record<string, unknown>; signer: string } | { ok: false; code: string };

function jcs(v: unknown): string {
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(jcs).join(",")}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${jcs(o[k])}`).join(",")}}`;
}

const ok = (v: unknown, max: number) => typeof v === "string" && v.trim().length > 0 && v.trim().length <= max;

function get(url: URL, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "GET", ca }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

export async function clawproxyFetchWpc(baseUrl: string, hash: string, signerDids: readonly string[], ca: string): Promise<Fetched> {
  const fail = (code: string): Fetched => ({ ok: false, code });
  if (!/^[A-Za-z0-9_-]{43}$/.test(hash)) return fail("POLICY_HASH_INVALID");
  let url: URL;
  try {
    url = new URL(`/v1/wpc/${hash}`, baseUrl);
  } catch {
    return fail("WPC_REGISTRY_BASE_URL_INVALID");
  }
  if (url.protocol !== "https:") return fail("WPC_REGISTRY_BASE_URL_INSECURE");
  let res: { status: number; body: string };
  try {
    res = await get(url, ca);
  } catch {
    return fail("WPC_REGISTRY_FETCH_FAILED");
  }
  if (res.status === 404) return fail("WPC_NOT_FOUND");
  if (res.status < 200 || res.status > 299) return fail("WPC_REGISTRY_ERROR");
  let body: unknown;
  try {
    body = JSON.parse(res.body);
  } catch {
    return fail("WPC_REGISTRY_BAD_JSON");
  }
  if (!body || typeof body !== "object" || Array.isArray(body)) return fail("WPC_REGISTRY_BAD_RESPONSE");
  const env = (body as Record<string, unknown>)["envelope"] as Record<string, unknown> | undefined;
  const keys = ["envelope_version", "envelope_type", "payload", "payload_hash_b64u", "hash_algorithm", "signature_b64u", "algorithm", "signer_did", "issued_at"];
  const shapeOk =
    !!env &&
    typeof env === "object" &&
    Object.keys(env).every((k) => keys.includes(k)) &&
    env["envelope_version"] === "1" &&
    env["envelope_type"] === "work_policy_contract" &&
    env["hash_algorithm"] === "SHA-256" &&
    env["algorithm"] === "Ed25519" &&
    ok(env["payload_hash_b64u"], 128) &&
    ok(env["signature_b64u"], 2048) &&
    ok(env["signer_did"], 256) &&
    String(env["signer_did"]).startsWith("did:") &&
    ok(env["issued_at"], 64) &&
    !!env["payload"] &&
    typeof env["payload"] === "object" &&
    (env["payload"] as Record<string, unknown>)["policy_version"] === "1";
  if (!shapeOk) return fail("WPC_ENVELOPE_INVALID");
  if (env["payload_hash_b64u"] !== hash) return fail("WPC_HASH_MISMATCH");
  if (createHash("sha256").update(jcs(env["payload"]), "utf8").digest("base64url") !== env["payload_hash_b64u"]) return fail("WPC_HASH_INVALID");
  const signer = String(env["signer_did"]);
  if (signerDids.length && !signerDids.includes(signer)) return fail("WPC_SIGNER_NOT_ALLOWED");
  if (!signer.startsWith("did:key:z")) return fail("WPC_SIGNER_DID_UNSUPPORTED");
  const raw = base58.decode(signer.slice("did:key:z".length));
  if (raw[0] !== 0xed || raw[1] !== 0x01) return fail("WPC_SIGNER_DID_UNSUPPORTED");
  const key = createPublicKey({ key: Buffer.concat([Buffer.from("302a300506032b6570032100", "hex"), raw.subarray(2)]), format: "der", type: "spki" });
  const good = verify(null, Buffer.from(String(env["payload_hash_b64u"]), "utf8"), key, Buffer.from(String(env["signature_b64u"]), "base64url"));
  if (!good) return fail("WPC_SIGNATURE_INVALID");
  return { ok: true, payload: env["payload"] as Record<string, unknown>, signer };
}
