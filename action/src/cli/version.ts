/**
 * `wpc --version`: the package version (fixed at build time) and the commit it runs from, found at run
 * time — a committed bundle cannot contain its own commit: GITHUB_ACTION_REF when GitHub runs an
 * action, else git beside the bundle (a pinned checkout), else "unknown".
 */
import { spawnSync } from "node:child_process";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import pkg from "../../../package.json" with { type: "json" };

export function versionLine(env: NodeJS.ProcessEnv): string {
  return `wpc ${pkg.version} (commit ${runningCommit(env)})`;
}

/** The wpc commit this CLI runs from (a ref on GitHub, a 40-hex SHA from git beside the bundle), or "unknown". */
export function runningCommit(env: NodeJS.ProcessEnv): string {
  const ref = env.GITHUB_ACTION_REF;
  if (ref && /^[A-Za-z0-9._/-]{1,200}$/.test(ref)) return ref;
  try {
    const here = dirname(fileURLToPath(import.meta.url));
    const r = spawnSync("git", ["rev-parse", "--verify", "--quiet", "HEAD"], { cwd: here, encoding: "utf8", timeout: 5000 });
    const sha = r.status === 0 ? r.stdout.trim() : "";
    return /^[0-9a-f]{40}$/.test(sha) ? sha : "unknown";
  } catch {
    return "unknown";
  }
}

/** The closest known name within two edits (Levenshtein), for "did you mean". */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = 3;
  for (const k of known) {
    const d = distance(word.toLowerCase(), k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
