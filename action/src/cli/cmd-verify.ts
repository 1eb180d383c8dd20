/** wpc verify BUNDLE --policy ID [--expect-hash H] [--subject SHA] --registry R --trust FILE [--at TIME] [--json] [--report-md FILE] */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { HASH_B64U_RE } from "../core/crypto/hash.ts";
import { reportJunit, reportMarkdown, reportText } from "../core/gate/index.ts";
import { prepareGateProcess } from "../io/verify-run.ts";
import { openRegistry } from "../io/registry-store.ts";
import { runAuditedVerify, trustFromFile, type AuditedRun } from "../io/verify-audit.ts";
import { formatOf, printJson } from "./output.ts";
import { DEFAULTS, intFlag, nowFn, shownOf, str, type Ctx } from "./common.ts";

export const VERIFY_USAGE = "wpc verify BUNDLE --policy ID [--expect-hash H] [--subject SHA] [--registry DIR|git:REF] [--trust FILE] [--urm FILE] [--at TIME] [--min-seq N] [--json | --format junit] [--report-md FILE]";

export async function cmdVerify(c: Ctx): Promise<number> {
  const format = formatOf(c.values, ["text", "json", "junit"]);
  const { report } = await verifyFromFlags(c, false);
  const mdFile = str(c, "report-md");
  if (mdFile) writeFileSync(resolve(c.cwd, mdFile), reportMarkdown(report));
  if (format === "json") printJson(c.io, report);
  else if (format === "junit") c.io.out(reportJunit(report));
  else c.io.out(reportText(report));
  return report.verdict === "pass" ? 0 : 1;
}

/**
 * The gate run `wpc verify` and `wpc report BUNDLE` share: the flags of VERIFY_USAGE, the audit record
 * beside the report. `full`: read the whole registry (the report shows entries and earlier versions).
 */
export async function verifyFromFlags(c: Ctx, full: boolean, usage = VERIFY_USAGE): Promise<AuditedRun> {
  const [file, ...extra] = c.positionals;
  const policyId = str(c, "policy");
  if (!file || extra.length || !policyId) throw new WpcError("E_USAGE", `usage: ${usage}`);
  const bundlePath = resolve(c.cwd, file);
  prepareGateProcess(bundlePath);
  const expect = str(c, "expect-hash");
  if (expect !== undefined && !HASH_B64U_RE.test(expect)) throw new WpcError("E_USAGE", "--expect-hash must be a 43-character base64url policy hash");
  const at = nowFn(c)();
  const trustShown = str(c, "trust") ?? DEFAULTS.trust;
  const { trust, source: trustSource } = trustFromFile(resolve(c.cwd, trustShown), trustShown);
  const location = str(c, "registry") ?? DEFAULTS.registry;
  const store = openRegistry(location, c.cwd);
  const minSeq = intFlag(c, "min-seq");
  const subject = str(c, "subject");
  const urmFile = str(c, "urm");
  return runAuditedVerify({
    bundlePath,
    bundleShown: file,
    ownProcess: true,
    policyId,
    store,
    location,
    regOpts: { trust, at, ...(minSeq !== undefined ? { minSeq } : {}) },
    full,
    warn: (w) => c.io.err(`wpc: warning: ${shownOf(c, w)}`),
    trust,
    trustSource,
    at,
    env: c.env,
    ...(minSeq !== undefined ? { minSeq } : {}),
    ...(urmFile ? { urmPath: resolve(c.cwd, urmFile) } : {}),
    ...(expect ? { expectHash: expect } : {}),
    ...(subject ? { subject } : {}),
  });
}
