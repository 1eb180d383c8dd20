/**
 * action/publish end to end: the bundled action (action/dist/publish.js) run as a subprocess with a
 * runner-like environment, in a real temporary repository whose `origin` is a local bare repository.
 * The registry is read back with the bundled CLI (`wpc registry verify|log --registry
 * git:origin/wpc-registry`).
 *
 * Secret hygiene: the signing key (a 32-byte seed) must never appear, as base64url, standard base64 or
 * hex, in stdout, stderr, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, a registry file, a commit or any other
 * file of either repository, on success and on every failure path; the action masks it first
 * (`::add-mask::`, consumed by the runner, so those lines are the one place the key may be written).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CLI } from "../support/paths.ts";
import { GIT_ENV, commitAll, policyRepo, sh } from "../support/git-repo.ts";
import { runAction, type ActionRun } from "../support/run-action.ts";

// ---------------------------------------------------------------------------------------------------
// helpers

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of this test process without anything that could carry a signing key. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (k !== "WPC_SIGNING_KEY" && !k.startsWith("INPUT_")) env[k] = v;
  return env;
}

function wpc(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...cleanEnv(), ...GIT_ENV, NO_COLOR: "1", ...env } });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(r: Run): any {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`stdout is not JSON:\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
}

interface Key {
  dir: string;
  file: string;
  /** The key file's text, trimmed: base64url of the seed. */
  text: string;
  seed: Uint8Array;
  did: string;
}

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(d);
  return d;
}

/** `wpc keygen --out DIR` in a directory outside any repository. */
function newKey(): Key {
  const dir = join(tempDir("wpc-key-"), "keys");
  const r = wpc(tmpdir(), ["keygen", "--out", dir]);
  expect(r.code, r.stderr).toBe(0);
  const did = r.stdout.trim();
  expect(did).toMatch(/^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]+$/);
  const file = join(dir, "wpc-signing.key");
  expect(statSync(file).mode & 0o777).toBe(0o600);
  const text = readFileSync(file, "utf8").trim();
  const seed = new Uint8Array(Buffer.from(text, "base64url"));
  expect(seed.length).toBe(32);
  return { dir, file, text, seed, did };
}

interface Fixture {
  repo: string;
  remote: string;
  key: Key;
}

/** A policy repository (this project's policies/) with the key's DID in the registry role, pushed to a bare origin. */
function fixture(): Fixture {
  const remote = tempDir("wpc-origin-");
  sh(remote, "init", "-q", "--bare", "-b", "main");
  const repo = policyRepo("wpc-publish-");
  tempDirs.push(repo);
  const key = newKey();
  const add = wpc(repo, ["trust", "add-key", "--role", "registry", key.did, "--trust", "policies/trust.json"]);
  expect(add.code, add.stderr).toBe(0);
  commitAll(repo, "trust the registry key");
  sh(repo, "remote", "add", "origin", remote);
  sh(repo, "push", "-q", "origin", "main");
  return { repo, remote, key };
}

const REPOSITORY = "acme/policies";
const ACTOR = "release-bot";

function publishRun(f: Fixture, o: { key?: string; runId?: string; inputs?: Record<string, string> } = {}): Promise<ActionRun> {
  const head = sh(f.repo, "rev-parse", "HEAD");
  return runAction("publish", {
    cwd: f.repo,
    eventName: "push",
    event: { ref: "refs/heads/main", after: head, repository: { full_name: REPOSITORY } },
    inputs: { "signing-key": o.key ?? f.key.text, ...o.inputs },
    env: {
      GITHUB_SHA: head,
      GITHUB_REF: "refs/heads/main",
      GITHUB_REPOSITORY: REPOSITORY,
      GITHUB_RUN_ID: o.runId ?? "1000",
      GITHUB_ACTOR: ACTOR,
      GITHUB_WORKSPACE: f.repo,
    },
  });
}

