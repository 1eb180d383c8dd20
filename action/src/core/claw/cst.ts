/**
 * CST — clawscope scoped tokens (CLAWSIG.md §5): compact JWS, header {alg EdDSA, typ JWT, kid},
 * kid = first 16 hex of SHA-256(issuer public key), Ed25519 over ASCII `header.payload`.
 * `token_scope_hash_b64u` is recomputed per identity-auth (§5.2); `token_hash` is lowercase hex
 * SHA-256 of the compact token (what revocations name; the token itself is never stored or logged).
 */
import { b64uDecode, b64uEncode } from "../crypto/b64u.ts";
import { sha256B64u, sha256Hex } from "../crypto/crypto.ts";
import { canonicalize } from "../json/jcs.ts";
import { keyId, publicKeyFromDidKey } from "../crypto/did.ts";
import { sign } from "../crypto/ed25519.ts";
import { publicKeyFromSeed } from "../crypto/ed25519.ts";

export interface CstClaims {
  token_version?: string;
  sub?: string;
  aud?: string | string[];
  scope?: string[];
  iat?: number;
  exp?: number;
  agent_did?: string;
  policy_hash_b64u?: string;
  token_scope_hash_b64u?: string;
  jti?: string;
  [k: string]: unknown;
}

export interface ParsedCst {
  header: Record<string, unknown>;
  claims: CstClaims;
  signingInput: string;
  signature: Uint8Array;
}

export type CstParse = { ok: true; cst: ParsedCst } | { ok: false; code: string; detail: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** A base64url JSON segment: the parsed value, or undefined when it is not base64url UTF-8 JSON. */
function decodeSegment(seg: string): { value: unknown } | undefined {
  const bytes = b64uDecode(seg);
  if (!bytes) return undefined;
  try {
    return { value: JSON.parse(utf8.decode(bytes)) as unknown };
  } catch {
    return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * clawscope's parse order (claw-facts §4.3): 3 parts, header JSON object, alg EdDSA, payload JSON, then
 * the payload must be an object (clawscope's claim-shape check rejects anything else as
 * TOKEN_INVALID_CLAIMS). The claim rules themselves are cst-claims.ts; the signature segment is decoded
 * last, since clawscope only reads it after the claims.
 */
export function parseCst(token: unknown): CstParse {
  if (typeof token !== "string" || token.length > 16_384) return { ok: false, code: "TOKEN_MALFORMED", detail: "token is not a compact JWS string" };
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, code: "TOKEN_MALFORMED", detail: "token does not have 3 parts" };
  const header = decodeSegment(parts[0]!);
  if (!header || !isObject(header.value)) return { ok: false, code: "TOKEN_MALFORMED", detail: "token header is not base64url JSON object" };
  if (header.value.alg !== "EdDSA") return { ok: false, code: "TOKEN_UNSUPPORTED_ALG", detail: `alg ${JSON.stringify(header.value.alg ?? null).slice(0, 40)} is not EdDSA` };
  const claims = decodeSegment(parts[1]!);
  if (!claims) return { ok: false, code: "TOKEN_MALFORMED", detail: "token payload is not base64url JSON" };
  if (!isObject(claims.value)) return { ok: false, code: "TOKEN_INVALID_CLAIMS", detail: "token claims are not a JSON object" };
  const signature = b64uDecode(parts[2]!);
  if (!signature) return { ok: false, code: "TOKEN_MALFORMED", detail: "token signature is not base64url" };
  return { ok: true, cst: { header: header.value, claims: claims.value as CstClaims, signingInput: `${parts[0]}.${parts[1]}`, signature } };
}

/** Issuer DID whose kid matches the header (or, without kid, any issuer whose key verifies). */
export function cstIssuerCandidates(cst: ParsedCst, issuers: readonly string[]): Array<{ did: string; pub: Uint8Array }> {
  const out: Array<{ did: string; pub: Uint8Array }> = [];
  for (const did of issuers) {
    let pub: Uint8Array;
    try {
      pub = publicKeyFromDidKey(did);
    } catch {
      continue;
    }
    if (cst.header.kid === undefined || cst.header.kid === keyId(pub)) out.push({ did, pub });
  }
  return out;
}

/** The optional string claims identity-auth hashes (trimmed) when they are non-blank, in its order. */
const HASHED_STRINGS = [
  "owner_ref",
  "owner_did",
  "controller_did",
  "agent_did",
  "policy_hash_b64u",
  "control_plane_policy_hash_b64u",
  "payment_account_did",
  "mission_id",
  "delegation_id",
  "delegator_did",
  "delegate_did",
  "delegation_policy_hash_b64u",
] as const;

/**
 * identity-auth `buildTokenScopeHashInput` (claw-facts §5; CLAWSIG.md §5.2), hashed with JCS:
 * `aud` (a string counts as one item) and `scope` trimmed, blanks dropped, deduplicated after
 * trimming, sorted by UTF-16 code units; the optional strings trimmed when non-blank; `spend_cap` as it
 * is when finite and ≥ 0; `delegation_spend_cap_minor` trimmed, and only when the trimmed value is
 * digits (leading zeros kept); `delegation_expires_at` floored when finite and > 0 (tested before
 * flooring, so 0.5 → 0 is included). Nothing else (iat, exp, jti, nonce, token_lane, the hash itself).
 * Non-string list items and a non-string `sub` only occur in claims the shape rules reject; they are
 * skipped / hashed as "" rather than thrown on.
 */
export function tokenScopeHash(claims: CstClaims): string {
  return sha256B64u(canonicalize(tokenScopeHashInput(claims)));
}

/** The object tokenScopeHash canonicalises (exported for tests and diagnostics). */
export function tokenScopeHashInput(claims: CstClaims): Record<string, unknown> {
  const list = (v: unknown): string[] => {
    const arr: unknown[] = Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
    const trimmed = arr.filter((x): x is string => typeof x === "string").map((x) => x.trim()).filter((x) => x !== "");
    return [...new Set(trimmed)].sort();
  };
  const o: Record<string, unknown> = {
    token_version: "1",
    sub: typeof claims.sub === "string" ? claims.sub.trim() : "",
    aud: list(claims.aud),
    scope: list(claims.scope),
  };
  for (const k of HASHED_STRINGS) {
    const v = claims[k];
    if (typeof v === "string" && v.trim() !== "") o[k] = v.trim();
  }
  const cap = claims.spend_cap;
  if (typeof cap === "number" && Number.isFinite(cap) && cap >= 0) o.spend_cap = cap;
  const minor = claims.delegation_spend_cap_minor;
  if (typeof minor === "string" && /^[0-9]+$/.test(minor.trim())) o.delegation_spend_cap_minor = minor.trim();
  const until = claims.delegation_expires_at;
  if (typeof until === "number" && Number.isFinite(until) && until > 0) o.delegation_expires_at = Math.floor(until);
  return o;
}

/** clawscope's token_hash: lowercase hex SHA-256 of the compact token. */
export function tokenHash(token: string): string {
  return sha256Hex(token);
}

/** Issue a CST (clawscope's format; for simulators and tests). Claims keep their order; undefined dropped. */
export function signCst(claims: CstClaims, seed: Uint8Array): string {
  const kid = keyId(publicKeyFromSeed(seed));
  const enc = (o: object) => b64uEncode(new TextEncoder().encode(JSON.stringify(o)));
  const input = `${enc({ alg: "EdDSA", typ: "JWT", kid })}.${enc(claims)}`;
  return `${input}.${b64uEncode(sign(seed, new TextEncoder().encode(input)))}`;
}
