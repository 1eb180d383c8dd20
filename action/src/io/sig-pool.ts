/**
 * Signature verification shared between worker threads and the main thread (node:crypto), while the
 * main thread also parses, hashes and checks.
 *
 * Workers are started first (before the bundle is read: their start-up overlaps the parse). Once the
 * signatures are known they sit in shared memory; workers claim chunks of them from a shared counter,
 * and the main thread, after its own signature-free work (`meanwhile`), claims chunks from the same
 * counter until none are left. So both cores stay busy whatever the split of the work.
 *
 * Only the fast path runs here, on keys the main thread already found sound (canonical, not small
 * order) and signatures with S < L; positives are remembered, everything else is re-decided by the
 * strict verifier in the checks themselves. So the verdicts never depend on the pool.
 */
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { ed25519VerifyNode } from "../core/crypto.ts";
import { publicKeyFromDidKey } from "../core/did.ts";
import { keyIsSound, rememberValid, sBelowL } from "../core/ed25519.ts";
import type { SigTriple } from "../core/verify-prefetch.ts";

/** Signatures per claim: ~1 ms of work, so the last claims end within about a millisecond of each other. */
const CHUNK = 16;

// status[i]: 0 unclaimed or unfinished, 1 valid, 2 invalid. ctl[0]: next unclaimed index.
const WORKER_SRC = `
const { parentPort } = require("node:worker_threads");
const { createPublicKey, verify } = require("node:crypto");
const PREFIX = Buffer.from("302a300506032b6570032100", "hex");
parentPort.on("message", ({ keys, keyIdx, msgs, msgOff, sigs, status, ctl, chunk }) => {
  const objs = keys.map((k) => createPublicKey({ key: Buffer.concat([PREFIX, Buffer.from(k)]), format: "der", type: "spki" }));
  const m = Buffer.from(msgs.buffer, msgs.byteOffset, msgs.byteLength);
  const s = Buffer.from(sigs.buffer, sigs.byteOffset, sigs.byteLength);
  const n = keyIdx.length;
  for (;;) {
    const start = Atomics.add(ctl, 0, chunk);
    if (start >= n) break;
    const end = Math.min(n, start + chunk);
    for (let i = start; i < end; i++) {
      let ok = false;
      try { ok = verify(null, m.subarray(msgOff[i], msgOff[i + 1]), objs[keyIdx[i]], s.subarray(i * 64, i * 64 + 64)); } catch {}
      Atomics.store(status, i, ok ? 1 : 2);
    }
  }
  parentPort.postMessage(0);
});
`;

/** Below this bundle size (bytes) a worker costs more than it saves (its start-up is ~20 ms of a core). */
export const MIN_PARALLEL_BYTES = 128 * 1024;

/** Worker threads beside the main thread: WPC_SIG_THREADS (0 = none), else one per further core, at most 3. */
export function signatureThreads(env: NodeJS.ProcessEnv = process.env): number {
  const v = env.WPC_SIG_THREADS;
  if (v !== undefined && /^\d{1,2}$/.test(v)) return Math.min(Number(v), 16);
  return Math.max(0, Math.min(availableParallelism() - 1, 3));
}

export interface PoolStats {
  /** Signatures handed to the pool (sound key, S < L). */
  checked: number;
  /** Of those, found valid (and remembered). */
  valid: number;
  /** Worker threads that took part. */
  threads: number;
  /** Signatures the main thread verified itself. */
  byMain: number;
}

export interface SignaturePool {
  /**
   * Verify the signatures (and the CST against each issuer) in the workers and on this thread;
   * `meanwhile` runs on this thread first. Resolves once every signature is decided; valid ones are remembered.
   */
  verify(signatures: () => Signatures, meanwhile: () => void): Promise<PoolStats>;
  /** Stop the workers (idempotent). */
  close(): void;
}

interface Item {
  key: number;
  msg: Uint8Array;
  sig: Uint8Array;
}

/** The signatures of one gate run (verify-prefetch.ts). */
export interface Signatures {
  triples: readonly SigTriple[];
  cst?: { msg: Uint8Array; sig: Uint8Array; issuers: readonly string[] };
}

