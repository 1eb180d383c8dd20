/** wpc openclaw config POLICY | wpc openclaw check POLICY CONFIG [--explain FILE] [--audit FILE] [--json] */
import { resolve } from "node:path";
import { parseJson5Object } from "../core/json/json5-doc.ts";
import { WpcError } from "../core/json/errors.ts";
import { decodeUtf8 } from "../core/json/ijson.ts";
import { checkPolicyBytes, MAX_POLICY_BYTES } from "../core/policy/wpc.ts";
import type { Wpc } from "../core/policy/types.ts";
import { openclawConfigFor } from "../core/openclaw/config.ts";
import { driftCheck } from "../core/openclaw/drift.ts";
import { parseAudit, parseExplain } from "../core/openclaw/evidence.ts";
import { readFileLimited } from "../io/files.ts";
import { formatOf, printJson } from "./output.ts";
import { driftSarif } from "../core/openclaw/sarif.ts";
import { sarifContext } from "../io/docs-url.ts";
import { plain } from "../core/escape/index.ts";
import { str, type Ctx } from "./common.ts";

export const OPENCLAW_USAGE = "wpc openclaw config POLICY | wpc openclaw check POLICY CONFIG [--explain FILE] [--audit FILE] [--json | --format sarif]";
const MAX_CONFIG_BYTES = 16 * 1024 * 1024;

function readPolicy(c: Ctx, file: string): Wpc {
  const r = checkPolicyBytes(readFileLimited(resolve(c.cwd, file), MAX_POLICY_BYTES, "policy file"), file);
  if (!r.wpc) {
    const first = r.findings.find((f) => f.level === "error");
    throw new WpcError("E_BAD_INPUT", `${file}: not a valid WPC${first ? ` (${first.rule} at ${first.path || "/"}: ${first.message})` : ""}`, file);
  }
  return r.wpc;
}

/** OpenClaw's own format (JSON5: comments, trailing commas, unquoted keys); `object` requires an object. */
function readJson5(c: Ctx, file: string, what: string): unknown {
  return parseJson5Object(decodeUtf8(readFileLimited(resolve(c.cwd, file), MAX_CONFIG_BYTES, what), file), file, what);
}

function withFile<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof WpcError && !e.file) throw new WpcError(e.code, `${file}: ${e.message}`, file);
    throw e;
  }
}

export function cmdOpenclaw(c: Ctx): number {
  const [sub, policy, config, ...extra] = c.positionals;
  if (sub === "config") {
    if (!policy || config !== undefined) throw new WpcError("E_USAGE", `usage: ${OPENCLAW_USAGE}`);
    printJson(c.io, openclawConfigFor(readPolicy(c, policy)));
    return 0;
  }
  if (sub !== "check" || !policy || !config || extra.length) throw new WpcError("E_USAGE", `usage: ${OPENCLAW_USAGE}`);
  const format = formatOf(c.values, ["text", "json", "sarif"]);
  const wpc = readPolicy(c, policy);
  const cfg = readJson5(c, config, "OpenClaw config");
  const explainFile = str(c, "explain");
  const auditFile = str(c, "audit");
  const explain = explainFile ? readJson5(c, explainFile, "sandbox explain output") : undefined;
  const audit = auditFile ? readJson5(c, auditFile, "security audit output") : undefined;
  if (explainFile) withFile(explainFile, () => parseExplain(explain));
  if (auditFile) withFile(auditFile, () => parseAudit(audit));
  const report = driftCheck(wpc, cfg, { ...(explainFile ? { explain } : {}), ...(auditFile ? { audit } : {}) });
  if (format === "sarif") printJson(c.io, driftSarif(report, { config, ...(explainFile ? { explain: explainFile } : {}), ...(auditFile ? { audit: auditFile } : {}) }, sarifContext(c.env)));
  else if (format === "json") printJson(c.io, { policy, config, ...(explainFile ? { explain: explainFile } : {}), ...(auditFile ? { audit: auditFile } : {}), drift: report.drift, contexts: report.contexts });
  else {
    const files: Record<string, string> = { config, explain: explainFile ?? "", audit: auditFile ?? "", metadata: "" };
    for (const d of report.drift)
      c.io.out(`${plain(files[d.source] ?? "")}: ${d.rule} ${d.level} ${plain(d.path || "/")}${d.agents && d.agents.some((a) => a !== "defaults") ? ` [${plain(d.agents.join(", "))}]` : ""}: ${plain(d.message)}`);
    for (const x of report.contexts) c.io.out(`agent ${plain(x.agent)}: sandbox ${plain(String(x.sandboxMode))}, workspace ${plain(String(x.workspaceAccess))}, tools ${plain(x.tools.join(", ")) || "(none)"}`);
    c.io.out(report.drift.length ? `${report.drift.length} drift finding(s): ${plain(config)} does not match ${plain(policy)}` : `no drift: ${plain(config)} matches ${plain(policy)}`);
  }
  return report.drift.length ? 1 : 0;
}
