/**
 * A registry in a plain directory. Reading never follows anything: every entry is classified by lstat
 * (readdir's d_type), and a symbolic link, FIFO, socket or device is reported, never opened (a FIFO would
 * block the reader for ever); files are opened O_NOFOLLOW | O_NONBLOCK and checked again with fstat.
 *
 * Writing is crash-safe. Under an exclusive lock, each new file is written to a temporary file, fsynced
 * and renamed into place (log entries first, then contracts), the directories are fsynced, and the
 * checkpoint HEAD.json is replaced last the same way: a writer killed at any point leaves at most log
 * entries beyond the checkpoint's seq (and contracts only they name). Readers ignore those, with a
 * warning; the next writer finishes them (they chain and verify) or discards them (registry-writer.ts).
 */
import { closeSync, constants, fstatSync, fsyncSync, lstatSync, mkdirSync, openSync, readSync, readdirSync, renameSync, rmSync, statSync, unlinkSync, writeSync } from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { dirname, join } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { CLAW_DIR, HEAD_FILE, LOG_DIR, CONTRACT_DIR, SEQ_DIGITS } from "../core/registry/types.ts";
import { STATE_DIR } from "../core/registry/snapshot.ts";
import type { RegistrySnapshot, RegistryStore } from "./registry-snapshot.ts";

const LOCK = ".wpc-lock";
const TMP_PREFIX = ".wpc-tmp-";
const OLD_TMP = /^\.HEAD\.\d+\.tmp$/;
const LOG_RE = new RegExp(`^${LOG_DIR}/(\\d{${SEQ_DIGITS}})\\.json$`);
/** A lock whose writer cannot be asked (another host, or no pid written yet) is stale after this long. */
const STALE_LOCK_MS = 120_000;
const EMPTY_LOCK_MS = 5_000;

function kindOf(st: { isSymbolicLink(): boolean; isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean }): string {
  if (st.isSymbolicLink()) return "a symbolic link";
  if (st.isFIFO()) return "a FIFO";
  if (st.isSocket()) return "a socket";
  if (st.isBlockDevice() || st.isCharacterDevice()) return "a device";
  return "not a regular file";
}

/** A regular file's bytes, or the reason it is not one (never blocks, never follows a link). */
function readRegular(path: string): Uint8Array | string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ELOOP") return "a symbolic link";
    throw new WpcError("E_IO", `${path}: cannot read (${code ?? "error"})`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return kindOf(st);
    const buf = Buffer.allocUnsafe(st.size);
    let n = 0;
    while (n < st.size) {
      const got = readSync(fd, buf, n, st.size - n, null);
      if (got === 0) break;
      n += got;
    }
    return new Uint8Array(buf.buffer, buf.byteOffset, n);
  } finally {
    closeSync(fd);
  }
}

/** The checkpoint's seq, read without verifying (verification comes later); undefined when unreadable. */
function checkpointSeq(head: Uint8Array): number | undefined {
  try {
    const seq = (JSON.parse(Buffer.from(head).toString("utf8")) as { payload?: { seq?: unknown } }).payload?.seq;
    return Number.isSafeInteger(seq) && (seq as number) >= 0 ? (seq as number) : undefined;
  } catch {
    return undefined;
  }
}

/** The files a torn publish entry names: its contract and its Claw WPC (paths; unverified). */
function publishedFiles(bytes: Uint8Array): string[] {
  try {
    const p = (JSON.parse(Buffer.from(bytes).toString("utf8")) as { payload?: { kind?: unknown; policy_hash_b64u?: unknown; claw_hash_b64u?: unknown } }).payload;
    if (p?.kind !== "publish") return [];
    const ok = (h: unknown): h is string => typeof h === "string" && /^[A-Za-z0-9_-]{43}$/.test(h);
    return [...(ok(p.policy_hash_b64u) ? [`${CONTRACT_DIR}/${p.policy_hash_b64u}.json`] : []), ...(ok(p.claw_hash_b64u) ? [`${CLAW_DIR}/${p.claw_hash_b64u}.json`] : [])];
  } catch {
    return [];
  }
}

