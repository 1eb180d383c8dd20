/**
 * Registry benchmarks (in process, warm, median of 5), each against the bare Ed25519 work it cannot avoid:
 * - publish: 1,000 distinct policies committed at HEAD of a git repository, published by io/publish.ts
 *   `publish` to a fresh empty DIRECTORY registry per run (git reads of the policies included), vs a bare
 *   loop of `sign` (core/ed25519.ts, the same library) over as many messages as publish signs:
 *   1,000 contracts + 1,000 entries + 1 checkpoint.
 * - verify: `verifySnapshot` (verifyRegistry, its signatures decided ahead on the worker threads) over a 10,000-entry log already in memory (a Map of path → bytes; reading the
 *   files is NOT timed, the note gives the directory read time), vs a bare loop of `verify` over the same
 *   signatures: 10,000 entries + 10,000 contracts + 1 checkpoint. The log is 1,000 policies published ten
 *   times each (ten appends of 1,000 entries, as ten publish runs would write it).
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readFileSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { publish } from "../../action/src/io/publish.ts";
import { DirRegistryStore, verifySnapshot } from "../../action/src/io/registry-store.ts";
import { appendEntries, verifyRegistry, type EntryDraft, type VerifiedRegistry } from "../../action/src/core/registry/registry.ts";
import type { EntrySource } from "../../action/src/core/registry/types.ts";
import { parseTrust, type Trust } from "../../action/src/core/policy/trust.ts";
import { policyHash } from "../../action/src/core/crypto/hash.ts";
import { forgetValid, sign } from "../../action/src/core/crypto/ed25519.ts";
import { ed25519VerifyNode } from "../../action/src/core/crypto/crypto.ts";
import { publicKeyFromDidKey } from "../../action/src/core/crypto/did.ts";
import { b64uDecode } from "../../action/src/core/crypto/b64u.ts";
import { signerFromSeed, type Signer } from "../../action/src/core/crypto/signer.ts";
import type { JsonValue } from "../../action/src/core/json/ijson.ts";
import { timeMs, type Row } from "./harness.ts";

const TOOLS = ["read", "write", "edit", "web_fetch", "web_search", "browser", "message", "image", "memory_get", "sessions_list"];
const NOW = Date.parse("2026-03-01T12:00:00Z");
const SOURCE: EntrySource = { repository: "acme/policies", ref: "refs/heads/main", commit: "0".repeat(40), run_id: "1", actor: "bench" };

type Doc = Record<string, any>;

/** Policy `i`, version `v`: a valid WPC (no error-level finding), distinct for every (i, v). */
function generatedPolicy(example: Doc, i: number, v = 0): Doc {
  const d = structuredClone(example);
  d.purpose = `Generated policy ${i} version ${v}: ${example.purpose}`.slice(0, 500);
  d.tool_policy.allow = [TOOLS[i % TOOLS.length], TOOLS[(i * 7 + 3) % TOOLS.length], "read"].filter((t, j, a) => a.indexOf(t) === j);
  d.token_requirements.cst_ttl_seconds_max = 60 + ((i + v * 37) % 3000);
  return d;
}

function benchSigner(): Signer {
  return signerFromSeed(new Uint8Array(randomBytes(32)));
}

/** This project's trust.json with `did` as the registry key. */
function trustText(root: string, did: string): string {
  const t = JSON.parse(readFileSync(join(root, "policies/trust.json"), "utf8"));
  t.roles.registry = { keys: [did] };
  return JSON.stringify(t, null, 2) + "\n";
}

/** git with a fixed identity and no system config (bench repositories); its trimmed stdout. */
export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync("git", args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, GIT_AUTHOR_NAME: "bench", GIT_AUTHOR_EMAIL: "bench@wpc.invalid", GIT_COMMITTER_NAME: "bench", GIT_COMMITTER_EMAIL: "bench@wpc.invalid", GIT_CONFIG_NOSYSTEM: "1" },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
}

/** 43-character messages like the payload hashes publish signs. */
function messages(n: number): Uint8Array[] {
  const enc = new TextEncoder();
  return Array.from({ length: n }, (_, i) => enc.encode(Buffer.from(`${i}`.padStart(32, "m")).toString("base64url").slice(0, 43)));
}

/**
 * `onDisk`: the registry directory on a real disk (WPC_BENCH_DISK_TMP, else /var/tmp) instead of the
 * bench's tmpfs. Directory writes are crash-safe (each file written, fsynced, renamed; the directories
 * fsynced; the checkpoint last), and fsync costs nothing on tmpfs, so the disk row's baseline adds what
 * the disk cannot avoid: the same files written the same durable way by a bare loop.
 */
