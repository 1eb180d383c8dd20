/**
 * Claw signed envelopes (DESIGN.md §4, CLAWSIG.md §1).
 *
 * Ed25519 signs the UTF-8 bytes of the `payload_hash_b64u` string. What is hashed depends on the type:
 * - own types (`wpc_contract`, `wpc_registry_entry`, `wpc_registry_checkpoint`): SHA-256 of JCS(payload).
 *   We emit the payload in JCS key order, so JSON.stringify gives the same bytes, and a verifier rejects
 *   an own-type envelope where the two differ. The payload's `issued_at` must equal the envelope's
 *   (entry and checkpoint; a wpc_contract payload is the WPC itself, its hash the policy hash).
 * - Claw types (`gateway_receipt`, `proof_bundle`, `tool_receipt`, `human_approval_receipt`):
 *   SHA-256 of JSON.stringify(payload) in the payload's own key order (CLAWSIG.md §1.2 DEVIATION).
 *
 * verifyEnvelope returns a verdict, never throws. Its reason codes are API (never renamed); where Claw has
 * a code for the same failure we use Claw's (CLAWSIG.md §3.6), so a bundle verdict can pass it through:
 *   MALFORMED_ENVELOPE        not an object (a bare payload is not accepted), a required field missing or
 *                             not a string, payload not an object, issued_at/expires_at not an RFC 3339
 *                             date-time with offset, payload_hash_b64u/signature_b64u not base64url text
 *   UNKNOWN_ENVELOPE_VERSION  envelope_version is not "1"
 *   UNKNOWN_ENVELOPE_TYPE     envelope_type is not the expected type
 *   UNKNOWN_ALGORITHM         algorithm is not "Ed25519"
 *   UNKNOWN_HASH_ALGORITHM    hash_algorithm is not "SHA-256"
 *   SCHEMA_VALIDATION_FAILED  a top-level key outside the envelope's fields
 *   INVALID_DID_FORMAT        signer_did not shaped like did:key:z<alnum>; or (after the hash check) not
 *                             a did:key of a valid Ed25519 key (34 bytes, ed01, canonical, not small order)
 *   EXPIRED_TTL               expires_at is before the verification time (only when `at` is given)
 *   ISSUED_AT_MISMATCH        own type: payload.issued_at missing or ≠ envelope issued_at
 *   JCS_ORDER_MISMATCH        own type: JSON.stringify(payload) ≠ JCS(payload) (keys not in JCS order)
 *   HASH_MISMATCH             recomputed payload hash ≠ payload_hash_b64u
 *   SIGNATURE_INVALID         signature not 64 canonical base64url bytes, or Ed25519 (strict) rejects it
 *   SIGNER_NOT_ALLOWED        valid signature, but the signer is not allowed (checked last)
 */
import { isRecord } from "../json/own.ts";
import type { JsonObject } from "../json/ijson.ts";
import { canonicalize } from "../json/jcs.ts";
import { sha256B64u } from "./crypto.ts";
import { stringifyHashB64u } from "./hash-memo.ts";
import { b64uDecode, b64uEncode } from "./b64u.ts";
import { publicKeyFromSeed, sign, verify, SIGNATURE_LENGTH } from "./ed25519.ts";
import { didKeyFromPublicKey, publicKeyFromDidKey } from "./did.ts";
import { WpcError } from "../json/errors.ts";
import { isCalendarTime, isoZ } from "../json/iso-z.ts";

export const OWN_ENVELOPE_TYPES = ["wpc_contract", "wpc_registry_entry", "wpc_registry_checkpoint"] as const;
export const CLAW_ENVELOPE_TYPES = ["gateway_receipt", "proof_bundle", "tool_receipt", "human_approval_receipt"] as const;
/** Claw's own WPC v1 envelope (CLAWSIG.md §4.4): hashed with JCS like ours, but no payload issued_at and any key order. */
export const CLAW_WPC_ENVELOPE_TYPE = "work_policy_contract";
export type OwnEnvelopeType = (typeof OWN_ENVELOPE_TYPES)[number];
export type ClawEnvelopeType = (typeof CLAW_ENVELOPE_TYPES)[number];
export type EnvelopeType = OwnEnvelopeType | ClawEnvelopeType | typeof CLAW_WPC_ENVELOPE_TYPE;
export type HashRule = "jcs" | "stringify";

