/**
 * Registry writes under concurrency and failure (DESIGN.md §5): compare-and-swap on the `wpc-registry`
 * branch of a shared bare `origin`, with the bundled CLI as real processes and real git.
 *
 * (a) ten publishers at once, each in its own clone with its own new policy: exactly ten new entries,
 *     contiguous, one chain, each policy once; (b) a publisher SIGKILLed while git hangs (a `git`
 *     wrapper first on PATH sleeps on `fast-import` or `push`) leaves the remote untouched and the next
 *     run publishes; (c) publish is idempotent on one commit; (d) one invalid policy refuses the whole
 *     publish; (e) a revoked hash (revoked in process with the core's appendEntries, same key, and then
 *     with the `wpc revoke` CLI) is never published again; (f, it.fails) a late run for an older commit
 *     must not overwrite a newer published version.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { commitAll, policyRepo, sh } from "../support/git-repo.ts";
import {
  envelopeValid,
  git,
  gitWrapper,
  json,
  logFile,
  newKey,
  parseEnv,
  readDirFiles,
  readRefFiles,
  remoteRev,
  removeTemps,
  revOf,
  sameFiles,
  tempDir,
  track,
  withPurpose,
  wpc,
  wpcSpawn,
  type Key,
  type Run,
} from "../support/registry-harness.ts";
import { appendEntries, verifyRegistry } from "../../action/src/core/registry/registry.ts";
import { parseTrust } from "../../action/src/core/policy/trust.ts";
import { signerFromSeed } from "../../action/src/core/crypto/signer.ts";
import { openRegistry } from "../../action/src/io/registry-store.ts";

const BRANCH = "wpc-registry";
const NOW = "2026-04-01T12:00:00Z";
const VERIFY_AT = "2026-04-02T00:00:00Z";
const BASE_POLICY = "invoice-triage.wpc.json";

let remote: string; // bare origin
let A: Key; // the registry key
let baseText: string; // policies/invoice-triage.wpc.json

function clone(name: string): string {
  const dir = join(tempDir("wpc-clone-"), name);
  git(tempDir("wpc-cwd-"), ["clone", "-q", remote, dir]);
  sh(dir, "config", "user.name", "wpc test");
  sh(dir, "config", "user.email", "test@wpc.invalid");
  sh(dir, "config", "commit.gpgsign", "false");
  return dir;
}

/** A new policy `id` (a copy of the base policy with its own purpose), committed; returns the commit. */
function addPolicy(dir: string, id: string, purpose = `policy ${id}`): string {
  writeFileSync(join(dir, "policies", `${id}.wpc.json`), withPurpose(baseText, purpose));
  return commitAll(dir, `add ${id}`);
}

function publish(dir: string, extra: string[] = [], env: Record<string, string> = {}): Run {
  return wpc(dir, ["publish", "--key", A.file, "--json", ...extra], { WPC_NOW: NOW, ...env });
}

/** `wpc registry verify` of origin's branch from a fresh clone (exit code, JSON). */
function verifyFresh(): any {
  const fresh = clone("fresh");
  const r = wpc(fresh, ["registry", "verify", "--json", "--registry", `git:origin/${BRANCH}`, "--at", VERIFY_AT]);
  expect(r.code, r.stdout + r.stderr).toBe(0);
  return json(r);
}

function logOf(dir: string): any[] {
  const r = wpc(dir, ["registry", "log", "--json", "--registry", `git:origin/${BRANCH}`, "--at", VERIFY_AT]);
  expect(r.code, r.stderr).toBe(0);
  return json(r).entries;
}

function remoteSeq(): number {
  const head = parseEnv(readRefFiles(remote, BRANCH).get("HEAD.json"));
  return head.payload.seq as number;
}

beforeAll(() => {
  remote = tempDir("wpc-origin-");
  git(remote, ["init", "-q", "--bare", "-b", "main"]);
  const seed = track(policyRepo("wpc-reg-seed-"));
  baseText = readFileSync(join(seed, "policies", BASE_POLICY), "utf8");
  A = newKey();
  const add = wpc(seed, ["trust", "add-key", "--role", "registry", A.did]);
  expect(add.code, add.stderr).toBe(0);
  commitAll(seed, "trust the registry key");
  sh(seed, "remote", "add", "origin", remote);
  sh(seed, "push", "-q", "origin", "main");
  const r = publish(seed);
  expect(r.code, r.stderr).toBe(0);
  expect(json(r).seq).toBe(4);
  expect(remoteSeq()).toBe(4);
});

