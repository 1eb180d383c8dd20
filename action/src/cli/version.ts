/** `wpc --version` (io/tool-version.ts finds the version and commit) and "did you mean". */
import { toolInfo } from "../io/tool-version.ts";

export function versionLine(env: NodeJS.ProcessEnv): string {
  const t = toolInfo(env);
  return `wpc ${t.version} (commit ${t.commit})`;
}

/** The wpc commit this CLI runs from (a ref on GitHub, a 40-hex SHA from git beside the bundle), or "unknown". */
export function runningCommit(env: NodeJS.ProcessEnv): string {
  return toolInfo(env).commit;
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
