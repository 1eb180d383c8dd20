/** wpc claw compile: a contract as the Claw WPC v1 payload clawcontrols stores and clawproxy enforces. */
import { basename, resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { canonicalize } from "../core/json/jcs.ts";
import { checkPolicyBytes } from "../core/policy/wpc.ts";
import { policyIdFromFileName } from "../core/policy/types.ts";
import { compileClawWpc } from "../core/policy/claw-compile.ts";
import { loadTrustFile, readPolicySource } from "../io/policy-repo.ts";
import { formatOf, printJson } from "./output.ts";
import { DEFAULTS, str, type Ctx } from "./common.ts";

export const CLAW_USAGE = "wpc claw compile POLICY [--trust FILE] [--json]   (print the Claw WPC v1 payload, JCS)";

export function cmdClaw(c: Ctx): number {
  const [sub, file, ...extra] = c.positionals;
  if (sub !== "compile" || !file || extra.length) throw new WpcError("E_USAGE", `usage: ${CLAW_USAGE}`);
  const format = formatOf(c.values);
  const trust = loadTrustFile(resolve(c.cwd, str(c, "trust") ?? DEFAULTS.trust));
  const { bytes, name } = readPolicySource(file, c.cwd);
  const id = policyIdFromFileName(basename(file.startsWith("git:") ? file.slice(file.lastIndexOf(":") + 1) : file));
  if (!id) throw new WpcError("E_USAGE", `${name}: a policy file is named <id>.wpc.json`, name);
  const report = checkPolicyBytes(bytes!, name, { routes: Object.keys(trust.routes) });
  const errors = report.findings.filter((f) => f.level === "error");
  if (!report.wpc || errors.length)
    throw new WpcError("E_BAD_INPUT", `${name}: not a valid contract (${errors.map((f) => `${f.rule} ${f.path}`).join(", ")}); run wpc validate`, name);
  const compiled = compileClawWpc({ policyId: id, wpc: report.wpc, wpcHash: report.policy_hash_b64u, trust });
  if (format === "json")
    printJson(c.io, { file: name, policy_id: id, policy_hash_b64u: report.policy_hash_b64u, claw_hash_b64u: compiled.claw_hash_b64u, payload: compiled.payload });
  else c.io.out(canonicalize(compiled.payload));
  return 0;
}
