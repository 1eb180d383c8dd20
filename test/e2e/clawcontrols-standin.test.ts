/**
 * The clawcontrols stand-in itself, spoken to directly: what the CLI tests rely on is §4.5 / claw-facts
 * §1 and §7 as clawcontrols behaves — header rules ("Bearer " prefix, the same token twice), auth before
 * the body (an unauthenticated oversized body is 401, not 413), the byte cap measured on the UTF-8 text
 * (65,536 accepted, 65,537 refused), the Claw schema and the runtime rules, idempotency before the
 * signing-key check, the routes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { request } from "node:https";
import { makeTestCa, type TestCa } from "../support/tls.ts";
import { didOfSeed, makeCst, startClawcontrols, tokenControl, type Standin } from "../support/clawcontrols-standin.ts";

let tls: TestCa;
let s: Standin;
const issuer = randomBytes(32);
const seed = randomBytes(32);
const now = () => Math.floor(Date.now() / 1000);
const did = didOfSeed(randomBytes(32));
const TOKEN = makeCst({ sub: did, aud: ["clawcontrols.com", "127.0.0.1"], scope: ["control:policy:update"], exp: now() + 600, owner_did: did, controller_did: did, agent_did: did, token_lane: "canonical" }, issuer);
const WPC = { policy_version: "1", policy_id: "p", issuer_did: "did:web:x.example", allowed_providers: ["openai"] };

function call(method: string, path: string, headers: Record<string, string>, body?: string | Buffer): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request(`${s.base}${path}`, { method, headers, ca: tls.ca }, (res) => {
      let t = "";
      res.setEncoding("utf8").on("data", (d: string) => (t += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: t.startsWith("{") ? JSON.parse(t) : t }));
    });
    req.on("error", reject);
    req.end(body);
  });
}
const post = (headers: Record<string, string>, body: unknown = { wpc: WPC }) => call("POST", "/v1/wpc", headers, typeof body === "string" ? body : JSON.stringify(body));
const code = (r: { body: any }) => r.body?.error?.code;

beforeAll(async () => {
  tls = makeTestCa();
  s = await startClawcontrols({ tls, verifier: tokenControl(issuer), signingSeed: seed });
});
afterAll(async () => {
  await s.close();
  tls.cleanup();
});

describe("clawcontrols stand-in", () => {
  it("auth headers as clawcontrols reads them", async () => {
    expect(code(await post({}))).toBe("TOKEN_REQUIRED");
    expect(code(await post({ authorization: `Bearer ${TOKEN}` }))).toBe("LEGACY_AUTH_FORBIDDEN");
    expect(code(await post({ "x-cst": TOKEN, "x-scoped-token": "other" }))).toBe("TOKEN_MALFORMED");
    expect((await post({ "x-cst": ` bearer ${TOKEN} `, "x-scoped-token": TOKEN })).status).toBe(201);
    expect((await post({ "x-scoped-token": `Bearer ${TOKEN}` })).status).toBe(200);
  });

  it("auth before the body: unauthenticated oversized or broken bodies are 401", async () => {
    expect((await post({}, "x".repeat(70_000))).status).toBe(401);
    expect(code(await post({}, "{"))).toBe("TOKEN_REQUIRED");
  });

  it("the cap is 65,536 UTF-8 bytes of the whole body", async () => {
    const pad = (n: number) => JSON.stringify({ wpc: { ...WPC, metadata: { p: "" } } }).length + n;
    const body = (total: number) => JSON.stringify({ wpc: { ...WPC, metadata: { p: "é".repeat(Math.floor((total - pad(0)) / 2)) + "a".repeat((total - pad(0)) % 2) } } });
    expect(Buffer.byteLength(body(65_536))).toBe(65_536);
    expect((await post({ "x-cst": TOKEN }, body(65_536))).status).toBe(201);
    expect(code(await post({ "x-cst": TOKEN }, body(65_537)))).toBe("PAYLOAD_TOO_LARGE");
  });

  it("400s: JSON, request shape, the Claw schema and the runtime rules", async () => {
    const h = { "x-cst": TOKEN };
    expect(code(await post(h, "{"))).toBe("INVALID_JSON");
    expect(code(await post(h, "null"))).toBe("INVALID_REQUEST");
    expect(code(await post(h, "[]"))).toBe("INVALID_WPC");
    expect(code(await post(h, { wpc: { ...WPC, extra: 1 } }))).toBe("INVALID_WPC");
    expect(code(await post(h, { wpc: { ...WPC, policy_id: "   " } }))).toBe("INVALID_WPC"); // runtime: blank after trim (the schema allows it)
    expect(code(await post(h, { wpc: { ...WPC, issuer_did: " did:x" } }))).toBe("INVALID_WPC");
    expect(code(await post(h, { wpc: { ...WPC, allowed_models: null } }))).toBe("INVALID_WPC");
    expect(code(await post(h, `{"wpc":${JSON.stringify({ ...WPC, metadata: { n: 0 } }).replace('"n":0', '"n":1e400')}}`))).toBe("INVALID_WPC");
  });

  it("idempotent by hash, before the signing-key check; key order irrelevant; 503 without a key", async () => {
    const h = { "x-cst": TOKEN };
    const w = { ...WPC, policy_id: "idem" };
    const first = await post(h, { wpc: w });
    expect(first.status).toBe(201);
    expect(first.body.envelope.issued_at).toMatch(/\.\d{3}Z$/);
    expect(Object.keys(first.body.envelope)).toEqual(["envelope_version", "envelope_type", "payload", "payload_hash_b64u", "hash_algorithm", "signature_b64u", "algorithm", "signer_did", "issued_at"]);
    s.opts.signingSeed = null;
    const reordered = Object.fromEntries(Object.entries(w).reverse());
    const again = await post(h, { wpc: reordered });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ ok: true, existed: true, policy_hash_b64u: first.body.policy_hash_b64u, envelope: first.body.envelope });
    expect(code(await post(h, { wpc: { ...w, policy_id: "new" } }))).toBe("SIGNING_NOT_CONFIGURED");
    s.opts.signingSeed = seed;
    expect((await call("GET", `/v1/wpc/${first.body.policy_hash_b64u}`, {})).body.envelope).toEqual(first.body.envelope);
    expect(code(await call("GET", "/v1/wpc/short", {}))).toBe("INVALID_POLICY_HASH");
    expect(code(await call("GET", `/v1/wpc/${"A".repeat(43)}`, {}))).toBe("WPC_NOT_FOUND");
    expect(code(await call("PUT", "/v1/wpc", {}))).toBe("NOT_FOUND");
    expect((await call("POST", "/redirect/v1/wpc", {})).status).toBe(307);
  });

  it("token-control: non-VALID is 401 with its code, its 5xx is 503, down is 503", async () => {
    expect(code(await post({ "x-cst": makeCst({ exp: now() + 60 }, randomBytes(32)) }))).toBe("PARSE_ERROR");
    s.opts.verifier = () => ({ status: 502, body: { error: { code: "DEPENDENCY_NOT_CONFIGURED" } } });
    expect((await post({ "x-cst": TOKEN })).status).toBe(503);
    s.opts.verifier = () => "down";
    expect(code(await post({ "x-cst": TOKEN }))).toBe("DEPENDENCY_NOT_CONFIGURED");
    s.opts.verifier = tokenControl(issuer);
  });
});
