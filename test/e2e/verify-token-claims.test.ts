/**
 * TOKEN_CLAIMS at the gate: a CST signed by the trusted issuer whose claims clawscope's introspection
 * rejects fails the gate, with clawscope's code in the detail; claims only clawproxy rejects warn; the
 * scope hash is recomputed as identity-auth does, trimming included. Each case re-signs a real job's
 * bundle with the agent key around a token signed by the world's token issuer, so only the claims differ.
 */
import { describe, expect, it } from "vitest";
import { signCst, tokenScopeHash } from "../../action/src/core/claw/cst.ts";
import { partySigner } from "../../scripts/sim/keys.ts";
import { check, claimsOf, editedResigned, gate, makeWorld, reissueReceipt, statusOf, type Doc, type GateWorld } from "../support/gate-world.ts";

const w = makeWorld("token-claims");
const issuer = partySigner(w.seed, "token_issuer");

/** The world's bundle with its CST replaced by one carrying `claims` (issuer-signed); receipts re-bound when asked. */
function withClaims(world: GateWorld, claims: unknown, rebind = false) {
  const token = signCst(claims as Record<string, unknown>, issuer.seed);
  return editedResigned(world, (p: Doc) => {
    p.metadata.cst.token = token;
    if (rebind) {
      const scope = (claims as Doc).token_scope_hash_b64u as string;
      p.receipts = p.receipts.map((r: unknown) => reissueReceipt(world, r, { token_scope_hash_b64u: scope }));
    }
  });
}

const base = () => claimsOf(w.job.token);
const mutate = (f: (c: Doc) => void) => {
  const c = base();
  f(c);
  return c;
};

/** [name, claims, clawscope's code] */
const REJECTED: Array<[string, Doc | unknown[], string]> = [
  ['token_version "2"', mutate((c) => void (c.token_version = "2")), "TOKEN_UNKNOWN_VERSION"],
  ["token_version missing", mutate((c) => void delete c.token_version), "TOKEN_INVALID_CLAIMS"],
  ["scope missing", mutate((c) => void delete c.scope), "TOKEN_INVALID_CLAIMS"],
  ["scope a string", mutate((c) => void (c.scope = "clawproxy:call")), "TOKEN_INVALID_CLAIMS"],
  ["scope []", mutate((c) => void (c.scope = [])), "TOKEN_INVALID_CLAIMS"],
  ["aud missing", mutate((c) => void delete c.aud), "TOKEN_INVALID_CLAIMS"],
  ["aud ['']", mutate((c) => void (c.aud = [""])), "TOKEN_INVALID_CLAIMS"],
  ["iat a string", mutate((c) => void (c.iat = String(c.iat))), "TOKEN_INVALID_CLAIMS"],
  ["exp null", mutate((c) => void (c.exp = null)), "TOKEN_INVALID_CLAIMS"],
  ["sub blank", mutate((c) => void (c.sub = "  ")), "TOKEN_INVALID_CLAIMS"],
  ["owner_did not a DID", mutate((c) => void (c.owner_did = "dana@example.com")), "TOKEN_INVALID_CLAIMS"],
  ["controller_did with a colon-separated id (clawscope's regex)", mutate((c) => void (c.controller_did = "did:web:example.com:controllers:1")), "TOKEN_INVALID_CLAIMS"],
  ["payment_account_did not a DID", mutate((c) => void (c.payment_account_did = "acct_1")), "TOKEN_INVALID_CLAIMS"],
  ["delegation_spend_cap_minor not digits", mutate((c) => void (c.delegation_spend_cap_minor = "ten")), "TOKEN_INVALID_CLAIMS"],
  ["token_lane unknown", mutate((c) => void (c.token_lane = "express")), "TOKEN_INVALID_CLAIMS"],
  ["claims an array", [base()], "TOKEN_INVALID_CLAIMS"],
];

