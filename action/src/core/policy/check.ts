/**
 * The pull-request check, pure: for each changed policy file, validate + lint the new version and
 * risk-diff it against the base version. Inputs are bytes; git and files stay at the edge.
 */
import { isWpcError, type ErrorCode } from "../json/errors.ts";
import { countLevels, type Finding } from "../json/findings.ts";
import { checkPolicy, parsePolicyBytes, type ParsedPolicy } from "./wpc.ts";
import { diffPolicies, type Change } from "./diff.ts";
import type { LintContext } from "./lint.ts";
import { policyHash } from "../crypto/hash.ts";
import { policyIdFromFileName, type Wpc } from "./types.ts";
import type { Trust } from "./trust.ts";
import { compileClawWpc, type CompiledClaw } from "./claw-compile.ts";

export interface ChangedPolicyInput {
  file: string;
  status: "added" | "modified" | "deleted";
  base?: Uint8Array;
  head?: Uint8Array;
}

export interface FileError {
  code: ErrorCode;
  message: string;
}

export interface CheckedFile {
  file: string;
  policy_id: string | null;
  status: "added" | "modified" | "deleted";
  base_hash: string | null;
  head_hash: string | null;
  findings: Finding[];
  changes: Change[];
  expands: boolean;
  /** The head (or base) version could not be read as I-JSON. */
  error?: FileError;
  /**
   * When trust.json changed: what the Claw runtime will enforce differently for this contract (its Claw
   * WPC v1 compiled under the base and under the head trust.json; paths in the Claw payload), and the
   * two Claw hashes. Present only when the head trust.json compiles contracts (`claw` section).
   */
  runtime?: { base_claw_hash: string | null; head_claw_hash: string | null; changes: Change[] };
}

/** trust.json of both sides, for the runtime (Claw) diff; absent when trust.json did not change. */
export interface TrustPair {
  base: Trust | undefined;
  head: Trust | undefined;
}

export interface CheckResult {
  base: string;
  files: CheckedFile[];
  errors: number;
  warnings: number;
  unusable: number;
  expands: boolean;
}

export function checkChanges(base: string, inputs: readonly ChangedPolicyInput[], ctx: LintContext, trusts?: TrustPair): CheckResult {
  const files = inputs.map((i) => checkOne(i, ctx, trusts)).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  let errors = 0;
  let warnings = 0;
  for (const f of files) {
    const c = countLevels(f.findings);
    errors += c.errors;
    warnings += c.warnings;
  }
  return {
    base,
    files,
    errors,
    warnings,
    unusable: files.filter((f) => f.error).length,
    expands: files.some((f) => f.expands),
  };
}

function fileName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

function checkOne(input: ChangedPolicyInput, ctx: LintContext, trusts?: TrustPair): CheckedFile {
  const out: CheckedFile = {
    file: input.file,
    policy_id: policyIdFromFileName(fileName(input.file)) ?? null,
    status: input.status,
    base_hash: null,
    head_hash: null,
    findings: [],
    changes: [],
    expands: false,
  };
  let base: ParsedPolicy | undefined;
  let head: ParsedPolicy | undefined;
  try {
    if (input.head) head = parsePolicyBytes(input.head, input.file);
  } catch (e) {
    if (!isWpcError(e)) throw e;
    out.error = { code: e.code, message: e.message };
    out.expands = true; // cannot tell what it allows: fail closed
    return out;
  }
  try {
    if (input.base) base = parsePolicyBytes(input.base, `${input.file} (base)`);
  } catch {
    base = undefined; // an unreadable base: every head field counts as added
  }
  if (head) {
    const report = checkPolicy(head, input.file, ctx);
    out.findings = report.findings;
    out.head_hash = report.policy_hash_b64u;
  }
  if (base) out.base_hash = policyHash(base.value).policy_hash_b64u;
  if (out.policy_id === null && head)
    out.findings.unshift({
      rule: "SCHEMA",
      level: "error",
      message: `file name must be <policy id>.wpc.json with a lowercase id ([a-z0-9._-], at most 128 characters)`,
      path: "",
      line: 1,
      column: 1,
    });
  if (input.status === "deleted" || !head) {
    // The contract is withdrawn: no agent job can run under it any more.
    out.changes = [{ path: "", kind: "removed", before: out.base_hash, after: null, risk: "tightening", line: 1, column: 1 }];
    return out;
  }
  const diff = diffPolicies(
    base ? { value: base.value, hash: out.base_hash, map: base.map } : null,
    { value: head.value, hash: out.head_hash, map: head.map },
  );
  out.changes = diff.changes;
  out.expands = input.status === "added" ? true : diff.expands;
  const report = out.head_hash && out.policy_id && !out.findings.some((f) => f.level === "error") ? (head.value as unknown as Wpc) : undefined;
  if (trusts?.head?.claw && report && out.policy_id) runtimeDiff(out, out.policy_id, report, out.head_hash!, trusts);
  return out;
}

const CLAW_SET_FIELDS = ["allowed_providers", "allowed_models"] as const;

function tryCompile(id: string, wpc: Wpc, hash: string, trust: Trust | undefined): CompiledClaw | string {
  if (!trust?.claw) return "no claw section";
  try {
    return compileClawWpc({ policyId: id, wpc, wpcHash: hash, trust });
  } catch (e) {
    if (isWpcError(e)) return e.message;
    throw e;
  }
}

/**
 * The same contract compiled under the base and the head trust.json: a provider or model pattern the
 * runtime starts allowing is an expansion (a trust.json route change widens every contract using it),
 * one it stops allowing a tightening; a head trust.json the contract cannot compile under is an error
 * (publish would refuse it).
 */
function runtimeDiff(out: CheckedFile, id: string, wpc: Wpc, hash: string, trusts: TrustPair): void {
  const head = tryCompile(id, wpc, hash, trusts.head);
  const base = tryCompile(id, wpc, hash, trusts.base);
  if (typeof head === "string") {
    out.findings.push({ rule: "CLAW_COMPILE", level: "error", message: `under this trust.json the contract cannot be compiled for the Claw runtime: ${head}`, path: "/model_route/allowed", line: 1, column: 1 });
    return;
  }
  const changes: Change[] = [];
  for (const field of CLAW_SET_FIELDS) {
    const before = new Set(typeof base === "string" ? [] : (base.payload[field] ?? []));
    const after = new Set(head.payload[field] ?? []);
    for (const x of [...after].sort()) if (!before.has(x)) changes.push({ path: `/${field}`, kind: "added", before: null, after: x, risk: "expansion", line: 1, column: 1 });
    for (const x of [...before].sort()) if (!after.has(x)) changes.push({ path: `/${field}`, kind: "removed", before: x, after: null, risk: "tightening", line: 1, column: 1 });
  }
  if (typeof base !== "string" && base.payload.issuer_did !== head.payload.issuer_did)
    changes.push({ path: "/issuer_did", kind: "changed", before: base.payload.issuer_did, after: head.payload.issuer_did, risk: "neutral", line: 1, column: 1 });
  out.runtime = { base_claw_hash: typeof base === "string" ? null : base.claw_hash_b64u, head_claw_hash: head.claw_hash_b64u, changes };
  if (changes.some((c) => c.risk === "expansion")) out.expands = true;
}
