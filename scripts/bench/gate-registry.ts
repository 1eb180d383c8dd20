/**
 * What a promotion pays for the registry's history (issue 13): a whole cold `wpc verify` process (the
 * bundled CLI) on the same small bundle against registries of 10, 10,000 and 100,000 entries — 90% token
 * revocations, 10% publishes, as a registry that lives for years looks — in a directory on the bench's
 * filesystem. Wall time and peak RSS, medians of 5, the 10-entry registry as the baseline.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runJob } from "../sim/harness.ts";
import { partySigner, simTrust } from "../sim/keys.ts";
import { appendEntries, verifyRegistry, type EntryDraft, type VerifiedRegistry } from "../../action/src/core/registry/registry.ts";
import { policyHash } from "../../action/src/core/crypto/hash.ts";
import { ed25519VerifyNode, sha256Hex } from "../../action/src/core/crypto/crypto.ts";
import { forgetValid } from "../../action/src/core/crypto/ed25519.ts";
import { publicKeyFromDidKey } from "../../action/src/core/crypto/did.ts";
import { b64uDecode } from "../../action/src/core/crypto/b64u.ts";
import type { Trust } from "../../action/src/core/policy/trust.ts";
import type { JsonValue } from "../../action/src/core/json/ijson.ts";
import { median, PEAK_RSS_ON_EXIT_ESM, type Row } from "./harness.ts";

const SEED = "bench-registry-size";
const AT = Date.parse("2026-11-27T00:00:00Z");
const SOURCE = { repository: "acme/policies", ref: "refs/heads/main", commit: "0".repeat(40), run_id: "1", actor: "bench" };

/** A registry of `n` entries: n/10 publishes over up to 1,000 policy ids, 9n/10 token revocations, invoice-triage current. */
function buildRegistry(root: string, trust: Trust, n: number): Map<string, Uint8Array> {
  const key = partySigner(SEED, "registry");
  const example = JSON.parse(readFileSync(join(root, "policies/invoice-triage.wpc.json"), "utf8"));
  const drafts: EntryDraft[] = [];
  const publishes = Math.max(1, Math.round(n / 10)) - 1;
  const ids = Math.min(1000, Math.max(1, publishes));
  for (let i = 0; i < publishes; i++) {
    const contract = { ...example, purpose: `policy ${i % ids} version ${Math.floor(i / ids)}` } as JsonValue;
    drafts.push({ kind: "publish", policy_id: `p${String(i % ids).padStart(4, "0")}`, policy_hash_b64u: policyHash(contract).policy_hash_b64u, contract });
  }
  for (let i = 0; drafts.length < n - 1; i++) drafts.push({ kind: "revoke_token", token_hash: sha256Hex(`bench token ${i}`), reason: "bench" });
  drafts.push({ kind: "publish", policy_id: "invoice-triage", policy_hash_b64u: policyHash(example).policy_hash_b64u, contract: example });
  const files = new Map<string, Uint8Array>();
  let reg: VerifiedRegistry = verifyRegistry(files, { trust, at: AT });
  for (let i = 0; i < drafts.length; i += 10_000) {
    const batch = drafts.slice(i, i + 10_000);
    const app = appendEntries(reg, batch, key, { now: AT - 3_600_000, source: SOURCE, checkpointDays: 90 });
    for (const [p, b] of app.files) files.set(p, b);
    for (const p of app.removed) files.delete(p);
    const contracts = new Map(reg.contracts);
    for (const d of batch) if (d.contract) contracts.set(d.policy_hash_b64u!, d.contract);
    reg = {
      ...reg,
      seq: app.seq,
      headEntryHash: app.entries.at(-1)!.entry_hash_b64u,
      state: app.state,
      entries: [...reg.entries, ...app.entries],
      contracts,
      signerSeqs: { ...reg.signerSeqs, [key.did]: app.seq },
      stateFiles: new Set([...app.files.keys()].filter((p) => p.startsWith("state/"))),
    };
  }
  return files;
}

function writeDir(dir: string, files: ReadonlyMap<string, Uint8Array>): void {
  const made = new Set<string>();
  for (const [p, b] of files) {
    const d = dirname(join(dir, p));
    if (!made.has(d)) mkdirSync(d, { recursive: true }), made.add(d);
    writeFileSync(join(dir, p), b);
  }
}