export async function benchPublish(root: string, count = 1_000, onDisk = false): Promise<Row> {
  const dir = mkdtempSync(join(onDisk ? (process.env.WPC_BENCH_DISK_TMP ?? "/var/tmp") : tmpdir(), "wpc-bench-publish-"));
  try {
    const repo = join(dir, "repo");
    mkdirSync(join(repo, "policies"), { recursive: true });
    const example = JSON.parse(readFileSync(join(root, "policies/invoice-triage.wpc.json"), "utf8")) as Doc;
    for (let i = 0; i < count; i++)
      writeFileSync(join(repo, "policies", `p${String(i).padStart(5, "0")}.wpc.json`), JSON.stringify(generatedPolicy(example, i), null, 2) + "\n");
    const signer = benchSigner();
    writeFileSync(join(repo, "policies/trust.json"), trustText(root, signer.did));
    git(repo, "init", "-q", "-b", "main");
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "generated policies");

    let n = 0;
    let last: ReturnType<typeof publish> | undefined;
    const ms = await timeMs(() => {
      last = publish({
        cwd: repo,
        policiesDir: "policies",
        registry: join(dir, `registry-${n++}`),
        trustFile: "policies/trust.json",
        signer,
        now: () => NOW,
        env: { GITHUB_REPOSITORY: "acme/policies", GITHUB_REF: "refs/heads/main", GITHUB_RUN_ID: "1", GITHUB_ACTOR: "bench" },
      });
    });
    if (!last || last.published.length !== count || last.seq !== count) throw new Error(`publish published ${last?.published.length} policies, seq ${last?.seq}`);

    // the floor signs as many envelopes as publish wrote (contracts, Claw WPCs, entries, checkpoint)
    const written = new DirRegistryStore(join(dir, `registry-${n - 1}`)).read().files;
    const sigs = [...written.keys()].filter((p) => !p.startsWith("state/")).length;
    const msgs = messages(sigs);
    const seed = signer.seed;
    const baselineMs = await timeMs(() => {
      for (const m of msgs) sign(seed, m);
    });
    // and writes the same files the way the store writes them (temp, fsync, rename; directories fsynced)
    const floor = await fileCreationMs(join(dir, `registry-${n - 1}`), join(dir, "floor"));
    const durable = await durableCreationMs(join(dir, `registry-${n - 1}`), join(dir, "durable"));
    return {
      name: `registry publish, ${count} policies → directory ${onDisk ? `ON DISK (${dirname(dir)})` : "on tmpfs"} (in process, warm; git reads, compile and crash-safe writes included)`,
      ms,
      baseline: `${sigs} × Ed25519 sign (node:crypto) + the same ${durable.files} files written+fsynced+renamed (bare loops)`,
      baselineMs: baselineMs + durable.ms,
      target: 3,
      note: `(sign ${baselineMs.toFixed(0)} ms + durable file loop ${durable.ms.toFixed(0)} ms; plain writeFileSync loop ${floor.ms.toFixed(0)} ms)`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Median time to create the files of registry `from` again under fresh directories (what the disk costs). */
async function fileCreationMs(from: string, to: string): Promise<{ files: number; ms: number }> {
  const files = new DirRegistryStore(from).read().files;
  let n = 0;
  const ms = await timeMs(() => {
    const base = join(to, String(n++));
    for (const d of new Set([...files.keys()].map((p) => dirname(join(base, p))))) mkdirSync(d, { recursive: true });
    for (const [p, b] of files) writeFileSync(join(base, p), b, { flag: "wx" });
  });
  return { files: files.size, ms };
}

/** Median time to create the files of `from` durably: write, fsync, rename each, fsync each directory. */
async function durableCreationMs(from: string, to: string): Promise<{ files: number; ms: number }> {
  const files = new DirRegistryStore(from).read().files;
  let n = 0;
  const ms = await timeMs(() => {
    const base = join(to, String(n++));
    const dirs = new Set([...files.keys()].map((p) => dirname(join(base, p))));
    for (const d of dirs) mkdirSync(d, { recursive: true });
    for (const [p, b] of files) {
      const tmp = join(base, `.tmp-${p.replace(/\//g, "_")}`);
      const fd = openSync(tmp, "wx");
      writeSync(fd, b);
      fsyncSync(fd);
      closeSync(fd);
      renameSync(tmp, join(base, p));
    }
    for (const d of [...dirs, base]) {
      const fd = openSync(d, "r");
      fsyncSync(fd);
      closeSync(fd);
    }
  });
  return { files: files.size, ms };
}

/** A verified-looking registry after an append, without re-verifying (the bench builds its own log). */
function advance(reg: VerifiedRegistry, app: ReturnType<typeof appendEntries>, drafts: readonly EntryDraft[]): VerifiedRegistry {
  const contracts = new Map(reg.contracts);
  for (const d of drafts) if (d.contract && d.policy_hash_b64u) contracts.set(d.policy_hash_b64u, d.contract);
  return {
    ok: true,
    problems: [],
    seq: app.seq,
    headEntryHash: app.entries[app.entries.length - 1]!.entry_hash_b64u,
    state: app.state,
    entries: [...reg.entries, ...app.entries],
    contracts,
    claws: reg.claws,
    controls: reg.controls,
    signerSeqs: { ...reg.signerSeqs, ...Object.fromEntries(app.entries.map((e) => [e.signer, e.seq])) },
    stateFiles: new Set([...app.files.keys()].filter((p) => p.startsWith("state/"))),
    checkpoint: null,
  };
}

/** 1,000 policies × `versions` publishes, appended `policies` entries at a time. */
function buildLog(root: string, signer: Signer, trust: Trust, policies: number, versions: number): Map<string, Uint8Array> {
  const example = JSON.parse(readFileSync(join(root, "policies/invoice-triage.wpc.json"), "utf8")) as Doc;
  const files = new Map<string, Uint8Array>();
  let reg = verifyRegistry(files, { trust, at: NOW });
  for (let v = 0; v < versions; v++) {
    const drafts: EntryDraft[] = [];
    for (let i = 0; i < policies; i++) {
      const contract = generatedPolicy(example, i, v) as JsonValue;
      drafts.push({ kind: "publish", policy_id: `p${String(i).padStart(5, "0")}`, policy_hash_b64u: policyHash(contract).policy_hash_b64u, contract });
    }
    const app = appendEntries(reg, drafts, signer, { now: NOW + v * 60_000, source: { ...SOURCE, run_id: String(v + 1) }, checkpointDays: 90 });
    for (const [p, b] of app.files) files.set(p, b);
    for (const p of app.removed) files.delete(p);
    reg = advance(reg, app, drafts);
  }
  return files;
}

export async function benchVerify(root: string, policies = 1_000, versions = 10): Promise<Row> {
  const signer = benchSigner();
  const trust = parseTrust(new TextEncoder().encode(trustText(root, signer.did)), "trust.json");
  const files = buildLog(root, signer, trust, policies, versions);
  const entries = policies * versions;
  const at = NOW + 86_400_000;

  let last: VerifiedRegistry | undefined;
  const ms = await timeMs(() => {
    forgetValid(); // a cold run: no signature remembered from the previous one
    // as `wpc registry verify` runs it: the signatures decided on the worker threads meanwhile
    last = verifySnapshot({ files: files as Map<string, Uint8Array>, version: null }, { trust, at });
  });
  if (!last?.ok || last.seq !== entries) throw new Error(`verifyRegistry: ok ${last?.ok}, seq ${last?.seq}: ${last?.problems[0]?.message}`);

  // the same signatures, decoded outside the timed loop
  const triples: Array<{ pub: Uint8Array; msg: Uint8Array; sig: Uint8Array }> = [];
  const enc = new TextEncoder();
  for (const [path, bytes] of files) {
    if (path.startsWith("state/")) continue; // the state snapshot: canonical JSON, covered by the checkpoint's signature
    const env = JSON.parse(new TextDecoder().decode(bytes)) as { payload_hash_b64u: string; signature_b64u: string; signer_did: string };
    triples.push({ pub: publicKeyFromDidKey(env.signer_did), msg: enc.encode(env.payload_hash_b64u), sig: b64uDecode(env.signature_b64u)! });
  }
  if (triples.length !== 2 * entries + 1) throw new Error(`expected ${2 * entries + 1} signed files, got ${triples.length}`);
  let good = 0;
  // the bare loop of the library that verifies (node:crypto, as the verifier's fast path does)
  const baselineMs = await timeMs(() => {
    good = 0;
    for (const t of triples) if (ed25519VerifyNode(t.pub, t.msg, t.sig)) good++;
  });
  if (good !== triples.length) throw new Error("baseline: a signature did not verify");

  return {
    name: `registry verify, ${entries} entries + ${entries} contracts + checkpoint (in memory, warm; as wpc registry verify runs it)`,
    ms,
    baseline: `${triples.length} × Ed25519 verify (bare loop)`,
    baselineMs,
    target: 1.5,
    note: `(reading the ${files.size} files from a directory, not timed above: ${dirReadMs(files).toFixed(0)} ms)`,
  };
}

/** Median time of DirRegistryStore.read() over the log written to a temporary directory. */
function dirReadMs(files: ReadonlyMap<string, Uint8Array>): number {
  const dir = mkdtempSync(join(tmpdir(), "wpc-bench-verify-"));
  try {
    for (const [p, b] of files) {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), b);
    }
    const store = new DirRegistryStore(dir);
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = process.hrtime.bigint();
      if (store.read().files.size !== files.size) throw new Error("directory read lost files");
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    return times.sort((a, b) => a - b)[1]!;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
