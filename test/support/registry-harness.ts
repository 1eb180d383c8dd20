/**
 * Helpers for the registry end-to-end tests (test/e2e/registry-*.test.ts): the bundled CLI as a real
 * process (sync and async), temporary directories, key generation through `wpc keygen`, registry files
 * read from / written to a directory or a git branch with plain git plumbing, and an Ed25519 envelope
 * signer/verifier written with node:crypto only (independent of the code under test).
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash, createPrivateKey, createPublicKey, sign as edSign, verify as edVerify, type KeyObject } from "node:crypto";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { base58 } from "@scure/base";
import { CLI } from "./paths.ts";
import { GIT_ENV } from "./git-repo.ts";

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** This process's environment minus anything that would change what the CLI signs or reads. */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (k === "WPC_SIGNING_KEY" || k === "WPC_NOW" || k.startsWith("GITHUB_") || k.startsWith("INPUT_") || k.startsWith("GIT_")) continue;
    env[k] = v;
  }
  return { ...env, ...GIT_ENV, NO_COLOR: "1", ...extra };
}

export function wpc(cwd: string, args: readonly string[], env: Record<string, string> = {}): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: cleanEnv(env), maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms: performance.now() - t0 };
}

export interface AsyncRun {
  pid: number;
  done: Promise<Run>;
}

/** Start the CLI without waiting. `detached` makes it a process-group leader (kill the group with -pid). */
export function wpcSpawn(cwd: string, args: readonly string[], env: Record<string, string> = {}, detached = false): AsyncRun {
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], { cwd, env: cleanEnv(env), detached, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  const done = new Promise<Run>((res, rej) => {
    child.on("error", rej);
    child.on("close", (code, signal) => res({ code, signal, stdout, stderr, ms: performance.now() - t0 }));
  });
  return { pid: child.pid!, done };
}

export function json(r: Run): any {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
}

// --- temporary directories ----------------------------------------------------------------------

const temps: string[] = [];
export function tempDir(prefix = "wpc-reg-"): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  temps.push(d);
  return d;
}
export function track(dir: string): string {
  temps.push(dir);
  return dir;
}
export function removeTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

// --- git ----------------------------------------------------------------------------------------

export function git(cwd: string, args: readonly string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): string {
  const r = spawnSync("git", args as string[], { cwd, input: opts.input, env: { ...cleanEnv(), ...opts.env }, maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")} (in ${cwd}): ${r.stderr.toString()}`);
  return r.stdout.toString("utf8").trim();
}

/** The commit a ref points at, or null. */
export function revOf(cwd: string, ref: string): string | null {
  const r = spawnSync("git", ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { cwd, env: cleanEnv() });
  return r.status === 0 ? r.stdout.toString("utf8").trim() : null;
}

/** `git ls-remote` of one branch (null when absent). */
export function remoteRev(repoOrUrl: string, branch: string): string | null {
  const r = spawnSync("git", ["ls-remote", repoOrUrl, `refs/heads/${branch}`], { env: cleanEnv() });
  if (r.status !== 0) throw new Error(`git ls-remote: ${r.stderr.toString()}`);
  const line = r.stdout.toString("utf8").trim();
  return line ? line.split(/\s+/)[0]! : null;
}

/** Absolute path of the real git executable. */
export function realGit(): string {
  const r = spawnSync("sh", ["-c", "command -v git"], { encoding: "utf8" });
  const p = r.stdout.trim();
  if (!p.startsWith("/")) throw new Error("git not found on PATH");
  return p;
}

/**
 * A directory holding a `git` wrapper script to put first on PATH. `body` is shell run before the real
 * git (which is `exec`ed as "$REAL_GIT"); it sees the arguments as "$@".
 */
export function gitWrapper(body: string): { dir: string; path: string } {
  const dir = tempDir("wpc-gitwrap-");
  const file = join(dir, "git");
  writeFileSync(file, `#!/bin/sh\nREAL_GIT='${realGit()}'\n${body}\nexec "$REAL_GIT" "$@"\n`);
  chmodSync(file, 0o755);
  return { dir, path: `${dir}:${process.env.PATH ?? ""}` };
}

// --- registry files ------------------------------------------------------------------------------

export type Files = Map<string, Buffer>;

export function readDirFiles(dir: string): Files {
  const out: Files = new Map();
  const walk = (rel: string) => {
    for (const ent of readdirSync(join(dir, rel), { withFileTypes: true })) {
      if (ent.name.startsWith(".")) continue;
      const p = rel ? `${rel}/${ent.name}` : ent.name;
      if (ent.isDirectory()) walk(p);
      else out.set(p, readFileSync(join(dir, p)));
    }
  };
  walk("");
  return out;
}

export function writeDirFiles(dir: string, files: Files): void {
  for (const [p, b] of files) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), b);
  }
}

