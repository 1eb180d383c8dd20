/**
 * The pull-request check between two commits, read from git objects only: nothing is checked out, so a
 * symlink is a blob holding its target (never followed), no filter or hook runs, and the working tree
 * (which holds the trusted base checkout) is never touched. Same semantics as checkWorkingTree: the
 * merge-base view, the head's trust.json, every policy re-checked when trust.json changed, and the
 * OpenClaw drift of changed pairs. Used by the fork follow-up, which holds a write token.
 */
import { WpcError } from "../core/json/errors.ts";
import { parseTrust, routeNames } from "../core/policy/trust.ts";
import { checkChanges, type ChangedPolicyInput, type CheckedFile, type CheckResult } from "../core/policy/check.ts";
import { checkPolicy, parsePolicyBytes, MAX_POLICY_BYTES } from "../core/policy/wpc.ts";
import { POLICY_FILE_SUFFIX } from "../core/policy/types.ts";
import { decodeUtf8 } from "../core/json/ijson.ts";
import { parseJson5Object } from "../core/json/json5-doc.ts";
import { driftCheck } from "../core/openclaw/drift.ts";
import type { Finding } from "../core/json/findings.ts";
import { git, gitOk, lsTree, mergeBase, resolveCommit, showFile } from "./git.ts";
import { MAX_TRUST_BYTES, OPENCLAW_SUFFIX, TRUST_FILE } from "./policy-repo.ts";

export interface CommitCheckOptions {
  cwd: string;
  base: string;
  head: string;
  policiesDir?: string;
}

const DIR_RE = /^[A-Za-z0-9_][A-Za-z0-9._/-]{0,200}$/;

/** A blob of at most `limit` bytes, or undefined when the path is absent (or not a blob) at `commit`. */
function blob(commit: string, path: string, cwd: string, limit: number, what: string): Uint8Array | undefined {
  const size = git(["cat-file", "-s", `${commit}:${path}`], cwd);
  if (size.status !== 0) return undefined;
  if (Number(size.stdout.toString("utf8").trim()) > limit) throw new WpcError("E_TOO_LARGE", `${path}: ${what} above the ${limit}-byte limit`, path);
  const type = gitOk(["cat-file", "-t", `${commit}:${path}`], cwd);
  return type === "blob" ? showFile(commit, path, cwd) : undefined;
}

type Status = CheckedFile["status"];

export function checkCommits(o: CommitCheckOptions): CheckResult {
  const dir = (o.policiesDir ?? "policies").replace(/\/+$/, "");
  if (!DIR_RE.test(dir) || dir.split("/").some((s) => s === "" || s === "." || s === ".."))
    throw new WpcError("E_BAD_INPUT", `invalid policies folder ${JSON.stringify(dir)} (a relative path without . or ..)`);
  const base = resolveCommit(o.base, o.cwd);
  const head = resolveCommit(o.head, o.cwd);
  if (!base) throw new WpcError("E_IO", `base "${o.base}" is not a commit here`);
  if (!head) throw new WpcError("E_IO", `head "${o.head}" is not a commit here`);
  const mb = mergeBase(base, head, o.cwd) ?? base;

  const changed = new Map<string, Status>();
  const parts = gitOk(["diff", "--name-status", "--no-renames", "-z", mb, head, "--", `${dir}/`], o.cwd).split("\0").filter((s) => s !== "");
  for (let i = 0; i + 1 < parts.length; i += 2) changed.set(parts[i + 1]!, parts[i]!.startsWith("A") ? "added" : parts[i]!.startsWith("D") ? "deleted" : "modified");

  const trustPath = `${dir}/${TRUST_FILE}`;
  const trustBytes = blob(head, trustPath, o.cwd, MAX_TRUST_BYTES, "trust file");
  const trust = trustBytes ? parseTrust(trustBytes, `${head.slice(0, 12)}:${trustPath}`) : undefined;
  const policies = new Map([...changed].filter(([p]) => p.endsWith(POLICY_FILE_SUFFIX)));
  if (changed.has(trustPath))
    for (const e of lsTree(["-z", head, "--", `${dir}/`], o.cwd))
      if (e.type === "blob" && e.path.endsWith(POLICY_FILE_SUFFIX) && !e.path.slice(dir.length + 1).includes("/") && !policies.has(e.path)) policies.set(e.path, "modified");

  const inputs: ChangedPolicyInput[] = [...policies].map(([file, status]) => {
    const input: ChangedPolicyInput = { file, status };
    const b = blob(mb, file, o.cwd, MAX_POLICY_BYTES, "policy file");
    if (b) input.base = b;
    if (status !== "deleted") {
      const h = blob(head, file, o.cwd, MAX_POLICY_BYTES, "policy file");
      if (h) input.head = h;
    }
    return input;
  });
  const result = checkChanges(mb, inputs, trust ? { routes: routeNames(trust) } : {});
  addDrift(result, o.cwd, head, dir, changed);
  return result;
}

/** OpenClaw drift of every changed pair (mirrors policy-repo.ts, reading the head commit's objects). */
function addDrift(result: CheckResult, cwd: string, head: string, dir: string, changed: Map<string, Status>): void {
  const ids = new Set<string>();
  for (const p of changed.keys()) {
    const name = p.slice(p.lastIndexOf("/") + 1);
    if (name.endsWith(OPENCLAW_SUFFIX)) ids.add(name.slice(0, -OPENCLAW_SUFFIX.length));
    else if (name.endsWith(POLICY_FILE_SUFFIX)) ids.add(name.slice(0, -POLICY_FILE_SUFFIX.length));
  }
  for (const id of [...ids].sort()) {
    const cfgRel = `${dir}/${id}${OPENCLAW_SUFFIX}`;
    const wpcRel = `${dir}/${id}${POLICY_FILE_SUFFIX}`;
    const findings: Finding[] = [];
    let error: CheckedFile["error"];
    try {
      const cfgBytes = blob(head, cfgRel, cwd, MAX_POLICY_BYTES, "OpenClaw config");
      if (!cfgBytes) continue;
      const config = parseJson5Object(decodeUtf8(cfgBytes, cfgRel), cfgRel, "OpenClaw config");
      const wpcBytes = blob(head, wpcRel, cwd, MAX_POLICY_BYTES, "policy file");
      const report = wpcBytes ? checkPolicy(parsePolicyBytes(wpcBytes, wpcRel), wpcRel) : undefined;
      if (!report?.wpc) {
        if (!result.files.some((f) => f.file === wpcRel))
          findings.push({ rule: "OC012", level: "error", message: `no valid ${id}${POLICY_FILE_SUFFIX} next to this OpenClaw config`, path: "", line: 1, column: 1 });
      } else
        for (const d of driftCheck(report.wpc, config).drift)
          findings.push({ rule: d.rule, level: d.level, message: `${d.path || "/"}: ${d.message}`, path: d.path, line: 1, column: 1 });
    } catch (e) {
      if (!(e instanceof WpcError)) throw e;
      error = { code: e.code, message: e.message };
    }
    if (!findings.length && !error) continue;
    const entry: CheckedFile = { file: cfgRel, policy_id: id, status: changed.get(cfgRel) ?? "modified", base_hash: null, head_hash: null, findings, changes: [], expands: false, ...(error ? { error } : {}) };
    result.files.push(entry);
    for (const f of findings) {
      if (f.level === "error") result.errors++;
      else result.warnings++;
    }
    if (error) result.unusable++;
  }
  result.files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