export const ENVELOPE_REASONS = [
  "MALFORMED_ENVELOPE",
  "UNKNOWN_ENVELOPE_VERSION",
  "UNKNOWN_ENVELOPE_TYPE",
  "UNKNOWN_ALGORITHM",
  "UNKNOWN_HASH_ALGORITHM",
  "SCHEMA_VALIDATION_FAILED",
  "INVALID_DID_FORMAT",
  "EXPIRED_TTL",
  "ISSUED_AT_MISMATCH",
  "JCS_ORDER_MISMATCH",
  "HASH_MISMATCH",
  "SIGNATURE_INVALID",
  "SIGNER_NOT_ALLOWED",
] as const;
export type EnvelopeReason = (typeof ENVELOPE_REASONS)[number];

export interface Envelope<P extends object = JsonObject> {
  envelope_version: "1";
  envelope_type: EnvelopeType;
  payload: P;
  payload_hash_b64u: string;
  hash_algorithm: "SHA-256";
  signature_b64u: string;
  algorithm: "Ed25519";
  signer_did: string;
  issued_at: string;
  expires_at?: string;
}

/** Emission order of the envelope's fields; all but expires_at are required. */
export const ENVELOPE_KEYS = [
  "envelope_version",
  "envelope_type",
  "payload",
  "payload_hash_b64u",
  "hash_algorithm",
  "signature_b64u",
  "algorithm",
  "signer_did",
  "issued_at",
  "expires_at",
] as const;
const OPTIONAL_KEYS: ReadonlySet<string> = new Set(["expires_at"]);
const KNOWN_KEYS: ReadonlySet<string> = new Set(ENVELOPE_KEYS);

export function isOwnEnvelopeType(t: unknown): t is OwnEnvelopeType {
  return (OWN_ENVELOPE_TYPES as readonly unknown[]).includes(t);
}

export function isEnvelopeType(t: unknown): t is EnvelopeType {
  return isOwnEnvelopeType(t) || t === CLAW_WPC_ENVELOPE_TYPE || (CLAW_ENVELOPE_TYPES as readonly unknown[]).includes(t);
}

export function hashRuleFor(type: EnvelopeType): HashRule {
  return isOwnEnvelopeType(type) || type === CLAW_WPC_ENVELOPE_TYPE ? "jcs" : "stringify";
}

/** base64url SHA-256 of the payload bytes under `rule`. Throws TypeError on a non-JSON value (jcs). */
export function payloadHashB64u(payload: object, rule: HashRule): string {
  if (rule === "jcs") return sha256B64u(canonicalize(payload));
  return stringifyHashB64u(payload) ?? sha256B64u(JSON.stringify(payload));
}

const RFC3339_RE = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

/** RFC 3339 `date-time` with a time-zone offset (no leap second: Date.parse rejects it). */
export function isRfc3339DateTime(s: unknown): s is string {
  if (typeof s !== "string") return false;
  // the usual shape (…T…Z) is read without a regex; every other form takes the general path
  const f = isoZ(s);
  if (f) return inRange(f.year, f.month, f.day, f.hour, f.minute, f.second, 0, 0) && !Number.isNaN(Date.parse(s));
  const m = RFC3339_RE.exec(s);
  if (!m) return false;
  const num = (i: number): number => (m[i] === undefined ? 0 : Number(m[i]));
  return inRange(num(1), num(2), num(3), num(4), num(5), num(6), num(7), num(8)) && !Number.isNaN(Date.parse(s));
}

