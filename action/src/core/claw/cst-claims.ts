/**
 * CST claim shapes as the Claw services judge them (claw-facts §4; CLAWSIG.md §5.1). Two verdicts,
 * because the services disagree and the gate must say which one a token fails:
 *
 * - clawscope introspection (`getIntrospectionResult` step 5, then `validateClaimsShape`): the issuer's
 *   own verdict. A token it rejects is not a token: the gate fails it (TOKEN_CLAIMS).
 *   `token_version` present and not "1" → TOKEN_UNKNOWN_VERSION; any shape rule → TOKEN_INVALID_CLAIMS.
 * - clawproxy (identity-auth `validateScopedTokenClaimsShape`): stricter on hash formats, spend caps,
 *   owner_ref and mission_id, looser on DIDs (case-insensitive, colons allowed) and `aud` (trimmed).
 *   Its extra rejections are warnings: the token exists, but clawproxy would refuse it.
 *
 * The rules are restated from the services' code, in their order; the first failing rule is named.
 * `undefined` means "absent" throughout, as in the services (a JSON `null` is present and fails).
 * Pure; never throws.
 */

export interface ClaimProblem {
  /** The service's error code. */
  code: "TOKEN_UNKNOWN_VERSION" | "TOKEN_INVALID_CLAIMS";
  /** The claim the first failing rule reads ("" for the claims object itself). */
  claim: string;
  detail: string;
}

type Claims = Record<string, unknown>;

/** clawscope's DID regex: lowercase method, no `:` in the method-specific id. */
const CLAWSCOPE_DID = /^did:[a-z0-9]+:[a-zA-Z0-9._%-]+$/;
/** identity-auth's DID regex: case-insensitive, colons allowed. */
const IDENTITY_AUTH_DID = /^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$/i;
const SHA256_B64U = /^[A-Za-z0-9_-]{43}$/;
const DIGITS = /^[0-9]+$/;

const nonBlank = (v: unknown): v is string => typeof v === "string" && v.trim().length > 0;
const finite = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const stringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/** A rule: the claim it reads and whether the claims pass it. */
type Rule = [claim: string, ok: (p: Claims) => boolean, says: string];

const optional = (claim: string, ok: (v: unknown) => boolean, says: string): Rule => [claim, (p) => p[claim] === undefined || ok(p[claim]), says];
const did = (re: RegExp) => (v: unknown) => nonBlank(v) && re.test(v.trim());
const hash43 = (v: unknown) => nonBlank(v) && SHA256_B64U.test(v.trim());
const capMinor = (v: unknown) => nonBlank(v) && DIGITS.test(v.trim());

/** clawscope `validateAud`: a non-empty string, or a non-empty array of non-empty strings; no trimming. */
function clawscopeAud(v: unknown): boolean {
  if (typeof v === "string") return v.length > 0;
  return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === "string" && x.length > 0);
}

/** identity-auth: a string or string[] whose trimmed, non-empty items are not all gone. */
function identityAuthAud(v: unknown): boolean {
  if (typeof v !== "string" && !stringArray(v)) return false;
  return (typeof v === "string" ? [v] : v).some((x) => x.trim().length > 0);
}

const BASE: Rule[] = [
  ["token_version", (p) => p.token_version === "1", 'token_version is not "1"'],
  ["sub", (p) => nonBlank(p.sub), "sub is not a non-blank string"],
];
const SCOPE: Rule = ["scope", (p) => stringArray(p.scope) && p.scope.length > 0, "scope is not a non-empty array of strings"];
const TIMES: Rule[] = [
  ["iat", (p) => finite(p.iat), "iat is not a finite number"],
  ["exp", (p) => finite(p.exp), "exp is not a finite number"],
];

/** The delegation claims and token_lane: both validators end with them, in this order (DID syntax is each one's own). */
const delegation = (didRe: RegExp): Rule[] => [
  optional("delegation_id", nonBlank, "delegation_id is blank"),
  optional("delegator_did", did(didRe), "delegator_did is not a DID"),
  optional("delegate_did", did(didRe), "delegate_did is not a DID"),
  optional("delegation_policy_hash_b64u", hash43, "delegation_policy_hash_b64u is not a 43-character base64url hash"),
  optional("delegation_spend_cap_minor", capMinor, "delegation_spend_cap_minor is not a string of digits"),
  optional("delegation_expires_at", finite, "delegation_expires_at is not a finite number"),
  optional("token_lane", (v) => v === "legacy" || v === "canonical", 'token_lane is not "legacy" or "canonical"'),
];