/** The toolkit's escaping of a workflow command's data (actions/toolkit command.ts escapeData). */
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** The key as base64url, standard base64 (padded and not) and hex. */
function keyForms(seed: Uint8Array): string[] {
  const b = Buffer.from(seed);
  return [...new Set([b.toString("base64url"), b.toString("base64"), b.toString("base64").replace(/=+$/, ""), b.toString("hex")])];
}

/** What a log reader sees: the runner consumes `::add-mask::` commands and never displays them. */
function shown(text: string): string {
  return text
    .split("\n")
    .filter((l) => !l.startsWith("::add-mask::"))
    .join("\n");
}

/** Fails naming the place and the form's index, never printing the secret itself. */
function expectAbsent(where: string, text: string, secrets: readonly string[]): void {
  const lower = text.toLowerCase();
  secrets.forEach((s, i) => {
    const hit = /^[0-9a-f]+$/.test(s) ? lower.includes(s) : text.includes(s);
    expect(hit, `${where} contains secret form #${i}`).toBe(false);
  });
}

/** Every channel of an action run: stdout (minus mask commands), stderr, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY. */
function expectRunClean(r: ActionRun, secrets: readonly string[]): void {
  expectAbsent("stdout", shown(r.stdout), secrets);
  expectAbsent("stderr", r.stderr, secrets);
  expectAbsent("GITHUB_OUTPUT / GITHUB_STEP_SUMMARY", shown(r.all), secrets);
}

function expectMasked(r: ActionRun, value: string): void {
  expect(r.stdout.split("\n")).toContain(`::add-mask::${escapeData(value)}`);
  // masked before anything else is printed
  expect(r.stdout.split("\n")[0]!.startsWith("::add-mask::")).toBe(true);
}

function errorLines(r: ActionRun): string[] {
  return r.stdout.split("\n").filter((l) => l.startsWith("::error"));
}

/** Files of the registry branch in a repository (bare or not); empty when the branch does not exist. */
function registryFiles(gitDir: string, ref: string): Map<string, string> {
  const out = new Map<string, string>();
  const rev = spawnSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd: gitDir, encoding: "utf8" });
  if (rev.status !== 0) return out;
  for (const p of sh(gitDir, "ls-tree", "-r", "--name-only", ref).split("\n").filter(Boolean)) out.set(p, sh(gitDir, "show", `${ref}:${p}`));
  return out;
}

/** Every object of a repository (blobs, trees, commits, tags) decompressed, and every non-object file of its git dir. */
function repositoryText(dir: string): string {
  const gitDir = sh(dir, "rev-parse", "--absolute-git-dir");
  const objs = spawnSync("git", ["cat-file", "--batch-all-objects", "--batch"], { cwd: dir, maxBuffer: 1 << 28 });
  const parts = [objs.stdout.toString("latin1")];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (p !== join(gitDir, "objects")) walk(p);
      } else if (e.isFile()) parts.push(readFileSync(p).toString("latin1"));
    }
  };
  walk(gitDir);
  return parts.join("\n");
}

function expectRepositoriesClean(f: Fixture, secrets: readonly string[]): void {
  for (const [path, text] of registryFiles(f.remote, "wpc-registry")) expectAbsent(`registry file ${path}`, text, secrets);
  for (const dir of [f.repo, f.remote]) {
    const log = sh(dir, "log", "--all", "--format=%H%n%an <%ae>%n%cn <%ce>%n%B");
    expectAbsent(`git log of ${dir}`, log, secrets);
    expectAbsent(`objects and git files of ${dir}`, repositoryText(dir), secrets);
  }
  // the working tree holds no key either (keygen wrote it outside)
  const tracked = sh(f.repo, "ls-files", "-z").split("\0").filter(Boolean);
  for (const p of tracked) expectAbsent(`working tree ${p}`, readFileSync(join(f.repo, p), "utf8"), secrets);
}

interface Published {
  policy_id: string;
  policy_hash_b64u: string;
  claw_hash_b64u?: string;
  seq: number;
  file: string;
}

const POLICY_IDS = ["invoice-triage", "prod-deploy", "research-readonly", "user-provisioning"];

