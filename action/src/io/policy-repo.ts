/** Reading policies and trust.json from the working tree or from git, for the CLI and the actions. */
import { readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { parseTrust, routeNames, type Trust } from "../core/policy/trust.ts";
import { checkChanges, type ChangedPolicyInput, type CheckedFile, type CheckResult } from "../core/policy/check.ts";
import { checkPolicy, parsePolicyBytes } from "../core/policy/wpc.ts";
import { decodeUtf8 } from "../core/json/ijson.ts";
import { parseJson5Object } from "../core/json/json5-doc.ts";
import { driftCheck } from "../core/openclaw/drift.ts";
import type { Finding } from "../core/json/findings.ts";
import { MAX_POLICY_BYTES } from "../core/policy/wpc.ts";
import { POLICY_FILE_SUFFIX } from "../core/policy/types.ts";
import { exists, readFileLimited } from "./files.ts";
import { changedFiles, isShallow, mergeBase, repoRoot, resolveCommit, showFile } from "./git.ts";

export const TRUST_FILE = "trust.json";
export const MAX_TRUST_BYTES = 1024 * 1024;

export function loadTrustFile(path: string): Trust {
  return parseTrust(readFileLimited(path, MAX_TRUST_BYTES, "trust file"), path);
}

/** trust.json for a policy: explicit path, else beside the policy, else policies/trust.json. */
export function findTrust(explicit: string | undefined, policyFile: string | undefined, cwd: string): Trust | undefined {
  if (explicit) return loadTrustFile(resolve(cwd, explicit));
  const candidates = [
    ...(policyFile ? [join(dirname(resolve(cwd, policyFile)), TRUST_FILE)] : []),
    resolve(cwd, "policies", TRUST_FILE),
  ];
  for (const c of candidates) if (exists(c)) return loadTrustFile(c);
  return undefined;
}

export function trustRoutes(t: Trust | undefined): string[] | undefined {
  return t ? routeNames(t) : undefined;
}

/** `git:REF:path` or a file path → bytes. */
export function readPolicySource(spec: string, cwd: string): { bytes: Uint8Array | undefined; name: string } {
  if (spec.startsWith("git:")) {
    const rest = spec.slice(4);
    const colon = rest.indexOf(":");
    if (colon <= 0) throw new WpcError("E_USAGE", `"${spec}": expected git:REF:path`);
    const ref = rest.slice(0, colon);
    const path = rest.slice(colon + 1);
    const root = repoRoot(cwd);
    const commit = resolveCommit(ref, root);
    if (!commit) throw new WpcError("E_IO", `${spec}: unknown git ref "${ref}"`, spec);
    const rel = relative(root, resolve(cwd, path)).split("\\").join("/");
    const bytes = showFile(commit, rel, root);
    if (!bytes) throw new WpcError("E_IO", `${spec}: no such file at ${ref}`, spec);
    if (bytes.byteLength > MAX_POLICY_BYTES) throw new WpcError("E_TOO_LARGE", `${spec}: above the 1 MiB policy limit`, spec);
    return { bytes, name: spec };
  }
  return { bytes: readFileLimited(resolve(cwd, spec), MAX_POLICY_BYTES, "policy file"), name: spec };
}

export interface CheckOptions {
  base: string;
  policiesDir?: string;
  trust?: string;
  cwd: string;
}

/**
 * All changed policy files of the working tree against the merge-base of `base` and HEAD (the
 * pull-request view), validated against the head's trust.json. When trust.json itself changed,
 * every policy is re-checked (a removed route can break an unchanged policy).
 */
export function checkWorkingTree(opts: CheckOptions): CheckResult {
  const root = repoRoot(opts.cwd);
  const baseCommit = resolveCommit(opts.base, root);
  if (!baseCommit)
    throw new WpcError("E_IO", `base "${opts.base}" is not a commit here${isShallow(root) ? " (shallow clone: fetch it first)" : ""}`);
  const head = resolveCommit("HEAD", root);
  const mb = head ? (mergeBase(baseCommit, head, root) ?? baseCommit) : baseCommit;
  const dir = relative(root, resolve(opts.cwd, opts.policiesDir ?? "policies")).split("\\").join("/") || ".";
  const changed = changedFiles(mb, dir, root);
  const trustPath = `${dir}/${TRUST_FILE}`;
  const trustChanged = changed.some((c) => c.path === trustPath);
  const trustFile = opts.trust ? resolve(opts.cwd, opts.trust) : join(root, trustPath);
  const trust = exists(trustFile) ? loadTrustFile(trustFile) : undefined;
  let policyChanges = changed.filter((c) => c.path.endsWith(POLICY_FILE_SUFFIX));
  if (trustChanged) {
    const all = new Map(policyChanges.map((c) => [c.path, c]));
    const listing = exists(join(root, dir)) ? listPolicies(join(root, dir)) : [];
    for (const f of listing) {
      const rel = `${dir}/${f}`;
      if (!all.has(rel)) all.set(rel, { path: rel, status: "modified" });
    }
    policyChanges = [...all.values()];
  }
  const inputs: ChangedPolicyInput[] = policyChanges.map((c) => {
    const input: ChangedPolicyInput = { file: c.path, status: c.status };
    const b = showFile(mb, c.path, root);
    if (b) input.base = b;
    if (c.status !== "deleted") input.head = readFileLimited(join(root, c.path), MAX_POLICY_BYTES, "policy file");
    return input;
  });
  const routes = trustRoutes(trust);
  const result = checkChanges(mb, inputs, routes ? { routes } : {});
  addOpenclawDrift(result, root, dir, changed);
  return result;
}

export const OPENCLAW_SUFFIX = ".openclaw.json5";

/**
 * OpenClaw configs kept next to the policies (`<id>.openclaw.json5`): when either file of a pair
 * changed, the config must still enforce the contract (drift = error-level findings, the check fails).
 */
function addOpenclawDrift(result: CheckResult, root: string, dir: string, changed: Array<{ path: string; status: CheckedFile["status"] }>): void {
  const ids = new Set<string>();
  for (const { path: p } of changed) {
    const name = p.slice(p.lastIndexOf("/") + 1);
    if (name.endsWith(OPENCLAW_SUFFIX)) ids.add(name.slice(0, -OPENCLAW_SUFFIX.length));
    else if (name.endsWith(POLICY_FILE_SUFFIX)) ids.add(name.slice(0, -POLICY_FILE_SUFFIX.length));
  }
  for (const id of [...ids].sort()) {
    const cfgRel = `${dir}/${id}${OPENCLAW_SUFFIX}`;
    const cfgPath = join(root, cfgRel);
    if (!exists(cfgPath)) continue;
    const policy = result.files.find((f) => f.file === `${dir}/${id}${POLICY_FILE_SUFFIX}`);
    const findings: Finding[] = [];
    let error: CheckedFile["error"];
    try {
      const config = parseJson5Object(decodeUtf8(readFileLimited(cfgPath, MAX_POLICY_BYTES, "OpenClaw config"), cfgRel), cfgRel, "OpenClaw config");
      const wpcBytes = exists(join(root, dir, `${id}${POLICY_FILE_SUFFIX}`)) ? readFileLimited(join(root, dir, `${id}${POLICY_FILE_SUFFIX}`), MAX_POLICY_BYTES, "policy file") : undefined;
      const report = wpcBytes ? checkPolicy(parsePolicyBytes(wpcBytes, `${dir}/${id}${POLICY_FILE_SUFFIX}`), `${dir}/${id}${POLICY_FILE_SUFFIX}`) : undefined;
      if (!report?.wpc) {
        if (!policy) findings.push({ rule: "OC012", level: "error", message: `no valid ${id}${POLICY_FILE_SUFFIX} next to this OpenClaw config`, path: "", line: 1, column: 1 });
      } else
        for (const d of driftCheck(report.wpc, config).drift)
          findings.push({ rule: d.rule, level: d.level, message: `${d.path || "/"}: ${d.message}`, path: d.path, line: 1, column: 1 });
    } catch (e) {
      if (!(e instanceof WpcError)) throw e;
      error = { code: e.code, message: e.message };
    }
    if (!findings.length && !error) continue;
    const status = changed.find((c) => c.path === cfgRel)?.status ?? "modified";
    const entry: CheckedFile = { file: cfgRel, policy_id: id, status, base_hash: null, head_hash: null, findings, changes: [], expands: false, ...(error ? { error } : {}) };
    result.files.push(entry);
    for (const f of findings) {
      if (f.level === "error") result.errors++;
      else result.warnings++;
    }
    if (error) result.unusable++;
  }
  result.files.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function listPolicies(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(POLICY_FILE_SUFFIX))
    .sort();
}
