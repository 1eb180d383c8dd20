/**
 * A local clawcontrols (CLAWSIG.md §4.5; claw-facts §1, §7), restated independently of wpc's code, over
 * HTTPS on 127.0.0.1 with the test CA of tls.ts:
 * - `POST /v1/wpc`, authenticated before the body is read. Canonical mode: the CST from X-CST /
 *   X-Scoped-Token (trimmed, optional case-insensitive "Bearer "), both present and different → 401
 *   TOKEN_MALFORMED, only Authorization → 401 LEGACY_AUTH_FORBIDDEN, none → 401 TOKEN_REQUIRED; the
 *   token judged by a pluggable verifier standing in for clawverify token-control (non-VALID → 401 with
 *   its code, its 5xx → 503 with its code, down → 503 DEPENDENCY_NOT_CONFIGURED). Legacy mode:
 *   `Authorization: Bearer <admin>` else 401 UNAUTHORIZED.
 * - Body: UTF-8 text above 65,536 bytes → 413 PAYLOAD_TOO_LARGE, JSON.parse failure → 400 INVALID_JSON,
 *   not an object → 400 INVALID_REQUEST, `body.wpc` failing the Claw schema (ajv) or clawcontrols'
 *   runtime rules → 400 INVALID_WPC; hash = SHA-256(JCS(wpc)); a stored hash → 200 existed:true with
 *   the ORIGINAL envelope (before the signing-key check); no key → 503 SIGNING_NOT_CONFIGURED; else
 *   sign (its own Ed25519 key, keys in §4.4 order, issued_at with milliseconds), store, 201.
 * - `GET /v1/wpc/<hash>`, `GET /health`, `POST /redirect/v1/wpc` answering 307 (to prove clients refuse
 *   it), other /v1/wpc routes 404 NOT_FOUND. Every request is recorded (method, path, headers, body size).
 * `tamper` rewrites a success answer (wrong hash, foreign signer) for the client's checks.
 */
import { createHash, createPrivateKey, createPublicKey, sign as edSign, verify as edVerify } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { ServerResponse } from "node:http";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { base58 } from "@scure/base";
import { VECTORS } from "./paths.ts";
import type { TestCa } from "./tls.ts";

const PKCS8 = Buffer.from("302e020100300506032b657004220420", "hex");
export const MAX_BODY = 65_536;

export function didOfSeed(seed: Buffer): string {
  const spki = createPublicKey(createPrivateKey({ key: Buffer.concat([PKCS8, seed]), format: "der", type: "pkcs8" })).export({ format: "der", type: "spki" });
  return "did:key:z" + base58.encode(Uint8Array.from([0xed, 0x01, ...spki.subarray(spki.length - 32)]));
}

