/**
 * Publishing to clawcontrols (CLAWSIG.md §4.5; clawcontrols' `POST /v1/wpc`), the pure half: the CST
 * check made before anything is sent, the request body, and what clawcontrols' answer means. Every
 * answer other than a verified success becomes a failure that names clawcontrols' code and says what
 * to do. Nothing here ever sees the token in a message: the CST check reads its claims only, and the
 * server's own message (hostile text) is quoted tamed and short.
 *
 * Success is 201 `existed:false` or 200 `existed:true` (clawcontrols is idempotent by hash and answers a
 * repeat with the envelope it stored first), `policy_hash_b64u` equal to our Claw hash, and an envelope
 * passing every check clawproxy makes (`verifyClawWpcEnvelope`) against the clawcontrols signer DIDs
 * pinned in trust.json: so its payload hashes to our Claw hash, i.e. it is the contract we compiled.
 */
import { isRecord } from "../json/own.ts";
import { b64uDecode } from "../crypto/b64u.ts";
import type { Envelope } from "../crypto/envelope.ts";
import { verifyClawWpcEnvelope, type ClawWpcV1 } from "./wpc.ts";

/** The header clawcontrols reads the CST from (canonical mode). */
export const CST_HEADER = "X-CST";
/** A CST expiring sooner than this is refused before sending: it could expire on the way. */
export const CST_MIN_VALIDITY_MS = 30_000;

export type ControlsFailure = { ok: false; status: number | null; code: string; message: string };
export type ControlsSuccess = { ok: true; existed: boolean; envelope: Envelope<ClawWpcV1>; signer: string };
export type ControlsOutcome = ControlsSuccess | ControlsFailure;

/** Control and format characters (line breaks, bidi overrides) never reach a message: parts of it are the server's. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]/g;
const fail = (status: number | null, code: string, message: string): ControlsFailure => ({ ok: false, status, code, message: message.replace(UNSAFE, "?").slice(0, 800) });

/**
 * Why this CST must not be sent (undefined: send it). Reads the JWT claims without verifying them
 * (clawscope and clawverify do that); only `exp` is judged. Messages never quote the token.
 */
export function cstProblem(token: string, nowMs: number): string | undefined {
  if (token === "") return "no CST given";
  if (/[\s\0-\x1f\x7f]/.test(token)) return "the CST contains whitespace or control characters: it is one compact JWS (header.payload.signature)";
  const parts = token.split(".");
  if (parts.length !== 3 || parts.some((p) => p === "")) return "the CST is not a compact JWS (header.payload.signature)";
  const bytes = b64uDecode(parts[1]!);
  let claims: unknown;
  try {
    claims = bytes ? JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) : undefined;
  } catch {
    claims = undefined;
  }
  if (!isRecord(claims)) return "the CST's claims are not base64url JSON";
  const exp = claims["exp"];
  if (typeof exp !== "number" || !Number.isFinite(exp)) return "the CST has no numeric exp claim";
  const left = exp * 1000 - nowMs;
  if (left <= 0) return `the CST expired at ${isoOf(exp)}: issue a new one (clawscope /v1/tokens/issue/canonical)`;
  if (left < CST_MIN_VALIDITY_MS) return `the CST expires at ${isoOf(exp)}, in under ${CST_MIN_VALIDITY_MS / 1000} s: issue a new one`;
  return undefined;
}

function isoOf(epochSeconds: number): string {
  const d = new Date(epochSeconds * 1000);
  return Number.isNaN(d.getTime()) ? String(epochSeconds) : d.toISOString();
}

/** The `POST /v1/wpc` body clawcontrols reads: `{"wpc": payload}`. */
export function controlsRequestBody(payload: ClawWpcV1): string {
  return JSON.stringify({ wpc: payload });
}

/** A code from the server, used only if it looks like one (it is echoed in messages). */
function codeOf(body: unknown): string | undefined {
  const err = isRecord(body) ? body["error"] : undefined;
  const code = isRecord(err) ? err["code"] : undefined;
  return typeof code === "string" && /^[A-Z][A-Z0-9_]{0,63}$/.test(code) ? code : undefined;
}

