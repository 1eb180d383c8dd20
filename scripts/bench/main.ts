import { report, type Row } from "./harness.ts";
import { benchValidate } from "./validate.ts";
import { benchPublish, benchVerify } from "./registry.ts";
import { bench100k, benchColdStart, benchGate, peakRssMiB } from "./gate.ts";
import { benchApprovals } from "./approvals.ts";
import { benchGateRegistrySize, benchVerify100k } from "./gate-registry.ts";
import { benchCheck } from "./check.ts";
import { benchReplay } from "./replay.ts";
import { benchBundles } from "./bundles.ts";

const root = process.argv[2]!;
const only = process.argv.slice(3);
const want = (n: string) => only.length === 0 || only.includes(n);

// Whole-process measurements first: the in-process rows leave this harness with a large heap, whose
// background garbage collection would otherwise compete with the measured process for the cores.
const rss = want("rss") ? [peakRssMiB(root).row] : [];
const coldstart = want("coldstart") ? benchColdStart(root) : [];
const regsize = want("regsize") ? benchGateRegistrySize(root) : [];
const rows: Row[] = [];
if (want("validate")) rows.push(await benchValidate(root));
if (want("publish")) rows.push(await benchPublish(root));
if (want("publish") || want("publish-disk")) rows.push(await benchPublish(root, 1_000, true));
if (want("verify")) rows.push(await benchVerify(root));
if (want("gate")) {
  rows.push(await benchGate(root, 1_000, 1.2));
  rows.push(await benchGate(root, 10_000, 1.0));
}
if (want("approvals")) rows.push(await benchApprovals(root));
if (want("check")) rows.push(await benchCheck(root));
if (want("replay")) rows.push(...(await benchReplay(root)));
if (only.includes("verify100k")) rows.push(benchVerify100k(root)); // minutes: only when named
rows.push(...rss, ...regsize);
if (want("100k")) rows.push(await bench100k(root));
rows.push(...coldstart);
if (want("bundles")) rows.push(...benchBundles(root));
const ok = report(rows);
console.log(ok ? "\nall targets met" : "\nsome targets missed");
if (!ok) process.exitCode = 1;
