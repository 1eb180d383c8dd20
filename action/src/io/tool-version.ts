/**
 * The running wpc: the package version (fixed at build time) and the commit it runs from, found at run
 * time — a committed bundle cannot contain its own commit: GITHUB_ACTION_REF when GitHub runs an
 * action, else git beside the bundle (a pinned checkout), else "unknown". Shared by `wpc --version`
 * and the verify report's audit record.
 */
import { spawnSync } from "node:child_process";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import pkg from "../../../package.json" with { type: "json" };

export interface ToolInfo {
  version: string;
  commit: string;
}

export function toolInfo(env: NodeJS.ProcessEnv): ToolInfo {
  return { version: pkg.version, commit: runningCommit(env) };
}

function runningCommit(env: NodeJS.ProcessEnv): string {
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
