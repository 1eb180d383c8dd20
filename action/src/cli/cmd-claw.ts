/**
 * wpc claw compile: a contract as the Claw WPC v1 payload clawcontrols stores and clawproxy enforces.
 * wpc claw push: push the current versions whose clawcontrols evidence is missing (a publish whose push
 * failed after its registry write landed), keeping clawcontrols' envelopes in the registry.
 */
import { basename, resolve } from "node:path";
import { WpcError, exitCodeFor } from "../core/json/errors.ts";
import { canonicalize } from "../core/json/jcs.ts";
import { checkPolicyBytes } from "../core/policy/wpc.ts";
import { policyIdFromFileName } from "../core/policy/types.ts";
import { compileClawWpc } from "../core/policy/claw-compile.ts";
import type { Trust } from "../core/policy/trust.ts";
import { loadTrustFile, readPolicySource } from "../io/policy-repo.ts";
import { openRegistry } from "../io/registry-store.ts";
import { loadSigner } from "../io/keys.ts";
import { CST_ENV } from "../io/clawcontrols.ts";
import { clawPushTarget, pushClawWpcs, pushFailureMessage, type ClawPushOptions, type ClawPushResult, type ClawPushTarget } from "../io/claw-push.ts";
import { formatOf, oneLine, printJson } from "./output.ts";
import { DEFAULTS, flag, nowFn, str, type Ctx } from "./common.ts";

export const CLAW_USAGE =
  "wpc claw compile POLICY [--trust FILE] [--json]   (print the Claw WPC v1 payload, JCS)\n" +
  `  wpc claw push [POLICY_ID…] --clawcontrols URL [--registry R] [--trust FILE] [--key FILE] [--json]   (CST from ${CST_ENV})`;

export async function cmdClaw(c: Ctx): Promise<number> {
  const [sub] = c.positionals;
  if (sub === "compile") return cmdCompile(c);
  if (sub === "push") return cmdPush(c);
  throw new WpcError("E_USAGE", `usage: ${CLAW_USAGE}`);
}

function cmdCompile(c: Ctx): number {
  const [, file, ...extra] = c.positionals;
  if (!file || extra.length) throw new WpcError("E_USAGE", `usage: ${CLAW_USAGE}`);
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

/** `--clawcontrols URL` checked with the CST and trust.json before anything is written or sent. */
export function pushTargetOf(c: Ctx, trust: Trust): ClawPushTarget | undefined {
  const url = str(c, "clawcontrols");
  if (url === undefined) return undefined;
  return clawPushTarget(url, c.env[CST_ENV], trust, nowFn(c)());
}

async function cmdPush(c: Ctx): Promise<number> {
  const ids = c.positionals.slice(1);
  for (const id of ids) if (!policyIdFromFileName(`${id}.wpc.json`)) throw new WpcError("E_USAGE", `"${oneLine(id).slice(0, 80)}" is not a policy id`);
  const trust = loadTrustFile(resolve(c.cwd, str(c, "trust") ?? DEFAULTS.trust));
  const target = pushTargetOf(c, trust);
  if (!target) throw new WpcError("E_USAGE", `usage: ${CLAW_USAGE}`);
  const o: ClawPushOptions = { store: openRegistry(str(c, "registry") ?? DEFAULTS.registry, c.cwd), trust, target, now: nowFn(c) };
  if (ids.length) o.policyIds = ids;
  if (str(c, "key")) o.writer = loadSigner(str(c, "key"), c.env);
  const r = await pushClawWpcs(o);
  const json = flag(c, "json");
  if (json) printJson(c.io, { ...r, ...errorOf(r) });
  else reportPush(c, r);
  return finishPush(c, r);
}

/** The push outcome as text lines (results first; the failure itself goes to stderr). */
export function reportPush(c: Ctx, r: ClawPushResult): void {
  for (const p of r.pushed) c.io.out(`pushed ${p.policy_id} ${p.claw_hash_b64u} to clawcontrols (${p.existed ? "already stored" : "created"}), signed by ${p.signer_did}`);
  for (const f of r.failed) c.io.out(`NOT pushed ${f.policy_id} ${f.claw_hash_b64u}: ${f.code}`);
  for (const f of r.not_attempted) c.io.out(`NOT pushed ${f.policy_id} ${f.claw_hash_b64u}: not attempted`);
  if (!r.pushed.length && !r.failed.length) c.io.out("nothing to push: every current version has clawcontrols evidence");
  if (r.written.length) c.io.out(`kept ${r.written.length} clawcontrols envelope(s) in the registry`);
}

export function errorOf(r: ClawPushResult): { error?: { code: string; message: string } } {
  return r.failed.length ? { error: { code: "E_CLAWCONTROLS", message: pushFailureMessage(r) } } : {};
}

/** Exit status: 0, or the failure on stderr and E_CLAWCONTROLS' exit code. */
export function finishPush(c: Ctx, r: ClawPushResult): number {
  if (!r.failed.length) return 0;
  c.io.err(`wpc: E_CLAWCONTROLS: ${oneLine(pushFailureMessage(r))}`);
  return exitCodeFor("E_CLAWCONTROLS");
}
