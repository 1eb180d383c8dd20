/** wpc revoke token|policy|import, wpc rollback, wpc registry history */
import { own } from "../core/json/own.ts";
import { resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { checkReason, policyHistory } from "../core/registry/incident.ts";
import { loadSigner } from "../io/keys.ts";
import { loadTrustFile } from "../io/policy-repo.ts";
import { openRegistry, verifySnapshot } from "../io/registry-store.ts";
import { readRegistry } from "./common.ts";
import { readJsonFile } from "../io/bundle.ts";
import { importRevocations, revokePolicy, revokeToken, rollback, type IncidentOptions, type IncidentResult } from "../io/incident.ts";
import { printJson } from "./output.ts";
import { plain } from "../core/escape/index.ts";
import { DEFAULTS, flag, nowFn, shownOf, str, type Ctx } from "./common.ts";

export const REVOKE_USAGE = "wpc revoke token (--token JWT | --token-hash HEX | --jti ID) --reason TEXT | wpc revoke policy HASH --reason TEXT | wpc revoke import FILE  [--registry R] [--key FILE] [--trust FILE] [--json]";
export const ROLLBACK_USAGE = "wpc rollback POLICY_ID --to HASH --reason TEXT [--registry R] [--key FILE] [--trust FILE] [--json]";

function options(c: Ctx): IncidentOptions {
  return {
    cwd: c.cwd,
    registry: str(c, "registry") ?? DEFAULTS.registry,
    trustFile: str(c, "trust") ?? DEFAULTS.trust,
    signer: loadSigner(str(c, "key"), c.env),
    now: nowFn(c),
    env: c.env,
  };
}

function report(c: Ctx, what: string, r: IncidentResult): number {
  const registry = shownOf(c, r.registry);
  if (flag(c, "json")) printJson(c.io, { entries: r.entries.map((e) => ({ entry_hash_b64u: e.entry_hash_b64u, ...e.payload })), seq: r.seq, registry, unchanged: r.unchanged });
  else if (r.unchanged) c.io.out(`${what}: already in effect, nothing appended (registry ${plain(registry)} at seq ${r.seq})`);
  else for (const e of r.entries) c.io.out(`${what}: ${e.payload.kind} seq ${e.seq} ${plain(e.payload.policy_hash_b64u ?? e.payload.token_hash ?? e.payload.token_jti ?? "")} (registry ${plain(registry)})`);
  return 0;
}

export function cmdRevoke(c: Ctx): number {
  const [sub, arg, ...extra] = c.positionals;
  if (extra.length) throw new WpcError("E_USAGE", `usage: ${REVOKE_USAGE}`);
  if (sub === "import") {
    if (!arg) throw new WpcError("E_USAGE", `usage: ${REVOKE_USAGE}`);
    const doc = readJsonFile(resolve(c.cwd, arg), 64 * 1024 * 1024, "revocation events");
    return report(c, "revoke import", importRevocations(options(c), doc));
  }
  const reason = checkReason(str(c, "reason"));
  if (sub === "token") {
    if (arg) throw new WpcError("E_USAGE", `usage: ${REVOKE_USAGE}`);
    const ref = { ...(str(c, "token") !== undefined ? { token: str(c, "token")! } : {}), ...(str(c, "token-hash") !== undefined ? { tokenHash: str(c, "token-hash")! } : {}), ...(str(c, "jti") !== undefined ? { jti: str(c, "jti")! } : {}) };
    return report(c, "revoke token", revokeToken(options(c), ref, reason));
  }
  if (sub === "policy") {
    if (!arg) throw new WpcError("E_USAGE", `usage: ${REVOKE_USAGE}`);
    return report(c, "revoke policy", revokePolicy(options(c), arg, reason));
  }
  throw new WpcError("E_USAGE", `usage: ${REVOKE_USAGE}`);
}

export function cmdRollback(c: Ctx): number {
  const [id, ...extra] = c.positionals;
  const to = str(c, "to");
  if (!id || extra.length || !to) throw new WpcError("E_USAGE", `usage: ${ROLLBACK_USAGE}`);
  const reason = checkReason(str(c, "reason"));
  return report(c, "rollback", rollback(options(c), id, to, reason));
}

export function cmdHistory(c: Ctx, id: string | undefined): number {
  if (!id) throw new WpcError("E_USAGE", "usage: wpc registry history POLICY_ID [--registry R] [--trust FILE]");
  const trust = loadTrustFile(resolve(c.cwd, str(c, "trust") ?? DEFAULTS.trust));
  const store = openRegistry(str(c, "registry") ?? DEFAULTS.registry, c.cwd);
  const reg = verifySnapshot(readRegistry(c, store), { trust, at: nowFn(c)() });
  const rows = policyHistory(reg, id);
  if (flag(c, "json")) printJson(c.io, { ok: reg.ok, policy_id: id, current: own(reg.state.policies, id)?.current ?? null, current_claw_hash: own(reg.state.policies, id)?.claw ?? null, versions: rows });
  else {
    c.io.out(`${plain(id)}: current ${plain(own(reg.state.policies, id)?.current ?? "(none: fails closed)")}${reg.ok ? "" : " — registry does NOT verify"}`);
    for (const r of rows) c.io.out(`${String(r.seq).padStart(6)} ${plain(r.issued_at)} ${plain(r.kind).padEnd(13)} ${plain(r.policy_hash_b64u)}${r.claw_hash_b64u ? ` (Claw ${plain(r.claw_hash_b64u)})` : ""} ${r.status.padEnd(10)} ${plain(r.actor ?? "?")} @ ${plain((r.commit ?? "").slice(0, 12))}${r.reason ? ` — ${plain(r.reason)}` : ""}`);
  }
  return reg.ok ? 0 : 1;
}