/** `git ls-tree -r` of a commit: path → blob id. */
export function treeBlobs(repo: string, ref: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rec of git(repo, ["ls-tree", "-r", "-z", "--full-tree", ref]).split("\0")) {
    if (!rec) continue;
    const tab = rec.indexOf("\t");
    out.set(rec.slice(tab + 1), rec.slice(0, tab).split(" ")[2]!);
  }
  return out;
}

/** Every blob of a commit's tree, read with plain git (one `cat-file --batch`). */
export function readRefFiles(repo: string, ref: string): Files {
  const out: Files = new Map();
  const blobs = [...treeBlobs(repo, ref)];
  if (!blobs.length) return out;
  const r = spawnSync("git", ["cat-file", "--batch"], { cwd: repo, env: cleanEnv(), input: blobs.map(([, sha]) => sha).join("\n") + "\n", maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`git cat-file --batch: ${r.stderr.toString()}`);
  let off = 0;
  for (const [path] of blobs) {
    const nl = r.stdout.indexOf(10, off);
    const size = Number(r.stdout.subarray(off, nl).toString("utf8").split(" ")[2]);
    out.set(path, Buffer.from(r.stdout.subarray(nl + 1, nl + 1 + size)));
    off = nl + 1 + size + 1;
  }
  return out;
}

/** The git blob id of some bytes (what `git hash-object` prints). */
export function blobId(b: Buffer): string {
  return createHash("sha1").update(`blob ${b.length}\0`).update(b).digest("hex");
}

/**
 * Commit `files` as the whole tree of `branch` (parent: the branch's current commit) with plumbing
 * only: a private index, hash-object, update-index, write-tree, commit-tree, update-ref. Returns the
 * new commit. The working tree and the repository's own index are never touched.
 */
export function commitTreeToBranch(repo: string, branch: string, files: Files, message: string): string {
  const parent = revOf(repo, `refs/heads/${branch}`);
  const index = join(tempDir("wpc-index-"), "index");
  const env = { GIT_INDEX_FILE: index };
  const old = parent ? treeBlobs(repo, parent) : new Map<string, string>();
  if (parent) git(repo, ["read-tree", parent], { env });
  else git(repo, ["read-tree", "--empty"], { env });
  const lines: string[] = [];
  for (const [p, b] of files) {
    if (old.get(p) === blobId(b)) continue;
    const sha = git(repo, ["hash-object", "-w", "--stdin"], { input: b });
    lines.push(`100644 ${sha}\t${p}`);
  }
  for (const p of old.keys()) if (!files.has(p)) lines.push(`0 ${"0".repeat(40)}\t${p}`);
  if (lines.length) git(repo, ["update-index", "--index-info"], { env, input: lines.join("\n") + "\n" });
  const tree = git(repo, ["write-tree"], { env });
  const commit = git(repo, ["commit-tree", tree, ...(parent ? ["-p", parent] : []), "-m", message]);
  git(repo, ["update-ref", `refs/heads/${branch}`, commit, ...(parent ? [parent] : [])]);
  return commit;
}

export function sameFiles(a: Files, b: Files): boolean {
  if (a.size !== b.size) return false;
  for (const [p, x] of a) if (!b.get(p)?.equals(x)) return false;
  return true;
}

export function cloneFiles(f: Files): Files {
  return new Map([...f].map(([p, b]) => [p, Buffer.from(b)]));
}

export const logFile = (seq: number) => `log/${String(seq).padStart(12, "0")}.json`;

// --- keys, JCS, envelopes (node:crypto only) -----------------------------------------------------

export interface Key {
  file: string;
  seed: Buffer;
  did: string;
}

/** `wpc keygen --out DIR` (outside any repository); the seed is read back from the key file. */
export function newKey(): Key {
  const dir = join(tempDir("wpc-key-"), "k");
  const r = wpc(tmpdir(), ["keygen", "--out", dir]);
  if (r.code !== 0) throw new Error(`keygen: ${r.stderr}`);
  const file = join(dir, "wpc-signing.key");
  const seed = Buffer.from(readFileSync(file, "utf8").trim(), "base64url");
  const did = r.stdout.trim();
  if (didOfSeed(seed) !== did) throw new Error(`keygen printed ${did}, the key file is ${didOfSeed(seed)}`);
  return { file, seed, did };
}

const PKCS8_ED25519 = Buffer.from("302e020100300506032b657004220420", "hex");
const SPKI_ED25519 = Buffer.from("302a300506032b6570032100", "hex");

function privateKey(seed: Buffer): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519, seed]), format: "der", type: "pkcs8" });
}