describe("TOKEN_CLAIMS", () => {
  it("control: the world's job passes TOKEN_CLAIMS and the gate", () => {
    const r = gate(w);
    expect(r.verdict).toBe("pass");
    expect(statusOf(r, "TOKEN_CLAIMS")).toBe("pass");
    const ids = r.checks.map((c) => c.id);
    expect(ids.indexOf("TOKEN_CLAIMS")).toBe(ids.indexOf("TOKEN_SIGNATURE") + 1);
  });

  it.each(REJECTED)("%s → TOKEN_CLAIMS fails with clawscope's code, and so does the gate", (_n, claims, code) => {
    const r = gate(w, withClaims(w, claims));
    // a real issuer signature: only the claims are wrong (claims that are not an object are not read further)
    if (!Array.isArray(claims)) expect(statusOf(r, "TOKEN_SIGNATURE")).toBe("pass");
    const c = check(r, "TOKEN_CLAIMS");
    expect(c.status).toBe("fail");
    expect(c.detail).toContain(code);
    expect(c.detail).toContain("clawscope");
    expect(r.verdict).toBe("fail");
  });

  it.each<[string, (c: Doc) => void]>([
    ["a blank mission_id", (c) => void (c.mission_id = " ")],
    ["a negative spend_cap", (c) => void (c.spend_cap = -1)],
    ["a blank owner_ref", (c) => void (c.owner_ref = "")],
  ])("%s (only clawproxy rejects it) → warn naming clawproxy's code; the gate passes", (_n, f) => {
    const claims = mutate(f);
    expect(tokenScopeHash(claims)).toBe(claimsOf(w.job.token).token_scope_hash_b64u); // not hashed: receipts stay bound
    const r = gate(w, withClaims(w, claims));
    const c = check(r, "TOKEN_CLAIMS");
    expect(c.status).toBe("warn");
    expect(c.detail).toContain("clawproxy");
    expect(c.detail).toContain("TOKEN_INVALID_CLAIMS");
    expect(r.verdict).toBe("pass");
  });
});

describe("TOKEN_SCOPE_HASH recomputed as identity-auth does", () => {
  it("aud and scope with spaces and duplicates hash as clawproxy normalises them; the audience is read trimmed", () => {
    const claims = mutate((c) => {
      c.aud = [" clawproxy.com ", "clawproxy.com", ""];
      c.scope = ["clawproxy:call ", " clawproxy:call"];
    });
    expect(tokenScopeHash(claims)).toBe(claims.token_scope_hash_b64u); // the issued hash still holds
    const r = gate(w, withClaims(w, claims));
    expect(statusOf(r, "TOKEN_SCOPE_HASH")).toBe("pass");
    expect(statusOf(r, "TOKEN_SUBJECT")).toBe("pass");
    expect(check(r, "TOKEN_CLAIMS").status).toBe("fail"); // clawscope does not trim aud: "" is not an audience
  });

  /** A delegated token as clawscope would issue it, with the hash an issuer computes after trimming the cap. */
  const delegated = (cap: string, hashOf: string | undefined) =>
    mutate((c) => {
      delete c.token_scope_hash_b64u;
      c.delegation_id = "dlg_1";
      c.delegator_did = c.owner_did;
      c.delegate_did = c.sub;
      c.delegation_spend_cap_minor = cap;
      c.token_scope_hash_b64u = tokenScopeHash({ ...c, delegation_spend_cap_minor: hashOf });
    });

  it("a delegation_spend_cap_minor with surrounding spaces hashes as its trimmed value: pass", () => {
    const claims = delegated(" 500 ", "500");
    const r = gate(w, withClaims(w, claims, true));
    expect(statusOf(r, "TOKEN_SCOPE_HASH")).toBe("pass");
    expect(statusOf(r, "TOKEN_CLAIMS")).toBe("pass");
    expect(statusOf(r, "RECEIPTS_BOUND")).toBe("pass");
    expect(r.verdict).toBe("pass");
  });

  it("a claim hash that leaves the padded cap out (a digit test on the untrimmed value) fails", () => {
    const claims = delegated(" 500 ", undefined);
    const r = gate(w, withClaims(w, claims, true));
    expect(statusOf(r, "TOKEN_SCOPE_HASH")).toBe("fail");
  });
});
