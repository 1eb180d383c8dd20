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

function decodeSegment(seg: string): Record<string, unknown> | undefined {
  const bytes = b64uDecode(seg);
  if (!bytes) return undefined;
  try {
    const v: unknown = JSON.parse(utf8.decode(bytes));
    return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function parseCst(token: unknown): CstParse {
  if (typeof token !== "string" || token.length > 16_384) return { ok: false, code: "TOKEN_MALFORMED", detail: "token is not a compact JWS string" };
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, code: "TOKEN_MALFORMED", detail: "token does not have 3 parts" };
  const header = decodeSegment(parts[0]!);
  const claims = decodeSegment(parts[1]!);
  const signature = b64uDecode(parts[2]!);
  if (!header || !claims || !signature) return { ok: false, code: "TOKEN_MALFORMED", detail: "token segments are not base64url JSON" };
  if (header.alg !== "EdDSA") return { ok: false, code: "TOKEN_UNSUPPORTED_ALG", detail: `alg ${JSON.stringify(header.alg)} is not EdDSA` };
  return { ok: true, cst: { header, claims: claims as CstClaims, signingInput: `${parts[0]}.${parts[1]}`, signature } };
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

/** identity-auth's normalised claim subset, hashed with JCS (CLAWSIG.md §5.2). */
export function tokenScopeHash(claims: CstClaims): string {
  const list = (v: unknown): string[] => {
    const arr = Array.isArray(v) ? v : typeof v === "string" ? [v] : [];
    return [...new Set(arr.filter((x): x is string => typeof x === "string").map((x) => x.trim()).filter((x) => x !== ""))].sort();
  };
  const o: Record<string, unknown> = {
    token_version: "1",
    sub: typeof claims.sub === "string" ? claims.sub.trim() : "",
    aud: list(claims.aud),
    scope: list(claims.scope),
  };
  for (const k of [
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
  ]) {
    const v = claims[k];
    if (typeof v === "string" && v.trim() !== "") o[k] = v.trim();
  }
  if (typeof claims.spend_cap === "number" && Number.isFinite(claims.spend_cap) && claims.spend_cap >= 0) o.spend_cap = claims.spend_cap;
  if (typeof claims.delegation_spend_cap_minor === "string" && /^\d+$/.test(claims.delegation_spend_cap_minor)) o.delegation_spend_cap_minor = claims.delegation_spend_cap_minor;
  if (typeof claims.delegation_expires_at === "number" && claims.delegation_expires_at > 0) o.delegation_expires_at = Math.floor(claims.delegation_expires_at);
  return sha256B64u(canonicalize(o));
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
