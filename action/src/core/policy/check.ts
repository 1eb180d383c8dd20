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
import { policyIdFromFileName } from "./types.ts";

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
}

export interface CheckResult {
  base: string;
  files: CheckedFile[];
  errors: number;
  warnings: number;
  unusable: number;
  expands: boolean;
}

export function checkChanges(base: string, inputs: readonly ChangedPolicyInput[], ctx: LintContext): CheckResult {
  const files = inputs.map((i) => checkOne(i, ctx)).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
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

function checkOne(input: ChangedPolicyInput, ctx: LintContext): CheckedFile {
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
  return out;
}
