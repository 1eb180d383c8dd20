/**
 * The pull-request check at the edge: every changed policy file, trust.json and OpenClaw config is read
 * from git objects of the tree being checked — never through the file system, so a symbolic link can
 * never make the check read (and print) a file outside the tree, and the check reads exactly what
 * publish will read. Entries are classified by git mode: 100644/100755 are files; a link (120000), a
 * submodule (160000) or anything else under the policies folder is a `FILE_TYPE` finding, never read.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { parseTrust, type Trust } from "../core/policy/trust.ts";
import { checkChanges, type ChangedPolicyInput, type CheckedFile, type CheckResult } from "../core/policy/check.ts";
import { checkPolicy, parsePolicyBytes } from "../core/policy/wpc.ts";
import { decodeUtf8 } from "../core/json/ijson.ts";
import { parseJson5Object } from "../core/json/json5-doc.ts";
import { driftCheck } from "../core/openclaw/drift.ts";
import type { Finding } from "../core/json/findings.ts";
import { POLICY_FILE_SUFFIX } from "../core/policy/types.ts";
import { catFileBatch, describeMode, git, gitOk, firstLine, isShallow, lsTree, mergeBase, REGULAR_MODES, repoRoot, resolveCommit, type TreeEntry } from "./git.ts";
import { checkRevision } from "./git-args.ts";
import { loadTrustFile, TRUST_FILE, trustRoutes } from "./policy-repo.ts";

export const OPENCLAW_SUFFIX = ".openclaw.json5";
/** The finding for a link, submodule or other non-file entry (stable rule id). */
export const FILE_TYPE_RULE = "FILE_TYPE";

export interface CheckOptions {
  base: string;
  /** How the base was given, for error messages (`--base`, `input "base"`). */
  baseLabel?: string;
  /** The commit to check (the action: HEAD, the checked-out PR); absent: the working tree as `git add -A` would record it. */
  head?: string;
  policiesDir?: string;
  trust?: string;
  cwd: string;
}

type Status = CheckedFile["status"];
interface Changed {
  path: string;
  status: Status;
  base?: TreeEntry;
  head?: TreeEntry;
}

/**
 * The working tree of `dir` as a tree object, through git: HEAD's index copied into a private index,
 * `git add -A -- dir`, `git write-tree`. Links are recorded as links (never followed), FIFOs and other
 * special files are skipped by git, ignored files stay out — exactly what a commit would hold.
 */
