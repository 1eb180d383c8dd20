/**
 * A real git registry for the registry-site tests (test/e2e/registry-site.test.ts,
 * test/browser/site.test.ts), written by the bundled CLI: every policy published, invoice-triage
 * superseded by an edit, rolled back with a hostile reason, another policy's version revoked, tokens
 * revoked by hash and by a hostile jti, and `extraTokens` more imported from a clawscope events
 * document (so the revocation pages paginate). One write runs as a hostile GITHUB_ACTOR.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { cli, createWorld, editPolicy, publish, show, POLICY, type World } from "./incident-world.ts";
import { json, type Run } from "./registry-harness.ts";

export const HOSTILE_ACTOR = `<img src=x onerror=alert(1)>\u202Emallory`;
export const HOSTILE_REASON = `<script>alert("reason")</script> & 'roll back'`;
export const HOSTILE_JTI = `"><b>jti</b><a href="javascript:alert(1)">x</a>`;

export interface SiteWorld {
  w: World;
  v1: string;
  v2: string;
  revokedOther: { id: string; hash: string };
}

function ok(r: Run): Run {
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return r;
}

export function createSiteWorld(extraTokens: number): SiteWorld {
  const w = createWorld("wpc-site-");
  const first = publish(w).out.published as Array<{ policy_id: string; policy_hash_b64u: string }>;
  const v1 = first.find((p) => p.policy_id === POLICY)!.policy_hash_b64u;
  editPolicy(w, "Invoice triage, now also for credit notes");
  ok(cli(w.repo, ["publish", "--key", w.key.file, "--json"], { GITHUB_ACTOR: HOSTILE_ACTOR }));
  const v2 = show(w.repo).policies[POLICY] as string;
  ok(cli(w.repo, ["rollback", POLICY, "--to", v1, "--reason", HOSTILE_REASON, "--key", w.key.file]));
  const other = first.find((p) => p.policy_id !== POLICY)!;
  ok(cli(w.repo, ["revoke", "policy", other.policy_hash_b64u, "--reason", "contract leaked", "--key", w.key.file]));
  ok(cli(w.repo, ["revoke", "token", "--token-hash", "ab".repeat(32), "--reason", "stolen laptop", "--key", w.key.file]));
  ok(cli(w.repo, ["revoke", "token", "--jti", HOSTILE_JTI, "--reason", HOSTILE_REASON, "--key", w.key.file]));
  if (extraTokens > 0) {
    const events = Array.from({ length: extraTokens }, (_, i) => ({ record: { token_hash: i.toString(16).padStart(64, "0"), reason: `bulk ${i}`, revoked_at_iso: "2026-03-01T00:00:00Z" } }));
    const file = join(w.dir, "events.json");
    writeFileSync(file, JSON.stringify({ events }));
    ok(cli(w.repo, ["revoke", "import", file, "--key", w.key.file]));
  }
  return { w, v1, v2, revokedOther: { id: other.policy_id, hash: other.policy_hash_b64u } };
}

/** `wpc registry site DIR --json` in the world's repository. */
export function buildSite(sw: SiteWorld, dir: string, extra: readonly string[] = [], env: Record<string, string> = {}): { run: Run; out: any } {
  const run = cli(sw.w.repo, ["registry", "site", dir, "--json", ...extra], env);
  return { run, out: run.code === 0 ? json(run) : undefined };
}
