/**
 * Signature verification on worker threads (node:crypto) beside the main thread, which meanwhile
 * parses, hashes and checks.
 *
 * The workers are process-wide: started once (early, so their ~20–30 ms boot overlaps reading the
 * registry and the bundle), unref'd (they never keep the process alive), and reused by every later
 * run. For a run, the signatures sit in shared memory; workers claim chunks of them from a shared
 * counter, and the main thread, after its own signature-free work (`meanwhile`), claims chunks from
 * the same counter until none are left. So both cores stay busy whatever the split of the work, and
 * the main thread never waits for a worker that has not started: it only waits for chunks a worker
 * has actually claimed.
 *
 * Only the fast path runs here, on keys the main thread already found sound (canonical, not small
 * order) and signatures with S < L; positives are remembered, everything else is re-decided by the
 * strict verifier in the checks themselves. So the verdicts never depend on the pool.
 */
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { ed25519VerifyNode } from "../core/crypto/crypto.ts";
import { publicKeyFromDidKey } from "../core/crypto/did.ts";
import { keyIsSound, PUBLIC_KEY_LENGTH, rememberValid, sBelowL, SIGNATURE_LENGTH, type KeyedTriple } from "../core/crypto/ed25519.ts";
import type { SigTriple } from "../core/gate/index.ts";

/** Signatures per claim: ~1 ms of work, so the last claims end within about a millisecond of each other. */
const CHUNK = 16;
/** Below this many signatures nothing is shared: the checks verify them themselves (sharing costs more than it saves). */
const MIN_SHARED = 2 * CHUNK;

// ctl[0]: next unclaimed index; ctl[1]: chunks being verified right now. status[i]: 0 not decided,
// 1 valid, 2 invalid. A worker counts itself busy *before* claiming, so once the main thread finds
// nothing left to claim, every chunk still in flight is visible in ctl[1].
const WORKER_SRC = `
const { parentPort, workerData } = require("node:worker_threads");
Atomics.add(workerData.booted, 0, 1);
Atomics.notify(workerData.booted, 0);
const { createPublicKey, verify } = require("node:crypto");
const PREFIX = Buffer.from("302a300506032b6570032100", "hex");
parentPort.on("message", ({ keys, keyIdx, msgs, msgAt, msgLen, sigs, status, ctl, chunk }) => {
  const objs = keys.map((k) => createPublicKey({ key: Buffer.concat([PREFIX, Buffer.from(k)]), format: "der", type: "spki" }));
  const m = Buffer.from(msgs.buffer, msgs.byteOffset, msgs.byteLength);
  const s = Buffer.from(sigs.buffer, sigs.byteOffset, sigs.byteLength);
  const n = keyIdx.length;
  for (;;) {
    Atomics.add(ctl, 1, 1);
    const start = Atomics.add(ctl, 0, chunk);
    try {
      if (start >= n) break;
      const end = Math.min(n, start + chunk);
      for (let i = start; i < end; i++) {
        let ok = false;
        try { ok = verify(null, m.subarray(msgAt[i], msgAt[i] + msgLen[i]), objs[keyIdx[i]], s.subarray(i * 64, i * 64 + 64)); } catch {}
        Atomics.store(status, i, ok ? 1 : 2);
      }
    } finally {
      Atomics.sub(ctl, 1, 1);
      Atomics.notify(ctl, 1);
    }
  }
});
`;

/** Worker threads beside the main thread: WPC_SIG_THREADS (0 = none), else one per further core, at most 3. */
export function signatureThreads(env: NodeJS.ProcessEnv = process.env): number {
  const v = env.WPC_SIG_THREADS;
  if (v !== undefined && /^\d{1,2}$/.test(v)) return Math.min(Number(v), 16);
  return Math.max(0, Math.min(availableParallelism() - 1, 3));
}

export interface PoolStats {
  /** Signatures shared with the workers (sound key, S < L). */
  checked: number;
  /** Of those, found valid (and remembered). */
  valid: number;
  /** Worker threads available. */
  threads: number;
  /** Signatures the main thread verified itself. */
  byMain: number;
}

/** The signatures of one gate run (core/gate/prefetch.ts). */
export interface Signatures {
  triples: readonly SigTriple[];
  cst?: { msg: Uint8Array; sig: Uint8Array; issuers: readonly string[] };
  /** Signatures by key rather than by DID (core/crypto undecidedTriples). */
  keyed?: readonly KeyedTriple[];
}

