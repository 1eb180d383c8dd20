/** wpc keygen | trust add-key | publish | registry verify|show|log|refresh */
import { renameSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { publicKeyFromDidKey } from "../core/crypto/did.ts";
import { ROLES, parseTrust, type Role, type Trust } from "../core/policy/trust.ts";
import { readApiFiles, READ_API_PREFIX } from "../core/registry/read-api.ts";
import { writeTree } from "../io/site.ts";
import { parseDuration, SERVER_RE, siteHtml, SITE_DIRS } from "../core/site/index.ts";
import { keygen, loadSigner } from "../io/keys.ts";
import { loadTrustFile } from "../io/policy-repo.ts";
import { openRegistry, verifySnapshot } from "../io/registry-store.ts";
import { readRegistry } from "./common.ts";
import { publish } from "../io/publish.ts";
import { refreshCheckpoint } from "../io/registry-writer.ts";
import { sourceFromEnv } from "../io/publish.ts";
import { repoRoot, resolveCommit } from "../io/git.ts";
import { printJson } from "./output.ts";
import { plain } from "../core/escape/index.ts";
import { errorOf, finishPush, pushTargetOf, reportPush } from "./cmd-claw.ts";
import { pushClawWpcs } from "../io/claw-push.ts";
import { cmdHistory } from "./cmd-incident.ts";
import { DEFAULTS, flag, intFlag, nowFn, shownOf, str, type Ctx } from "./common.ts";

export function cmdKeygen(c: Ctx): number {
  const out = str(c, "out");
  if (!out || c.positionals.length) throw new WpcError("E_USAGE", "usage: wpc keygen --out DIR");
  const { path, signer } = keygen(resolve(c.cwd, out));
  const shown = shownOf(c, path); // the key file as the user spelled its folder
  if (flag(c, "json")) printJson(c.io, { did: signer.did, key_file: shown });
  else c.io.out(signer.did);
  c.io.err(`wrote ${plain(shown)} (mode 0600); keep it secret, store it as the WPC_SIGNING_KEY environment secret`);
  return 0;
}

export function cmdTrustAddKey(c: Ctx): number {
  const [sub, did, ...extra] = c.positionals;
  const role = str(c, "role");
  if (sub !== "add-key" || !did || extra.length || !role)
    throw new WpcError("E_USAGE", `usage: wpc trust add-key --role ${ROLES.join("|")} DID [--trust FILE]`);
  if (!(ROLES as readonly string[]).includes(role)) throw new WpcError("E_USAGE", `--role must be one of ${ROLES.join(", ")}`);
  publicKeyFromDidKey(did); // E_BAD_KEY for a malformed, non-canonical or small-order key
  const given = str(c, "trust") ?? DEFAULTS.trust;
  const file = resolve(c.cwd, given);
  const trust = loadTrustFile(file);
  const r = (trust.roles[role as Role] ??= { keys: [] });
  const json = flag(c, "json");
  if (r.keys.includes(did)) {
    if (json) printJson(c.io, { trust_file: given, did, role, added: false });
    else c.io.out(`${plain(did)} already has role ${role}`);
    return 0;
  }
  r.keys.push(did);
  const text = JSON.stringify(trust, null, 2) + "\n";
  parseTrust(new TextEncoder().encode(text), file); // still valid
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
  if (json) printJson(c.io, { trust_file: given, did, role, added: true });
  else c.io.out(`added ${plain(did)} to role ${role} in ${plain(given)}`);
  return 0;
}

function trustOf(c: Ctx): Trust {
  return loadTrustFile(resolve(c.cwd, str(c, "trust") ?? DEFAULTS.trust));
}

export async function cmdPublish(c: Ctx): Promise<number> {
  if (c.positionals.length) throw new WpcError("E_USAGE", "usage: wpc publish [--policies DIR] [--registry R] [--key FILE] [--since REV | --all] [--clawcontrols URL]");
  if (str(c, "since") && flag(c, "all")) throw new WpcError("E_USAGE", "--since and --all exclude each other");
  const signer = loadSigner(str(c, "key"), c.env);
  const trustFile = str(c, "trust") ?? DEFAULTS.trust;
  // a push is checked before the registry write: a misconfiguration never leaves a half-done publish
  const target = str(c, "clawcontrols") !== undefined ? pushTargetOf(c, loadTrustFile(resolve(c.cwd, trustFile))) : undefined;
  const opts: Parameters<typeof publish>[0] = {
    cwd: c.cwd,
    policiesDir: str(c, "policies") ?? DEFAULTS.policies,
    registry: str(c, "registry") ?? DEFAULTS.registry,
    trustFile,
    signer,
    all: flag(c, "all"),
    now: nowFn(c),
    env: c.env,
  };
  const since = str(c, "since");
  if (since) opts.since = since;
  const r = publish(opts);
  const push = target
    ? await pushClawWpcs({
        store: openRegistry(opts.registry, c.cwd),
        trust: loadTrustFile(resolve(c.cwd, trustFile)),
        target,
        now: opts.now,
        include: r.published.flatMap((p) => (p.claw_hash_b64u ? [p.claw_hash_b64u] : [])),
      })
    : undefined;
  if (flag(c, "json")) printJson(c.io, { published: r.published, seq: r.seq, registry: shownOf(c, r.registry), commit: r.commit, ...(push ? { clawcontrols: push, ...errorOf(push) } : {}) });
  else {
    for (const p of r.published) c.io.out(`published ${plain(p.policy_id)} ${p.policy_hash_b64u} seq ${p.seq}`);
    const reg = shownOf(c, r.registry);
    c.io.out(r.published.length ? `registry ${plain(reg)} at seq ${r.seq}` : `nothing to publish (registry ${plain(reg)} at seq ${r.seq})`);
    if (push) reportPush(c, push);
  }
  return push ? finishPush(c, push) : 0;
}

export function cmdRegistry(c: Ctx): number {
  // the subcommand, its DIR and every flag were checked before any I/O (usage.ts, the spec table)
  const [sub, ...rest] = c.positionals;
  const warnWithin = sub === "site" ? str(c, "warn-within") : undefined;
  const warnWithinMs = warnWithin === undefined ? undefined : parseDuration(warnWithin);
  const store = openRegistry(str(c, "registry") ?? DEFAULTS.registry, c.cwd);
  const trust = trustOf(c);
  const at = nowFn(c)();
  if (sub === "refresh") {
    const signer = loadSigner(str(c, "key"), c.env);
    const root = repoRootOr(c.cwd);
    const head = root ? (resolveCommit("HEAD", root) ?? null) : null;
    const r = refreshCheckpoint({ store, trust, signer, now: () => at, source: root ? sourceFromEnv(c.env, head ?? "", root) : { repository: null, ref: null, commit: null, run_id: null, actor: null } });
    if (flag(c, "json")) printJson(c.io, r);
    else c.io.out(`checkpoint at seq ${r.seq} renewed until ${plain(r.expires_at)}`);
    return 0;
  }
  if (sub === "history") {
    if (rest.length !== 1) throw new WpcError("E_USAGE", "usage: wpc registry history POLICY_ID [--registry R] [--trust FILE]");
    return cmdHistory(c, rest[0]);
  }
  const minSeq = intFlag(c, "min-seq");
  const snap = readRegistry(c, store);
  const reg = verifySnapshot(snap, { trust, at, ...(minSeq !== undefined ? { minSeq } : {}) });
  const json = flag(c, "json");
  switch (sub) {
    case "verify": {
      if (rest.length) throw new WpcError("E_USAGE", "usage: wpc registry verify [--registry R] [--trust FILE] [--min-seq N] [--at TIME]");
      if (json) printJson(c.io, { ok: reg.ok, seq: reg.seq, entry_hash_b64u: reg.headEntryHash, expires_at: reg.checkpoint?.expires_at ?? null, problems: reg.problems, ...(snap.warnings?.length ? { warnings: snap.warnings } : {}) });
      else {
        for (const p of reg.problems) c.io.out(`${p.code} seq ${p.seq ?? "-"} ${plain(p.file)}: ${plain(p.message)}`);
        c.io.out(reg.ok ? `registry ${plain(shownOf(c, store.describe))} verifies: seq ${reg.seq}, ${reg.entries.length} entries, checkpoint until ${plain(reg.checkpoint?.expires_at ?? "-")}` : `registry ${plain(shownOf(c, store.describe))} does NOT verify: ${reg.problems.length} problem(s)`);
      }
      if (!reg.ok) c.io.err(`wpc: ${reg.problems[0]!.code}: seq ${reg.problems[0]!.seq ?? "-"}: ${plain(reg.problems[0]!.message)}`);
      return reg.ok ? 0 : 1;
    }
    case "show": {
      const body = { ok: reg.ok, seq: reg.seq, expires_at: reg.checkpoint?.expires_at ?? null, policies: Object.fromEntries(Object.entries(reg.state.policies).sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, p]) => [id, p.current])), claw_hashes: Object.fromEntries(Object.entries(reg.state.policies).sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, p]) => [id, p.claw])), revoked_policies: reg.state.revoked_policies, revoked_tokens: reg.state.revoked_tokens };
      if (json) printJson(c.io, body);
      else {
        c.io.out(`registry ${plain(shownOf(c, store.describe))}: seq ${reg.seq}${reg.ok ? "" : " (does NOT verify)"}`);
        for (const [id, h] of Object.entries(body.policies)) c.io.out(`  ${plain(id).padEnd(28)} ${plain(h ?? "(no current version)")}`);
        c.io.out(`  revoked policy hashes: ${body.revoked_policies.length}; revoked tokens: ${body.revoked_tokens.hashes.length} hash(es), ${body.revoked_tokens.jtis.length} jti(s)`);
      }
      return reg.ok ? 0 : 1;
    }
    case "site": {
      if (!reg.ok) {
        c.io.err(`wpc: ${reg.problems[0]!.code}: registry does not verify: ${plain(reg.problems[0]!.message)}`);
        return 1;
      }
      const files = readApiFiles(reg);
      const served = [...files.keys()].filter((k) => k.startsWith(READ_API_PREFIX)).map((k) => k.slice(READ_API_PREFIX.length));
      const server = c.env.GITHUB_SERVER_URL && SERVER_RE.test(c.env.GITHUB_SERVER_URL) ? c.env.GITHUB_SERVER_URL : undefined;
      const html = siteHtml(reg, { at, ...(warnWithinMs !== undefined ? { warnWithinMs } : {}), ...(server ? { server } : {}) }, served.length);
      for (const [path, bytes] of html.files) files.set(path, bytes);
      const w = writeTree(resolve(c.cwd, rest[0]!), files, [READ_API_PREFIX, ...SITE_DIRS]);
      const x = html.expiry;
      if (json) printJson(c.io, { dir: rest[0], seq: reg.seq, claw_hashes: served, pages: html.pages, checkpoint: x ? { seq: x.seq, expires_at: x.expires_at, warn_from: x.warn_from, near: x.near } : null, removed: w.removed });
      else c.io.out(`wrote ${served.length} Claw WPC(s) under ${plain(rest[0]!)}/${READ_API_PREFIX} and ${html.pages} HTML page(s) (registry seq ${reg.seq}${w.removed ? `, ${w.removed} removed` : ""})`);
      if (x?.near) c.io.err(`wpc: warning: the registry checkpoint expires at ${plain(x.expires_at)} (renew before ${plain(x.warn_from)}): run wpc registry refresh`);
      return 0;
    }
    case "log": {
      const rows = reg.entries.map((e) => ({ entry_hash_b64u: e.entry_hash_b64u, signer: e.signer, ...e.payload }));
      if (json) printJson(c.io, { ok: reg.ok, entries: rows });
      else
        for (const e of reg.entries) {
          const p = e.payload;
          const what = p.kind === "revoke_token" ? `token ${plain(p.token_hash ?? "")}${p.token_jti ? ` jti ${plain(p.token_jti)}` : ""}` : `${plain(p.policy_id ?? "")} ${plain(p.policy_hash_b64u ?? "")}`;
          c.io.out(`${String(e.seq).padStart(6)} ${plain(p.issued_at)} ${plain(p.kind).padEnd(13)} ${what}${p.reason ? ` — ${plain(p.reason)}` : ""}  (${plain(p.source.actor ?? "?")} @ ${plain((p.source.commit ?? "").slice(0, 12))})`);
        }
      return reg.ok ? 0 : 1;
    }
    default:
      throw new WpcError("E_USAGE", "usage: wpc registry verify|show|log|history|refresh|site [--registry R] [--trust FILE]");
  }
}

function repoRootOr(cwd: string): string | undefined {
  try {
    return repoRoot(cwd);
  } catch {
    return undefined;
  }
}