function hashOf(repo: string, file: string): string {
  const r = wpc(repo, ["hash", file, "--json"]);
  expect(r.code, r.stderr).toBe(0);
  return json(r).policy_hash_b64u as string;
}

/** Summary table rows `| \`id\` | \`hash\` | \`claw hash\` or — | seq | \`file\` |`. */
function summaryRows(summary: string): Published[] {
  const rows: Published[] = [];
  for (const line of summary.split("\n")) {
    const m = /^\| `([^`]+)` \| `([A-Za-z0-9_-]{43})` \| (?:`([A-Za-z0-9_-]{43})`|—) \| (\d+) \| `([^`]+)` \|$/.exec(line);
    if (m) rows.push({ policy_id: m[1]!, policy_hash_b64u: m[2]!, ...(m[3] ? { claw_hash_b64u: m[3] } : {}), seq: Number(m[4]), file: m[5]! });
  }
  return rows;
}

afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------------

describe("action/publish against a real repository with a real origin", () => {
  let f: Fixture;
  const runs: ActionRun[] = [];
  let firstHead = "";

  beforeAll(() => {
    f = fixture();
    firstHead = sh(f.repo, "rev-parse", "HEAD");
  });

  it("first run: publishes all four policies, pushes wpc-registry, outputs and summary name each hash and seq", async () => {
    const r = await publishRun(f, { runId: "1001" });
    runs.push(r);
    expect(r.status, shown(r.all)).toBe(0);
    expectMasked(r, f.key.text);
    // the leak check is not vacuous: it finds the key in the raw stdout (the mask command)
    expect(() => expectAbsent("raw stdout", r.stdout, keyForms(f.key.seed))).toThrow();
    expect(errorLines(r)).toEqual([]);

    const published = JSON.parse(r.outputs.published!) as Published[];
    expect(published).toHaveLength(4);
    expect(published.map((p) => p.policy_id).sort()).toEqual(POLICY_IDS);
    expect(published.map((p) => p.seq).sort()).toEqual([1, 2, 3, 4]);
    for (const p of published) {
      // trust.json has a claw section: each version's Claw hash is recorded and output
      expect(Object.keys(p).sort()).toEqual(["claw_hash_b64u", "file", "policy_hash_b64u", "policy_id", "seq"]);
      expect(p.claw_hash_b64u).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(p.file).toBe(`policies/${p.policy_id}.wpc.json`);
      expect(p.policy_hash_b64u).toBe(hashOf(f.repo, p.file));
    }
    expect(r.outputs.seq).toBe("4");

    expect(r.summary).toContain("4 policies published");
    expect(r.summary).toContain(firstHead);
    expect(r.summary).toContain(f.key.did);
    expect(summaryRows(r.summary).sort((a, b) => a.seq - b.seq)).toEqual([...published].sort((a, b) => a.seq - b.seq));

    // the branch is on the remote, and the local branch of the same name follows it
    const tip = sh(f.remote, "rev-parse", "--verify", "refs/heads/wpc-registry");
    expect(sh(f.repo, "rev-parse", "refs/heads/wpc-registry")).toBe(tip);
    const all = [...registryFiles(f.remote, "wpc-registry").keys()].sort();
    // the state snapshot the checkpoint signs (its root; no revocation shard yet)
    expect(all.filter((p) => p.startsWith("state/"))).toHaveLength(1);
    const files = all.filter((p) => !p.startsWith("state/"));
    expect(files).toEqual(["HEAD.json", ...[1, 2, 3, 4].map((s) => `log/${String(s).padStart(12, "0")}.json`), ...published.map((p) => `wpc/${p.policy_hash_b64u}.json`), ...published.map((p) => `claw/${p.claw_hash_b64u}.json`)].sort());
    // the policy branch is untouched, the working tree clean
    expect(sh(f.remote, "rev-parse", "refs/heads/main")).toBe(firstHead);
    expect(sh(f.repo, "status", "--porcelain")).toBe("");
  });

  it("the pushed registry verifies from origin and its log carries the run's source", () => {
    sh(f.repo, "fetch", "-q", "origin");
    const v = wpc(f.repo, ["registry", "verify", "--registry", "git:origin/wpc-registry", "--json"]);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    const body = json(v);
    expect(body.ok).toBe(true);
    expect(body.seq).toBe(4);
    expect(body.problems).toEqual([]);

    const l = wpc(f.repo, ["registry", "log", "--registry", "git:origin/wpc-registry", "--json"]);
    expect(l.code, l.stderr).toBe(0);
    const entries = json(l).entries as Array<Record<string, any>>;
    const published = JSON.parse(runs[0]!.outputs.published!) as Published[];
    expect(entries).toHaveLength(4);
    for (const e of entries) {
      expect(e.kind).toBe("publish");
      expect(e.signer).toBe(f.key.did);
      expect(e.source).toEqual({ repository: REPOSITORY, ref: "refs/heads/main", commit: firstHead, run_id: "1001", actor: ACTOR });
      const p = published.find((x) => x.seq === e.seq)!;
      expect([e.policy_id, e.policy_hash_b64u]).toEqual([p.policy_id, p.policy_hash_b64u]);
    }
  });

  it("a second run on the same commit appends nothing (key given as padded standard base64 with a newline)", async () => {
    const tip = sh(f.remote, "rev-parse", "refs/heads/wpc-registry");
    const std = Buffer.from(f.key.seed).toString("base64");
    const r = await publishRun(f, { runId: "1002", key: `${std}\n` });
    runs.push(r);
    expect(r.status, shown(r.all)).toBe(0);
    expectMasked(r, std);
    expect(JSON.parse(r.outputs.published!)).toEqual([]);
    expect(r.outputs.seq).toBe("4");
    expect(r.summary).toContain("nothing to publish");
    expect(summaryRows(r.summary)).toEqual([]);
    expect(sh(f.remote, "rev-parse", "refs/heads/wpc-registry")).toBe(tip);
  });

  it("after a commit that changes one policy, the next run publishes exactly that one, at seq 5", async () => {
    const file = join(f.repo, "policies/research-readonly.wpc.json");
    const doc = JSON.parse(readFileSync(file, "utf8"));
    doc.token_requirements.cst_ttl_seconds_max = 1800;
    writeFileSync(file, JSON.stringify(doc, null, 2) + "\n");
    const head = commitAll(f.repo, "research-readonly: shorter tokens");
    sh(f.repo, "push", "-q", "origin", "main");

    const r = await publishRun(f, { runId: "1003" });
    runs.push(r);
    expect(r.status, shown(r.all)).toBe(0);
    const published = JSON.parse(r.outputs.published!) as Published[];
    const hash = hashOf(f.repo, "policies/research-readonly.wpc.json");
    expect(published).toEqual([{ policy_id: "research-readonly", policy_hash_b64u: hash, claw_hash_b64u: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/), seq: 5, file: "policies/research-readonly.wpc.json" }]);
    expect(r.outputs.seq).toBe("5");
    expect(summaryRows(r.summary)).toEqual(published);
    expect(r.summary).toContain("1 policy published");

    sh(f.repo, "fetch", "-q", "origin");
    const v = wpc(f.repo, ["registry", "verify", "--registry", "git:origin/wpc-registry", "--json"]);
    expect(v.code, v.stdout + v.stderr).toBe(0);
    expect(json(v).seq).toBe(5);
    const entries = json(wpc(f.repo, ["registry", "log", "--registry", "git:origin/wpc-registry", "--json"])).entries as Array<Record<string, any>>;
    expect(entries).toHaveLength(5);
    expect(entries[4]).toMatchObject({ seq: 5, kind: "publish", policy_id: "research-readonly", policy_hash_b64u: hash });
    expect(entries[4]!.source).toEqual({ repository: REPOSITORY, ref: "refs/heads/main", commit: head, run_id: "1003", actor: ACTOR });
    const show = json(wpc(f.repo, ["registry", "show", "--registry", "git:origin/wpc-registry", "--json"]));
    expect(show.policies["research-readonly"]).toBe(hash);
  });

  it("no run wrote the key anywhere: logs, outputs, summaries, registry files, commits, refs", () => {
    const secrets = keyForms(f.key.seed);
    expect(runs).toHaveLength(3);
    for (const r of runs) expectRunClean(r, secrets);
    expectRepositoriesClean(f, secrets);
  });
});