/** The server's message, tamed: printable ASCII only, at most 160 characters, quoted. */
function quoted(body: unknown): string {
  const err = isRecord(body) ? body["error"] : undefined;
  const m = isRecord(err) ? err["message"] : undefined;
  if (typeof m !== "string" || m.trim() === "") return "";
  const t = m.replace(/[^\x20-\x7e]/g, "?").slice(0, 160);
  return ` (clawcontrols said ${JSON.stringify(t)})`;
}

/** What to do about a 401 with this code (clawcontrols' own codes, then clawverify token-control's). */
function unauthorizedHint(code: string, host: string): string {
  switch (code) {
    case "TOKEN_REQUIRED":
      return "no CST reached clawcontrols: something between wpc and clawcontrols dropped the X-CST header";
    case "TOKEN_MALFORMED":
      return "clawcontrols saw two different CSTs (X-CST and X-Scoped-Token): something between wpc and clawcontrols adds a header";
    case "LEGACY_AUTH_FORBIDDEN":
      return "clawcontrols saw only an Authorization header: something between wpc and clawcontrols replaced X-CST";
    case "UNAUTHORIZED":
      return "clawcontrols refused the request without naming a token check: it runs in legacy admin-token mode (CONTROL_REQUIRE_CANONICAL_CST=false), which wpc does not use; ask its operator for canonical CSTs";
    case "PARSE_ERROR":
      return "clawscope could not accept the CST (expired, bad signature or malformed): issue a new canonical CST";
    case "REVOKED":
      return "the CST is revoked: issue a new one";
    case "CLAIM_NOT_FOUND":
      return "clawscope does not know the CST as active: issue a new one";
    case "TOKEN_CONTROL_KEY_UNKNOWN":
    case "TOKEN_CONTROL_KEY_EXPIRED":
    case "TOKEN_CONTROL_TRANSPARENCY_KID_UNKNOWN":
    case "TOKEN_CONTROL_TRANSPARENCY_KID_EXPIRED":
      return "the key that signed the CST is no longer accepted by clawscope: issue a new CST";
    case "TOKEN_CONTROL_TRANSPARENCY_STALE":
      return "clawscope's key transparency snapshot is stale: retry later";
    case "TOKEN_CONTROL_CHAIN_MISSING":
      return "the CST must be a canonical-lane token (token_lane canonical, owner_did, controller_did, agent_did) from clawscope /v1/tokens/issue/canonical";
    case "CONTROL_CHAIN_CONTEXT_MISMATCH":
    case "TOKEN_CONTROL_SUBJECT_MISMATCH":
      return "the CST's control chain (owner, controller, agent) is not the registered one";
    case "TOKEN_CONTROL_SCOPE_HASH_MISMATCH":
      return "the CST's token_scope_hash_b64u does not match its claims (a CST with any delegation_* claim always fails here): issue one without delegation";
    case "TOKEN_CONTROL_SCOPE_MISSING":
      return "the CST's scope must contain control:policy:update";
    case "TOKEN_CONTROL_AUDIENCE_MISMATCH":
      return `the CST's aud must contain both clawcontrols.com and ${host}`;
    case "TOKEN_CONTROL_TRANSITION_FORBIDDEN":
      return "the controller policy does not allow controller.policy.update for this CST";
    default:
      return "clawcontrols refused the CST: issue a canonical CST with scope control:policy:update and aud clawcontrols.com";
  }
}