/** The fields in range; month lengths as `Date.UTC(y, mo, 0)` computes them (it reads years 0–99 as 1900–1999). */
function inRange(y: number, mo: number, d: number, h: number, mi: number, se: number, oh: number, om: number): boolean {
  return isCalendarTime(y <= 99 ? 1900 + y : y, mo, d, h, mi, se) && oh <= 23 && om <= 59;
}

export interface SignEnvelopeArgs<P extends object> {
  type: EnvelopeType;
  payload: P;
  /** 32-byte Ed25519 seed. */
  seed: Uint8Array;
  issuedAt: string;
  expiresAt?: string;
  /** Must equal hashRuleFor(type) when given: "jcs" for own types, "stringify" for Claw types. */
  hashRule?: HashRule;
}

function badInput(message: string): WpcError {
  return new WpcError("E_BAD_INPUT", message);
}

/** did:key of a seed, derived once per seed array (a publish signs thousands of envelopes). */
const SIGNER_DIDS = new WeakMap<Uint8Array, string>();
function signerDid(seed: Uint8Array): string {
  let did = SIGNER_DIDS.get(seed);
  if (did === undefined) {
    did = didKeyFromPublicKey(publicKeyFromSeed(seed));
    SIGNER_DIDS.set(seed, did);
  }
  return did;
}

/** Sign `payload` into an envelope. Throws WpcError E_BAD_INPUT / E_BAD_KEY. */
export function signEnvelope<P extends object>(args: SignEnvelopeArgs<P>): Envelope<P> {
  const { type, payload, seed, issuedAt, expiresAt } = args;
  if (!isEnvelopeType(type)) throw badInput(`unknown envelope type ${JSON.stringify(type)}`);
  const rule = hashRuleFor(type);
  if (args.hashRule !== undefined && args.hashRule !== rule) {
    throw badInput(`envelope type ${type} is hashed with "${rule}", not "${args.hashRule}"`);
  }
  if (!isRecord(payload)) throw badInput("envelope payload must be a JSON object");
  if (!isRfc3339DateTime(issuedAt)) throw badInput("issued_at must be an RFC 3339 date-time with offset");
  if (expiresAt !== undefined && !isRfc3339DateTime(expiresAt)) {
    throw badInput("expires_at must be an RFC 3339 date-time with offset");
  }
  let jcs: string;
  try {
    jcs = canonicalize(payload);
  } catch (e) {
    throw badInput(`envelope payload is not JSON: ${(e as Error).message}`);
  }
  let body: P;
  if (rule === "jcs") {
    if (isOwnEnvelopeType(type) && type !== "wpc_contract" && (payload as Record<string, unknown>)["issued_at"] !== issuedAt) {
      throw badInput("payload.issued_at must equal the envelope issued_at");
    }
    body = JSON.parse(jcs) as P;
    // Integer-like keys ("9", "10") are moved first by every JS engine, so such a payload has no
    // JCS-ordered JSON.stringify form; refuse rather than emit an envelope verifiers reject.
    if (JSON.stringify(body) !== jcs) throw badInput("payload has integer-like keys that cannot be kept in JCS order");
  } else {
    body = JSON.parse(JSON.stringify(payload)) as P;
  }
  const hash = rule === "jcs" ? sha256B64u(jcs) : payloadHashB64u(body, rule);
  const signature = sign(seed, new TextEncoder().encode(hash));
  const env: Envelope<P> = {
    envelope_version: "1",
    envelope_type: type,
    payload: body,
    payload_hash_b64u: hash,
    hash_algorithm: "SHA-256",
    signature_b64u: b64uEncode(signature),
    algorithm: "Ed25519",
    signer_did: signerDid(seed),
    issued_at: issuedAt,
  };
  if (expiresAt !== undefined) env.expires_at = expiresAt;
  return env;
}

export interface VerifyEnvelopeOptions {
  expectedType: EnvelopeType;
  /** Signers accepted: a predicate or an exact list of DIDs (empty list: none). Absent: any did:key. */
  allowedSigners?: ((did: string) => boolean) | readonly string[];
  /** Verification time in ms since the epoch; when given, an envelope past its expires_at fails. */
  at?: number;
}

