/**
 * The pull-request check between two commits, read from git objects only: nothing is checked out, so a
 * symlink is a blob holding its target (never followed; a FILE_TYPE finding), no filter or hook runs,
 * and the working tree (which holds the trusted base checkout) is never touched. Same semantics as the
 * PR check (policy-check.ts, given the head commit). Used by the fork follow-up, which holds a write token.
 */
import { WpcError } from "../core/json/errors.ts";
import type { CheckResult } from "../core/policy/check.ts";
import { checkWorkingTree } from "./policy-check.ts";

export interface CommitCheckOptions {
  cwd: string;
  base: string;
  head: string;
  policiesDir?: string;
}

const DIR_RE = /^[A-Za-z0-9_][A-Za-z0-9._/-]{0,200}$/;

export function checkCommits(o: CommitCheckOptions): CheckResult {
  const dir = (o.policiesDir ?? "policies").replace(/\/+$/, "");
  if (!DIR_RE.test(dir) || dir.split("/").some((s) => s === "" || s === "." || s === ".."))
    throw new WpcError("E_BAD_INPUT", `invalid policies folder ${JSON.stringify(dir)} (a relative path without . or ..)`);
  return checkWorkingTree({ cwd: o.cwd, base: o.base, baseLabel: "the pull request's base", head: o.head, policiesDir: dir });
}