function failureFor(status: number, body: unknown, host: string): ControlsFailure {
  const code = codeOf(body);
  const said = quoted(body);
  const named = code ?? "no error code";
  if (status >= 300 && status < 400)
    return fail(status, "REDIRECT", `clawcontrols answered HTTP ${status} (a redirect); wpc never follows redirects: give the final https URL as --clawcontrols`);
  if (status === 401) return fail(status, code ?? "UNAUTHORIZED", `clawcontrols refused the CST: 401 ${named}: ${unauthorizedHint(code ?? "", host)}${said}`);
  if (status === 400) {
    const hint =
      code === "INVALID_WPC"
        ? "clawcontrols does not accept the compiled Claw WPC v1 (wpc claw compile shows it): wpc's compiler and this clawcontrols disagree; report it"
        : code === "INVALID_JSON" || code === "INVALID_REQUEST" || code === "BODY_READ_FAILED"
          ? "clawcontrols could not read the request body wpc sent: something between wpc and clawcontrols altered it"
          : "clawcontrols refused the request";
    return fail(status, code ?? "BAD_REQUEST", `clawcontrols refused the contract: 400 ${named}: ${hint}${said}`);
  }
  if (status === 413)
    return fail(status, code ?? "PAYLOAD_TOO_LARGE", `clawcontrols refused the contract: 413 ${named}: the request body is above clawcontrols' 65536-byte limit (wpc refuses to compile a larger one: something between them changed it)${said}`);
  if (status === 503) {
    const hint =
      code === "SIGNING_NOT_CONFIGURED"
        ? "clawcontrols has no signing key (CONTROLS_SIGNING_KEY); its operator must configure it"
        : code === "DEPENDENCY_NOT_CONFIGURED"
          ? "clawcontrols could not check the CST (clawverify or clawscope unreachable or not configured); retry later"
          : "clawcontrols or a service it depends on is unavailable; retry later";
    return fail(status, code ?? "UNAVAILABLE", `clawcontrols is unavailable: 503 ${named}: ${hint}${said}`);
  }
  if (status === 404)
    return fail(status, code ?? "NOT_FOUND", `clawcontrols has no POST /v1/wpc at this URL (404 ${named}): --clawcontrols is the service's base URL, e.g. https://clawcontrols.com`);
  return fail(status, code ?? "UNEXPECTED_STATUS", `clawcontrols answered HTTP ${status} ${named}${said}`);
}

export interface ControlsAnswerContext {
  /** Our Claw hash (what the payload we sent hashes to). */
  clawHash: string;
  /** trust.json `claw.controls_signers`: the clawcontrols signing DIDs we accept (never empty here). */
  signers: readonly string[];
  /** The host called (named when the CST's audience does not cover it). */
  host: string;
}

/**
 * What clawcontrols' answer means: `status` and the body parsed as JSON (undefined when it is not
 * JSON). A success is only one whose envelope is the contract we sent, signed by a pinned signer.
 */
export function interpretControlsAnswer(status: number, body: unknown, ctx: ControlsAnswerContext): ControlsOutcome {
  if (status !== 200 && status !== 201) return failureFor(status, body, ctx.host);
  if (!isRecord(body) || body["ok"] !== true || typeof body["existed"] !== "boolean")
    return fail(status, "BAD_RESPONSE", `clawcontrols answered HTTP ${status} without {ok: true, existed, policy_hash_b64u, envelope}`);
  const existed = body["existed"];
  if (existed !== (status === 200))
    return fail(status, "BAD_RESPONSE", `clawcontrols answered HTTP ${status} with existed: ${String(existed)} (201 means created, 200 already stored)`);
  if (body["policy_hash_b64u"] !== ctx.clawHash)
    return fail(status, "HASH_MISMATCH", `clawcontrols stored a different contract: its policy_hash_b64u is not our Claw hash ${ctx.clawHash}`);
  if (ctx.signers.length === 0) return fail(status, "WPC_SIGNER_NOT_ALLOWED", "trust.json pins no claw.controls_signers: the envelope cannot be trusted");
  const v = verifyClawWpcEnvelope(body["envelope"], ctx.clawHash, ctx.signers);
  if (!v.ok) {
    const hint = v.code === "WPC_SIGNER_NOT_ALLOWED" ? ": add clawcontrols' signer DID to claw.controls_signers in trust.json if you trust it" : "";
    return fail(status, v.code, `clawcontrols' envelope for ${ctx.clawHash} does not verify: ${v.code}: ${v.detail}${hint}`);
  }
  return { ok: true, existed, envelope: body["envelope"] as unknown as Envelope<ClawWpcV1>, signer: v.signer };
}