export type EnvelopeVerdict<P extends object = JsonObject> =
  | { ok: true; signer: string; payloadHash: string; envelope: Envelope<P> }
  | { ok: false; code: EnvelopeReason; detail: string };

type Failure = { ok: false; code: EnvelopeReason; detail: string };
const fail = (code: EnvelopeReason, detail: string): Failure => ({ ok: false, code, detail });


/**
 * Verify a parsed envelope. A bare payload (no envelope fields) is MALFORMED_ENVELOPE.
 * Steps run in Claw's order (CLAWSIG.md §2.4, §3.4), so a failure gets the code clawverify gives it.
 */
export function verifyEnvelope<P extends object = JsonObject>(env: unknown, opts: VerifyEnvelopeOptions): EnvelopeVerdict<P> {
  const shape = checkShape(env);
  if (shape) return shape;
  const e = env as unknown as Envelope<Record<string, unknown>>;
  const rule = hashRuleFor(opts.expectedType);
  const failure =
    checkHeader(e, opts.expectedType) ??
    checkFields(e, opts.at) ??
    (isOwnEnvelopeType(opts.expectedType) ? checkOwnType(e) : undefined) ??
    checkCrypto(e, rule);
  if (failure) return failure;
  if (!signerAllowed(e.signer_did, opts.allowedSigners)) {
    return fail("SIGNER_NOT_ALLOWED", `signer ${e.signer_did} is not allowed`);
  }
  return { ok: true, signer: e.signer_did, payloadHash: e.payload_hash_b64u, envelope: env as Envelope<P> };
}

/** Every required field present with its JSON type; the payload an object. */
function checkShape(env: unknown): Failure | undefined {
  if (!isRecord(env)) return fail("MALFORMED_ENVELOPE", "envelope must be a JSON object");
  // (loops before arrays: this runs for every receipt of a bundle)
  let complete = true;
  for (const k of ENVELOPE_KEYS) if (!OPTIONAL_KEYS.has(k) && !Object.hasOwn(env, k)) complete = false;
  if (!complete) {
    const missing = ENVELOPE_KEYS.filter((k) => !OPTIONAL_KEYS.has(k) && !Object.hasOwn(env, k));
    return fail("MALFORMED_ENVELOPE", `missing envelope field(s): ${missing.join(", ")}`);
  }
  for (const k of ENVELOPE_KEYS) {
    if (k === "payload" || !Object.hasOwn(env, k)) continue;
    if (typeof env[k] !== "string") return fail("MALFORMED_ENVELOPE", `envelope field ${k} must be a string`);
  }
  if (!isRecord(env["payload"])) return fail("MALFORMED_ENVELOPE", "envelope payload must be a JSON object");
  return undefined;
}

/** Allowlisted constants, the expected type, and no unknown keys. */
function checkHeader(e: Envelope<Record<string, unknown>>, expected: EnvelopeType): Failure | undefined {
  if (e.envelope_version !== "1") return fail("UNKNOWN_ENVELOPE_VERSION", `envelope_version ${JSON.stringify(e.envelope_version)} is not "1"`);
  if (e.envelope_type !== expected) {
    return fail("UNKNOWN_ENVELOPE_TYPE", `envelope_type ${JSON.stringify(e.envelope_type)} where ${expected} is expected`);
  }
  if (e.algorithm !== "Ed25519") return fail("UNKNOWN_ALGORITHM", `algorithm ${JSON.stringify(e.algorithm)} is not Ed25519`);
  if (e.hash_algorithm !== "SHA-256") {
    return fail("UNKNOWN_HASH_ALGORITHM", `hash_algorithm ${JSON.stringify(e.hash_algorithm)} is not SHA-256`);
  }
  let known = true;
  for (const k in e) if (Object.hasOwn(e, k) && !KNOWN_KEYS.has(k)) known = false;
  const unknown = known ? [] : Object.keys(e).filter((k) => !KNOWN_KEYS.has(k));
  if (unknown.length) return fail("SCHEMA_VALIDATION_FAILED", `unknown envelope field(s): ${unknown.map((k) => JSON.stringify(k)).join(", ")}`);
  return undefined;
}