function collect({ triples, cst }: Signatures): { pubs: Uint8Array[]; items: Item[] } {
  const keyIndex = new Map<string, number>();
  const pubs: Uint8Array[] = [];
  const items: Item[] = [];
  const add = (did: string, msg: Uint8Array, sig: Uint8Array) => {
    let k = keyIndex.get(did);
    if (k === undefined) {
      let pub: Uint8Array;
      try {
        pub = publicKeyFromDidKey(did);
      } catch {
        keyIndex.set(did, -1);
        return;
      }
      k = keyIsSound(pub) ? pubs.push(pub) - 1 : -1;
      keyIndex.set(did, k);
    }
    if (k >= 0 && sBelowL(sig)) items.push({ key: k, msg, sig });
  };
  for (const t of triples) add(t.did, t.msg, t.sig);
  if (cst) for (const did of cst.issuers) add(did, cst.msg, cst.sig);
  return { pubs, items };
}

/** The items in shared memory, where the workers and this thread read them without copies. */
function share(items: readonly Item[]) {
  const n = items.length;
  const keyIdx = new Uint32Array(new SharedArrayBuffer(4 * n));
  const msgOff = new Uint32Array(new SharedArrayBuffer(4 * (n + 1)));
  let total = 0;
  for (let i = 0; i < n; i++) {
    keyIdx[i] = items[i]!.key;
    msgOff[i] = total;
    total += items[i]!.msg.length;
  }
  msgOff[n] = total;
  const msgs = new Uint8Array(new SharedArrayBuffer(total));
  const sigs = new Uint8Array(new SharedArrayBuffer(64 * n));
  for (let i = 0; i < n; i++) {
    msgs.set(items[i]!.msg, msgOff[i]!);
    sigs.set(items[i]!.sig, 64 * i);
  }
  return { keyIdx, msgOff, msgs, sigs, status: new Uint8Array(new SharedArrayBuffer(n)), ctl: new Int32Array(new SharedArrayBuffer(4)) };
}

/** Start `threads` workers now (they boot while the caller reads and parses). */
export function startSignaturePool(threads: number = signatureThreads()): SignaturePool {
  const workers: Worker[] = [];
  for (let t = 0; t < threads; t++) {
    try {
      const w = new Worker(WORKER_SRC, { eval: true });
      w.unref();
      workers.push(w);
    } catch {
      break; // no worker: this thread does the work
    }
  }
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    for (const w of workers) void w.terminate();
  };

  async function verify(signatures: () => Signatures, meanwhile: () => void): Promise<PoolStats> {
    // the triples are only referenced while being collected (a 10,000-receipt bundle has 20,000 small arrays)
    const { pubs, items } = collect(signatures());
    const n = items.length;
    if (workers.length === 0 || closed || n < CHUNK * 2) {
      meanwhile();
      return { checked: 0, valid: 0, threads: 0, byMain: 0 };
    }
    // from here on the signatures live only in shared memory (the item arrays can be collected)
    const sh = share(items);
    items.length = 0;
    const msgAt = (i: number) => sh.msgs.subarray(sh.msgOff[i], sh.msgOff[i + 1]);
    const sigAt = (i: number) => sh.sigs.subarray(64 * i, 64 * i + 64);
    const finished = workers.map(
      (w) =>
        new Promise<void>((resolve) => {
          const done = () => {
            w.off("message", done).off("error", done).off("exit", done);
            resolve();
          };
          w.on("message", done).on("error", done).on("exit", done);
          w.postMessage({ keys: pubs, ...sh, chunk: CHUNK });
        }),
    );
    meanwhile();
    let byMain = 0;
    for (;;) {
      const start = Atomics.add(sh.ctl, 0, CHUNK);
      if (start >= n) break;
      const end = Math.min(n, start + CHUNK);
      for (let i = start; i < end; i++) Atomics.store(sh.status, i, ed25519VerifyNode(pubs[sh.keyIdx[i]!]!, msgAt(i), sigAt(i)) ? 1 : 2);
      byMain += end - start;
    }
    await Promise.all(finished);
    close();
    let valid = 0;
    for (let i = 0; i < n; i++) {
      if (Atomics.load(sh.status, i) !== 1) continue; // invalid, or left unfinished by a worker that died
      rememberValid(pubs[sh.keyIdx[i]!]!, msgAt(i), sigAt(i));
      valid++;
    }
    return { checked: n, valid, threads: workers.length, byMain };
  }

  return { verify, close };
}
