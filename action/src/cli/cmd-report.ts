/**
 * wpc report: the verification as one self-contained HTML file. It renders a verification it runs
 * itself — `wpc report BUNDLE` with verify's flags, or `wpc report --from REPORT.json` re-running the
 * one a saved report's audit record names (same bundle bytes, the registry commit and trust.json commit
 * it records, at its verification time) — never a saved report's own verdict.
 */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { parseTimeInput } from "../core/json/iso-z.ts";
import { jcsHashB64u } from "../core/crypto/hash.ts";
import { parseTrust } from "../core/policy/trust.ts";
import { parseAuditRecord, reportText, type AuditRecord } from "../core/gate/index.ts";
import { renderReportHtml } from "../core/report/index.ts";
import { readJsonFile } from "../io/bundle.ts";
import { readFileLimited } from "../io/files.ts";
import { repoRoot, showFile } from "../io/git.ts";
import { MAX_TRUST_BYTES } from "../io/policy-repo.ts";
import { GitRegistryStore } from "../io/registry-git.ts";
import { openRegistry } from "../io/registry-store.ts";
import { prepareGateProcess } from "../io/verify-run.ts";
import { hashFile, runAuditedVerify, type AuditedRun } from "../io/verify-audit.ts";
import { sha256Hex } from "../core/crypto/crypto.ts";
import { verifyFromFlags } from "./cmd-verify.ts";
import { printJson } from "./output.ts";
import { flag, shownOf, str, type Ctx } from "./common.ts";

export const REPORT_USAGE =
  "wpc report BUNDLE --policy ID [verify's flags] --out FILE.html [--json] | wpc report --from REPORT.json [--bundle FILE] [--registry DIR] [--trust FILE] [--urm FILE] [--at TIME] --out FILE.html [--json]";

/** A saved JSON report is at most this large (its checks and audit record are small). */
const MAX_SAVED_REPORT = 16 * 1024 * 1024;

export async function cmdReport(c: Ctx): Promise<number> {
  const out = str(c, "out");
  if (!out) throw new WpcError("E_USAGE", `--out FILE.html is required (${REPORT_USAGE})`);
  const from = str(c, "from");
  let run: AuditedRun;
  let savedVerdict: string | undefined;
  if (from) {
    if (c.positionals.length) throw new WpcError("E_USAGE", `--from takes the bundle with --bundle, not as an argument (${REPORT_USAGE})`);
    for (const name of ["policy", "expect-hash", "subject", "min-seq"]) if (str(c, name) !== undefined) throw new WpcError("E_USAGE", `--${name} comes from the saved report's audit record with --from`);
    const saved = readJsonFile(resolve(c.cwd, from), MAX_SAVED_REPORT, "saved report");
    const v = (saved as { verdict?: unknown } | null)?.verdict;
    savedVerdict = typeof v === "string" ? v : "(none)";
    run = await rerun(c, from, saved);
  } else {
    run = await verifyFromFlags(c, true, REPORT_USAGE);
  }
  const html = renderReportHtml({ report: run.report, bundle: run.bundle, registry: run.registry, trust: run.trust, ...(savedVerdict !== undefined ? { savedVerdict } : {}) });
  writeFileSync(resolve(c.cwd, out), html);
  if (flag(c, "json")) printJson(c.io, run.report);
  else c.io.out(`${reportText(run.report)}\nreport written to ${out}`);
  return run.report.verdict === "pass" ? 0 : 1;
}