/** Loose, like clawverify's format check; the key itself is decoded strictly after the hash check. */
const DID_KEY_SHAPE_RE = /^did:key:z[A-Za-z0-9]+$/;
const B64U_TEXT_RE = /^[A-Za-z0-9_-]+$/;

/** signer_did shaped like a did:key, timestamps, base64url text; expiry when a time is given. */
function checkFields(e: Envelope<Record<string, unknown>>, at: number | undefined): Failure | undefined {
  if (!DID_KEY_SHAPE_RE.test(e.signer_did)) return fail("INVALID_DID_FORMAT", "signer_did is not shaped like a did:key");
  if (!isRfc3339DateTime(e.issued_at)) return fail("MALFORMED_ENVELOPE", "issued_at is not an RFC 3339 date-time");
  if (e.expires_at !== undefined && !isRfc3339DateTime(e.expires_at)) {
    return fail("MALFORMED_ENVELOPE", "expires_at is not an RFC 3339 date-time");
  }
  if (at !== undefined && e.expires_at !== undefined && at > Date.parse(e.expires_at)) {
    return fail("EXPIRED_TTL", `envelope expired at ${e.expires_at}`);
  }
  if (!B64U_TEXT_RE.test(e.payload_hash_b64u)) return fail("MALFORMED_ENVELOPE", "payload_hash_b64u is not base64url");
  if (!B64U_TEXT_RE.test(e.signature_b64u)) return fail("MALFORMED_ENVELOPE", "signature_b64u is not base64url");
  return undefined;
}

/** Own types: signed payload issued_at equals the envelope's, and the payload is in JCS order. */
function checkOwnType(e: Envelope<Record<string, unknown>>): Failure | undefined {
  // wpc_contract's payload is the WPC itself (its hash is the policy hash): no issued_at inside.
  if (e.envelope_type !== "wpc_contract" && e.payload["issued_at"] !== e.issued_at) {
    return fail("ISSUED_AT_MISMATCH", "payload.issued_at is missing or differs from the envelope issued_at");
  }
  let jcs: string;
  try {
    jcs = canonicalize(e.payload);
  } catch (err) {
    return fail("MALFORMED_ENVELOPE", `payload is not JSON: ${(err as Error).message}`);
  }
  if (JSON.stringify(e.payload) !== jcs) return fail("JCS_ORDER_MISMATCH", "payload keys are not in JCS order");
  return undefined;
}

/** Recompute the payload hash, decode the signer's key, verify the signature over the hash text. */
function checkCrypto(e: Envelope<Record<string, unknown>>, rule: HashRule): Failure | undefined {
  let hash: string;
  try {
    hash = payloadHashB64u(e.payload, rule);
  } catch (err) {
    return fail("MALFORMED_ENVELOPE", `payload is not JSON: ${(err as Error).message}`);
  }
  if (hash !== e.payload_hash_b64u) return fail("HASH_MISMATCH", "payload hash does not match payload_hash_b64u");
  let pub: Uint8Array;
  try {
    pub = publicKeyFromDidKey(e.signer_did);
  } catch (err) {
    return fail("INVALID_DID_FORMAT", `signer_did: ${(err as Error).message}`);
  }
  const sig = b64uDecode(e.signature_b64u);
  if (sig === undefined || sig.length !== SIGNATURE_LENGTH) {
    return fail("SIGNATURE_INVALID", "signature_b64u is not a canonical base64url 64-byte signature");
  }
  if (!verify(pub, new TextEncoder().encode(e.payload_hash_b64u), sig)) {
    return fail("SIGNATURE_INVALID", "signature does not verify under signer_did");
  }
  return undefined;
}

function signerAllowed(did: string, allowed: VerifyEnvelopeOptions["allowedSigners"]): boolean {
  if (allowed === undefined) return true;
  return typeof allowed === "function" ? allowed(did) === true : allowed.includes(did);
}
