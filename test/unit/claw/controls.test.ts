/**
 * core/claw/controls.ts: the CST check before sending, and what every clawcontrols answer means. The
 * envelopes are real (signed with node:crypto by the test harness); the messages must name
 * clawcontrols' code and the way out, and never carry the token or the server's control characters.
 */
import { describe, expect, it } from "vitest";
import { randomBytes } from "node:crypto";
import { cstProblem, interpretControlsAnswer, controlsRequestBody, CST_MIN_VALIDITY_MS } from "../../../action/src/core/claw/controls.ts";
import { clawWpcHash, type ClawWpcV1 } from "../../../action/src/core/claw/wpc.ts";
import { didOfSeed, signEnv } from "../../support/registry-harness.ts";
import { makeCst } from "../../support/clawcontrols-standin.ts";

const seed = randomBytes(32);
const other = randomBytes(32);
const signer = didOfSeed(seed);
const payload: ClawWpcV1 = { policy_version: "1", policy_id: "invoice-triage", issuer_did: "did:web:wpc.example.com", allowed_providers: ["openai"], allowed_models: ["gpt-*"] };
const hash = clawWpcHash(payload);
const env = signEnv("work_policy_contract", payload, seed, "2026-04-04T12:34:56.789Z");
const ctx = { clawHash: hash, signers: [signer], host: "clawcontrols.com" };
const ok = (status: number, existed: boolean, e: unknown = env) => interpretControlsAnswer(status, { ok: true, existed, policy_hash_b64u: hash, envelope: e }, ctx);
const error = (status: number, code?: string, message?: string) => interpretControlsAnswer(status, { ok: false, error: { ...(code ? { code } : {}), ...(message ? { message } : {}) } }, ctx);

describe("cstProblem: judged before anything is sent, never quoting the token", () => {
  const now = Date.UTC(2026, 3, 4, 12, 0, 0);
  const tok = (claims: Record<string, unknown>) => makeCst(claims, seed);
  const cases: Array<[string, string, RegExp | undefined]> = [
    ["valid for an hour", tok({ exp: now / 1000 + 3600 }), undefined],
    ["expired", tok({ exp: now / 1000 - 1 }), /expired at 2026-04-04T11:59:59\.000Z/],
    ["expiring at this very second", tok({ exp: now / 1000 }), /expired/],
    ["expiring within the margin", tok({ exp: now / 1000 + CST_MIN_VALIDITY_MS / 1000 - 1 }), /in under 30 s/],
    ["no exp", tok({ sub: "x" }), /no numeric exp/],
    ["string exp", tok({ exp: String(now / 1000 + 3600) }), /no numeric exp/],
    ["two parts", "aaaa.bbbb", /not a compact JWS/],
    ["an empty part", "aaaa..cccc", /not a compact JWS/],
    ["claims not JSON", "aaaa.bm90IGpzb24.cccc", /claims are not base64url JSON/],
    ["claims an array", `aaaa.${Buffer.from("[1]").toString("base64url")}.cccc`, /claims are not base64url JSON/],
    ["a line break inside", `${tok({ exp: now / 1000 + 3600 })}\n`, /whitespace or control/],
    ["empty", "", /no CST/],
  ];
  for (const [name, token, want] of cases)
    it(name, () => {
      const p = cstProblem(token, now);
      if (!want) expect(p).toBeUndefined();
      else {
        expect(p).toMatch(want);
        if (token.length > 8) for (const part of token.trim().split(".")) if (part.length > 4) expect(p).not.toContain(part);
      }
    });
});

describe("interpretControlsAnswer: success", () => {
  it("201 existed:false and 200 existed:true with our hash and a pinned signer's envelope", () => {
    expect(ok(201, false)).toMatchObject({ ok: true, existed: false, signer });
    expect(ok(200, true)).toMatchObject({ ok: true, existed: true, signer });
  });
  it("any of several pinned signers", () => {
    expect(interpretControlsAnswer(201, { ok: true, existed: false, policy_hash_b64u: hash, envelope: env }, { ...ctx, signers: [didOfSeed(other), signer] })).toMatchObject({ ok: true });
  });
  it("the request body is {wpc: payload}", () => {
    expect(JSON.parse(controlsRequestBody(payload))).toEqual({ wpc: payload });
  });
});

describe("interpretControlsAnswer: refused 2xx answers", () => {
  it("existed contradicting the status, a missing ok, a non-object body", () => {
    expect(ok(201, true)).toMatchObject({ ok: false, code: "BAD_RESPONSE" });
    expect(ok(200, false)).toMatchObject({ ok: false, code: "BAD_RESPONSE" });
    expect(interpretControlsAnswer(201, { existed: false, policy_hash_b64u: hash, envelope: env }, ctx)).toMatchObject({ ok: false, code: "BAD_RESPONSE" });
    expect(interpretControlsAnswer(201, undefined, ctx)).toMatchObject({ ok: false, code: "BAD_RESPONSE" });
    expect(interpretControlsAnswer(201, [1], ctx)).toMatchObject({ ok: false, code: "BAD_RESPONSE" });
  });
  it("another hash in the answer", () => {
    expect(interpretControlsAnswer(201, { ok: true, existed: false, policy_hash_b64u: "A".repeat(43), envelope: env }, ctx)).toMatchObject({ ok: false, code: "HASH_MISMATCH" });
  });
  it("an envelope of another contract (hash of the envelope or of its payload)", () => {
    const foreign = signEnv("work_policy_contract", { ...payload, policy_id: "other" }, seed, "2026-04-04T12:34:56.789Z");
    expect(ok(201, false, foreign)).toMatchObject({ ok: false, code: "WPC_HASH_MISMATCH" });
    expect(ok(201, false, { ...env, payload: { ...payload, policy_id: "other" } })).toMatchObject({ ok: false, code: "WPC_HASH_INVALID" });
  });
  it("an unpinned signer, a forged signature, an extra envelope key, no pinned signer at all", () => {
    const r = ok(201, false, signEnv("work_policy_contract", payload, other, "2026-04-04T12:34:56.789Z"));
    expect(r).toMatchObject({ ok: false, code: "WPC_SIGNER_NOT_ALLOWED" });
    expect((r as { message: string }).message).toContain("claw.controls_signers");
    const sig = Buffer.from(env.signature_b64u, "base64url");
    sig[0]! ^= 1;
    expect(ok(201, false, { ...env, signature_b64u: sig.toString("base64url") })).toMatchObject({ ok: false, code: "WPC_SIGNATURE_INVALID" });
    expect(ok(201, false, { ...env, expires_at: "2027-01-01T00:00:00Z" })).toMatchObject({ ok: false, code: "WPC_ENVELOPE_INVALID" });
    expect(interpretControlsAnswer(201, { ok: true, existed: false, policy_hash_b64u: hash, envelope: env }, { ...ctx, signers: [] })).toMatchObject({ ok: false, code: "WPC_SIGNER_NOT_ALLOWED" });
  });
});