interface Item {
  key: number;
  msg: Uint8Array;
  sig: Uint8Array;
}

function collect({ triples, cst, keyed }: Signatures): { pubs: Uint8Array[]; items: Item[] } {
  // keys by DID, and by the key's own bytes (latin1)
  const byDid = new Map<string, number>();
  const byBytes = new Map<string, number>();
  const pubs: Uint8Array[] = [];
  const items: Item[] = [];
  const key = (keyIndex: Map<string, number>, id: string, pubOf: () => Uint8Array): number => {
    let k = keyIndex.get(id);
    if (k === undefined) {
      let pub: Uint8Array;
      try {
        pub = pubOf();
      } catch {
        pub = new Uint8Array(0);
      }
      k = pub.length === PUBLIC_KEY_LENGTH && keyIsSound(pub) ? pubs.push(pub) - 1 : -1;
      keyIndex.set(id, k);
    }
    return k;
  };
  const add = (k: number, msg: Uint8Array, sig: Uint8Array) => {
    if (k >= 0 && sig.length === SIGNATURE_LENGTH && sBelowL(sig)) items.push({ key: k, msg, sig });
  };
  for (const t of triples) add(key(byDid, t.did, () => publicKeyFromDidKey(t.did)), t.msg, t.sig);
  if (cst) for (const did of cst.issuers) add(key(byDid, did, () => publicKeyFromDidKey(did)), cst.msg, cst.sig);
  for (const t of keyed ?? []) add(key(byBytes, Buffer.from(t.pub).toString("latin1"), () => t.pub), t.msg, t.sig);
  return { pubs, items };
}

/** The items in shared memory, where the workers and this thread read them without copies. */
function share(items: readonly Item[]) {
  const n = items.length;
  const keyIdx = new Uint32Array(new SharedArrayBuffer(4 * n));
  // message i is msgs[msgAt[i], msgAt[i] + msgLen[i]); co-signatures share their envelope's message
  const msgAt = new Uint32Array(new SharedArrayBuffer(4 * n));
  const msgLen = new Uint32Array(new SharedArrayBuffer(4 * n));
  const placed = new Map<Uint8Array, number>();
  let total = 0;
  for (let i = 0; i < n; i++) {
    const { key, msg } = items[i]!;
    keyIdx[i] = key;
    let at = placed.get(msg);
    if (at === undefined) {
      at = total;
      placed.set(msg, at);
      total += msg.length;
    }
    msgAt[i] = at;
    msgLen[i] = msg.length;
  }
  const msgs = new Uint8Array(new SharedArrayBuffer(total));
  for (const [msg, at] of placed) msgs.set(msg, at);
  const sigs = new Uint8Array(new SharedArrayBuffer(SIGNATURE_LENGTH * n));
  for (let i = 0; i < n; i++) sigs.set(items[i]!.sig, SIGNATURE_LENGTH * i);
  return { keyIdx, msgAt, msgLen, msgs, sigs, status: new Uint8Array(new SharedArrayBuffer(n)), ctl: new Int32Array(new SharedArrayBuffer(8)) };
}

const workers: Worker[] = [];
/** booted[0]: workers whose thread runs JavaScript (so their V8 isolate exists). */
const booted = new Int32Array(new SharedArrayBuffer(4));

/** A claimed chunk takes ~1 ms; one that makes no progress for this long belongs to a stopped worker. */
const STALL_MS = 5_000;

/**
 * Start the process's signature workers now, if not yet running (idempotent; `threads` 0: none).
 * Call it early: a worker takes ~20–30 ms to boot, on another core.
 */
export function startSignatureWorkers(threads: number = signatureThreads()): void {
  while (workers.length < threads) {
    let w: Worker;
    try {
      // execArgv: none of the parent's (an `-e` script or an inspector port must not run in the worker)
      w = new Worker(WORKER_SRC, { eval: true, execArgv: [], workerData: { booted }, resourceLimits: { maxYoungGenerationSizeMb: 2, maxOldGenerationSizeMb: 16 } });
    } catch {
      return; // no workers: the main thread does the work
    }
    w.unref();
    const gone = () => {
      const i = workers.indexOf(w);
      if (i >= 0) workers.splice(i, 1);
    };
    w.on("error", gone).on("exit", gone);
    workers.push(w);
  }
}

