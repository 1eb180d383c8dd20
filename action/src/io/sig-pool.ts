/**
 * Signature verification on worker threads (node:crypto, one per core) while the main thread parses,
 * hashes and checks. Workers only run the fast path on keys the main thread already found sound
 * (canonical, not small order); their positives are remembered, everything else is re-decided by the
 * strict verifier in the checks themselves. So the verdicts never depend on the workers.
 */
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { publicKeyFromDidKey } from "../core/did.ts";
import { keyIsSound, rememberValid, sBelowL } from "../core/ed25519.ts";
import type { SigTriple } from "../core/verify-prefetch.ts";

const WORKER_SRC = `
const { parentPort } = require("node:worker_threads");
const { createPublicKey, verify } = require("node:crypto");
const PREFIX = Buffer.from("302a300506032b6570032100", "hex");
parentPort.on("message", ({ keys, keyIdx, msgs, msgOff, sigs }) => {
  const objs = keys.map((k) => createPublicKey({ key: Buffer.concat([PREFIX, Buffer.from(k)]), format: "der", type: "spki" }));
  const n = keyIdx.length;
  const ok = new Uint8Array(n);
  const m = Buffer.from(msgs.buffer, msgs.byteOffset, msgs.byteLength);
  const s = Buffer.from(sigs.buffer, sigs.byteOffset, sigs.byteLength);
  for (let i = 0; i < n; i++) {
    try {
      ok[i] = verify(null, m.subarray(msgOff[i], msgOff[i + 1]), objs[keyIdx[i]], s.subarray(i * 64, i * 64 + 64)) ? 1 : 0;
    } catch { ok[i] = 0; }
  }
  parentPort.postMessage(ok, [ok.buffer]);
});
`;

/** Below this many signatures the threads cost more than they save (their start-up, ~30–60 ms each). */
export const MIN_PARALLEL = 4096;

interface Job {
  pubs: Uint8Array[];
  items: Array<{ key: number; msg: Uint8Array; sig: Uint8Array }>;
}

function pack(job: Job) {
  const n = job.items.length;
  const keyIdx = new Uint32Array(n);
  const msgOff = new Uint32Array(n + 1);
  let total = 0;
  job.items.forEach((it, i) => {
    keyIdx[i] = it.key;
    msgOff[i] = total;
    total += it.msg.length;
  });
  msgOff[n] = total;
  const msgs = new Uint8Array(total);
  const sigs = new Uint8Array(n * 64);
  job.items.forEach((it, i) => {
    msgs.set(it.msg, msgOff[i]!);
    sigs.set(it.sig, i * 64);
  });
  return { keys: job.pubs, keyIdx, msgs, msgOff, sigs };
}

/** Worker threads for signatures: WPC_SIG_THREADS (0 = none), else one per core up to 4. */
export function signatureThreads(env: NodeJS.ProcessEnv = process.env): number {
  const v = env.WPC_SIG_THREADS;
  if (v !== undefined && /^\d{1,2}$/.test(v)) return Math.min(Number(v), 16);
  return Math.max(1, Math.min(availableParallelism(), 4));
}

export interface Prefetch {
  /** Resolves once every worker answered; positives are remembered by the core verifier. */
  done: Promise<{ checked: number; valid: number; threads: number }>;
}

/** Start verifying `triples` (and the CST against each issuer whose kid matches) in worker threads. */
export function prefetchSignatures(triples: SigTriple[], cst?: { msg: Uint8Array; sig: Uint8Array; issuers: readonly string[]; kid?: unknown }): Prefetch {
  const keyIndex = new Map<string, number>();
  const pubs: Uint8Array[] = [];
  const items: Array<{ key: number; msg: Uint8Array; sig: Uint8Array }> = [];
  const add = (did: string, msg: Uint8Array, sig: Uint8Array) => {
    let k = keyIndex.get(did);
    if (k === undefined) {
      let pub: Uint8Array;
      try {
        pub = publicKeyFromDidKey(did);
      } catch {
        return;
      }
      if (!keyIsSound(pub)) return;
      k = pubs.length;
      pubs.push(pub);
      keyIndex.set(did, k);
    }
    if (sBelowL(sig)) items.push({ key: k, msg, sig });
  };
  for (const t of triples) add(t.did, t.msg, t.sig);
  if (cst) for (const did of cst.issuers) add(did, cst.msg, cst.sig);
  const threads = signatureThreads();
  if (items.length < MIN_PARALLEL || threads === 0) return { done: Promise.resolve({ checked: 0, valid: 0, threads: 0 }) };
  const per = Math.ceil(items.length / threads);
  const parts: Promise<number>[] = [];
  for (let t = 0; t < threads; t++) {
    const slice = items.slice(t * per, (t + 1) * per);
    if (slice.length === 0) continue;
    const w = new Worker(WORKER_SRC, { eval: true });
    const msg = pack({ pubs, items: slice });
    parts.push(
      new Promise<number>((resolve) => {
        w.once("message", (ok: Uint8Array) => {
          let valid = 0;
          for (let i = 0; i < slice.length; i++)
            if (ok[i]) {
              const it = slice[i]!;
              rememberValid(pubs[it.key]!, it.msg, it.sig);
              valid++;
            }
          void w.terminate();
          resolve(valid);
        });
        w.once("error", () => resolve(0)); // the checks verify everything themselves anyway
        w.postMessage(msg, [msg.msgs.buffer, msg.sigs.buffer, msg.keyIdx.buffer, msg.msgOff.buffer]);
      }),
    );
  }
  return { done: Promise.all(parts).then((v) => ({ checked: items.length, valid: v.reduce((a, b) => a + b, 0), threads: parts.length })) };
}
