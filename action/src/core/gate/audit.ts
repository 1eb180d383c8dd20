/**
 * The audit record (issue 15): what an auditor needs to re-check a verification later — which wpc ran,
 * when, on which bundle bytes, against which registry state (seq, checkpoint, the commit it was read
 * from) and which trust.json (its bytes' hash and the commit it came from). Pure: the edge gathers the
 * sources (git commits, file hashes, the running tool), this module shapes them.
 */
import { jcsHashB64u } from "../crypto/hash.ts";
import { sha256Hex } from "../crypto/crypto.ts";
import type { VerifiedRegistry } from "../registry/registry.ts";
import type { VerifyReport } from "./types.ts";

export const AUDIT_VERSION = "1";

export interface AuditRecord {
  audit_version: typeof AUDIT_VERSION;
  tool: { name: "wpc"; version: string; commit: string };
  /** The verification time the gate judged at (RFC 3339, UTC). */
  verified_at: string;
  /** The gate's inputs, so a re-run asks the same question. */
  inputs: { policy_id: string; expected_hash: string | null; subject: string | null; min_seq: number | null };
  bundle: { file: string | null; sha256: string; bytes: number; payload_hash_b64u: string | null };
  registry: {
    /** Where it was read: `git:REF` or a directory, as given. */
    location: string;
    branch: string | null;
    /** The commit every registry file was read from (null: a directory registry). */
    commit: string | null;
    seq: number;
    /** The checkpoint envelope's `payload_hash_b64u` (SHA-256 of JCS(payload) for our own types). */
    checkpoint_hash_b64u: string | null;
    checkpoint_issued_at: string | null;
    checkpoint_expires_at: string | null;
  };
  trust: {
    /** Path of trust.json (repository-relative when `commit` is set). */
    path: string;
    branch: string | null;
    /** The commit whose `path` holds exactly these bytes (null: not committed, or changed since). */
    commit: string | null;
    /** SHA-256 of the file's bytes. */
    sha256: string;
  };
}

export type AuditedReport = VerifyReport & { audit: AuditRecord };

export interface AuditSources {
  tool: { version: string; commit: string };
  at: number;
  inputs: AuditRecord["inputs"];
  bundle: { file: string | null; sha256Hex: string; bytes: number; envelope: unknown };
  registry: VerifiedRegistry;
  registrySource: { location: string; branch: string | null; commit: string | null };
  trust: { path: string; branch: string | null; commit: string | null; bytes: Uint8Array };
}

export function auditRecord(s: AuditSources): AuditRecord {
  const env = s.bundle.envelope as { payload_hash_b64u?: unknown } | null;
  const cp = s.registry.checkpoint;
  return {
    audit_version: AUDIT_VERSION,
    tool: { name: "wpc", version: s.tool.version, commit: s.tool.commit },
    verified_at: new Date(s.at).toISOString(),
    inputs: s.inputs,
    bundle: {
      file: s.bundle.file,
      sha256: `sha256:${s.bundle.sha256Hex}`,
      bytes: s.bundle.bytes,
      payload_hash_b64u: env && typeof env === "object" && typeof env.payload_hash_b64u === "string" ? env.payload_hash_b64u : null,
    },
    registry: {
      ...s.registrySource,
      seq: s.registry.seq,
      checkpoint_hash_b64u: cp ? jcsHashB64u(cp) : null,
      checkpoint_issued_at: cp?.issued_at ?? null,
      checkpoint_expires_at: cp?.expires_at ?? null,
    },
    trust: { path: s.trust.path, branch: s.trust.branch, commit: s.trust.commit, sha256: `sha256:${sha256Hex(s.trust.bytes)}` },
  };
}

export function withAudit(report: VerifyReport, audit: AuditRecord): AuditedReport {
  return { ...report, audit };
}

const SHA256_RE = /^sha256:[0-9a-f]{64}$/;
const COMMIT_RE = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
const B64U43_RE = /^[A-Za-z0-9_-]{43}$/;
const ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Obj) : undefined);

/**
 * The audit record of a saved JSON report, checked field by field before anything is re-run from it: a
 * saved report is hostile input (commits and hashes must have their exact forms; paths are plain text
 * without control characters and never start with "-"). Returns the record, or the first problem.
 */
export function parseAuditRecord(report: unknown): { ok: true; audit: AuditRecord } | { ok: false; problem: string } {
  const a = obj(obj(report)?.audit);
  if (!a) return { ok: false, problem: "no audit record (.audit): re-run `wpc verify --json` with this wpc to make one" };
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => void (ok || problems.push(what));
  const path = (v: unknown) => typeof v === "string" && v.length > 0 && v.length <= 4096 && !v.startsWith("-") && !/[\u0000-\u001f\u007f]/.test(v);
  const nullOr = (v: unknown, ok: (x: unknown) => boolean) => v === null || ok(v);
  const re = (r: RegExp) => (x: unknown) => typeof x === "string" && r.test(x);
  const tool = obj(a.tool);
  const inputs = obj(a.inputs);
  const bundle = obj(a.bundle);
  const reg = obj(a.registry);
  const trust = obj(a.trust);
  need(a.audit_version === AUDIT_VERSION, `audit.audit_version must be "${AUDIT_VERSION}"`);
  need(!!tool && typeof tool.version === "string" && typeof tool.commit === "string", "audit.tool");
  need(re(ISO_RE)(a.verified_at), "audit.verified_at must be an RFC 3339 UTC time");
  need(!!inputs && typeof inputs.policy_id === "string" && inputs.policy_id.length > 0, "audit.inputs.policy_id");
  need(!!inputs && nullOr(inputs.expected_hash, re(B64U43_RE)), "audit.inputs.expected_hash");
  need(!!inputs && nullOr(inputs.subject, (x) => typeof x === "string"), "audit.inputs.subject");
  need(!!inputs && nullOr(inputs.min_seq, (x) => Number.isSafeInteger(x) && (x as number) >= 0), "audit.inputs.min_seq");
  need(!!bundle && nullOr(bundle.file, path) && re(SHA256_RE)(bundle.sha256) && Number.isSafeInteger(bundle.bytes) && nullOr(bundle.payload_hash_b64u, (x) => typeof x === "string"), "audit.bundle");
  need(!!reg && path(reg.location) && nullOr(reg.branch, (x) => typeof x === "string") && nullOr(reg.commit, re(COMMIT_RE)) && Number.isSafeInteger(reg.seq), "audit.registry");
  need(!!reg && nullOr(reg.checkpoint_hash_b64u, re(B64U43_RE)) && nullOr(reg.checkpoint_issued_at, (x) => typeof x === "string") && nullOr(reg.checkpoint_expires_at, (x) => typeof x === "string"), "audit.registry checkpoint");
  need(!!trust && path(trust.path) && nullOr(trust.branch, (x) => typeof x === "string") && nullOr(trust.commit, re(COMMIT_RE)) && re(SHA256_RE)(trust.sha256), "audit.trust");
  if (problems.length) return { ok: false, problem: `bad audit record: ${problems.join("; ")}` };
  return { ok: true, audit: a as unknown as AuditRecord };
}