describe("action/publish never leaks the signing key, on failure either", () => {
  it("a malformed key (wrong length) is masked first and the E_BAD_KEY error does not carry it", async () => {
    const f = fixture();
    const seed = Buffer.from(f.key.seed);
    const malformed = [
      f.key.text.slice(0, 42), // a truncated paste of the real key
      Buffer.concat([seed, Buffer.from([0x2a])]).toString("base64url"), // 33 bytes
      seed.subarray(0, 31).toString("base64"), // 31 bytes, standard base64 with padding
      `${f.key.text}${f.key.text}`, // pasted twice
    ];
    for (const bad of malformed) {
      const r = await publishRun(f, { key: bad });
      expect(r.status).toBe(1);
      expectMasked(r, bad);
      const errors = errorLines(r);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^::error::E_BAD_KEY: /);
      expect(errors[0]!.includes(bad)).toBe(false);
      expectRunClean(r, [bad, ...keyForms(f.key.seed)]);
      expect(r.outputs).toEqual({});
    }
    expect(registryFiles(f.remote, "wpc-registry").size).toBe(0);
    expectRepositoriesClean(f, keyForms(f.key.seed));
  });

  it("an empty key input fails with E_BAD_KEY", async () => {
    const f = fixture();
    const r = await publishRun(f, { key: "" });
    expect(r.status).toBe(1);
    expect(errorLines(r)).toEqual([expect.stringMatching(/^::error::E_BAD_KEY: /)]);
    expect(registryFiles(f.remote, "wpc-registry").size).toBe(0);
  });

  it("a valid key that trust.json does not name: E_BAD_KEY naming its DID, nothing published", async () => {
    const f = fixture();
    const other = newKey();
    const r = await publishRun(f, { key: other.text });
    expect(r.status).toBe(1);
    expectMasked(r, other.text);
    const errors = errorLines(r);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::E_BAD_KEY: /);
    expect(errors[0]).toContain(other.did);
    expectRunClean(r, [...keyForms(other.seed), ...keyForms(f.key.seed)]);
    expect(registryFiles(f.remote, "wpc-registry").size).toBe(0);
    expectRepositoriesClean(f, [...keyForms(other.seed), ...keyForms(f.key.seed)]);
  });

  it("an invalid policy: E_BAD_INPUT naming the file, nothing published", async () => {
    const f = fixture();
    const file = join(f.repo, "policies/prod-deploy.wpc.json");
    const doc = JSON.parse(readFileSync(file, "utf8"));
    doc.tool_policy.allow.push("no_such_tool"); // WPC005, an error-level finding
    writeFileSync(file, JSON.stringify(doc, null, 2) + "\n");
    commitAll(f.repo, "break prod-deploy");
    const r = await publishRun(f);
    expect(r.status).toBe(1);
    expectMasked(r, f.key.text);
    const errors = errorLines(r);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::E_BAD_INPUT: /);
    expect(errors[0]).toContain("policies/prod-deploy.wpc.json");
    expect(errors[0]).toContain("WPC005");
    expectRunClean(r, keyForms(f.key.seed));
    expect(registryFiles(f.remote, "wpc-registry").size).toBe(0);
    expectRepositoriesClean(f, keyForms(f.key.seed));
  });

  it("an unreachable origin: E_IO, nothing written", async () => {
    const f = fixture();
    const gone = join(tempDir("wpc-gone-"), "missing.git");
    sh(f.repo, "remote", "set-url", "origin", gone);
    const r = await publishRun(f);
    expect(r.status).toBe(1);
    expectMasked(r, f.key.text);
    expect(errorLines(r)).toEqual([expect.stringMatching(/^::error::E_IO: /)]);
    expectRunClean(r, keyForms(f.key.seed));
    expect(existsSync(gone)).toBe(false);
    expectRepositoriesClean(f, keyForms(f.key.seed));
  });

  it("the registry push fails (push URL unreachable, fetch fine): E_IO, the remote is unchanged", async () => {
    const f = fixture();
    sh(f.repo, "remote", "set-url", "--push", "origin", join(tempDir("wpc-gone-"), "missing.git"));
    const r = await publishRun(f);
    expect(r.status).toBe(1);
    expectMasked(r, f.key.text);
    const errors = errorLines(r);
    expect(errors).toEqual([expect.stringMatching(/^::error::E_IO: git push origin wpc-registry/)]);
    expectRunClean(r, keyForms(f.key.seed));
    expect(registryFiles(f.remote, "wpc-registry").size).toBe(0);
    expect(r.outputs).toEqual({});
    expectRepositoriesClean(f, keyForms(f.key.seed));
  });

  describe("the remote declines the push (a pre-receive hook, as GitHub branch protection does)", () => {
    let f: Fixture;
    let r: ActionRun;
    let elapsedMs = 0;
    beforeAll(async () => {
      f = fixture();
      // a chatty hook: it prints the signing-key input it inherited (local transport) before declining
      const hook = join(f.remote, "hooks/pre-receive");
      writeFileSync(hook, '#!/bin/sh\nenv | grep -i signing >&2\necho "GH006: Protected branch update failed for refs/heads/wpc-registry." >&2\nexit 1\n');
      chmodSync(hook, 0o755);
      const t0 = Date.now();
      r = await publishRun(f);
      elapsedMs = Date.now() - t0;
    }, 120_000);

    it("fails, writes nothing, and never relays the hook's output (which holds the key)", () => {
      expect(r.status).toBe(1);
      expectMasked(r, f.key.text);
      expect(errorLines(r)).toHaveLength(1);
      expectRunClean(r, keyForms(f.key.seed));
      expect(registryFiles(f.remote, "wpc-registry").size).toBe(0);
      expect(r.outputs).toEqual({});
      expectRepositoriesClean(f, keyForms(f.key.seed));
    });

    // BUG (io/registry-git.ts GitRegistryStore.write): `[remote rejected] … (pre-receive hook declined)`
    // matches the /rejected/ conflict pattern, so a push the server refuses outright (protected branch,
    // no permission) is treated as a lost compare-and-swap: 12 attempts with backoff (~18 s), then
    // E_REG_CONFLICT "the registry kept moving", although the remote never moved. Expected: a decline
    // whose re-read shows the branch still at the lease value fails at once as E_IO with the reason.
    it("a declined push fails at once as E_IO, not as E_REG_CONFLICT after 12 compare-and-swap retries", () => {
      expect(errorLines(r)[0]).toMatch(/^::error::E_IO: /);
      expect(elapsedMs).toBeLessThan(5_000);
    });
  });
});

