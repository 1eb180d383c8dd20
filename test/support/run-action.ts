/** Run a bundled action (action/dist/<name>.js) as a subprocess with a runner-like environment. */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./paths.ts";

export interface ActionRun {
  status: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Everything the step made visible: stdout, stderr, outputs and summary. */
  all: string;
}

export interface ActionOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  event?: unknown;
  eventName?: string;
  cwd?: string;
}

/** GITHUB_OUTPUT uses `name<<DELIM` heredocs (actions/toolkit file-command). */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const [, name, delim] = m;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      out[name!] = value.join("\n");
    } else if (lines[i]!.includes("=")) {
      const at = lines[i]!.indexOf("=");
      out[lines[i]!.slice(0, at)] = lines[i]!.slice(at + 1);
    }
  }
  return out;
}

export async function runAction(name: string, opts: ActionOptions = {}): Promise<ActionRun> {
  // RUNNER_TEMP (and the workspace when no cwd is given): everything a test sees is returned, so it goes afterwards
  const dir = mkdtempSync(join(tmpdir(), `wpc-run-${name}-`));
  try {
    return await runIn(dir, name, opts);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runIn(dir: string, name: string, opts: ActionOptions): Promise<ActionRun> {
  const outputFile = join(dir, "output");
  const summaryFile = join(dir, "summary");
  const eventFile = join(dir, "event.json");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  writeFileSync(eventFile, JSON.stringify(opts.event ?? {}));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME ?? dir,
    GITHUB_ACTIONS: "true",
    CI: "true",
    RUNNER_TEMP: dir,
    RUNNER_OS: "Linux",
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: opts.eventName ?? "pull_request",
    GITHUB_WORKSPACE: opts.cwd ?? dir,
    GITHUB_REPOSITORY: "acme/policies",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_RUN_ID: "4242",
    GITHUB_ACTOR: "octocat",
    ...opts.env,
  };
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[`INPUT_${k.replace(/ /g, "_").toUpperCase()}`] = v;
  const child = spawn(process.execPath, [join(ROOT, "action/dist", `${name}.js`)], { cwd: opts.cwd ?? dir, env });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString("utf8")));
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
  const status = await new Promise<number>((res) => child.on("close", (code) => res(code ?? 1)));
  const outputsText = readFileSync(outputFile, "utf8");
  const summary = readFileSync(summaryFile, "utf8");
  return { status, stdout, stderr, outputs: parseOutputFile(outputsText), summary, all: [stdout, stderr, outputsText, summary].join("\n") };
}
