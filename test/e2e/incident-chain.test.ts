/**
 * Incident response end to end (DESIGN.md §5–§7), the demo's sequence as a test: real temporary git
 * repositories with a local bare `origin`, the bundled CLI and actions as real processes, jobs from the
 * simulator. Verification runs in a second clone that never writes, so every verdict below reads the
 * registry that was pushed to origin.
 *
 * publish → a job under v2 passes → revoke its token (by hash, another by jti, a third with --token, of
 * which only the hash is stored) → the very next verify fails TOKEN_NOT_REVOKED → rollback to v1 (v2
 * bundles fail POLICY_CURRENT, v1 bundles pass) → publish does not re-publish the replaced v2 until
 * its file changes → revoking the current version fails closed until a publish → history → revoke
 * import (idempotent) → revoking v4 fails closed again until the rollback action restores v1 and
 * opens a pull request through the GitHub stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { commitAll, sh } from "../support/git-repo.ts";
import { startGitHubStandIn, type StandIn } from "../support/github-standin.ts";
import { runAction, type ActionRun } from "../support/run-action.ts";
import { git, json, readRefFiles, remoteRev, removeTemps } from "../support/registry-harness.ts";
import {
  ACTOR,
  BRANCH,
  POLICY,
  POLICY_FILE,
  cli,
  cloneOf,
  createWorld,
  editPolicy,
  failed,
  job,
  keyForms,
  log,
  publish,
  show,
  verify,
  type JobOut,
  type World,
} from "../support/incident-world.ts";

let w: World;
let verifier: string; // a clone that only reads
const v: Record<string, string> = {}; // policy hashes v1…v4 of invoice-triage
const c: Record<string, string> = {}; // main commits: c1 (v1), c2 (v2), docs, c3 (v3), c4 (v4)
const jobs: Record<string, JobOut> = {};
const stands: StandIn[] = [];

const ok = (r: { code: number | null; stdout: string; stderr: string }) => expect(r.code, r.stdout + r.stderr).toBe(0);
const mainHead = () => sh(w.repo, "rev-parse", "HEAD");

/** Every object of a repository (reachable or not), as text. */
function allObjects(repo: string): string {
  const r = spawnSync("git", ["cat-file", "--batch-all-objects", "--batch"], { cwd: repo, maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`git cat-file: ${r.stderr.toString()}`);
  return r.stdout.toString("latin1");
}

/** What a step printed, minus the `::add-mask::` lines the runner consumes. */
const visible = (run: ActionRun) => run.all.split("\n").filter((l) => !l.startsWith("::add-mask::")).join("\n");

beforeAll(() => {
  w = createWorld("wpc-incident-chain-");
  c.c1 = mainHead();
  verifier = cloneOf(w.remote, join(w.dir, "verifier"));
});

afterAll(async () => {
  for (const s of stands) await s.close();
  removeTemps();
});

describe("incident chain", () => {
  it("publish signs every policy (seq 1–4), then v2 of invoice-triage alone (seq 5); the same commit again appends nothing", () => {
    const first = publish(w).out;
    expect(first.seq).toBe(4);
    expect(first.published.map((p: any) => p.seq)).toEqual([1, 2, 3, 4]);
    v.v1 = first.published.find((p: any) => p.policy_id === POLICY).policy_hash_b64u;
    c.c2 = editPolicy(w, "Triage incoming invoices (v2: wider)");
    const second = publish(w).out;
    expect(second.published).toHaveLength(1);
    expect(second.published[0]).toMatchObject({ policy_id: POLICY, seq: 5 });
    v.v2 = second.published[0].policy_hash_b64u;
    expect(v.v2).not.toBe(v.v1);
    const again = publish(w).out;
    expect(again).toMatchObject({ published: [], seq: 5 });
  });

  it("a job under v2 passes verify", () => {
    jobs.a = job(w, "a", v.v2!, c.c2!);
    const r = verify(verifier, jobs.a.bundle, c.c2!);
    expect(failed(r)).toEqual([]);
    expect(r).toMatchObject({ code: 0, verdict: "pass" });
  });

  it("revoking the job's token by hash: the very next verify fails TOKEN_NOT_REVOKED (and nothing else)", () => {
    const r = cli(w.repo, ["revoke", "token", "--token-hash", jobs.a!.token_hash, "--reason", "INC-1042: token seen in a public log", "--key", w.key.file, "--json"]);
    ok(r);
    expect(json(r).entries).toMatchObject([{ seq: 6, kind: "revoke_token", token_hash: jobs.a!.token_hash }]);
    const after = verify(verifier, jobs.a!.bundle, c.c2!);
    expect(after).toMatchObject({ code: 1, verdict: "fail" });
    expect(failed(after)).toEqual(["TOKEN_NOT_REVOKED"]);
  });

  it("revoking another job's token by jti: its verify fails TOKEN_NOT_REVOKED", () => {
    jobs.b = job(w, "b", v.v2!, c.c2!, ["--jti", "cst_incident_b"]);
    expect(jobs.b.jti).toBe("cst_incident_b");
    const r = cli(w.repo, ["revoke", "token", "--jti", "cst_incident_b", "--reason", "INC-1044: job b", "--key", w.key.file, "--json"]);
    ok(r);
    const [entry] = json(r).entries;
    expect(entry).toMatchObject({ seq: 7, kind: "revoke_token", token_jti: "cst_incident_b" });
    expect(entry.token_hash).toBeUndefined();
    const after = verify(verifier, jobs.b.bundle, c.c2!);
    expect(failed(after)).toEqual(["TOKEN_NOT_REVOKED"]);
    expect(after.code).toBe(1);
  });

  it("revoke --token JWT stores only the token's hash: no registry file, commit or object holds the JWT", () => {
    jobs.c = job(w, "c", v.v2!, c.c2!);
    const bundle = JSON.parse(readFileSync(jobs.c.bundle, "utf8"));
    const token: string = bundle.payload.metadata.cst.token;
    expect(token.split(".")).toHaveLength(3);
    const hash = createHash("sha256").update(token, "utf8").digest("hex");
    expect(hash).toBe(jobs.c.token_hash);
    const r = cli(w.repo, ["revoke", "token", "--token", token, "--reason", "INC-1045: job c", "--key", w.key.file, "--json"]);
    ok(r);
    const [entry] = json(r).entries;
    expect(entry).toMatchObject({ seq: 8, kind: "revoke_token", token_hash: hash });
    expect(entry.token_jti).toBeUndefined();
    const signature = token.split(".")[2]!;
    for (const text of [r.stdout, r.stderr]) expect(text).not.toContain(signature);
    const files = readRefFiles(w.remote, BRANCH);
    expect(files.size).toBeGreaterThan(0);
    for (const [path, bytes] of files) {
      const text = bytes.toString("utf8");
      expect(text.includes(token) || text.includes(signature), path).toBe(false);
    }
    for (const repo of [w.remote, w.repo]) {
      const history = git(repo, ["log", "--all", "-p", "--format=%H %s%n%b"]);
      expect(history).toContain(hash);
      expect(history.includes(token) || history.includes(signature)).toBe(false);
      const objects = allObjects(repo);
      expect(objects.includes(token) || objects.includes(signature)).toBe(false);
    }
    const after = verify(verifier, jobs.c.bundle, c.c2!);
    expect(failed(after)).toEqual(["TOKEN_NOT_REVOKED"]);
  });

  it("rollback to v1: a bundle made under v2 fails POLICY_CURRENT, one made under v1 passes", () => {
    const r = cli(w.repo, ["rollback", POLICY, "--to", v.v1!, "--reason", "INC-1043: v2 widened the policy", "--key", w.key.file, "--json"]);
    ok(r);
    expect(json(r).entries).toMatchObject([{ seq: 9, kind: "rollback", policy_id: POLICY, policy_hash_b64u: v.v1 }]);
    expect(show(verifier).policies[POLICY]).toBe(v.v1);
    jobs.d = job(w, "d", v.v2!, c.c2!);
    const underV2 = verify(verifier, jobs.d.bundle, c.c2!);
    expect(failed(underV2)).toEqual(["POLICY_CURRENT"]);
    expect(underV2.status.POLICY_NOT_REVOKED).toBe("pass");
    jobs.e = job(w, "e", v.v1!, c.c2!);
    const underV1 = verify(verifier, jobs.e.bundle, c.c2!);
    expect(failed(underV1)).toEqual([]);
    expect(underV1).toMatchObject({ code: 0, verdict: "pass" });
  });

  it("publish after the rollback does not re-publish the replaced v2 while its file is unchanged on main", () => {
    writeFileSync(join(w.repo, "NOTES.md"), "An unrelated change after the rollback.\n");
    c.docs = commitAll(w.repo, "notes");
    sh(w.repo, "push", "-q", "origin", "main");
    const onMain = json(cli(w.repo, ["hash", `git:origin/main:${POLICY_FILE}`, "--json"])).policy_hash_b64u;
    expect(onMain).toBe(v.v2);
    expect(publish(w).out).toMatchObject({ published: [], seq: 9 });
    expect(publish(w, w.repo, ["--all"]).out).toMatchObject({ published: [], seq: 9 });
    expect(show(verifier).policies[POLICY]).toBe(v.v1);
  });

  it("…and publishes again when the file changes", () => {
    c.c3 = editPolicy(w, "Triage incoming invoices (v3)");
    const out = publish(w).out;
    expect(out.published).toHaveLength(1);
    expect(out.published[0]).toMatchObject({ policy_id: POLICY, seq: 10 });
    v.v3 = out.published[0].policy_hash_b64u;
    expect([v.v1, v.v2]).not.toContain(v.v3);
    expect(show(verifier).policies[POLICY]).toBe(v.v3);
  });

  it("revoking the current version fails closed (no current version) until a publish (a rollback: below)", () => {
    jobs.f = job(w, "f", v.v3!, c.c3!);
    const r = cli(w.repo, ["revoke", "policy", v.v3!, "--reason", "INC-1046: v3 is compromised", "--key", w.key.file, "--json"]);
    ok(r);
    expect(json(r).entries).toMatchObject([{ seq: 11, kind: "revoke_policy", policy_id: POLICY, policy_hash_b64u: v.v3 }]);
    const s = show(verifier);
    expect(s.policies[POLICY]).toBeNull();
    expect(s.revoked_policies).toEqual([v.v3]);
    const text = cli(verifier, ["registry", "show"]);
    expect(text.stdout).toMatch(new RegExp(`${POLICY}\\s+\\(no current version\\)`));

    const underV3 = verify(verifier, jobs.f.bundle, c.c3!);
    expect(underV3.code).toBe(1);
    expect(failed(underV3).sort()).toEqual(["POLICY_CURRENT", "POLICY_NOT_REVOKED"]);
    // a bundle under a never-revoked version fails too: nothing is current
    const underV1 = verify(verifier, jobs.e!.bundle, c.c2!);
    expect(failed(underV1)).toEqual(["POLICY_CURRENT"]);

    // publishing the unchanged (revoked) file neither restores it nor succeeds with --all
    expect(publish(w).out).toMatchObject({ published: [], seq: 11 });
    const all = cli(w.repo, ["publish", "--all", "--key", w.key.file, "--json"]);
    expect(all.code).not.toBe(0);
    expect(json(all).error.code).toBe("E_POLICY_REVOKED");
    const back = cli(w.repo, ["rollback", POLICY, "--to", v.v3!, "--reason", "undo", "--key", w.key.file]);
    expect(back.code).not.toBe(0);
    expect(back.stderr).toContain("E_POLICY_REVOKED");
    expect(show(verifier).policies[POLICY]).toBeNull();

    c.c4 = editPolicy(w, "Triage incoming invoices (v4)");
    const out = publish(w).out;
    expect(out.published).toMatchObject([{ policy_id: POLICY, seq: 12 }]);
    v.v4 = out.published[0].policy_hash_b64u;
    expect(show(verifier).policies[POLICY]).toBe(v.v4);
    const underV4 = verify(verifier, job(w, "g", v.v4!, c.c4!).bundle, c.c4!);
    expect(underV4).toMatchObject({ code: 0, verdict: "pass" });
  });

  it("registry history lists every version with seq, time, commit, actor and status current/superseded/revoked", () => {
    const r = cli(verifier, ["registry", "history", POLICY, "--json"]);
    ok(r);
    const h = json(r);
    expect(h).toMatchObject({ ok: true, policy_id: POLICY, current: v.v4 });
    const rows = h.versions as any[];
    expect(rows.map((x) => [x.seq, x.kind, x.policy_hash_b64u, x.status, x.commit])).toEqual([
      [1, "publish", v.v1, "superseded", c.c1],
      [5, "publish", v.v2, "superseded", c.c2],
      [9, "rollback", v.v1, "superseded", c.c2],
      [10, "publish", v.v3, "revoked", c.c3],
      [11, "revoke_policy", v.v3, "revoked", c.c3],
      [12, "publish", v.v4, "current", c.c4],
    ]);
    const entries = new Map(log(verifier).map((e) => [e.seq, e]));
    for (const row of rows) {
      expect(row.actor).toBe(ACTOR);
      expect(row.issued_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(row.issued_at).toBe(entries.get(row.seq).issued_at);
      expect(row.reason).toBe(entries.get(row.seq).reason ?? null);
    }
    const text = cli(verifier, ["registry", "history", POLICY]);
    ok(text);
    const lines = text.stdout.trim().split("\n");
    expect(lines[0]).toBe(`${POLICY}: current ${v.v4}`);
    expect(lines.slice(1)).toHaveLength(rows.length);
    for (const [i, row] of rows.entries()) {
      const line = lines[i + 1]!;
      for (const part of [String(row.seq), row.issued_at, row.kind, row.policy_hash_b64u, row.status, ACTOR, row.commit.slice(0, 12)]) expect(line).toContain(part);
    }
  });

  it("revoke import of a clawscope events file appends one entry per new token hash, and is idempotent", () => {
    const hx = "a".repeat(64);
    const hy = createHash("sha256").update("another leaked token").digest("hex");
    const record = (token_hash: string, i: number, reason?: string) => ({
      key: `rev:${token_hash}:${i}`,
      record: { token_hash, revoked_at: 1767225600 + i, revoked_at_iso: new Date((1767225600 + i) * 1000).toISOString().replace(".000", ""), ...(reason ? { reason } : {}), revoked_by: "did:key:z6MkclawscopeOps" },
    });
    const doc = {
      events: [record(jobs.a!.token_hash, 0, "already revoked in the registry"), record(hx, 1, "INC-2001 leaked"), record(hy, 2), record(hx, 3, "INC-2001 seen again")],
      cursor: "cur_0004",
      list_complete: true,
    };
    const file = join(w.dir, "revocations.json");
    writeFileSync(file, JSON.stringify(doc, null, 2));
    const before = remoteRev(w.remote, BRANCH);
    const first = cli(w.repo, ["revoke", "import", file, "--key", w.key.file, "--json"]);
    ok(first);
    const out = json(first);
    expect(out).toMatchObject({ seq: 14, unchanged: false });
    expect(out.entries.map((e: any) => [e.seq, e.kind, e.token_hash])).toEqual([
      [13, "revoke_token", hx],
      [14, "revoke_token", hy],
    ]);
    expect(out.entries[0].reason).toContain("INC-2001 leaked");
    expect(out.entries[1].reason).toMatch(/^clawscope/);
    const mid = remoteRev(w.remote, BRANCH);
    expect(mid).not.toBe(before);
    const again = cli(w.repo, ["revoke", "import", file, "--key", w.key.file, "--json"]);
    ok(again);
    expect(json(again)).toMatchObject({ entries: [], seq: 14, unchanged: true });
    expect(remoteRev(w.remote, BRANCH)).toBe(mid);
    const revoked = show(verifier).revoked_tokens.hashes;
    for (const h of [jobs.a!.token_hash, jobs.c!.token_hash, hx, hy]) expect(revoked).toContain(h);
  });

  it("revoking v4 leaves invoice-triage with no current version again", () => {
    const r = cli(w.repo, ["revoke", "policy", v.v4!, "--reason", "INC-1047: v4 is bad too", "--key", w.key.file, "--json"]);
    ok(r);
    expect(json(r).entries).toMatchObject([{ seq: 15, kind: "revoke_policy", policy_hash_b64u: v.v4 }]);
    expect(show(verifier).policies[POLICY]).toBeNull();
  });

  it("the rollback action restores v1 and opens a pull request (validated by the stand-in) linking the entry; its summary says it had no app token", async () => {
    const gh = await startGitHubStandIn({ token: "ghs_workflow_token" });
    stands.push(gh);
    const run = await runAction("rollback", {
      cwd: w.repo,
      eventName: "workflow_dispatch",
      inputs: { "signing-key": readFileSync(w.key.file, "utf8"), "policy-id": POLICY, to: v.v1!, reason: "INC-1048: back to v1", "github-token": "ghs_workflow_token" },
      env: { GITHUB_API_URL: gh.url },
    });
    expect(run.status, run.all).toBe(0);
    expect(gh.violations).toEqual([]);
    const seq = Number(run.outputs.seq);
    expect(seq).toBe(16);
    expect(gh.state.pulls).toHaveLength(1);
    const pr = gh.state.pulls[0]!;
    expect(pr).toMatchObject({ owner: "acme", repo: "policies", base: "main", state: "open" });
    expect(run.outputs["pr-url"]).toBe(`https://github.com/acme/policies/pull/${pr.number}`);
    const entryPath = `log/${String(seq).padStart(12, "0")}.json`;
    expect(pr.body).toContain(`seq ${seq}`);
    expect(pr.body).toContain(`https://github.com/acme/policies/blob/${BRANCH}/${entryPath}`);
    expect(pr.body).toContain("INC-1048: back to v1");

    // the pushed branch changes exactly the policy file, to the v1 contract
    const branch = pr.head;
    expect(remoteRev(w.remote, branch)).not.toBeNull();
    sh(verifier, "fetch", "-q", "origin");
    expect(sh(verifier, "diff", "--name-only", "origin/main", `origin/${branch}`)).toBe(POLICY_FILE);
    const onBranch = json(cli(verifier, ["hash", `git:origin/${branch}:${POLICY_FILE}`, "--json"])).policy_hash_b64u;
    expect(onBranch).toBe(v.v1);
    // the rollback ended the fail-closed state: a bundle made under v1 passes again
    expect(show(verifier).policies[POLICY]).toBe(v.v1);
    expect(verify(verifier, jobs.e!.bundle, c.c2!)).toMatchObject({ code: 0, verdict: "pass" });

    expect(run.summary).toContain("GITHUB_TOKEN");
    expect(run.summary).toMatch(/triggers no workflows/);
    expect(run.summary).toContain("app-token");
    for (const k of keyForms(w.key)) expect(visible(run)).not.toContain(k);
  });

  it("with an app token the rollback pull request is opened with it, and the summary carries no warning", async () => {
    const gh = await startGitHubStandIn({ token: "ghs_app_token_for_wpc" });
    stands.push(gh);
    const run = await runAction("rollback", {
      cwd: w.repo,
      eventName: "workflow_dispatch",
      inputs: { "signing-key": readFileSync(w.key.file, "utf8"), "policy-id": POLICY, to: v.v2!, reason: "INC-1049: v2 after all", "app-token": "ghs_app_token_for_wpc", "github-token": "ghs_workflow_token" },
      env: { GITHUB_API_URL: gh.url },
    });
    expect(run.status, run.all).toBe(0);
    expect(gh.violations).toEqual([]); // a request carrying the workflow token would be a violation
    expect(gh.state.pulls).toHaveLength(1);
    expect(run.summary).not.toMatch(/triggers no workflows/);
    expect(visible(run)).not.toContain("ghs_app_token_for_wpc");
    for (const k of keyForms(w.key)) expect(visible(run)).not.toContain(k);
  });

  it("the registry verifies from a fresh clone: one chain, seq 1…17", () => {
    const fresh = cloneOf(w.remote, join(w.dir, "fresh"));
    const r = cli(fresh, ["registry", "verify", "--json", "--registry", `git:origin/${BRANCH}`]);
    ok(r);
    expect(json(r)).toMatchObject({ ok: true, seq: 17, problems: [] });
    const entries = log(fresh);
    expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const [i, e] of entries.entries()) expect(e.prev_entry_hash_b64u).toBe(i === 0 ? null : entries[i - 1].entry_hash_b64u);
  });
});
