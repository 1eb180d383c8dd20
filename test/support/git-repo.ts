/** Real temporary git repositories for tests. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { ROOT } from "./paths.ts";

export const GIT_ENV = {
  GIT_AUTHOR_NAME: "wpc test",
  GIT_AUTHOR_EMAIL: "test@wpc.invalid",
  GIT_COMMITTER_NAME: "wpc test",
  GIT_COMMITTER_EMAIL: "test@wpc.invalid",
  GIT_CONFIG_NOSYSTEM: "1",
};

export function sh(cwd: string, ...args: string[]): string {
  const r = spawnSync("git", args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A new repository on branch main holding a copy of this project's policies/ (one commit). */
export function policyRepo(prefix = "wpc-repo-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  sh(dir, "init", "-q", "-b", "main");
  sh(dir, "config", "user.name", "wpc test");
  sh(dir, "config", "user.email", "test@wpc.invalid");
  sh(dir, "config", "commit.gpgsign", "false");
  cpSync(join(ROOT, "policies"), join(dir, "policies"), { recursive: true });
  sh(dir, "add", "-A");
  sh(dir, "commit", "-q", "-m", "policies");
  return dir;
}

export function writeFile(dir: string, rel: string, text: string): void {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
}

export function commitAll(dir: string, message: string): string {
  sh(dir, "add", "-A");
  sh(dir, "commit", "-q", "-m", message);
  return sh(dir, "rev-parse", "HEAD");
}
