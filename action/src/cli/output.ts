/** CLI output conventions: --json / --format, one-line errors, exit codes (0 ok, 1 failed check, 2 bad input). */
import { WpcError, exitCodeFor, isWpcError } from "../core/json/errors.ts";
import { escapeData, escapeProperty } from "../core/policy/render.ts";

export type Format = "text" | "json" | "github";

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

export const stdio: Io = {
  out: (s) => process.stdout.write(s.endsWith("\n") ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith("\n") ? s : `${s}\n`),
};

export function formatOf(values: { json?: boolean; format?: string }): Format {
  const f = values.format ?? "text";
  if (f !== "text" && f !== "json" && f !== "github") throw new WpcError("E_USAGE", `--format must be text, json or github (got "${f}")`);
  return values.json ? "json" : f;
}

export function printJson(io: Io, v: unknown): void {
  io.out(JSON.stringify(v, null, 2));
}

/** Report an error in the requested format; returns the exit code. Never prints a stack trace. */
export function reportError(io: Io, e: unknown, format: Format): number {
  const err = isWpcError(e) ? e : new WpcError("E_BAD_INPUT", `internal error: ${e instanceof Error ? e.message : String(e)}`);
  if (format === "json") {
    const body: { code: string; message: string; file?: string } = { code: err.code, message: err.message };
    if (err.file) body.file = err.file;
    printJson(io, { error: body });
  } else if (format === "github") {
    io.out(`::error${err.file ? ` file=${escapeProperty(err.file)}` : ""}::${escapeData(`${err.code}: ${err.message}`)}`);
  }
  io.err(`wpc: ${err.code}: ${oneLine(err.message)}`);
  return exitCodeFor(err.code);
}

export function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, " ").slice(0, 2000);
}
