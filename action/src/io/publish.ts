/**
 * `wpc publish`: validate every policy, sign those changed since the last published commit, append
 * `publish` entries and a checkpoint, compare-and-swap. On a conflict: re-read, re-verify, re-plan,
 * retry with jittered backoff (bounded), then E_REG_CONFLICT.
 */
import { own } from "../core/json/own.ts";
import { relative, resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { checkPolicy, parsePolicyBytes } from "../core/policy/wpc.ts";
import { policyIdFromFileName, POLICY_FILE_SUFFIX } from "../core/policy/types.ts";
import { routeNames, hasRole, type Trust } from "../core/policy/trust.ts";
import type { EntryDraft, VerifiedRegistry } from "../core/registry/registry.ts";
import { compileClawWpc, type CompiledClaw } from "../core/policy/claw-compile.ts";
import type { Wpc } from "../core/policy/types.ts";
import type { EntrySource } from "../core/registry/types.ts";
import type { JsonValue } from "../core/json/ijson.ts";
import type { Signer } from "../core/crypto/signer.ts";
import { committedFiles, describeMode, git, gitOk, mergeBase, repoHead, resolveCommit } from "./git.ts";
import { checkRevision } from "./git-args.ts";
import { loadTrustFile } from "./policy-repo.ts";
import { openRegistry } from "./registry-store.ts";
import type { RegistryStore } from "./registry-snapshot.ts";
import { appendWithRetry, type WriterOptions } from "./registry-writer.ts";

export interface PublishOptions {
  cwd: string;
  policiesDir: string;
  registry: string;
  trustFile: string;
  signer: Signer;
  since?: string;
  /** How `since` was given, for error messages (`--since`, `input "since"`). */
  sinceLabel?: string;
  all?: boolean;
  now: () => number;
  env: NodeJS.ProcessEnv;
  maxAttempts?: number;
  checkpointDays?: number;
}

export interface PublishedPolicy {
  policy_id: string;
  policy_hash_b64u: string;
  /** The Claw hash recorded with it (when trust.json has a `claw` section). */
  claw_hash_b64u?: string;
  seq: number;
  file: string;
}

export interface PublishResult {
  published: PublishedPolicy[];
  seq: number;
  registry: string;
  commit: string;
  attempts: number;
  considered: string[];
}

interface HeadPolicy {
  id: string;
  file: string;
  hash: string;
  value: JsonValue;
  /** Compiled to Claw WPC v1 when trust.json says how (`claw.issuer_did`); a refusal refuses the publish. */
  claw?: CompiledClaw;
}

/** Every policy at HEAD (committed content), validated; any error-level finding refuses the publish. */
function loadHeadPolicies(root: string, dir: string, commit: string, trust: Trust): HeadPolicy[] {
  const { files: blobs, irregular } = committedFiles(root, dir, commit, POLICY_FILE_SUFFIX);
  const names = [...blobs.keys()].sort();
  const out: HeadPolicy[] = [];
  const problems: string[] = [];
  // a link or submodule named like a policy is never followed (the PR check reports it as FILE_TYPE)
  for (const e of irregular) if (e.path.endsWith(POLICY_FILE_SUFFIX)) problems.push(`${e.path}: is ${describeMode(e.mode)}, not a regular file (never followed)`);
  for (const path of names) {
    const id = policyIdFromFileName(path.slice(path.lastIndexOf("/") + 1));
    if (!id) {
      problems.push(`${path}: file name is not <policy id>.wpc.json`);
      continue;
    }
    try {
      const parsed = parsePolicyBytes(blobs.get(path) ?? new Uint8Array(), path);
      const r = checkPolicy(parsed, path, { routes: routeNames(trust) });
      const errs = r.findings.filter((f) => f.level === "error");
      if (errs.length) problems.push(...errs.map((f) => `${path}:${f.line}:${f.column}: ${f.rule}: ${f.message}`));
      else {
        const claw = trust.claw ? compileClawWpc({ policyId: id, wpc: r.wpc as Wpc, wpcHash: r.policy_hash_b64u, trust }) : undefined;
        out.push({ id, file: path, hash: r.policy_hash_b64u, value: parsed.value, ...(claw ? { claw } : {}) });
      }
    } catch (e) {
      problems.push(e instanceof Error ? e.message : String(e));
    }
  }
  if (problems.length)
    throw new WpcError("E_BAD_INPUT", `refusing to publish: ${problems.length} invalid polic${problems.length === 1 ? "y" : "ies"}: ${problems.slice(0, 3).join("; ")}${problems.length > 3 ? "; …" : ""}`);
  return out;
}

/** Hashes a rollback replaced, per policy: never re-published unless their file changes again. */
function replacedByRollback(reg: VerifiedRegistry): Map<string, Set<string>> {
  const current = new Map<string, string | null>();
  const replaced = new Map<string, Set<string>>();
  for (const e of reg.entries) {
    const p = e.payload;
    if (p.kind === "publish" || p.kind === "rollback") {
      const before = current.get(p.policy_id!) ?? null;
      if (p.kind === "rollback" && before) {
        const s = replaced.get(p.policy_id!) ?? new Set<string>();
        s.add(before);
        replaced.set(p.policy_id!, s);
      }
      current.set(p.policy_id!, p.policy_hash_b64u!);
    }
  }
  return replaced;
}

function lastPublishCommit(reg: VerifiedRegistry): string | null {
  for (let i = reg.entries.length - 1; i >= 0; i--) {
    const e = reg.entries[i]!;
    if (e.payload.kind === "publish" && e.payload.source.commit) return e.payload.source.commit;
  }
  return null;
}

/**
 * Policy files changed between the merge-base of `since` and HEAD, and HEAD; null = consider all.
 * A run whose commit is already contained in the last published one (an older run that lost the race)
 * publishes nothing: it must never put back an older version. When that commit is not in this clone
 * (and cannot be fetched) the answer is "unknown": every policy is considered, but only hashes never
 * published for it are, so an older version is never put back either.
 */
function changedSince(root: string, dir: string, since: string | null, head: string): Set<string> | null | "unknown" {
  if (!since) return null;
  let c = resolveCommit(since, root);
  if (!c && /^[0-9a-f]{40}$/.test(since)) {
    git(["fetch", "--quiet", "--no-tags", "--end-of-options", "origin", since], root);
    c = resolveCommit(since, root);
  }
  if (!c) return "unknown";
  if (git(["merge-base", "--is-ancestor", "--end-of-options", head, c], root).status === 0) return new Set();
  const mb = mergeBase(c, head, root) ?? c;
  const out = gitOk(["diff", "--name-only", "--no-renames", "-z", "--end-of-options", mb, head, "--", `${dir}/`], root);
  return new Set(out.split("\0").filter(Boolean));
}

export function sourceFromEnv(env: NodeJS.ProcessEnv, commit: string, root: string): EntrySource {
  // Actions always sets GITHUB_REF: ask git only outside a runner
  const branch = env.GITHUB_REF ? "" : git(["symbolic-ref", "-q", "--end-of-options", "HEAD"], root).stdout.toString("utf8").trim();
  return {
    repository: env.GITHUB_REPOSITORY || null,
    ref: env.GITHUB_REF || branch || null,
    commit,
    run_id: env.GITHUB_RUN_ID || null,
    actor: env.GITHUB_ACTOR || null,
  };
}

export function publish(o: PublishOptions): PublishResult {
  if (o.since !== undefined) checkRevision(o.since, o.sinceLabel ?? "--since");
  const { root, head } = repoHead(o.cwd);
  const dir = relative(root, resolve(o.cwd, o.policiesDir)).split("\\").join("/") || ".";
  if (!head) throw new WpcError("E_IO", `${root}: no commit to publish`);
  const trust = loadTrustFile(resolve(o.cwd, o.trustFile));
  if (!hasRole(trust, "registry", o.signer.did))
    throw new WpcError("E_BAD_KEY", `the signing key ${o.signer.did} is not a registry key in ${o.trustFile}`);
  const policies = loadHeadPolicies(root, dir, head, trust);
  const store: RegistryStore = openRegistry(o.registry, o.cwd);
  let considered: HeadPolicy[] = [];
  const writer: WriterOptions = { store, trust, signer: o.signer, now: o.now, source: sourceFromEnv(o.env, head, root) };
  if (o.maxAttempts !== undefined) writer.maxAttempts = o.maxAttempts;
  if (o.checkpointDays !== undefined) writer.checkpointDays = o.checkpointDays;
  const out = appendWithRetry(
    writer,
    (reg) => {
      const found = o.all ? null : changedSince(root, dir, o.since ?? lastPublishCommit(reg), head);
      const range = found === "unknown" ? null : found;
      const replaced = replacedByRollback(reg);
      considered = policies.filter((p) => range === null || range.has(p.file));
      const drafts: EntryDraft[] = [];
      for (const p of policies) {
        // the current version whose Claw hash trust.json or the compiler changed: record the new one
        const cur = own(reg.state.policies, p.id);
        if (p.claw && cur?.current === p.hash && cur.claw !== p.claw.claw_hash_b64u)
          drafts.push({ kind: "publish", policy_id: p.id, policy_hash_b64u: p.hash, contract: p.value, claw: p.claw });
      }
      for (const p of considered) {
        if (own(reg.state.policies, p.id)?.current === p.hash) continue;
        if (reg.state.revoked_policies.includes(p.hash))
          throw new WpcError("E_POLICY_REVOKED", `${p.file}: policy hash ${p.hash} is revoked and cannot be published`, p.file);
        if (range === null && replaced.get(p.id)?.has(p.hash)) continue;
        if (found === "unknown" && own(reg.state.policies, p.id)?.history.includes(p.hash)) continue;
        drafts.push({ kind: "publish", policy_id: p.id, policy_hash_b64u: p.hash, contract: p.value, ...(p.claw ? { claw: p.claw } : {}) });
      }
      return drafts;
    },
    (d) => `wpc publish: ${d.map((x) => x.policy_id).join(", ")}\n\nsource commit ${head}`,
  );
  const files = new Map(policies.map((p) => [p.id, p.file]));
  return {
    published: out.entries.map((e) => ({
      policy_id: e.payload.policy_id!,
      policy_hash_b64u: e.payload.policy_hash_b64u!,
      ...(e.payload.claw_hash_b64u ? { claw_hash_b64u: e.payload.claw_hash_b64u } : {}),
      seq: e.seq,
      file: files.get(e.payload.policy_id!)!,
    })),
    seq: out.seq,
    registry: store.describe,
    commit: head,
    attempts: out.attempts,
    considered: considered.map((p) => p.file),
  };
}
