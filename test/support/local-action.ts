/**
 * Run an action's TypeScript entry under GitHub's `@github/local-action` (its runner emulator, the tool
 * users reach for): `local-action run action/<name> ../src/actions/<name>.ts <dotenv>`. It imports the
 * entry, calls its exported `run()` with @actions/core replaced by its own emulation, prints workflow
 * commands and outputs, and writes the job summary to GITHUB_STEP_SUMMARY.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./paths.ts";

export interface LocalRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** From the `::set-output name=…::` lines local-action prints for each setOutput. */
  outputs: Record<string, string>;
  summary: string;
  /** local-action does not set an exit code: a failed step shows as its setFailed line. */
  failed: string | undefined;
}

const BIN = join(ROOT, "node_modules/@github/local-action/bin/local-action.js");

/** A dotenv line; values here are paths, SHAs and ids (a quote or line break would end the value). */
function dotenvLine(k: string, v: string): string {
  if (/["\\\n\r]/.test(v)) throw new Error(`dotenv value for ${k} needs no quoting here: ${JSON.stringify(v)}`);
  return `${k}="${v}"`;
}

export async function runLocalAction(name: string, inputs: Record<string, string>, env: Record<string, string> = {}): Promise<LocalRun> {
  const dir = mkdtempSync(join(tmpdir(), `wpc-local-${name}-`));
  try {
    const summaryFile = join(dir, "summary.md");
    writeFileSync(summaryFile, "");
    const vars: Record<string, string> = { RUNNER_TEMP: dir, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_REPOSITORY: "acme/policies", ...env };
    for (const [k, v] of Object.entries(inputs)) vars[`INPUT_${k.toUpperCase()}`] = v;
    const dotenv = join(dir, ".env");
    writeFileSync(dotenv, Object.entries(vars).map(([k, v]) => dotenvLine(k, v)).join("\n") + "\n");
    const child = spawn(process.execPath, [BIN, "run", join(ROOT, "action", name), `../src/actions/${name}.ts`, dotenv], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME ?? dir, NO_COLOR: "1", FORCE_COLOR: "0" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    const code = await new Promise<number | null>((res) => child.on("close", (c) => res(c)));
    const outputs: Record<string, string> = {};
    for (const m of stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)) outputs[m[1]!] = m[2]!;
    const failed = /^::error::(.*)$/m.exec(stdout)?.[1];
    return { code, stdout, stderr, outputs, summary: readFileSync(summaryFile, "utf8"), failed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
