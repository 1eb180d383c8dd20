/**
 * CST claims as the Claw services judge them (core/claw/cst-claims.ts) and the scope hash as
 * identity-auth computes it (core/claw/cst.ts tokenScopeHash). The scope hash is checked against the
 * CLAWSIG §5.2 golden value and, with fast-check, against an independent re-statement of identity-auth's
 * `buildTokenScopeHashInput` + `canonicalize` on random claim sets full of surrounding spaces,
 * duplicates and blanks. The claim shapes are checked with a table of malformed claims, each naming
 * the code clawscope's introspection answers and whether clawproxy (identity-auth) rejects it.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { tokenScopeHash, tokenScopeHashInput } from "../../../action/src/core/claw/cst.ts";
import { canonicalize } from "../../../action/src/core/json/jcs.ts";
import { clawproxyClaimsProblem, clawscopeClaimsProblem } from "../../../action/src/core/claw/cst-claims.ts";

// --- identity-auth, restated from packages/identity-auth/src/index.ts (not from the code under test) ---

function iaIsNonEmptyString(v: unknown): v is string {
  return typeof v === "string" && v.trim().length > 0;
}
function iaUniqueSorted(values: string[]): string[] {
  return Array.from(new Set(values.map((v) => v.trim()).filter((v) => v.length > 0))).sort();
}
function iaCanonicalize(value: unknown): string {
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new Error("non-finite");
    return JSON.stringify(value);
  }
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return `[${value.map(iaCanonicalize).join(",")}]`;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${iaCanonicalize(o[k])}`).join(",")}}`;
}
type In = Record<string, any>;
function iaBuildInput(input: In): Record<string, unknown> {
  const out: Record<string, unknown> = {
    token_version: "1",
    sub: input.sub.trim(),
    aud: typeof input.aud === "string" ? iaUniqueSorted([input.aud]) : iaUniqueSorted(input.aud),
    scope: iaUniqueSorted(input.scope),
  };
  for (const k of ["owner_ref", "owner_did", "controller_did", "agent_did", "policy_hash_b64u", "control_plane_policy_hash_b64u", "payment_account_did"])
    if (iaIsNonEmptyString(input[k])) out[k] = input[k].trim();
  if (typeof input.spend_cap === "number" && Number.isFinite(input.spend_cap) && input.spend_cap >= 0) out.spend_cap = input.spend_cap;
  for (const k of ["mission_id", "delegation_id", "delegator_did", "delegate_did", "delegation_policy_hash_b64u"]) if (iaIsNonEmptyString(input[k])) out[k] = input[k].trim();
  if (iaIsNonEmptyString(input.delegation_spend_cap_minor) && /^[0-9]+$/.test(input.delegation_spend_cap_minor.trim())) out.delegation_spend_cap_minor = input.delegation_spend_cap_minor.trim();
  if (typeof input.delegation_expires_at === "number" && Number.isFinite(input.delegation_expires_at) && input.delegation_expires_at > 0) out.delegation_expires_at = Math.floor(input.delegation_expires_at);
  return out;
}
const iaHash = (input: In) => createHash("sha256").update(iaCanonicalize(iaBuildInput(input)), "utf8").digest("base64url");

// --- the scope hash ---------------------------------------------------------------------------------

describe("token_scope_hash_b64u as identity-auth computes it", () => {
  it("CLAWSIG §5.2 golden value and canonical text", () => {
    const claims = {
      sub: "did:key:zWorker",
      aud: ["staging.clawproxy.com", "clawproxy.com", "clawproxy.com"],
      scope: ["clawproxy:call:anthropic", "clawproxy:call:openai"],
      policy_hash_b64u: "a".repeat(43),
      mission_id: "mission_123",
      spend_cap: 1,
    };
    expect(canonicalize(tokenScopeHashInput(claims))).toBe(
      `{"aud":["clawproxy.com","staging.clawproxy.com"],"mission_id":"mission_123","policy_hash_b64u":"${"a".repeat(43)}","scope":["clawproxy:call:anthropic","clawproxy:call:openai"],"spend_cap":1,"sub":"did:key:zWorker","token_version":"1"}`,
    );
    expect(tokenScopeHash(claims)).toBe("vClPILZPClCr8SdExl-bEgd0IczRtiXxUr5Yz36AtEM");
    expect(iaHash(claims)).toBe("vClPILZPClCr8SdExl-bEgd0IczRtiXxUr5Yz36AtEM");
  });

  it("delegation_spend_cap_minor is trimmed before the digit test and hashed trimmed (leading zeros kept)", () => {
    const base = { sub: "did:key:zA", aud: "clawproxy.com", scope: ["clawproxy:call"] };
    expect(tokenScopeHashInput({ ...base, delegation_spend_cap_minor: " 007 " }).delegation_spend_cap_minor).toBe("007");
    expect(tokenScopeHash({ ...base, delegation_spend_cap_minor: " 500\t" })).toBe(tokenScopeHash({ ...base, delegation_spend_cap_minor: "500" }));
    expect(tokenScopeHashInput({ ...base, delegation_spend_cap_minor: "5 00" })).not.toHaveProperty("delegation_spend_cap_minor");
  });

  it("delegation_expires_at: floored when finite and > 0, tested before flooring; spend_cap as it is", () => {
    const base = { sub: "did:key:zA", aud: "clawproxy.com", scope: ["clawproxy:call"] };
    expect(tokenScopeHashInput({ ...base, delegation_expires_at: 0.5 }).delegation_expires_at).toBe(0);
    expect(tokenScopeHashInput({ ...base, delegation_expires_at: 1700000000.9 }).delegation_expires_at).toBe(1700000000);
    expect(tokenScopeHashInput({ ...base, delegation_expires_at: 0 })).not.toHaveProperty("delegation_expires_at");
    expect(tokenScopeHashInput({ ...base, delegation_expires_at: Infinity })).not.toHaveProperty("delegation_expires_at");
    expect(tokenScopeHashInput({ ...base, spend_cap: 2.5 }).spend_cap).toBe(2.5);
    expect(tokenScopeHashInput({ ...base, spend_cap: -1 })).not.toHaveProperty("spend_cap");
  });

  it("agrees with identity-auth on random claim sets with spaces, duplicates and blanks (fast-check, 5,000 runs)", () => {
    const pad = fc.constantFrom("", " ", "  ", "\t", "\n", " \u00a0");
    const word = fc.constantFrom("a", "b", "clawproxy.com", "staging.clawproxy.com", "clawproxy:call", "Z", "é", "a b", "did:key:z6Mk1");
    const padded = (w: fc.Arbitrary<string>) => fc.tuple(pad, w, pad).map(([l, x, r]) => l + x + r);
    const blankOr = (w: fc.Arbitrary<string>) => fc.oneof(padded(w), pad);
    const list = fc.array(blankOr(word), { minLength: 1, maxLength: 6 });
    const optional = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
    const digits = fc.oneof(fc.constantFrom("0", "007", "500", "12345678901234567890"), fc.nat().map(String));
    const claims = fc.record({
      sub: padded(fc.constantFrom("did:key:zWorker", "did:web:agent.example")),
      aud: fc.oneof(blankOr(word), list),
      scope: list,
      owner_ref: optional(blankOr(word)),
      owner_did: optional(blankOr(word)),
      controller_did: optional(blankOr(word)),
      agent_did: optional(blankOr(word)),
      policy_hash_b64u: optional(padded(fc.constant("b".repeat(43)))),
      control_plane_policy_hash_b64u: optional(blankOr(fc.constant("c".repeat(43)))),
      payment_account_did: optional(blankOr(word)),
      spend_cap: optional(fc.oneof(fc.double({ noNaN: false }), fc.integer({ min: -5, max: 1000 }), fc.constant(-0))),
      mission_id: optional(blankOr(word)),
      delegation_id: optional(blankOr(word)),
      delegator_did: optional(blankOr(word)),
      delegate_did: optional(blankOr(word)),
      delegation_policy_hash_b64u: optional(blankOr(fc.constant("d".repeat(43)))),
      delegation_spend_cap_minor: optional(fc.oneof(padded(digits), pad, padded(fc.constantFrom("1.5", "-3", "x9", "5 00")))),
      delegation_expires_at: optional(fc.oneof(fc.double(), fc.constantFrom(0, 0.5, 0.999, -1, 1.5, 1700000000.25))),
      iat: optional(fc.integer()),
      token_lane: optional(fc.constantFrom("canonical", "legacy")),
    });
    fc.assert(
      fc.property(claims, (c) => {
        expect(canonicalize(tokenScopeHashInput(c))).toBe(iaCanonicalize(iaBuildInput(c)));
        expect(tokenScopeHash(c)).toBe(iaHash(c));
      }),
      { seed: 20260404, numRuns: 5000 },
    );
  });
});

// --- claim shapes -----------------------------------------------------------------------------------

const OK = {
  token_version: "1",
  sub: "did:key:z6MkAgent",
  aud: ["clawproxy.com"],
  scope: ["clawproxy:call"],
  iat: 1700000000,
  exp: 1700000900,
  owner_did: "did:key:z6MkOwner",
  controller_did: "did:key:z6MkOwner",
  agent_did: "did:key:z6MkAgent",
  policy_hash_b64u: "p".repeat(43),
  token_scope_hash_b64u: "s".repeat(43),
  token_lane: "canonical",
  jti: "cst_1",
};
const without = (k: string) => Object.fromEntries(Object.entries(OK).filter(([x]) => x !== k));
const with_ = (o: Record<string, unknown>) => ({ ...OK, ...o });

/** [name, claims, clawscope code (undefined: accepted), clawproxy rejects?] */
const CASES: Array<[string, unknown, string | undefined, boolean]> = [
  ["valid canonical claims", OK, undefined, false],
  ['token_version "2"', with_({ token_version: "2" }), "TOKEN_UNKNOWN_VERSION", true],
  ["token_version 1 (a number)", with_({ token_version: 1 }), "TOKEN_UNKNOWN_VERSION", true],
  ["token_version null", with_({ token_version: null }), "TOKEN_UNKNOWN_VERSION", true],
  ["token_version missing", without("token_version"), "TOKEN_INVALID_CLAIMS", true],
  ["sub missing", without("sub"), "TOKEN_INVALID_CLAIMS", true],
  ["sub blank", with_({ sub: "   " }), "TOKEN_INVALID_CLAIMS", true],
  ["scope missing", without("scope"), "TOKEN_INVALID_CLAIMS", true],
  ["scope a string", with_({ scope: "clawproxy:call" }), "TOKEN_INVALID_CLAIMS", true],
  ["scope []", with_({ scope: [] }), "TOKEN_INVALID_CLAIMS", true],
  ["scope with a number", with_({ scope: ["clawproxy:call", 7] }), "TOKEN_INVALID_CLAIMS", true],
  ["scope [''] (both accept an empty item)", with_({ scope: [""] }), undefined, false],
  ["aud missing", without("aud"), "TOKEN_INVALID_CLAIMS", true],
  ["aud []", with_({ aud: [] }), "TOKEN_INVALID_CLAIMS", true],
  ["aud ''", with_({ aud: "" }), "TOKEN_INVALID_CLAIMS", true],
  ["aud ['']", with_({ aud: [""] }), "TOKEN_INVALID_CLAIMS", true],
  ["aud a number", with_({ aud: 5 }), "TOKEN_INVALID_CLAIMS", true],
  ["aud ' ' (clawscope does not trim; identity-auth does)", with_({ aud: " " }), undefined, true],
  ["aud a string", with_({ aud: "clawproxy.com" }), undefined, false],
  ["iat a string", with_({ iat: "1700000000" }), "TOKEN_INVALID_CLAIMS", true],
  ["iat missing", without("iat"), "TOKEN_INVALID_CLAIMS", true],
  ["exp null (NaN in JSON)", with_({ exp: null }), "TOKEN_INVALID_CLAIMS", true],
  ["exp a float (both accept)", with_({ exp: 1700000900.5 }), undefined, false],
  ["owner_did with a colon-separated id (clawscope only)", with_({ owner_did: "did:web:example.com:owners:1" }), "TOKEN_INVALID_CLAIMS", false],
  ["agent_did with an upper-case method (clawscope only)", with_({ agent_did: "did:KEY:z6MkAgent" }), "TOKEN_INVALID_CLAIMS", false],
  ["controller_did not a DID", with_({ controller_did: "owner@example.com" }), "TOKEN_INVALID_CLAIMS", true],
  ["controller_did blank", with_({ controller_did: " " }), "TOKEN_INVALID_CLAIMS", true],
  ["payment_account_did not a DID (clawscope only)", with_({ payment_account_did: "acct_1" }), "TOKEN_INVALID_CLAIMS", false],
  ["delegator_did not a DID", with_({ delegator_did: "x" }), "TOKEN_INVALID_CLAIMS", true],
  ["delegate_did a number", with_({ delegate_did: 3 }), "TOKEN_INVALID_CLAIMS", true],
  ["delegation_id blank", with_({ delegation_id: "" }), "TOKEN_INVALID_CLAIMS", true],
  ["delegation_spend_cap_minor not digits", with_({ delegation_spend_cap_minor: "1.5" }), "TOKEN_INVALID_CLAIMS", true],
  ["delegation_spend_cap_minor padded digits (both accept)", with_({ delegation_spend_cap_minor: " 500 " }), undefined, false],
  ["delegation_spend_cap_minor a number", with_({ delegation_spend_cap_minor: 500 }), "TOKEN_INVALID_CLAIMS", true],
  ["delegation_expires_at a string", with_({ delegation_expires_at: "soon" }), "TOKEN_INVALID_CLAIMS", true],
  ["delegation_policy_hash_b64u 42 chars", with_({ delegation_policy_hash_b64u: "d".repeat(42) }), "TOKEN_INVALID_CLAIMS", true],
  ["control_plane_policy_hash_b64u with '='", with_({ control_plane_policy_hash_b64u: `${"c".repeat(42)}=` }), "TOKEN_INVALID_CLAIMS", true],
  ["token_lane other", with_({ token_lane: "fast" }), "TOKEN_INVALID_CLAIMS", true],
  ["policy_hash_b64u 10 chars (clawproxy only)", with_({ policy_hash_b64u: "p".repeat(10) }), undefined, true],
  ["token_scope_hash_b64u hex (clawproxy only)", with_({ token_scope_hash_b64u: "ab".repeat(32) }), undefined, true],
  ["spend_cap negative (clawproxy only)", with_({ spend_cap: -1 }), undefined, true],
  ["mission_id blank (clawproxy only)", with_({ mission_id: " " }), undefined, true],
  ["owner_ref blank (clawproxy only)", with_({ owner_ref: "" }), undefined, true],
  ["payment_account_did blank", with_({ payment_account_did: " " }), "TOKEN_INVALID_CLAIMS", true],
  ["unknown claims (both accept)", with_({ team: "x", nbf: "whenever" }), undefined, false],
  ["claims an array", [OK], "TOKEN_INVALID_CLAIMS", true],
  ["claims null", null, "TOKEN_INVALID_CLAIMS", true],
];

describe("claim shapes: clawscope introspection vs clawproxy", () => {
  it.each(CASES)("%s", (_name, claims, scopeCode, proxyRejects) => {
    expect(clawscopeClaimsProblem(claims)?.code).toBe(scopeCode);
    const proxy = clawproxyClaimsProblem(claims);
    expect(proxy !== undefined).toBe(proxyRejects);
    if (proxy) expect(proxy.code).toBe("TOKEN_INVALID_CLAIMS"); // clawproxy has no TOKEN_UNKNOWN_VERSION
  });

  it("names the first failing claim, in the service's order", () => {
    // clawscope reads aud before scope; identity-auth reads scope, iat, exp before aud
    const both = with_({ aud: [], scope: [] });
    expect(clawscopeClaimsProblem(both)?.claim).toBe("aud");
    expect(clawproxyClaimsProblem(both)?.claim).toBe("scope");
  });

  it("details stay short whatever the hostile value", () => {
    const p = clawscopeClaimsProblem(with_({ token_version: "9".repeat(100_000) }));
    expect(p?.code).toBe("TOKEN_UNKNOWN_VERSION");
    expect(p!.detail.length).toBeLessThan(100);
  });
});