describe("the wpc CLI never prints the key", () => {
  let f: Fixture;
  let dir: string;
  const MARKER = `WPCLEAKMARKER${Math.random().toString(36).slice(2, 10)}`;

  beforeAll(() => {
    f = fixture();
    dir = tempDir("wpc-cli-keys-");
  });

  function keyFile(name: string, text: string, mode: number): string {
    const p = join(dir, name);
    writeFileSync(p, text, { mode });
    chmodSync(p, mode);
    return p;
  }

  function expectOneLineBadKey(r: Run, secrets: readonly string[]): void {
    expect(r.code).toBe(2);
    const lines = r.stderr.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^wpc: E_BAD_KEY: /);
    expectAbsent("stderr", r.stderr, secrets);
    expectAbsent("stdout", r.stdout, secrets);
  }

  it("--key FILE with garbage in a 0600 file: one E_BAD_KEY line, no marker (text, --json and --format github)", () => {
    const p = keyFile("garbage.key", `not a key ${MARKER}\n`, 0o600);
    const text = wpc(f.repo, ["publish", "--key", p]);
    expectOneLineBadKey(text, [MARKER]);
    expect(text.stdout).toBe("");
    const j = wpc(f.repo, ["publish", "--key", p, "--json"]);
    expectOneLineBadKey(j, [MARKER]);
    expect(json(j).error.code).toBe("E_BAD_KEY");
    const gh = wpc(f.repo, ["publish", "--key", p, "--format", "github"]);
    expectOneLineBadKey(gh, [MARKER]);
    expect(gh.stdout).toMatch(/^::error[^:]*::E_BAD_KEY: /);
  });

  it("--key FILE with an oversized 0600 file full of marker: E_BAD_KEY, nothing echoed", () => {
    const p = keyFile("big.key", `${MARKER}\n`.repeat(64), 0o600);
    expectOneLineBadKey(wpc(f.repo, ["publish", "--key", p]), [MARKER]);
  });

  it("WPC_SIGNING_KEY set to garbage carrying a marker: one E_BAD_KEY line without it", () => {
    for (const garbage of [`${MARKER}`, `  ${MARKER} ${MARKER}\n`, `${f.key.text.slice(0, 20)}${MARKER}`]) {
      const r = wpc(f.repo, ["publish"], { WPC_SIGNING_KEY: garbage });
      expectOneLineBadKey(r, [MARKER, garbage.trim()]);
      expect(r.stdout).toBe("");
    }
  });

  it("WPC_SIGNING_KEY that decodes to a seed but names no registry key: E_BAD_KEY with the DID, not the text", () => {
    const text = `${MARKER}${"x".repeat(42 - MARKER.length)}A`; // 43 base64url characters: a 32-byte seed
    expect(text).toHaveLength(43);
    const r = wpc(f.repo, ["publish"], { WPC_SIGNING_KEY: text });
    expectOneLineBadKey(r, [MARKER, text]);
    expect(r.stderr).toMatch(/did:key:z6Mk/);
  });

  it("a key file readable by others (0644) is refused without printing its contents", () => {
    const p = keyFile("loose.key", `${f.key.text}\n`, 0o644);
    const r = wpc(f.repo, ["publish", "--key", p]);
    expectOneLineBadKey(r, keyForms(f.key.seed));
    expect(r.stderr).toContain("644");
    expect(r.stdout).toBe("");
    expect(registryFiles(f.repo, "wpc-registry").size).toBe(0);
  });

  // BUG (io/git.ts git() passes process.env, WPC_SIGNING_KEY included, to every git subprocess, and
  // io/registry-git.ts GitRegistryStore.write relays firstLine(push stderr) in its E_IO message): a local
  // pre-push hook (husky, pre-commit …) that fails and prints its environment puts the key in
  // `wpc: E_IO: git push origin wpc-registry: WPC_SIGNING_KEY=<key>`. Expected: git runs without the key in
  // its environment (and hook/remote output is not echoed verbatim), so no error can carry it.
  it("a failing pre-push hook that prints its environment does not bring the key into the error", () => {
    const g = fixture();
    const hook = join(g.repo, ".git/hooks/pre-push");
    writeFileSync(hook, "#!/bin/sh\nenv | grep '^WPC_SIGNING_KEY=' >&2\necho 'pre-push: lint failed' >&2\nexit 1\n");
    chmodSync(hook, 0o755);
    const r = wpc(g.repo, ["publish"], { WPC_SIGNING_KEY: g.key.text });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^wpc: E_IO: git push origin wpc-registry/);
    expectAbsent("stderr", r.stderr, keyForms(g.key.seed));
  });

  it("the 0600 key file keygen wrote publishes (the CLI path works), and its output has no key", () => {
    const r = wpc(f.repo, ["publish", "--key", f.key.file, "--registry", "git:wpc-registry"]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("registry git branch origin/wpc-registry at seq 4");
    expectAbsent("stdout", r.stdout, keyForms(f.key.seed));
    expectAbsent("stderr", r.stderr, keyForms(f.key.seed));
    expectRepositoriesClean(f, keyForms(f.key.seed));
  });
});