describe("interpretControlsAnswer: every error status names clawcontrols' code and what to do", () => {
  const cases: Array<[number, string | undefined, string, RegExp]> = [
    [401, "TOKEN_REQUIRED", "TOKEN_REQUIRED", /dropped the X-CST header/],
    [401, "TOKEN_MALFORMED", "TOKEN_MALFORMED", /two different CSTs/],
    [401, "LEGACY_AUTH_FORBIDDEN", "LEGACY_AUTH_FORBIDDEN", /replaced X-CST/],
    [401, "UNAUTHORIZED", "UNAUTHORIZED", /legacy admin-token mode/],
    [401, undefined, "UNAUTHORIZED", /401 no error code/],
    [401, "TOKEN_CONTROL_SCOPE_MISSING", "TOKEN_CONTROL_SCOPE_MISSING", /control:policy:update/],
    [401, "TOKEN_CONTROL_AUDIENCE_MISMATCH", "TOKEN_CONTROL_AUDIENCE_MISMATCH", /clawcontrols\.com and clawcontrols\.com/],
    [401, "TOKEN_CONTROL_SCOPE_HASH_MISMATCH", "TOKEN_CONTROL_SCOPE_HASH_MISMATCH", /delegation_\*/],
    [401, "TOKEN_CONTROL_CHAIN_MISSING", "TOKEN_CONTROL_CHAIN_MISSING", /canonical-lane/],
    [401, "TOKEN_CONTROL_TRANSITION_FORBIDDEN", "TOKEN_CONTROL_TRANSITION_FORBIDDEN", /controller\.policy\.update/],
    [401, "REVOKED", "REVOKED", /revoked/],
    [401, "PARSE_ERROR", "PARSE_ERROR", /issue a new canonical CST/],
    [401, "SOMETHING_NEW", "SOMETHING_NEW", /refused the CST/],
    [400, "INVALID_JSON", "INVALID_JSON", /could not read the request body/],
    [400, "INVALID_REQUEST", "INVALID_REQUEST", /could not read the request body/],
    [400, "BODY_READ_FAILED", "BODY_READ_FAILED", /could not read the request body/],
    [400, "INVALID_WPC", "INVALID_WPC", /does not accept the compiled Claw WPC v1/],
    [413, "PAYLOAD_TOO_LARGE", "PAYLOAD_TOO_LARGE", /65536-byte/],
    [503, "SIGNING_NOT_CONFIGURED", "SIGNING_NOT_CONFIGURED", /CONTROLS_SIGNING_KEY/],
    [503, "DEPENDENCY_NOT_CONFIGURED", "DEPENDENCY_NOT_CONFIGURED", /could not check the CST/],
    [503, undefined, "UNAVAILABLE", /retry later/],
    [404, "NOT_FOUND", "NOT_FOUND", /base URL/],
    [404, undefined, "NOT_FOUND", /base URL/],
    [307, undefined, "REDIRECT", /never follows redirects/],
    [301, undefined, "REDIRECT", /HTTP 301/],
    [500, "WPC_CORRUPTED", "WPC_CORRUPTED", /HTTP 500 WPC_CORRUPTED/],
    [429, undefined, "UNEXPECTED_STATUS", /HTTP 429/],
  ];
  for (const [status, code, want, hint] of cases)
    it(`${status} ${code ?? "(no code)"}`, () => {
      const r = error(status, code);
      expect(r).toMatchObject({ ok: false, status, code: want });
      expect((r as { message: string }).message).toMatch(hint);
    });

  it("a code that does not look like one is not echoed; the server's message is quoted tamed", () => {
    const r = error(401, "evil\n::error::x", "line\nbreak \u202e and a very long tail " + "x".repeat(400)) as { code: string; message: string };
    expect(r.code).toBe("UNAUTHORIZED");
    expect(r.message).not.toMatch(/[\n\r\u202e]/);
    expect(r.message).not.toContain("::error::");
    expect(r.message).toContain('clawcontrols said "line?break ? and');
    expect(r.message.length).toBeLessThan(800);
  });
  it("a signer DID with control characters in a refused envelope never reaches the message raw", () => {
    const r = ok(201, false, { ...env, signer_did: "did:key:z\n\u2028::error::x" }) as { message: string };
    expect(r.message).not.toMatch(/[\n\u2028]/);
  });
});