function jcs(v: unknown): string {
  if (v === null || typeof v !== "object") {
    if (typeof v === "number" && !Number.isFinite(v)) throw new Error("Non-finite number not allowed in JCS");
    return JSON.stringify(v);
  }
  if (Array.isArray(v)) return `[${v.map(jcs).join(",")}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${jcs(o[k])}`).join(",")}}`;
}

// --- clawcontrols' isWorkPolicyContractV1 (claw-facts §1.1) ------------------------------------------
const rec = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);
const str = (v: unknown, max: number) => typeof v === "string" && v.trim().length > 0 && v.trim().length <= max;
const strs = (v: unknown, n: number, max: number) => Array.isArray(v) && v.length <= n && v.every((x) => str(x, max));
const KEYS = ["policy_version", "policy_id", "issuer_did", "allowed_providers", "allowed_models", "minimum_model_identity_tier", "required_audit_packs", "redaction_rules", "receipt_privacy_mode", "egress_allowlist", "metadata"];
export function runtimeWpcOk(w: unknown): boolean {
  if (!rec(w) || Object.keys(w).some((k) => !KEYS.includes(k))) return false;
  if (w.policy_version !== "1" || !str(w.policy_id, 128) || !str(w.issuer_did, 256) || !String(w.issuer_did).startsWith("did:")) return false;
  if (w.allowed_providers !== undefined && !(Array.isArray(w.allowed_providers) && w.allowed_providers.length <= 16 && w.allowed_providers.every((p) => ["openai", "anthropic", "google"].includes(p as string)))) return false;
  if (w.allowed_models !== undefined && !strs(w.allowed_models, 256, 256)) return false;
  if (w.minimum_model_identity_tier !== undefined && !["closed_opaque", "closed_provider_manifest", "openweights_hashable", "tee_measured"].includes(w.minimum_model_identity_tier as string)) return false;
  if (w.required_audit_packs !== undefined && !(Array.isArray(w.required_audit_packs) && w.required_audit_packs.length <= 64 && w.required_audit_packs.every((x) => typeof x === "string" && x.trim().length >= 8 && x.trim().length <= 128 && /^[A-Za-z0-9_-]+$/.test(x.trim())))) return false;
  if (w.redaction_rules !== undefined && !(Array.isArray(w.redaction_rules) && w.redaction_rules.length <= 256 && w.redaction_rules.every((r) => rec(r) && Object.keys(r).every((k) => k === "path" || k === "action") && str(r.path, 512) && ["remove", "hash", "mask"].includes(r.action as string)))) return false;
  if (w.receipt_privacy_mode !== undefined && !["hash_only", "encrypted"].includes(w.receipt_privacy_mode as string)) return false;
  if (w.egress_allowlist !== undefined && !strs(w.egress_allowlist, 256, 256)) return false;
  if (w.metadata !== undefined && !rec(w.metadata)) return false;
  return true;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
const schemaWpc = ajv.compile(JSON.parse(readFileSync(join(VECTORS, "clawsig/schema/policy/work_policy_contract.v1.json"), "utf8")));

// --- the stand-in ---------------------------------------------------------------------------------
export type VerifierAnswer = { status: number; body: { result?: { status?: string; reason?: string }; error?: { code?: string; message?: string } } } | "down";
/** clawverify token-control, as clawcontrols calls it. */
export type Verifier = (req: { token: string; required_scope: string[]; required_transitions: string[]; required_audience: string[] }) => VerifierAnswer;

export interface StandinOptions {
  tls: TestCa;
  mode?: "canonical" | "legacy";
  adminToken?: string;
  verifier?: Verifier;
  /** CLAWVERIFY_BASE_URL set (canonical mode); false → 503 DEPENDENCY_NOT_CONFIGURED. */
  clawverifyConfigured?: boolean;
  /** CONTROLS_SIGNING_KEY seed; null → 503 SIGNING_NOT_CONFIGURED. */
  signingSeed?: Buffer | null;
}

type Headers = Record<string, string | string[] | undefined>;

export interface SeenRequest {
  method: string;
  path: string;
  headers: Headers;
  bytes: number;
}

export interface Standin {
  base: string;
  did: string | null;
  requests: SeenRequest[];
  stored: Map<string, Record<string, unknown>>;
  opts: StandinOptions;
  /** A box between the client and clawcontrols: rewrites each request's headers and body on the way in. */
  middlebox: ((r: { headers: Headers; body: Buffer }) => { headers: Headers; body: Buffer | null }) | null;
  /** Rewrites the next success answers ({status, body}) before they are sent. */
  tamper: ((a: { status: number; body: Record<string, unknown> }) => { status: number; body: unknown }) | null;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "access-control-allow-origin": "*" }).end(JSON.stringify(body));
}
const err = (res: ServerResponse, status: number, code: string, message: string) => send(res, status, { ok: false, error: { code, message } });

function headerToken(v: string | string[] | undefined): string | undefined {
  const s = (Array.isArray(v) ? v[0] : v)?.trim();
  if (!s) return undefined;
  const t = s.replace(/^bearer\s+/i, "").trim();
  return t || undefined;
}

export async function startClawcontrols(opts: StandinOptions): Promise<Standin> {
  const stored = new Map<string, Record<string, unknown>>();
  const requests: SeenRequest[] = [];
  const self: Standin = { base: "", did: null, requests, stored, opts, middlebox: null, tamper: null, close: async () => {} };
  const seedDid = () => (opts.signingSeed ? didOfSeed(opts.signingSeed) : null);
  const server: Server = createServer({ key: opts.tls.key, cert: opts.tls.cert }, (req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    const chunks: Buffer[] = [];
    let size = 0;
    let aborted = false;
    req.on("data", (d: Buffer) => {
      size += d.length;
      if (size <= 8 * MAX_BODY) chunks.push(d);
    });
    req.on("aborted", () => (aborted = true));
    req.on("end", () => {
      requests.push({ method: req.method ?? "", path, headers: { ...req.headers }, bytes: size });
      let headers: Headers = { ...req.headers };
      let body: Buffer | null = aborted ? null : Buffer.concat(chunks);
      if (self.middlebox && body) ({ headers, body } = self.middlebox({ headers, body }));
      handle(req.method ?? "", headers, res, path, body, body ? Math.max(size, body.length) : size);
    });
  });

  function authorize(h: Headers, res: ServerResponse, host: string): boolean {
    if ((opts.mode ?? "canonical") === "legacy") {
      const auth = headerToken(h.authorization);
      if (!opts.adminToken || auth !== opts.adminToken) {
        err(res, 401, "UNAUTHORIZED", "Admin token required");
        return false;
      }
      return true;
    }
    if (opts.clawverifyConfigured === false) {
      err(res, 503, "DEPENDENCY_NOT_CONFIGURED", "CLAWVERIFY_BASE_URL not configured");
      return false;
    }
    const a = headerToken(h["x-cst"]);
    const b = headerToken(h["x-scoped-token"]);
    if (a && b && a !== b) return (err(res, 401, "TOKEN_MALFORMED", "X-CST and X-Scoped-Token differ"), false);
    const token = a ?? b;
    if (!token) {
      if (headerToken(h.authorization)) return (err(res, 401, "LEGACY_AUTH_FORBIDDEN", "Authorization is not accepted; use X-CST"), false);
      return (err(res, 401, "TOKEN_REQUIRED", "CST required"), false);
    }
    const audience = [...new Set([host, "clawcontrols.com"])];
    const v = opts.verifier ? opts.verifier({ token, required_scope: ["control:policy:update"], required_transitions: ["controller.policy.update"], required_audience: audience }) : "down";
    if (v === "down") return (err(res, 503, "DEPENDENCY_NOT_CONFIGURED", "token-control verification failed"), false);
    if (v.status >= 200 && v.status < 300 && v.body.result?.status === "VALID") return true;
    err(res, v.status >= 500 ? 503 : 401, v.body.error?.code ?? "UNAUTHORIZED", v.body.error?.message ?? v.body.result?.reason ?? "token-control denied");
    return false;
  }

  function handle(method: string, h: Headers, res: ServerResponse, path: string, raw: Buffer | null, size: number): void {
    if (method === "OPTIONS") return void res.writeHead(204, { "access-control-allow-origin": "*", "access-control-allow-methods": "GET, POST, OPTIONS", "access-control-allow-headers": "content-type, authorization, x-cst, x-scoped-token" }).end();
    if (method === "GET" && path === "/health") return send(res, 200, { status: "ok", version: "standin", signingEnabled: !!opts.signingSeed, control_require_canonical_cst: (opts.mode ?? "canonical") === "canonical" });
    if (path === "/redirect/v1/wpc") return void res.writeHead(307, { location: `${self.base}/v1/wpc` }).end();
    if (path !== "/v1/wpc" && !path.startsWith("/v1/wpc/")) return void res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    if (method === "POST" && path === "/v1/wpc") {
      if (!authorize(h, res, String(h.host ?? "").replace(/:\d+$/, ""))) return;
      if (raw === null) return err(res, 400, "BODY_READ_FAILED", "Failed to read request body");
      if (size > 8 * MAX_BODY) return err(res, 413, "PAYLOAD_TOO_LARGE", `WPC body exceeds ${MAX_BODY} bytes`);
      const text = new TextDecoder().decode(raw);
      if (new TextEncoder().encode(text).length > MAX_BODY) return err(res, 413, "PAYLOAD_TOO_LARGE", `WPC body exceeds ${MAX_BODY} bytes`);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return err(res, 400, "INVALID_JSON", "Request body must be JSON");
      }
      if (!body || typeof body !== "object") return err(res, 400, "INVALID_REQUEST", "Request body must be an object");
      const wpc = (body as { wpc?: unknown }).wpc;
      if (!runtimeWpcOk(wpc) || !schemaWpc(wpc)) return err(res, 400, "INVALID_WPC", "WPC does not match work_policy_contract.v1 shape");
      let hash: string;
      try {
        hash = createHash("sha256").update(jcs(wpc), "utf8").digest("base64url");
      } catch (e) {
        return err(res, 400, "INVALID_WPC", `Failed to canonicalize WPC (JCS): ${(e as Error).message}`);
      }
      const old = stored.get(hash);
      if (old) return answer(res, 200, { ok: true, existed: true, policy_hash_b64u: hash, envelope: old });
      if (!opts.signingSeed) return err(res, 503, "SIGNING_NOT_CONFIGURED", "CONTROLS_SIGNING_KEY not configured");
      const key = createPrivateKey({ key: Buffer.concat([PKCS8, opts.signingSeed]), format: "der", type: "pkcs8" });
      const envelope = {
        envelope_version: "1",
        envelope_type: "work_policy_contract",
        payload: wpc,
        payload_hash_b64u: hash,
        hash_algorithm: "SHA-256",
        signature_b64u: edSign(null, Buffer.from(hash, "utf8"), key).toString("base64url"),
        algorithm: "Ed25519",
        signer_did: didOfSeed(opts.signingSeed),
        issued_at: new Date().toISOString(),
      };
      stored.set(hash, envelope);
      return answer(res, 201, { ok: true, existed: false, policy_hash_b64u: hash, envelope });
    }
    if (method === "GET" && path.startsWith("/v1/wpc/")) {
      const h = decodeURIComponent(path.slice("/v1/wpc/".length)).trim();
      if (!/^[A-Za-z0-9_-]{43}$/.test(h)) return err(res, 400, "INVALID_POLICY_HASH", "invalid policy hash");
      const env = stored.get(h);
      return env ? send(res, 200, { ok: true, policy_hash_b64u: h, envelope: env }) : err(res, 404, "WPC_NOT_FOUND", "WPC not found");
    }
    return err(res, 404, "NOT_FOUND", "Not found");
  }

  function answer(res: ServerResponse, status: number, body: Record<string, unknown>): void {
    const t = self.tamper ? self.tamper({ status, body: structuredClone(body) }) : { status, body };
    send(res, t.status, t.body);
  }

  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  self.base = `https://127.0.0.1:${(server.address() as { port: number }).port}`;
  Object.defineProperty(self, "did", { get: seedDid });
  self.close = () => new Promise<void>((r) => server.close(() => r()));
  return self;
}