/** Re-run the verification a saved report's audit record names; every source must still be the recorded bytes. */
async function rerun(c: Ctx, from: string, saved: unknown): Promise<AuditedRun> {
  const parsed = parseAuditRecord(saved);
  if (!parsed.ok) throw new WpcError("E_BAD_INPUT", `${from}: ${parsed.problem}`, from);
  const a = parsed.audit;
  for (const name of ["policy", "expect-hash", "subject", "min-seq"]) if (str(c, name) !== undefined) throw new WpcError("E_USAGE", `--${name} comes from the saved report's audit record with --from`);

  const bundleShown = str(c, "bundle") ?? a.bundle.file;
  if (!bundleShown) throw new WpcError("E_USAGE", "the saved report names no bundle file: give it with --bundle FILE");
  const bundlePath = resolve(c.cwd, bundleShown);
  prepareGateProcess(bundlePath);
  if (`sha256:${hashFile(bundlePath).sha256Hex}` !== a.bundle.sha256) throw new WpcError("E_BAD_INPUT", `${bundleShown} is not the bundle the saved report verified (its SHA-256 differs from ${a.bundle.sha256})`, bundleShown);

  // trust.json: the recorded commit's file, else the file given (or recorded); its bytes must hash as recorded
  let trustBytes: Uint8Array;
  if (a.trust.commit) {
    const bytes = showFile(a.trust.commit, a.trust.path, repoRoot(c.cwd));
    if (!bytes) throw new WpcError("E_IO", `${a.trust.path} at commit ${a.trust.commit} is not in this repository (fetch the branch ${a.trust.branch ?? "it was read from"})`);
    trustBytes = bytes;
  } else trustBytes = readFileLimited(resolve(c.cwd, str(c, "trust") ?? a.trust.path), MAX_TRUST_BYTES, "trust file", true);
  if (`sha256:${sha256Hex(trustBytes)}` !== a.trust.sha256) throw new WpcError("E_BAD_INPUT", `trust.json's SHA-256 is not the saved report's ${a.trust.sha256}`);
  const trust = parseTrust(trustBytes, a.trust.path);

  // the registry: the recorded commit (read-only, whatever the branch says now), else the directory
  const store = a.registry.commit ? new GitRegistryStore({ cwd: repoRoot(c.cwd), remote: null, branch: a.registry.branch ?? "registry", readOnlyRef: a.registry.commit }) : openRegistry(str(c, "registry") ?? a.registry.location, c.cwd);
  const atFlag = str(c, "at");
  const at = atFlag !== undefined ? parseTimeInput(atFlag) : Date.parse(a.verified_at);
  if (at === undefined || !Number.isFinite(at)) throw new WpcError("E_USAGE", "--at must be an RFC 3339 time with an offset or integer epoch seconds");
  const urmFile = str(c, "urm");
  const minSeq = a.inputs.min_seq ?? undefined;
  const run = await runAuditedVerify({
    bundlePath,
    bundleShown,
    ownProcess: true,
    policyId: a.inputs.policy_id,
    store,
    location: a.registry.location,
    regOpts: { trust, at, ...(minSeq !== undefined ? { minSeq } : {}) },
    full: true,
    warn: (w) => c.io.err(`wpc: warning: ${shownOf(c, w)}`),
    trust,
    trustSource: { path: a.trust.path, branch: a.trust.branch, commit: a.trust.commit, bytes: trustBytes },
    at,
    env: c.env,
    ...(minSeq !== undefined ? { minSeq } : {}),
    ...(urmFile ? { urmPath: resolve(c.cwd, urmFile) } : {}),
    ...(a.inputs.expected_hash ? { expectHash: a.inputs.expected_hash } : {}),
    ...(a.inputs.subject !== null ? { subject: a.inputs.subject } : {}),
  });
  const cp = run.registry.checkpoint ? jcsHashB64u(run.registry.checkpoint) : null;
  if (cp !== a.registry.checkpoint_hash_b64u)
    throw new WpcError("E_BAD_INPUT", `the registry ${a.registry.commit ? `at ${a.registry.commit}` : `in ${a.registry.location}`} is not at the saved report's checkpoint ${a.registry.checkpoint_hash_b64u ?? "(none)"} (now ${cp ?? "none"})`);
  run.report.audit.registry = { ...run.report.audit.registry, location: a.registry.location, branch: a.registry.branch } satisfies AuditRecord["registry"];
  return run;
}
