/**
 * CLI output conventions: --json / --format, one-line errors, exit codes (0 ok, 1 failed check, 2 bad
 * input). This is the CLI's print edge: every line goes through core/escape's `safeLines` (no line can
 * become a workflow command, on stdout or stderr), except workflow commands that core/escape built.
 */
import { WpcError, exitCodeFor, isWpcError } from "../core/json/errors.ts";
import { jsonText, plain, safeLines, truncate, workflowCommand, type WorkflowCommand } from "../core/escape/index.ts";

export type Format = "text" | "json" | "github" | "sarif" | "junit";

/** Every format some command prints; each command says which it accepts (the default: the first three). */
export const FORMATS: readonly Format[] = ["text", "json", "github", "sarif", "junit"];
const BASIC: readonly Format[] = ["text", "json", "github"];

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** A workflow command for `--format github`, escaped where it was built. */
  command(c: WorkflowCommand): void;
}

const line = (s: string): string => (s.endsWith("\n") ? s.slice(0, -1) : s);

export const stdio: Io = {
  out: (s) => process.stdout.write(`${safeLines(line(s))}\n`),
  err: (s) => process.stderr.write(`${safeLines(line(s))}\n`),
  command: (c) => process.stdout.write(`${c}\n`),
};

export function formatOf(values: { json?: boolean; format?: string }, allowed: readonly Format[] = BASIC): Format {
  const f = values.format ?? "text";
  if (!(allowed as readonly string[]).includes(f)) {
    throw new WpcError("E_USAGE", `--format must be ${allowed.slice(0, -1).join(", ")} or ${allowed.at(-1)} (got "${plain(f)}")`);
  }
  return values.json ? "json" : (f as Format);
}

/** JSON on stdout: the same value, with bidi, invisible characters and `##[` as JSON escapes. */
export function printJson(io: Io, v: unknown): void {
  io.out(jsonText(v));
}

/** Report an error in the requested format; returns the exit code. Never prints a stack trace. */
export function reportError(io: Io, e: unknown, format: Format): number {
  const err = isWpcError(e) ? e : new WpcError("E_BAD_INPUT", `internal error: ${e instanceof Error ? e.message : String(e)}`);
  if (format === "json") {
    const body: { code: string; message: string; file?: string } = { code: err.code, message: err.message };
    if (err.file) body.file = err.file;
    printJson(io, { error: body });
  } else if (format === "github") {
    io.command(workflowCommand("error", { file: err.file }, `${err.code}: ${plain(err.message)}`));
  }
  io.err(`wpc: ${err.code}: ${oneLine(err.message)}`);
  return exitCodeFor(err.code);
}

/** An error message as one printable line: input-derived newlines and controls shown as `\u{…}`. */
export function oneLine(s: string): string {
  return plain(truncate(s, 2000));
}