/** Median wall ms and peak RSS (MiB) of `wpc verify` as a whole process. */
function cliVerify(root: string, args: string[], runs = 5): { ms: number; rss: number; verdict: string } {
  const cli = join(root, "action/dist/cli.js");
  const driver = `${PEAK_RSS_ON_EXIT_ESM} process.argv = [process.argv[0], ${JSON.stringify(cli)}, ...${JSON.stringify(args)}]; await import(${JSON.stringify(cli)});`;
  const times: number[] = [];
  const rss: number[] = [];
  let verdict = "";
  for (let i = 0; i < runs + 1; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", driver], { encoding: "utf8", maxBuffer: 1 << 28 });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    verdict = (JSON.parse(r.stdout) as { verdict: string }).verdict;
    if (i === 0) continue; // warm the file cache
    times.push(ms);
    rss.push(Number(/max rss (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024);
  }
  return { ms: median(times), rss: median(rss), verdict };
}

/**
 * `registry verify` (full replay: every entry, contract and checkpoint signature, the snapshot rebuilt)
 * of the 100,000-entry registry in memory, once, against a bare node:crypto loop over the same signatures.
 */
export function benchVerify100k(root: string): Row {
  const trust = simTrust(SEED) as unknown as Trust;
  const files = buildRegistry(root, trust, 100_000);
  forgetValid();
  let t0 = process.hrtime.bigint();
  const reg = verifyRegistry(files, { trust, at: AT });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (!reg.ok) throw new Error(`the bench registry does not verify: ${reg.problems[0]?.message}`);
  const enc = new TextEncoder();
  const triples: Array<{ pub: Uint8Array; msg: Uint8Array; sig: Uint8Array }> = [];
  for (const [path, bytes] of files) {
    if (path.startsWith("state/")) continue;
    const env = JSON.parse(new TextDecoder().decode(bytes)) as { payload_hash_b64u: string; signature_b64u: string; signer_did: string };
    triples.push({ pub: publicKeyFromDidKey(env.signer_did), msg: enc.encode(env.payload_hash_b64u), sig: b64uDecode(env.signature_b64u)! });
  }
  t0 = process.hrtime.bigint();
  for (const t of triples) if (!ed25519VerifyNode(t.pub, t.msg, t.sig)) throw new Error("floor: a signature does not verify");
  const floor = Number(process.hrtime.bigint() - t0) / 1e6;
  return { name: "registry verify, 100,000 entries (90% revocations), full replay in memory (1 run)", ms, baseline: `${triples.length} × Ed25519 verify (bare node:crypto loop)`, baselineMs: floor };
}

export function benchGateRegistrySize(root: string): Row[] {
  const dir = mkdtempSync(join(tmpdir(), "wpc-bench-regsize-"));
  try {
    const trust = simTrust(SEED) as unknown as Trust;
    writeFileSync(join(dir, "trust.json"), JSON.stringify(trust));
    const example = JSON.parse(readFileSync(join(root, "policies/invoice-triage.wpc.json"), "utf8"));
    const job = runJob({ seed: SEED, policyId: "invoice-triage", policyHash: policyHash(example).policy_hash_b64u, subject: { repository: "acme/app", commit: "a".repeat(40) } });
    const bundle = join(dir, "bundle.json");
    writeFileSync(bundle, JSON.stringify(job.bundle));
    const results = new Map<number, { ms: number; rss: number }>();
    for (const n of [10, 10_000, 100_000]) {
      const reg = join(dir, `registry-${n}`);
      const built = buildRegistry(root, trust, n);
      writeDir(reg, built);
      if (process.env.WPC_BENCH_KEEP) {
        const sizes = [...built].filter(([p]) => p.startsWith("state/") || p === "HEAD.json").map(([p, b]) => `${p} ${b.length}`);
        console.error(`registry ${n}: ${built.size} files; ${sizes.length} state files, largest ${Math.max(...[...built].filter(([p]) => p.startsWith("state/")).map(([, b]) => b.length))} bytes`);
      }
      const r = cliVerify(root, ["verify", bundle, "--policy", "invoice-triage", "--registry", reg, "--trust", join(dir, "trust.json"), "--subject", "a".repeat(40), "--at", new Date(AT).toISOString(), "--json"]);
      if (r.verdict !== "pass") throw new Error(`the bench bundle does not pass against ${n} entries`);
      results.set(n, r);
      if (!process.env.WPC_BENCH_KEEP) rmSync(reg, { recursive: true, force: true });
    }
    const base = results.get(10)!;
    const rows: Row[] = [];
    for (const n of [10_000, 100_000]) {
      const r = results.get(n)!;
      rows.push({ name: `wpc verify (whole process) against a ${n.toLocaleString("en")}-entry registry (90% revocations): time`, ms: r.ms, baseline: "the same against a 10-entry registry", baselineMs: base.ms, target: 1.2 });
      rows.push({ name: `… peak RSS, MiB (as "ms")`, ms: r.rss, baseline: "peak RSS against 10 entries", baselineMs: base.rss, target: 1.2 });
    }
    return rows;
  } finally {
    if (process.env.WPC_BENCH_KEEP) console.error(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}