function fsyncDir(dir: string): void {
  const fd = openSync(dir, constants.O_RDONLY | constants.O_DIRECTORY);
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Test hook: `WPC_TEST_KILL_AT=N` SIGKILLs this process at the N-th step of a directory write (crash tests). */
let step = 0;
function crashPoint(): void {
  const at = process.env.WPC_TEST_KILL_AT;
  if (at !== undefined && ++step === Number(at)) process.kill(process.pid, "SIGKILL");
}

export class DirRegistryStore implements RegistryStore {
  readonly describe: string;
  private readonly tmpTag = randomBytes(6).toString("hex");
  private tmpCount = 0;
  constructor(readonly dir: string) {
    this.describe = `directory ${dir}`;
  }

  read(): RegistrySnapshot {
    const files = new Map<string, Uint8Array>();
    const irregular: Array<{ path: string; kind: string }> = [];
    let st;
    try {
      st = statSync(this.dir);
    } catch {
      return { files, version: null };
    }
    if (!st.isDirectory()) throw new WpcError("E_IO", `${this.dir}: not a directory`);
    const walk = (rel: string) => {
      for (const ent of readdirSync(join(this.dir, rel), { withFileTypes: true })) {
        if (rel === "" && (ent.name === LOCK || ent.name.startsWith(TMP_PREFIX) || OLD_TMP.test(ent.name))) continue; // our lock and temporary files, never opened
        const p = rel ? `${rel}/${ent.name}` : ent.name;
        if (ent.isDirectory()) walk(p);
        else if (!ent.isFile()) irregular.push({ path: p, kind: kindOf(ent) });
        else {
          const r = readRegular(join(this.dir, p));
          if (typeof r === "string") irregular.push({ path: p, kind: r });
          else files.set(p, r);
        }
      }
    };
    walk("");
    const head = files.get(HEAD_FILE);
    const snap: RegistrySnapshot = { files, version: head ? digest(head) : files.size ? "headless" : null };
    if (irregular.length) snap.irregular = irregular;
    this.splitTorn(snap, head);
    return snap;
  }

  /** Log entries beyond the checkpoint (a writer killed before its checkpoint): moved out of `files`. */
  private splitTorn(snap: RegistrySnapshot, head: Uint8Array | undefined): void {
    const cp = head ? checkpointSeq(head) : 0;
    if (cp === undefined) return; // an unreadable checkpoint fails verification as it is
    const torn = new Map<string, Uint8Array>();
    for (const [p, b] of snap.files) {
      const m = LOG_RE.exec(p);
      if (m && Number(m[1]) > cp) torn.set(p, b);
    }
    if (!torn.size) return;
    const provisional = new Set<string>();
    for (const [p, b] of torn) {
      snap.files.delete(p);
      for (const f of publishedFiles(b)) if (snap.files.has(f)) provisional.add(f);
    }
    snap.torn = torn;
    snap.provisional = provisional;
    const seqs = [...torn.keys()].map((p) => Number(LOG_RE.exec(p)![1])).sort((a, b) => a - b);
    snap.warnings = [
      `${this.describe}: ${torn.size} log entr${torn.size === 1 ? "y" : "ies"} beyond the checkpoint (seq ${seqs[0]}${seqs.length > 1 ? `…${seqs[seqs.length - 1]}` : ""} > ${cp}) ignored: a write was interrupted; the next write finishes or discards ${torn.size === 1 ? "it" : "them"}`,
    ];
  }

  readSome(paths: readonly string[]): RegistrySnapshot {
    const files = new Map<string, Uint8Array>();
    for (const p of paths) {
      let r: Uint8Array | string;
      try {
        r = readRegular(join(this.dir, p)); // never follows a link, never opens a FIFO for reading
      } catch {
        continue; // absent
      }
      if (typeof r !== "string") files.set(p, r);
    }
    const head = files.get(HEAD_FILE);
    return { files, version: head ? digest(head) : null };
  }

  write(base: RegistrySnapshot, changes: ReadonlyMap<string, Uint8Array>, _message?: string, discard: readonly string[] = []): "ok" | "conflict" {
    mkdirSync(this.dir, { recursive: true });
    const lock = join(this.dir, LOCK);
    const fd = this.lock(lock);
    if (fd === undefined) return "conflict";
    try {
      const headPath = join(this.dir, HEAD_FILE);
      const cur = readIfRegular(headPath);
      const current = cur ? digest(cur) : null;
      if (current !== (base.version === "headless" ? null : base.version)) return "conflict";
      // we hold the lock: any temporary file left is a killed writer's
      for (const name of readdirSync(this.dir)) if (name.startsWith(TMP_PREFIX) || OLD_TMP.test(name)) rmSync(join(this.dir, name), { force: true });
      const dirs = new Set<string>();
      // superseded snapshot files go only after the new checkpoint is in place (the old one names them)
      const superseded = discard.filter((p) => p.startsWith(`${STATE_DIR}/`));
      // discard torn files: contracts first, then entries from the highest seq (a kill in between
      // leaves entries still beyond the checkpoint, never a contract no entry names)
      const order = discard.filter((p) => !p.startsWith(`${STATE_DIR}/`)).sort((a, b) => (a.startsWith(CONTRACT_DIR) ? 0 : 1) - (b.startsWith(CONTRACT_DIR) ? 0 : 1) || (a < b ? 1 : -1));
      for (const p of order) {
        crashPoint();
        try {
          unlinkSync(join(this.dir, p));
        } catch (e) {
          if ((e as { code?: string }).code !== "ENOENT") throw e;
        }
        dirs.add(dirname(join(this.dir, p)));
      }
      for (const d of dirs) fsyncDir(d);
      dirs.clear();
      // log entries first, then contracts: a contract on disk is always named by an entry on disk
      const paths = [...changes.keys()].filter((p) => p !== HEAD_FILE).sort((a, b) => (a.startsWith(LOG_DIR) ? 0 : 1) - (b.startsWith(LOG_DIR) ? 0 : 1) || (a < b ? -1 : 1));
      const made = new Set<string>();
      for (const path of paths) {
        const bytes = changes.get(path)!;
        const full = join(this.dir, path);
        const existing = readIfRegular(full);
        if (existing !== undefined) {
          if (Buffer.compare(existing, bytes) === 0) continue;
          // only a Claw WPC is ever replaced (re-signed after a key rotation: same payload, new signer)
          if (!path.startsWith(`${CLAW_DIR}/`)) return "conflict";
        }
        const parent = dirname(full);
        if (!made.has(parent)) mkdirSync(parent, { recursive: true }), made.add(parent);
        this.replace(full, bytes);
        dirs.add(dirname(full));
      }
      for (const d of dirs) fsyncDir(d);
      const head = changes.get(HEAD_FILE);
      if (head) {
        this.replace(headPath, head); // the commit point
        crashPoint();
        fsyncDir(this.dir);
      }
      // left behind by a crash here they are harmless: content-addressed, named by no checkpoint
      for (const p of superseded) if (!changes.has(p)) rmSync(join(this.dir, p), { force: true });
      return "ok";
    } finally {
      closeSync(fd);
      rmSync(lock, { force: true });
    }
  }

  /** Write `bytes` under a temporary name, fsync, rename over `full` (atomic: old or new, never half). */
  private replace(full: string, bytes: Uint8Array): void {
    // unique under the lock we hold: this process's id, a random tag per store, a counter
    const tmp = join(this.dir, `${TMP_PREFIX}${process.pid}-${this.tmpTag}-${this.tmpCount++}`);
    const fd = openSync(tmp, "wx", 0o644);
    try {
      crashPoint();
      let off = 0;
      while (off < bytes.byteLength) off += writeSync(fd, bytes, off, bytes.byteLength - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    crashPoint();
    renameSync(tmp, full);
  }

  /** The lock's fd, or undefined when another writer holds it (a dead writer's lock is removed first). */
  private lock(lock: string): number | undefined {
    try {
      const fd = openSync(lock, "wx");
      writeSync(fd, `${process.pid} ${hostname()}\n`);
      return fd;
    } catch (e) {
      if ((e as { code?: string }).code !== "EEXIST") throw new WpcError("E_IO", `${lock}: cannot lock the registry`);
    }
    if (lockIsStale(lock)) rmSync(lock, { force: true });
    return undefined;
  }
}

function readIfRegular(path: string): Buffer | undefined {
  // no exception for the common case (a new file): a thrown ENOENT costs more than the syscall
  let st;
  try {
    st = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
  if (!st) return undefined;
  if (!st.isFile()) throw new WpcError("E_IO", `${path}: ${kindOf(st)}, not a regular file (never followed)`);
  const r = readRegular(path);
  if (typeof r === "string") throw new WpcError("E_IO", `${path}: ${r}, not a regular file (never followed)`);
  return Buffer.from(r.buffer, r.byteOffset, r.byteLength);
}

/** A lock left by a writer that is gone: its pid is dead on this host, or it is old. */
function lockIsStale(lock: string): boolean {
  let st;
  try {
    st = lstatSync(lock);
  } catch {
    return false; // released meanwhile
  }
  const age = Date.now() - st.mtimeMs;
  if (!st.isFile()) return age > STALE_LOCK_MS;
  const r = readRegular(lock);
  const text = typeof r === "string" ? "" : Buffer.from(r).toString("utf8");
  const m = /^(\d+) (\S+)\n$/.exec(text);
  if (!m) return age > EMPTY_LOCK_MS; // killed between creating the lock and writing its pid
  if (m[2] !== hostname()) return age > STALE_LOCK_MS;
  const pid = Number(m[1]);
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as { code?: string }).code === "ESRCH";
  }
}

function digest(b: Uint8Array): string {
  return createHash("sha256").update(b).digest("hex");
}
