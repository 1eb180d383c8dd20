/**
 * The PR check at scale (issue 13): 5,000 changed policy files between two commits, checked from git
 * objects (a constant number of git processes: one diff, one ls-tree, one cat-file batch, …) in process,
 * against `git diff --name-only` of the same range as a whole process. Target: under 3 s.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkWorkingTree } from "../../action/src/io/policy-check.ts";
import { timeMs, type Row } from "./harness.ts";
import { git } from "./registry.ts";

export async function benchCheck(root: string, count = 5_000): Promise<Row> {
  const repo = mkdtempSync(join(tmpdir(), "wpc-bench-check-"));
  try {
    mkdirSync(join(repo, "policies"));
    const example = JSON.parse(readFileSync(join(root, "policies/invoice-triage.wpc.json"), "utf8"));
    writeFileSync(join(repo, "policies/trust.json"), readFileSync(join(root, "policies/trust.json")));
    const write = (v: number) => {
      for (let i = 0; i < count; i++) writeFileSync(join(repo, "policies", `p${String(i).padStart(5, "0")}.wpc.json`), JSON.stringify({ ...example, purpose: `policy ${i}, version ${v}` }, null, 2) + "\n");
    };
    git(repo, "init", "-q", "-b", "main");
    write(0);
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "base");
    const base = git(repo, "rev-parse", "HEAD");
    write(1);
    git(repo, "add", "-A");
    git(repo, "commit", "-q", "-m", "head");
    let files = 0;
    const ms = await timeMs(() => {
      const r = checkWorkingTree({ base, head: "HEAD", cwd: repo });
      files = r.files.length;
    }, 3, 1);
    if (files !== count) throw new Error(`the check saw ${files} changed files, not ${count}`);
    const baselineMs = await timeMs(() => void git(repo, "diff", "--name-only", base, "HEAD"), 5, 1);
    return { name: `PR check, ${count.toLocaleString("en")} changed policy files (git objects, in process)`, ms, baseline: "git diff --name-only of the same range (process)", baselineMs, note: `(target: under 3,000 ms: ${ms < 3000 ? "met" : "NOT met"})` };
  } finally {
    rmSync(repo, { recursive: true, force: true });
  }
}
