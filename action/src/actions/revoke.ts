/**
 * action/revoke (workflow_dispatch, protected environment): revoke a job's CST (by token hash or jti,
 * never the token) or a policy hash. Inputs are validated before anything is signed; the registry
 * write is compare-and-swap (a revoke is never dropped). Summary states what changed and the new seq.
 */
import * as core from "@actions/core";
import { resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { checkPolicyHash, checkReason } from "../core/registry/incident.ts";
import { revokePolicy, revokeToken, type IncidentResult } from "../io/incident.ts";
import { env, optionalInput, requiredInput } from "./shared/inputs.ts";
import { maskKey } from "./shared/secrets.ts";
import { entry, isProcessEntry } from "./shared/entry.ts";
import { incidentOptions } from "./shared/incident.ts";
import { info } from "./shared/log.ts";
import { mdCell, mdCode, plain } from "../core/escape/index.ts";

async function main(): Promise<void> {
  const key = maskKey(core.getInput("signing-key"));
  const target = requiredInput("target");
  const reason = checkReason(core.getInput("reason"));
  const cwd = resolve(optionalInput("working-directory") ?? env("workspace") ?? process.cwd());
  let action: () => IncidentResult;
  let what: string; // as text; `whatMd` the same in Markdown
  let whatMd: string;
  const opts = () => incidentOptions(key, cwd);
  if (target === "token") {
    const tokenHash = optionalInput("token-hash");
    const jti = optionalInput("jti");
    what = tokenHash ? `token ${plain(tokenHash)}` : `token jti ${plain(jti ?? "")}`;
    whatMd = tokenHash ? `token ${mdCode(tokenHash)}` : `token jti ${mdCode(jti ?? "")}`;
    const ref = { ...(tokenHash ? { tokenHash } : {}), ...(jti ? { jti } : {}) };
    action = () => revokeToken(opts(), ref, reason);
  } else if (target === "policy") {
    const hash = checkPolicyHash(optionalInput("policy-hash"));
    what = `policy ${plain(hash)}`;
    whatMd = `policy ${mdCode(hash)}`;
    action = () => revokePolicy(opts(), hash, reason);
  } else throw new WpcError("E_USAGE", 'input "target" must be token or policy');
  const r = action();
  const lines = r.unchanged
    ? [`## wpc revoke: ${whatMd} was already revoked`, "", `Nothing appended; registry ${mdCode(r.registry)} at seq **${r.seq}**.`]
    : [`## wpc revoke: ${whatMd} revoked`, "", `Registry ${mdCode(r.registry)} at seq **${r.seq}**. The next verification obeys it.`, "", "| seq | kind | target | reason |", "|---|---|---|---|", ...r.entries.map((e) => `| ${e.seq} | ${e.payload.kind} | ${mdCell(e.payload.policy_hash_b64u ?? e.payload.token_hash ?? e.payload.token_jti ?? "")} | ${mdCell(e.payload.reason ?? "")} |`)];
  await core.summary.addRaw(lines.join("\n") + "\n").write();
  core.setOutput("seq", String(r.seq));
  core.setOutput("entries", JSON.stringify(r.entries.map((e) => ({ seq: e.seq, entry_hash_b64u: e.entry_hash_b64u, kind: e.payload.kind }))));
  info(`${what}: registry at seq ${r.seq}`);
}

export const run = entry(main);

if (isProcessEntry(import.meta.url)) void run();