/** `validateClaimsShape` of services/clawscope/src/index.ts, in its order. */
const CLAWSCOPE_RULES: Rule[] = [
  ...BASE,
  ["aud", (p) => clawscopeAud(p.aud), "aud is not a non-empty string or a non-empty array of non-empty strings"],
  SCOPE,
  ...TIMES,
  optional("payment_account_did", did(CLAWSCOPE_DID), "payment_account_did is not a DID"),
  optional("owner_did", did(CLAWSCOPE_DID), "owner_did is not a DID"),
  optional("controller_did", did(CLAWSCOPE_DID), "controller_did is not a DID"),
  optional("agent_did", did(CLAWSCOPE_DID), "agent_did is not a DID"),
  optional("control_plane_policy_hash_b64u", hash43, "control_plane_policy_hash_b64u is not a 43-character base64url hash"),
  ...delegation(CLAWSCOPE_DID),
];

/** `validateScopedTokenClaimsShape` of packages/identity-auth (what clawproxy runs), in its order. */
const IDENTITY_AUTH_RULES: Rule[] = [
  ...BASE,
  SCOPE,
  ...TIMES,
  ["aud", (p) => identityAuthAud(p.aud), "aud has no non-blank audience"],
  optional("owner_ref", nonBlank, "owner_ref is blank"),
  optional("owner_did", did(IDENTITY_AUTH_DID), "owner_did is not a DID"),
  optional("controller_did", did(IDENTITY_AUTH_DID), "controller_did is not a DID"),
  optional("agent_did", did(IDENTITY_AUTH_DID), "agent_did is not a DID"),
  optional("policy_hash_b64u", hash43, "policy_hash_b64u is not a 43-character base64url hash"),
  optional("control_plane_policy_hash_b64u", hash43, "control_plane_policy_hash_b64u is not a 43-character base64url hash"),
  optional("token_scope_hash_b64u", hash43, "token_scope_hash_b64u is not a 43-character base64url hash"),
  optional("payment_account_did", nonBlank, "payment_account_did is blank"),
  optional("spend_cap", (v) => finite(v) && v >= 0, "spend_cap is not a finite number ≥ 0"),
  optional("mission_id", nonBlank, "mission_id is blank"),
  ...delegation(IDENTITY_AUTH_DID),
];

function firstFailure(p: unknown, rules: readonly Rule[]): ClaimProblem | undefined {
  // clawscope and identity-auth both accept any non-null object here, arrays included (which then fail token_version).
  if (typeof p !== "object" || p === null) return { code: "TOKEN_INVALID_CLAIMS", claim: "", detail: "the claims are not a JSON object" };
  for (const [claim, ok, says] of rules) if (!ok(p as Claims)) return { code: "TOKEN_INVALID_CLAIMS", claim, detail: says };
  return undefined;
}

/** What clawscope's introspection answers for these claims (before exp, key and signature checks). */
export function clawscopeClaimsProblem(claims: unknown): ClaimProblem | undefined {
  if (typeof claims === "object" && claims !== null) {
    const v = (claims as Claims).token_version;
    if (v !== undefined && v !== "1") return { code: "TOKEN_UNKNOWN_VERSION", claim: "token_version", detail: `token_version ${describe(v)} is not "1"` };
  }
  return firstFailure(claims, CLAWSCOPE_RULES);
}

/** What clawproxy's claim-shape check answers (it has no TOKEN_UNKNOWN_VERSION: every failure is TOKEN_INVALID_CLAIMS). */
export function clawproxyClaimsProblem(claims: unknown): ClaimProblem | undefined {
  return firstFailure(claims, IDENTITY_AUTH_RULES);
}

/** A short, bounded description of a hostile value for a detail line. */
function describe(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v === null || typeof v === "number" || typeof v === "boolean") return String(v);
  return Array.isArray(v) ? "(an array)" : "(an object)";
}
