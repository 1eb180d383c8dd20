/** wpc validate | hash | diff | check | schema */
import { WpcError, isWpcError } from "../core/json/errors.ts";
import { checkPolicy } from "../core/policy/wpc.ts";
import { assertWpcDocument } from "../core/policy/doc-kind.ts";
import { countLevels } from "../core/json/findings.ts";
import { parsePolicyBytes } from "../core/policy/wpc.ts";
import { policyHash } from "../core/crypto/hash.ts";
import { diffPolicies } from "../core/policy/diff.ts";
import { WPC_SCHEMA } from "../core/policy/schema.ts";
import { annotationLine, capAnnotations, checkAnnotations, checkText, describeChange, findingAnnotation, findingLine, workflowCommand } from "../core/policy/render.ts";
import { plain } from "../core/escape/index.ts";
import { expandPolicyEntries, readFileLimited } from "../io/files.ts";
import { findTrust, readPolicySource, trustRoutes } from "../io/policy-repo.ts";
import { checkWorkingTreeWithSources, FILE_TYPE_RULE } from "../io/policy-check.ts";
import { replayFolder } from "../io/impact-replay.ts";
import { impactText } from "../core/gate/index.ts";
import { nowFn } from "./common.ts";
import { MAX_POLICY_BYTES } from "../core/policy/wpc.ts";
import { formatOf, printJson, reportError } from "./output.ts";
import { checkSarif, validateSarif } from "../core/policy/sarif.ts";
import { sarifContext } from "../io/docs-url.ts";
import { resolve } from "node:path";

import { shownOf, type Ctx } from "./common.ts";
export type { Ctx };

function str(v: string | boolean | undefined): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export function cmdValidate(c: Ctx): number {
  const format = formatOf(c.values, ["text", "json", "github", "sarif"]);
  const paths = c.positionals.length ? c.positionals : ["policies"];
  const entries = expandPolicyEntries(paths, c.cwd);
  const files = entries.map((e) => e.file);
  const trust = findTrust(str(c.values.trust), files[0], c.cwd);
  const routes = trustRoutes(trust);
  const results: Array<{ file: string; policy_hash_b64u?: string; findings: ReturnType<typeof checkPolicy>["findings"]; error?: { code: string; message: string } }> = [];
  let unusable = 0;
  for (const { file, kind } of entries) {
    // a link, FIFO or device is a finding, never opened or followed (a FIFO would block the read)
    if (kind) {
      results.push({ file, findings: [{ rule: FILE_TYPE_RULE, level: "error", message: `${file} ${kind}: only regular files are read (links are never followed)`, path: "", line: 1, column: 1 }] });
      continue;
    }
    try {
      const parsed = parsePolicyBytes(readFileLimited(resolve(c.cwd, file), MAX_POLICY_BYTES, "policy file", true), file);
      assertWpcDocument(parsed.value, file); // trust.json, a bundle, any other JSON: unusable, not linted
      const r = checkPolicy(parsed, file, routes ? { routes } : {});
      results.push({ file, policy_hash_b64u: r.policy_hash_b64u, findings: r.findings });
    } catch (e) {
      if (!isWpcError(e)) throw e;
      unusable++;
      results.push({ file, findings: [], error: { code: e.code, message: shownOf(c, e.message) } });
    }
  }
  let errors = 0;
  let warnings = 0;
  for (const r of results) {
    const n = countLevels(r.findings);
    errors += n.errors;
    warnings += n.warnings;
  }
  const bad = results.find((r) => r.error);
  const firstError = bad?.error ? { code: bad.error.code, message: bad.error.message, file: bad.file } : undefined;
  if (format === "json") {
    printJson(c.io, {
      files: results.map((r) => ({
        file: r.file,
        ...(r.policy_hash_b64u ? { policy_hash_b64u: r.policy_hash_b64u } : {}),
        findings: r.findings,
        ...(r.error ? { error: r.error } : {}),
      })),
      errors,
      warnings,
      ...(firstError ? { error: firstError } : {}),
    });
  } else if (format === "sarif") {
    printJson(c.io, validateSarif(results, sarifContext(c.env)));
  } else if (format === "github") {
    const all = results.flatMap((r) => [
      ...(r.error ? [{ level: "error" as const, file: r.file, line: 1, column: 1, title: `wpc ${r.error.code}`, message: r.error.message }] : []),
      ...r.findings.map((f) => findingAnnotation(r.file, f)),
    ]);
    const { shown, overflow } = capAnnotations(all);
    for (const a of shown) c.io.command(workflowCommand(a));
    for (const a of overflow) c.io.out(annotationLine(a));
  } else {
    for (const r of results) {
      if (r.error) c.io.out(`${r.error.code}: ${plain(r.error.message)}`);
      for (const f of r.findings) c.io.out(findingLine(r.file, f));
    }
    c.io.out(`${results.length} file(s): ${errors} error(s), ${warnings} warning(s)${unusable ? `, ${unusable} unusable` : ""}`);
  }
  for (const r of results) if (r.error) c.io.err(`wpc: ${r.error.code}: ${plain(r.error.message)}`);
  return unusable ? 2 : errors ? 1 : 0;
}