/**
 * Wait (at most `ms`) until every started worker runs: then no V8 isolate is still being created
 * (which resets some process-wide V8 flags, see verify-run.ts). True when they all run.
 */
export function signatureWorkersBooted(ms: number): boolean {
  const deadline = Date.now() + ms;
  for (let n = Atomics.load(booted, 0); n < workers.length; n = Atomics.load(booted, 0)) {
    const left = deadline - Date.now();
    if (left <= 0) return false;
    Atomics.wait(booted, 0, n, left);
  }
  return true;
}

/**
 * Verify the signatures in the workers and on this thread: `meanwhile` runs on this thread first.
 * Resolves once every signature is decided (or left to the checks); valid ones are remembered.
 * When `meanwhile` finds the run pointless (it returns false: the bundle does not parse) or throws,
 * no further signature is claimed; the call settles once the chunks in flight are done (it rethrows).
 */
export async function verifySignatures(signatures: () => Signatures, meanwhile: () => boolean | void): Promise<PoolStats> {
  return decideSignatures(signatures, meanwhile);
}

/** A run of the pool is under way (its `meanwhile` is running): a nested run shares nothing. */
let running = false;

/** True while a run of the pool is under way on this thread. */
export function signaturePoolBusy(): boolean {
  return running;
}

/** verifySignatures, on this thread to the end (it waits with Atomics.wait, never on the event loop). */
export function decideSignatures(signatures: () => Signatures, meanwhile: () => boolean | void): PoolStats {
  if (workers.length === 0 || running) {
    meanwhile();
    return { checked: 0, valid: 0, threads: running ? workers.length : 0, byMain: 0 };
  }
  running = true;
  try {
    return shareAndDecide(signatures, meanwhile);
  } finally {
    running = false;
  }
}

function shareAndDecide(signatures: () => Signatures, meanwhile: () => boolean | void): PoolStats {
  // the triples are only referenced while being collected (a 10,000-receipt bundle has 20,000 small arrays)
  const { pubs, items } = collect(signatures());
  const n = items.length;
  if (n < MIN_SHARED) {
    meanwhile();
    return { checked: 0, valid: 0, threads: workers.length, byMain: 0 };
  }
  // from here on the signatures live only in shared memory (the item arrays can be collected)
  const sh = share(items);
  items.length = 0;
  const msgOf = (i: number) => sh.msgs.subarray(sh.msgAt[i]!, sh.msgAt[i]! + sh.msgLen[i]!);
  const sigAt = (i: number) => sh.sigs.subarray(SIGNATURE_LENGTH * i, SIGNATURE_LENGTH * (i + 1));
  const threads = workers.length;
  for (const w of workers) w.postMessage({ keys: pubs, ...sh, chunk: CHUNK });
  let failure: { error: unknown } | undefined;
  try {
    // claims after this store find nothing left (each claim adds to the counter, so it stays ≥ n)
    if (meanwhile() === false) Atomics.store(sh.ctl, 0, n);
  } catch (error) {
    Atomics.store(sh.ctl, 0, n);
    failure = { error };
  }
  let byMain = 0;
  for (;;) {
    const start = Atomics.add(sh.ctl, 0, CHUNK);
    if (start >= n) break;
    const end = Math.min(n, start + CHUNK);
    for (let i = start; i < end; i++) Atomics.store(sh.status, i, ed25519VerifyNode(pubs[sh.keyIdx[i]!]!, msgOf(i), sigAt(i)) ? 1 : 2);
    byMain += end - start;
  }
  // chunks workers claimed and are still verifying (~1 ms each). A worker that stopped mid-chunk
  // (no progress for STALL_MS) leaves its signatures undecided: the checks verify those themselves.
  let seen = -1;
  let since = 0;
  for (let busy = Atomics.load(sh.ctl, 1); busy > 0; busy = Atomics.load(sh.ctl, 1)) {
    if (busy !== seen) [seen, since] = [busy, Date.now()];
    else if (Date.now() - since > STALL_MS) break;
    Atomics.wait(sh.ctl, 1, busy, 50);
  }
  if (failure) throw failure.error;
  let valid = 0;
  for (let i = 0; i < n; i++) {
    if (Atomics.load(sh.status, i) !== 1) continue;
    rememberValid(pubs[sh.keyIdx[i]!]!, msgOf(i), sigAt(i));
    valid++;
  }
  return { checked: n, valid, threads, byMain };
}