// --- CSTs and a token-control verifier -------------------------------------------------------------
/** A compact JWS CST (EdDSA) signed by `issuerSeed`. */
export function makeCst(claims: Record<string, unknown>, issuerSeed: Buffer): string {
  const enc = (o: unknown) => Buffer.from(JSON.stringify(o), "utf8").toString("base64url");
  const input = `${enc({ alg: "EdDSA", typ: "JWT", kid: "0123456789abcdef" })}.${enc(claims)}`;
  const key = createPrivateKey({ key: Buffer.concat([PKCS8, issuerSeed]), format: "der", type: "pkcs8" });
  return `${input}.${edSign(null, Buffer.from(input, "ascii"), key).toString("base64url")}`;
}

/**
 * token-control, reduced to what the tests need: the signature by the issuer key, `exp`, the canonical
 * chain, scope and every required audience; `revoked` tokens answer REVOKED. Codes as clawverify's.
 */
export function tokenControl(issuerSeed: Buffer, revoked: Set<string> = new Set()): Verifier {
  const pub = createPublicKey(createPrivateKey({ key: Buffer.concat([PKCS8, issuerSeed]), format: "der", type: "pkcs8" }));
  const deny = (code: string, message: string): VerifierAnswer => ({ status: 422, body: { result: { status: "INVALID", reason: message }, error: { code, message } } });
  return (req) => {
    const parts = req.token.split(".");
    if (parts.length !== 3) return { status: 400, body: { error: { code: "PARSE_ERROR", message: "token is malformed" } } };
    if (!edVerify(null, Buffer.from(`${parts[0]}.${parts[1]}`, "ascii"), pub, Buffer.from(parts[2]!, "base64url"))) return deny("PARSE_ERROR", "TOKEN_SIGNATURE_INVALID");
    const c = JSON.parse(Buffer.from(parts[1]!, "base64url").toString("utf8")) as Record<string, unknown>;
    if (revoked.has(req.token)) return deny("REVOKED", "token revoked");
    if (!(typeof c.exp === "number" && c.exp * 1000 > Date.now())) return deny("PARSE_ERROR", "TOKEN_EXPIRED");
    if (c.token_lane !== "canonical" || !c.owner_did || !c.controller_did || !c.agent_did) return deny("TOKEN_CONTROL_CHAIN_MISSING", "canonical chain missing");
    if (!(Array.isArray(c.scope) && req.required_scope.every((s) => (c.scope as string[]).includes(s)))) return deny("TOKEN_CONTROL_SCOPE_MISSING", "scope missing");
    const aud = Array.isArray(c.aud) ? c.aud : [c.aud];
    if (!req.required_audience.every((a) => aud.includes(a))) return deny("TOKEN_CONTROL_AUDIENCE_MISMATCH", "audience mismatch");
    return { status: 200, body: { result: { status: "VALID" } } };
  };
}