export function cmdHash(c: Ctx): number {
  const format = formatOf(c.values);
  const [file, ...extra] = c.positionals;
  if (!file || extra.length) throw new WpcError("E_USAGE", "usage: wpc hash FILE [--json]");
  const { bytes, name } = readPolicySource(file, c.cwd);
  const { value } = parsePolicyBytes(bytes!, name);
  assertWpcDocument(value, name);
  const h = policyHash(value);
  if (format === "json") printJson(c.io, { file: name, policy_hash_b64u: h.policy_hash_b64u, sha256: h.sha256 });
  else c.io.out(`${h.policy_hash_b64u}  ${h.sha256}  ${plain(name)}`);
  return 0;
}

export function cmdDiff(c: Ctx): number {
  const format = formatOf(c.values);
  const [baseSpec, headSpec, ...extra] = c.positionals;
  if (!baseSpec || !headSpec || extra.length) throw new WpcError("E_USAGE", "usage: wpc diff BASE HEAD [--json]  (files or git:REF:path)");
  const base = readPolicySource(baseSpec, c.cwd);
  const head = readPolicySource(headSpec, c.cwd);
  const b = parsePolicyBytes(base.bytes!, base.name);
  const h = parsePolicyBytes(head.bytes!, head.name);
  assertWpcDocument(b.value, base.name);
  assertWpcDocument(h.value, head.name);
  const d = diffPolicies(
    { value: b.value, hash: policyHash(b.value).policy_hash_b64u, map: b.map },
    { value: h.value, hash: policyHash(h.value).policy_hash_b64u, map: h.map },
  );
  if (format === "json") printJson(c.io, d);
  else if (format === "github") {
    for (const ch of d.changes)
      if (ch.risk !== "neutral")
        c.io.command(workflowCommand({ level: ch.risk === "expansion" ? "warning" : "notice", file: ch.kind === "removed" ? base.name : head.name, line: ch.line, column: ch.column, title: `wpc ${ch.risk}`, message: describeChange(ch) }));
  } else {
    c.io.out(`${d.base_hash} → ${d.head_hash}`);
    for (const ch of d.changes) c.io.out(`[${ch.risk}] ${plain(describeChange(ch))} (${ch.kind === "removed" ? "base" : "head"} line ${ch.line})`);
    c.io.out(d.expands ? "expands permissions" : d.changes.length ? "does not expand permissions" : "no semantic change");
  }
  return 0;
}

export const CHECK_USAGE = "wpc check --base REF [--policies DIR] [--trust FILE] [--replay DIR [--replay-live] [--fail-on-impact] [--at TIME]] [--json | --format github|sarif]";

export function cmdCheck(c: Ctx): number {
  const format = formatOf(c.values, ["text", "json", "github", "sarif"]);
  const base = str(c.values.base);
  if (!base) throw new WpcError("E_USAGE", `usage: ${CHECK_USAGE}`);
  const replayDir = str(c.values.replay);
  if (replayDir === undefined && (c.values["replay-live"] || c.values["fail-on-impact"])) throw new WpcError("E_USAGE", `--replay-live and --fail-on-impact need --replay DIR (${CHECK_USAGE})`);
  const opts: Parameters<typeof checkWorkingTreeWithSources>[0] = { base, cwd: c.cwd };
  const pol = str(c.values.policies);
  if (pol) opts.policiesDir = pol;
  const trust = str(c.values.trust);
  if (trust) opts.trust = trust;
  const at = nowFn(c)();
  const { result: r, sources } = checkWorkingTreeWithSources(opts);
  // advisory: the impact never changes the check's verdict unless --fail-on-impact asks
  const impact = replayDir !== undefined ? replayFolder(sources, { dir: resolve(c.cwd, replayDir), includeLive: c.values["replay-live"] === true, at }) : undefined;
  if (format === "json") printJson(c.io, impact ? { ...r, impact } : r);
  else if (format === "sarif") printJson(c.io, checkSarif(r, sarifContext(c.env)));
  else if (format === "github") {
    const { shown, overflow } = capAnnotations(checkAnnotations(r));
    for (const a of shown) c.io.command(workflowCommand(a));
    for (const a of overflow) c.io.out(annotationLine(a));
    if (impact) c.io.out(impactText(impact));
  } else {
    c.io.out(checkText(r));
    if (impact) c.io.out(impactText(impact));
  }
  const code = r.unusable ? 2 : r.errors ? 1 : 0;
  return code === 0 && impact && c.values["fail-on-impact"] === true && impact.now_failing > 0 ? 1 : code;
}

export function cmdSchema(c: Ctx): number {
  printJson(c.io, WPC_SCHEMA);
  return 0;
}

export { reportError };