export function didOfSeed(seed: Buffer): string {
  const spki = createPublicKey(privateKey(seed)).export({ format: "der", type: "spki" });
  const pub = spki.subarray(spki.length - 32);
  return "did:key:z" + base58.encode(Uint8Array.from([0xed, 0x01, ...pub]));
}

function publicKeyOfDid(did: string): KeyObject {
  if (!did.startsWith("did:key:z")) throw new Error(`not a did:key: ${did}`);
  const raw = base58.decode(did.slice("did:key:z".length));
  if (raw.length !== 34 || raw[0] !== 0xed || raw[1] !== 0x01) throw new Error(`not an Ed25519 did:key: ${did}`);
  return createPublicKey({ key: Buffer.concat([SPKI_ED25519, Buffer.from(raw.subarray(2))]), format: "der", type: "spki" });
}

/** RFC 8785 for the values registries hold (strings, safe integers, booleans, null, arrays, objects). */
export function jcs(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(jcs).join(",")}]`;
  if (v !== null && typeof v === "object")
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${jcs((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  if (typeof v === "number" && !Number.isSafeInteger(v)) throw new Error("jcs helper: only safe integers");
  return JSON.stringify(v);
}

export function sortKeys<T>(v: T): T {
  if (Array.isArray(v)) return v.map(sortKeys) as T;
  if (v !== null && typeof v === "object")
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, sortKeys((v as Record<string, unknown>)[k])]),
    ) as T;
  return v;
}

export const b64uSha256 = (s: string) => createHash("sha256").update(s, "utf8").digest("base64url");

export interface Env {
  envelope_version: string;
  envelope_type: string;
  payload: any;
  payload_hash_b64u: string;
  hash_algorithm: string;
  signature_b64u: string;
  algorithm: string;
  signer_did: string;
  issued_at: string;
  expires_at?: string;
}

/** (Re-)sign an own-type envelope: payload in JCS order, hash = SHA-256(JCS(payload)), sign the hash string. */
export function signEnv(type: string, payload: unknown, seed: Buffer, issuedAt: string, expiresAt?: string): Env {
  const p = sortKeys(payload);
  const hash = b64uSha256(jcs(p));
  const sig = edSign(null, Buffer.from(hash, "utf8"), privateKey(seed)).toString("base64url");
  return {
    envelope_version: "1",
    envelope_type: type,
    payload: p,
    payload_hash_b64u: hash,
    hash_algorithm: "SHA-256",
    signature_b64u: sig,
    algorithm: "Ed25519",
    signer_did: didOfSeed(seed),
    issued_at: issuedAt,
    ...(expiresAt !== undefined ? { expires_at: expiresAt } : {}),
  };
}

/** Independent check of an own-type envelope: JCS hash, Ed25519 signature by signer_did. */
export function envelopeValid(env: Env): boolean {
  if (b64uSha256(jcs(env.payload)) !== env.payload_hash_b64u) return false;
  if (JSON.stringify(env.payload) !== jcs(env.payload)) return false;
  return edVerify(null, Buffer.from(env.payload_hash_b64u, "utf8"), publicKeyOfDid(env.signer_did), Buffer.from(env.signature_b64u, "base64url"));
}

export function envBytes(env: Env): Buffer {
  return Buffer.from(JSON.stringify(env, null, 2) + "\n", "utf8");
}

export function parseEnv(b: Buffer | undefined): Env {
  if (!b) throw new Error("no such registry file");
  return JSON.parse(b.toString("utf8")) as Env;
}

/** Edit a policy file's purpose (a neutral change that gives a new hash). */
export function withPurpose(text: string, purpose: string): string {
  const d = JSON.parse(text) as Record<string, unknown>;
  d.purpose = purpose;
  return JSON.stringify(d, null, 2) + "\n";
}