function worktreeTree(root: string, dir: string): string {
  const tmp = mkdtempSync(join(tmpdir(), "wpc-index-"));
  const env = { ...process.env, GIT_INDEX_FILE: join(tmp, "index") };
  try {
    const head = resolveCommit("HEAD", root);
    if (head) gitOk(["read-tree", "--end-of-options", head], root, undefined, env);
    const add = git(["add", "-A", "--", dir], root, undefined, env);
    if (add.status !== 0 && !/did not match any files/.test(add.stderr)) throw new WpcError("E_IO", `git add ${dir}: ${firstLine(add.stderr)}`);
    return gitOk(["write-tree"], root, undefined, env);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** `git diff --raw` between two tree-ishes under `dir`: status and both sides' modes and blob ids. */
function changedEntries(base: string, head: string, dir: string, root: string): Changed[] {
  const raw = gitOk(["diff", "--raw", "-z", "--no-renames", "--no-abbrev", "--no-ext-diff", "--end-of-options", base, head, "--", dir], root);
  const parts = raw.split("\0");
  const out: Changed[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const [oldMode, newMode, oldSha, newSha, st] = parts[i]!.replace(/^:/, "").split(" ");
    const path = parts[i + 1]!;
    const status: Status = st!.startsWith("A") ? "added" : st!.startsWith("D") ? "deleted" : "modified";
    const c: Changed = { path, status };
    if (status !== "added") c.base = { mode: oldMode!, type: "blob", sha: oldSha!, path };
    if (status !== "deleted") c.head = { mode: newMode!, type: "blob", sha: newSha!, path };
    out.push(c);
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const isFile = (e: TreeEntry | undefined): e is TreeEntry => e !== undefined && REGULAR_MODES.has(e.mode);

function fileTypeEntry(path: string, status: Status, e: TreeEntry, dir: string): CheckedFile {
  const name = path.slice(path.lastIndexOf("/") + 1);
  const id = name.endsWith(POLICY_FILE_SUFFIX) ? name.slice(0, -POLICY_FILE_SUFFIX.length) : null;
  const finding: Finding = { rule: FILE_TYPE_RULE, level: "error", message: `${path} is ${describeMode(e.mode)}: only regular files are read under ${dir}/ (links and submodules are never followed)`, path: "", line: 1, column: 1 };
  // fail closed: an entry the check cannot read counts as an expansion
  return { file: path, policy_id: id, status, base_hash: null, head_hash: null, findings: [finding], changes: [], expands: true };
}

/** What the check read, for the impact replay: both sides of each changed policy, both trust.json files. */
export interface CheckSources {
  inputs: ChangedPolicyInput[];
  headTrust: Trust | undefined;
  /** The merge-base's trust.json (regular file only), read when asked. */
  baseTrust(): Trust | undefined;
}

/**
 * All changed policy files of the head (the working tree, or `opts.head`) against the merge-base of
 * `base` and HEAD, validated against the head's trust.json. When trust.json itself changed, every
 * policy is re-checked (a removed route can break an unchanged policy).
 */
export function checkWorkingTree(opts: CheckOptions): CheckResult {
  return checkWorkingTreeWithSources(opts).result;
}

/** `checkWorkingTree`, with the bytes it read (the impact replay judges bundles under both sides). */
export function checkWorkingTreeWithSources(opts: CheckOptions): { result: CheckResult; sources: CheckSources } {
  checkRevision(opts.base, opts.baseLabel ?? "--base");
  if (opts.head !== undefined) checkRevision(opts.head, "head");
  const root = repoRoot(opts.cwd);
  const baseCommit = resolveCommit(opts.base, root);
  if (!baseCommit)
    throw new WpcError("E_IO", `base "${opts.base}" is not a commit here${isShallow(root) ? " (shallow clone: fetch it first)" : ""}`);
  const headCommit = resolveCommit(opts.head ?? "HEAD", root);
  if (opts.head !== undefined && !headCommit) throw new WpcError("E_IO", `head "${opts.head}" is not a commit here`);
  const mb = headCommit ? (mergeBase(baseCommit, headCommit, root) ?? baseCommit) : baseCommit;
  const dir = relative(root, resolve(opts.cwd, opts.policiesDir ?? "policies")).split("\\").join("/") || ".";
  if (dir.startsWith("..")) throw new WpcError("E_USAGE", `the policies folder ${dir} is outside the repository`);
  const headTree = opts.head !== undefined ? headCommit! : worktreeTree(root, dir);
  const changed = changedEntries(mb, headTree, dir, root);
  const extra: CheckedFile[] = [];
  for (const c of changed) if (c.head && !isFile(c.head)) extra.push(fileTypeEntry(c.path, c.status, c.head, dir));

  const trustPath = `${dir}/${TRUST_FILE}`;
  const trustChanged = changed.some((c) => c.path === trustPath);
  const headFiles = lsTree(headTree, { paths: [`${dir}/`] }, root);
  const headEntry = new Map(headFiles.map((e) => [e.path, e]));
  const trust = loadCheckTrust(opts, root, headTree, trustPath, headEntry.get(trustPath));

  let policyChanges = changed.filter((c) => c.path.endsWith(POLICY_FILE_SUFFIX) && (c.status === "deleted" || isFile(c.head)));
  if (trustChanged) {
    const all = new Map(policyChanges.map((c) => [c.path, c]));
    for (const e of headFiles)
      if (e.path.endsWith(POLICY_FILE_SUFFIX) && isFile(e) && !all.has(e.path) && !extra.some((x) => x.file === e.path)) all.set(e.path, { path: e.path, status: "modified", base: e, head: e });
    policyChanges = [...all.values()];
  }
  // one batch for every blob read: base and head sides (a non-file side is never read)
  const specs: string[] = [];
  for (const c of policyChanges) {
    if (isFile(c.base)) specs.push(c.base.sha);
    if (isFile(c.head)) specs.push(c.head.sha);
  }
  const blobs = new Map<string, Uint8Array>();
  catFileBatch(specs, root).forEach((b, i) => b && blobs.set(specs[i]!, b));
  const inputs: ChangedPolicyInput[] = policyChanges.map((c) => {
    const input: ChangedPolicyInput = { file: c.path, status: c.status };
    if (isFile(c.base)) input.base = blobs.get(c.base.sha)!;
    if (isFile(c.head)) input.head = blobs.get(c.head.sha)!;
    return input;
  });
  const routes = trustRoutes(trust.trust);
  // trust.json changed: what the Claw runtime enforces may change for every contract (routes → models)
  const trusts = trustChanged && !opts.trust ? { base: baseTrust(root, mb, trustPath), head: trust.trust } : undefined;
  const result = checkChanges(mb, inputs, routes ? { routes } : {}, trusts);
  for (const f of [...extra, ...trust.findings]) {
    if (result.files.some((x) => x.file === f.file)) continue;
    result.files.push(f);
    result.errors += f.findings.length;
    result.expands = true;
  }
  addOpenclawDrift(result, root, dir, changed, headEntry);
  let base: { t: Trust | undefined } | undefined;
  const sources: CheckSources = {
    inputs,
    headTrust: trust.trust,
    baseTrust: () => (base ??= { t: trustChanged ? baseTrust(root, mb, trustPath) : trust.trust }).t,
  };
  return { result, sources };
}

/** The base side's trust.json (regular file only), for the runtime diff; undefined when absent or unreadable. */
function baseTrust(root: string, mb: string, trustPath: string): Trust | undefined {
  const e = lsTree(mb, { paths: [trustPath] }, root).find((x) => x.path === trustPath);
  if (!isFile(e)) return undefined;
  try {
    return parseTrust(catFileBatch([e.sha], root)[0] ?? new Uint8Array(), `${trustPath} (base)`);
  } catch {
    return undefined; // an unreadable base trust.json: every runtime permission counts as new
  }
}

/**
 * trust.json of the checked tree (regular file only; a link there is a finding), or an explicit
 * `--trust` file: inside the repository it too is read from the tree, outside it from disk.
 */
function loadCheckTrust(opts: CheckOptions, root: string, headTree: string, trustPath: string, entry: TreeEntry | undefined): { trust: Trust | undefined; findings: CheckedFile[] } {
  let path = trustPath;
  let e = entry;
  if (opts.trust) {
    const rel = relative(root, resolve(opts.cwd, opts.trust)).split("\\").join("/");
    if (rel.startsWith("..") || rel === "") return { trust: loadTrustFile(resolve(opts.cwd, opts.trust)), findings: [] };
    path = rel;
    e = lsTree(headTree, { paths: [rel] }, root).find((x) => x.path === rel);
    if (!e) throw new WpcError("E_IO", `${opts.trust}: no such file in the checked tree`, opts.trust);
  }
  if (!e) return { trust: undefined, findings: [] };
  if (!isFile(e)) return { trust: undefined, findings: [fileTypeEntry(path, "modified", e, path.slice(0, path.lastIndexOf("/")) || ".")] };
  const bytes = catFileBatch([e.sha], root)[0] ?? new Uint8Array();
  return { trust: parseTrust(bytes, path), findings: [] };
}

/**
 * OpenClaw configs kept next to the policies (`<id>.openclaw.json5`): when either file of a pair
 * changed, the config must still enforce the contract (drift = error-level findings, the check fails).
 * Both are read from the checked tree; a config that is a link is a FILE_TYPE finding (reported above).
 */
function addOpenclawDrift(result: CheckResult, root: string, dir: string, changed: Changed[], headEntry: Map<string, TreeEntry>): void {
  const ids = new Set<string>();
  for (const { path: p } of changed) {
    const name = p.slice(p.lastIndexOf("/") + 1);
    if (name.endsWith(OPENCLAW_SUFFIX)) ids.add(name.slice(0, -OPENCLAW_SUFFIX.length));
    else if (name.endsWith(POLICY_FILE_SUFFIX)) ids.add(name.slice(0, -POLICY_FILE_SUFFIX.length));
  }
  for (const id of [...ids].sort()) {
    const cfgRel = `${dir}/${id}${OPENCLAW_SUFFIX}`;
    const cfg = headEntry.get(cfgRel);
    if (!isFile(cfg)) continue; // absent, or a link already reported as FILE_TYPE
    const wpcRel = `${dir}/${id}${POLICY_FILE_SUFFIX}`;
    const wpcEntry = headEntry.get(wpcRel);
    const policy = result.files.find((f) => f.file === wpcRel);
    const findings: Finding[] = [];
    let error: CheckedFile["error"];
    try {
      const [cfgBytes, wpcBytes] = catFileBatch([cfg.sha, ...(isFile(wpcEntry) ? [wpcEntry.sha] : [])], root);
      const config = parseJson5Object(decodeUtf8(cfgBytes ?? new Uint8Array(), cfgRel), cfgRel, "OpenClaw config");
      const report = wpcBytes ? checkPolicy(parsePolicyBytes(wpcBytes, wpcRel), wpcRel) : undefined;
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
