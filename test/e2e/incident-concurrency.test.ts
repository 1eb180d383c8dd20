/**
 * Incident writes racing other writes (DESIGN.md §5 "Concurrency", §7 "a revoke must never be
 * dropped"): separate CLI processes in separate clones of one bare `origin`, started together. A `git`
 * wrapper first on PATH holds each process's first `push` until every process has reached its own, so
 * all of them read the same registry commit and the compare-and-swap conflict is certain, not a matter
 * of timing; the push log proves the losers retried. Afterwards a fresh clone verifies one chain.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { git, gitWrapper, json, remoteRev, removeTemps, tempDir, wpcSpawn, type Run } from "../support/registry-harness.ts";
import { ACTOR, BRANCH, POLICY, cli, cloneOf, createWorld, editPolicy, publish, type World } from "../support/incident-world.ts";

let w: World;
let n = 0;

/** A wrapper that parks each process's first push until `count` processes are parked (≤ 15 s). */
const barrierGit = gitWrapper(
  [
    'if [ "$1" = push ]; then',
    '  echo "$WPC_TEST_ID" >> "$WPC_TEST_BARRIER.log"',
    '  if [ ! -e "$WPC_TEST_BARRIER/$WPC_TEST_ID" ]; then',
    '    : > "$WPC_TEST_BARRIER/$WPC_TEST_ID"',
    "    i=0",
    '    while [ "$(ls "$WPC_TEST_BARRIER" | wc -l)" -lt "$WPC_TEST_N" ] && [ "$i" -lt 750 ]; do sleep 0.02; i=$((i+1)); done',
    "  fi",
    "fi",
  ].join("\n"),
);

interface Racer {
  id: string;
  cwd: string;
  args: string[];
}

/** Start every racer at once (real processes); returns their runs and the push log (ids, in order). */
async function race(racers: Racer[]): Promise<{ runs: Map<string, Run>; pushes: string[] }> {
  const barrier = join(tempDir("wpc-barrier-"), `b${n++}`);
  mkdirSync(barrier);
  const env = (id: string) => ({ PATH: barrierGit.path, GITHUB_ACTOR: ACTOR, WPC_TEST_ID: id, WPC_TEST_BARRIER: barrier, WPC_TEST_N: String(racers.length) });
  const started = racers.map((r) => ({ id: r.id, p: wpcSpawn(r.cwd, r.args, env(r.id)) }));
  const runs = new Map<string, Run>();
  for (const s of started) runs.set(s.id, await s.p.done);
  const pushes = readFileSync(`${barrier}.log`, "utf8").trim().split("\n");
  return { runs, pushes };
}

/** The registry on origin, read and verified from a fresh clone: verify JSON and the log entries. */
function freshView(): { verify: any; entries: any[] } {
  const fresh = cloneOf(w.remote, join(tempDir("wpc-fresh-"), "fresh"));
  const reg = ["--registry", `git:origin/${BRANCH}`];
  const v = cli(fresh, ["registry", "verify", "--json", ...reg]);
  expect(v.code, v.stdout + v.stderr).toBe(0);
  const l = cli(fresh, ["registry", "log", "--json", ...reg]);
  expect(l.code, l.stderr).toBe(0);
  return { verify: json(v), entries: json(l).entries };
}

function expectOneChain(entries: any[], seq: number): void {
  expect(entries.map((e) => e.seq)).toEqual(Array.from({ length: seq }, (_, i) => i + 1));
  for (const [i, e] of entries.entries()) expect(e.prev_entry_hash_b64u).toBe(i === 0 ? null : entries[i - 1].entry_hash_b64u);
}

const tokenHash = (s: string) => createHash("sha256").update(s).digest("hex");
const heads = () => git(w.remote, ["for-each-ref", "--format=%(refname)", "refs/heads"]).split("\n").sort();

beforeAll(() => {
  w = createWorld("wpc-incident-race-");
  expect(publish(w).out.seq).toBe(4);
});

afterAll(() => removeTemps());

describe("incident writes under concurrency", () => {
  it("a revoke and a publish started at the same moment both land, in some order, on one chain", async () => {
    const revoker = cloneOf(w.remote, join(w.dir, "revoker"));
    const publisher = cloneOf(w.remote, join(w.dir, "publisher"));
    editPolicy(w, "Triage incoming invoices (raced v2)", publisher);
    const h = tokenHash("token racing a publish");
    const before = remoteRev(w.remote, BRANCH);
    const { runs, pushes } = await race([
      { id: "revoke", cwd: revoker, args: ["revoke", "token", "--token-hash", h, "--reason", "INC-3001: raced", "--key", w.key.file, "--json"] },
      { id: "publish", cwd: publisher, args: ["publish", "--key", w.key.file, "--json"] },
    ]);
    for (const [id, r] of runs) expect(r.code, `${id}: ${r.stdout}${r.stderr}`).toBe(0);
    const revoked = json(runs.get("revoke")!).entries;
    const published = json(runs.get("publish")!).published;
    expect(revoked).toHaveLength(1);
    expect(published).toHaveLength(1);
    expect([revoked[0].seq, published[0].seq].sort()).toEqual([5, 6]);
    // both reached the barrier with the same base: one won, the other retried after a conflict
    expect(pushes.length).toBeGreaterThanOrEqual(3);
    expect(new Set(pushes)).toEqual(new Set(["revoke", "publish"]));
    expect(remoteRev(w.remote, BRANCH)).not.toBe(before);

    const { verify, entries } = freshView();
    expect(verify).toMatchObject({ ok: true, seq: 6, problems: [] });
    expectOneChain(entries, 6);
    const tail = entries.slice(4);
    expect(tail.map((e) => e.kind).sort()).toEqual(["publish", "revoke_token"]);
    expect(tail.find((e) => e.kind === "revoke_token")).toMatchObject({ token_hash: h, reason: "INC-3001: raced" });
    expect(tail.find((e) => e.kind === "publish")).toMatchObject({ policy_id: POLICY, policy_hash_b64u: published[0].policy_hash_b64u });
    expect(heads()).toEqual(["refs/heads/main", `refs/heads/${BRANCH}`]);
  });

  it("three revokes started together (three token hashes) all land", async () => {
    const hashes = ["one", "two", "three"].map((s) => tokenHash(`raced token ${s}`));
    const racers = hashes.map((h, i) => ({
      id: `r${i}`,
      cwd: cloneOf(w.remote, join(w.dir, `revoker-${i}`)),
      args: ["revoke", "token", "--token-hash", h, "--reason", `INC-300${i + 2}: raced`, "--key", w.key.file, "--json"],
    }));
    const { runs, pushes } = await race(racers);
    for (const [id, r] of runs) expect(r.code, `${id}: ${r.stdout}${r.stderr}`).toBe(0);
    const seqs = [...runs.values()].map((r) => json(r).entries[0].seq).sort();
    expect(seqs).toEqual([7, 8, 9]);
    // three on one base: one winner, two losers who pushed again (at least once each)
    expect(pushes.length).toBeGreaterThanOrEqual(5);

    const { verify, entries } = freshView();
    expect(verify).toMatchObject({ ok: true, seq: 9, problems: [] });
    expectOneChain(entries, 9);
    const landed = entries.slice(6).map((e) => e.token_hash);
    expect([...landed].sort()).toEqual([...hashes].sort());
    expect(heads()).toEqual(["refs/heads/main", `refs/heads/${BRANCH}`]);
  });
});
