/**
 * The check's result file, uploaded as an artifact for the fork follow-up (policy-check-comment.yml).
 * The follow-up never acts on it: a fork's workflow run can write any artifact it likes. It is read,
 * bounded and shape-checked, only to say when it disagrees with what the follow-up computed itself.
 */
import type { CheckResult } from "../core/policy/check.ts";
import { readFileLimited } from "./files.ts";

export const RESULT_FORMAT = "wpc-check-result/1";
const MAX_RESULT_BYTES = 256 * 1024;
const SHA_RE = /^[0-9a-f]{40}$/;

export interface CheckResultRecord {
  format: typeof RESULT_FORMAT;
  pull_request: number | null;
  head_sha: string | null;
  expands: boolean;
  errors: number;
  warnings: number;
  unusable: number;
  files: Record<string, { old: string | null; new: string | null }>;
}

export function resultRecord(r: CheckResult, pr: { number: number; head_sha: string } | undefined): CheckResultRecord {
  const files: CheckResultRecord["files"] = {};
  for (const f of r.files) files[f.file] = { old: f.base_hash, new: f.head_hash };
  return { format: RESULT_FORMAT, pull_request: pr?.number ?? null, head_sha: pr?.head_sha ?? null, expands: r.expands, errors: r.errors, warnings: r.warnings, unusable: r.unusable, files };
}

/** The claims of an artifact worth comparing, or the reason it is unreadable. Never throws. */
export function readResultClaims(path: string): { ok: true; pull_request: number | null; head_sha: string | null; expands: boolean } | { ok: false; why: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(readFileLimited(path, MAX_RESULT_BYTES, "result file")));
  } catch {
    return { ok: false, why: "not a readable JSON file of at most 256 KiB" };
  }
  const d = doc as Partial<Record<keyof CheckResultRecord, unknown>> | null;
  if (typeof d !== "object" || d === null || Array.isArray(d) || d.format !== RESULT_FORMAT) return { ok: false, why: `not a ${RESULT_FORMAT} document` };
  const pr = d.pull_request;
  const sha = d.head_sha;
  if (!(pr === null || (typeof pr === "number" && Number.isSafeInteger(pr) && pr > 0))) return { ok: false, why: "pull_request is not a number" };
  if (!(sha === null || (typeof sha === "string" && SHA_RE.test(sha)))) return { ok: false, why: "head_sha is not a commit SHA" };
  if (typeof d.expands !== "boolean") return { ok: false, why: "expands is not a boolean" };
  return { ok: true, pull_request: pr, head_sha: sha, expands: d.expands };
}