afterAll(() => removeTemps());

describe("compare-and-swap publishing", () => {
  it("(a) ten publishers at once: exactly ten new entries 5..14, one chain, each policy once", async () => {
    const N = 10;
    const before = remoteRev(remote, BRANCH)!;
    const clones = Array.from({ length: N }, (_, i) => clone(`c${i}`));
    const heads = clones.map((c, i) => addPolicy(c, `p${i}`));
    const wrap = gitWrapper('[ "$1" = push ] && echo push >> "$WPC_TEST_PUSH_LOG"');
    const t0 = performance.now();
    const runs = clones.map((c) => wpcSpawn(c, ["publish", "--key", A.file, "--json"], { WPC_NOW: NOW, PATH: wrap.path, WPC_TEST_PUSH_LOG: join(c, ".git", "wpc-push.log") }));
    const results = await Promise.all(runs.map((r) => r.done));
    const wallMs = performance.now() - t0;

    const seqs: number[] = [];
    results.forEach((r, i) => {
      expect(r.code, `publisher ${i}: ${r.stdout}${r.stderr}`).toBe(0);
      const out = json(r);
      expect(out.published.map((p: any) => p.policy_id)).toEqual([`p${i}`]);
      expect(out.commit).toBe(heads[i]);
      seqs.push(out.published[0].seq);
    });
    expect([...seqs].sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    const attempts = clones.map((c) => {
      const f = join(c, ".git", "wpc-push.log");
      return existsSync(f) ? readFileSync(f, "utf8").split("\n").filter(Boolean).length : 0;
    });
    console.log(
      `[registry-concurrency] ${N} concurrent publishers: ${wallMs.toFixed(0)} ms wall; push attempts per publisher ${JSON.stringify(attempts)} ` +
        `(total ${attempts.reduce((a, b) => a + b, 0)}, max ${Math.max(...attempts)}); per-process ms ${JSON.stringify(results.map((r) => Math.round(r.ms)))}`,
    );
    for (const a of attempts) expect(a).toBeGreaterThanOrEqual(1);

    // the remote: one linear history, one commit per write, each checkpoint one seq further
    const revs = git(remote, ["rev-list", "--reverse", "--first-parent", BRANCH]).split("\n");
    expect(git(remote, ["rev-list", "--count", BRANCH])).toBe(String(N + 1));
    expect(git(remote, ["rev-list", "--min-parents=2", BRANCH])).toBe("");
    expect(revs[0]).toBe(git(remote, ["rev-list", "--max-parents=0", BRANCH]));
    expect(git(remote, ["merge-base", "--is-ancestor", before, BRANCH]) === "").toBe(true);
    revs.forEach((rev, i) => expect(parseEnv(readRefFiles(remote, rev).get("HEAD.json")).payload.seq).toBe(4 + i));

    // every entry valid and chained (checked with node:crypto), signed by A, p_i once each
    const files = readRefFiles(remote, BRANCH);
    let prev: string | null = null;
    const published = new Map<string, number>();
    for (let seq = 1; seq <= 14; seq++) {
      const e = parseEnv(files.get(logFile(seq)));
      expect(envelopeValid(e), `entry ${seq}`).toBe(true);
      expect(e.signer_did).toBe(A.did);
      expect(e.payload.seq).toBe(seq);
      expect(e.payload.prev_entry_hash_b64u).toBe(prev);
      prev = e.payload_hash_b64u;
      if (seq > 4) published.set(e.payload.policy_id, (published.get(e.payload.policy_id) ?? 0) + 1);
    }
    expect(files.has(logFile(15))).toBe(false);
    expect(Object.fromEntries(published)).toEqual(Object.fromEntries(clones.map((_, i) => [`p${i}`, 1])));

    // the CLI agrees, from a fresh clone
    const v = verifyFresh();
    expect(v).toMatchObject({ ok: true, seq: 14, entry_hash_b64u: prev, problems: [] });
    const log = logOf(clones[0]!).filter((e) => e.seq > 4);
    expect(log.map((e) => e.seq)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    for (const e of log) {
      expect(e.kind).toBe("publish");
      const i = Number(e.policy_id.slice(1));
      expect(e.source.commit, `${e.policy_id} names its publisher's commit`).toBe(heads[i]);
    }
  }, 240_000); // ten whole publish processes racing on 2 cores: 45–55 s on a loaded machine

  for (const hangOn of ["fast-import", "push"] as const) {
    it(`(b) a publisher SIGKILLed while \`git ${hangOn}\` hangs leaves origin unchanged; the next run publishes`, async () => {
      const c = clone(`kill-${hangOn}`);
      const id = `killed-${hangOn.replace("-", "")}`;
      addPolicy(c, id);
      const before = remoteRev(remote, BRANCH)!;
      const seqBefore = remoteSeq();
      const marker = join(c, ".git", "wpc-hung");
      const wrap = gitWrapper(`if [ "$1" = "${hangOn}" ]; then : > "$WPC_TEST_MARKER"; exec sleep 60; fi`);
      const run = wpcSpawn(c, ["publish", "--key", A.file, "--json"], { WPC_NOW: NOW, PATH: wrap.path, WPC_TEST_MARKER: marker }, true);
      const deadline = Date.now() + 30_000;
      while (!existsSync(marker)) {
        if (Date.now() > deadline) throw new Error(`publisher never reached git ${hangOn}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      process.kill(-run.pid, "SIGKILL"); // the whole process group: node, the wrapper, sleep
      const killed = await run.done;
      expect(killed.signal).toBe("SIGKILL");

      expect(remoteRev(remote, BRANCH), "origin's wpc-registry did not move").toBe(before);
      expect(revOf(c, `refs/remotes/origin/${BRANCH}`)).toBe(before);
      expect(git(c, ["for-each-ref", "refs/wpc-tmp"])).toBe("");

      const r = publish(c);
      expect(r.code, r.stderr).toBe(0);
      expect(json(r).published).toEqual([expect.objectContaining({ policy_id: id, seq: seqBefore + 1 })]);
      expect(remoteRev(remote, BRANCH)).not.toBe(before);
      expect(git(remote, ["rev-parse", `${BRANCH}^`])).toBe(before);
      expect(verifyFresh()).toMatchObject({ ok: true, seq: seqBefore + 1 });
    });
  }

  it("(c) publish twice on the same commit appends nothing the second time (git branch with origin, and a directory)", () => {
    const c = clone("idem");
    addPolicy(c, "idem");
    const first = publish(c);
    expect(first.code, first.stderr).toBe(0);
    const seq = json(first).seq;
    expect(json(first).published).toHaveLength(1);
    const remoteAfter = remoteRev(remote, BRANCH);
    const localAfter = revOf(c, `refs/heads/${BRANCH}`);
    expect(localAfter).toBe(remoteAfter);

    for (const now of [NOW, "2026-05-01T00:00:00Z"]) {
      const again = publish(c, [], { WPC_NOW: now });
      expect(again.code, again.stderr).toBe(0);
      expect(json(again)).toMatchObject({ published: [], seq });
      expect(remoteRev(remote, BRANCH), "no new commit on origin").toBe(remoteAfter);
      expect(revOf(c, `refs/heads/${BRANCH}`), "no new commit on the local branch").toBe(localAfter);
    }
    const text = wpc(c, ["publish", "--key", A.file], { WPC_NOW: NOW });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`nothing to publish (registry git branch origin/${BRANCH} at seq ${seq})`);

    const dir = join(tempDir("wpc-idem-dir-"), "reg");
    const d1 = publish(c, ["--registry", dir]);
    expect(d1.code, d1.stderr).toBe(0);
    expect(json(d1).published).toHaveLength(5); // a new, empty registry: every policy at HEAD
    const snap = readDirFiles(dir);
    const d2 = publish(c, ["--registry", dir], { WPC_NOW: "2026-05-01T00:00:00Z" });
    expect(d2.code, d2.stderr).toBe(0);
    expect(json(d2)).toMatchObject({ published: [], seq: 5 });
    expect(sameFiles(readDirFiles(dir), snap), "the directory registry is byte-for-byte unchanged").toBe(true);
  });

  it("(d) one invalid policy refuses the whole publish (exit 2), the registry unchanged", () => {
    const bad: Array<[string, string]> = [
      // lint error WPC005: an unknown tool name
      ["pbad", JSON.stringify({ ...JSON.parse(baseText), tool_policy: { allow: ["read", "frobnicate"], deny: ["exec"] } }, null, 2)],
      // not I-JSON: a duplicate member name
      ["pdup", baseText.replace('"wpc_version": "v1",', '"wpc_version": "v1",\n  "wpc_version": "v1",')],
    ];
    for (const [id, text] of bad) {
      const c = clone(`invalid-${id}`);
      writeFileSync(join(c, "policies", "pgood.wpc.json"), withPurpose(baseText, "a valid new policy"));
      writeFileSync(join(c, "policies", `${id}.wpc.json`), text);
      commitAll(c, `add pgood and ${id}`);
      const before = remoteRev(remote, BRANCH);
      const localBefore = revOf(c, `refs/heads/${BRANCH}`);
      const r = publish(c);
      expect(r.code, r.stdout + r.stderr).toBe(2);
      const err = json(r).error;
      expect(err.code).toBe("E_BAD_INPUT");
      expect(err.message).toContain(`policies/${id}.wpc.json`);
      expect(r.stderr).toMatch(/^wpc: E_BAD_INPUT: refusing to publish/);
      expect(remoteRev(remote, BRANCH)).toBe(before);
      expect(revOf(c, `refs/heads/${BRANCH}`)).toBe(localBefore);
      expect(logOf(c).some((e) => e.policy_id === "pgood")).toBe(false);
    }
  });

  it("(e) a revoked policy hash is never published again: E_POLICY_REVOKED, registry unchanged", () => {
    const c = clone("revoke");
    const v1 = withPurpose(baseText, "policy pr, version 1");
    const v2 = withPurpose(baseText, "policy pr, version 2");
    const file = join(c, "policies", "pr.wpc.json");
    writeFileSync(file, v1);
    commitAll(c, "pr v1");
    const p1 = publish(c);
    expect(p1.code, p1.stderr).toBe(0);
    const h1 = json(p1).published[0].policy_hash_b64u as string;
    writeFileSync(file, v2);
    commitAll(c, "pr v2");
    const p2 = publish(c);
    expect(p2.code, p2.stderr).toBe(0);
    const h2 = json(p2).published[0].policy_hash_b64u as string;

    // revoke v1 in process: the core's appendEntries with the same key, written through the git store
    const trust = parseTrust(readFileSync(join(c, "policies/trust.json")), "policies/trust.json");
    const store = openRegistry(`git:${BRANCH}`, c);
    const snap = store.read();
    const at = Date.parse(NOW);
    const reg = verifyRegistry(snap.files, { trust, at });
    expect(reg.ok, JSON.stringify(reg.problems)).toBe(true);
    const app = appendEntries(reg, [{ kind: "revoke_policy", policy_id: "pr", policy_hash_b64u: h1, reason: "test revocation" }], signerFromSeed(new Uint8Array(A.seed)), {
      now: at,
      source: { repository: null, ref: null, commit: null, run_id: null, actor: "registry-test" },
      checkpointDays: 90,
    });
    expect(store.write(snap, app.files, "wpc revoke_policy pr (test)")).toBe("ok");
    const revokedSeq = app.seq;
    expect(verifyFresh()).toMatchObject({ ok: true, seq: revokedSeq });
    const show = wpc(c, ["registry", "show", "--json", "--registry", `git:origin/${BRANCH}`, "--at", VERIFY_AT]);
    expect(json(show).revoked_policies).toContain(h1);
    expect(json(show).policies.pr).toBe(h2);

    const attempts: Array<[string, () => void]> = [
      ["the file reverted to the revoked version", () => writeFileSync(file, v1)],
      ["the revoked content under a new policy id", () => {
        writeFileSync(file, v2);
        writeFileSync(join(c, "policies", "pr-copy.wpc.json"), v1);
      }],
    ];
    for (const [what, change] of attempts) {
      change();
      commitAll(c, what);
      const before = remoteRev(remote, BRANCH);
      for (const extra of [[], ["--all"]]) {
        const r = publish(c, extra);
        expect(r.code, `${what} ${extra.join(" ")}: ${r.stdout}${r.stderr}`).toBe(2);
        expect(json(r).error.code).toBe("E_POLICY_REVOKED");
        expect(json(r).error.message).toContain(h1);
        expect(remoteRev(remote, BRANCH)).toBe(before);
      }
    }
    const log = logOf(c);
    expect(log.at(-1)).toMatchObject({ seq: revokedSeq, kind: "revoke_policy", policy_hash_b64u: h1 });
    expect(log.filter((e) => e.policy_hash_b64u === h1).map((e) => e.kind)).toEqual(["publish", "revoke_policy"]);

    // the same through the `wpc revoke` CLI (added since this suite was specified): revoke the current
    // version; pr has no current version; only --all reconsiders its unchanged file, and refuses
    const rv = wpc(c, ["revoke", "policy", h2, "--reason", "cli revocation", "--key", A.file], { WPC_NOW: NOW });
    expect(rv.code, rv.stdout + rv.stderr).toBe(0);
    expect(verifyFresh()).toMatchObject({ ok: true, seq: revokedSeq + 1 });
    const show2 = json(wpc(c, ["registry", "show", "--json", "--registry", `git:origin/${BRANCH}`, "--at", VERIFY_AT]));
    expect(show2.policies.pr).toBeNull();
    expect(show2.revoked_policies).toEqual([h1, h2].sort());
    sh(c, "rm", "-q", "policies/pr-copy.wpc.json");
    commitAll(c, "drop pr-copy");
    const before = remoteRev(remote, BRANCH);
    const quiet = publish(c);
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(json(quiet).published).toEqual([]);
    const all = publish(c, ["--all"]);
    expect(all.code, all.stdout + all.stderr).toBe(2);
    expect(json(all).error).toMatchObject({ code: "E_POLICY_REVOKED", message: expect.stringContaining(h2) });
    expect(remoteRev(remote, BRANCH)).toBe(before);
  });

  // BUG: a late run for an OLDER commit republishes stale versions over newer ones. publish.ts:113-115
  // (changedSince) returns null — "consider every policy" — when the last publish entry's commit is not
  // in the local repository, as it is not in a checkout made before that commit was pushed. Repro: main
  // M1 sets invoice-triage's purpose to "old", M2 (child of M1) to "new"; a runner checks out M1, then
  // M2's run publishes "new"; M1's run then publishes "old" (exit 0, a new seq) and the registry's
  // current invoice-triage is the stale M1 version — e.g. a tightening silently undone. Expected: M1's
  // run appends nothing (M1 is an ancestor of the last published commit), or at least refuses; it must
  // not fall back to "all" when the last publish commit cannot be resolved (fetch it, or fail).
  it("(f) a late run for an older commit does not overwrite the newer published version", () => {
    const oldRun = clone("late-old");
    const f = join(oldRun, "policies", BASE_POLICY);
    writeFileSync(f, withPurpose(baseText, "invoice triage, old"));
    const m1 = commitAll(oldRun, "M1: invoice-triage old");
    sh(oldRun, "push", "-q", "origin", "HEAD:main");
    const newRun = clone("late-new"); // checked out after M2 is pushed; oldRun was checked out before
    writeFileSync(join(newRun, "policies", BASE_POLICY), withPurpose(baseText, "invoice triage, new"));
    const m2 = commitAll(newRun, "M2: invoice-triage new");
    sh(newRun, "push", "-q", "origin", "HEAD:main");
    expect(git(newRun, ["rev-parse", "HEAD^"])).toBe(m1);

    const n = publish(newRun);
    expect(n.code, n.stderr).toBe(0);
    const published = json(n).published as any[];
    const newHash = published.find((p) => p.policy_id === "invoice-triage")!.policy_hash_b64u as string;
    expect(logOf(newRun).at(-1)!.source.commit).toBe(m2);

    const before = remoteRev(remote, BRANCH);
    const o = publish(oldRun);
    expect(o.code, o.stderr).toBe(0);
    expect(json(o).published, "the older commit publishes nothing").toEqual([]);
    expect(remoteRev(remote, BRANCH)).toBe(before);
    const show = wpc(oldRun, ["registry", "show", "--json", "--registry", `git:origin/${BRANCH}`, "--at", VERIFY_AT]);
    expect(json(show).policies["invoice-triage"]).toBe(newHash);
  });
});
