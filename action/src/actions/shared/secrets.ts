/** Secret hygiene for actions: mask at once, fail with a one-line reason that never carries key text. */
import * as core from "@actions/core";
import { isWpcError } from "../../core/json/errors.ts";
import { fail } from "./log.ts";

/** Register the key (and its trimmed form) as a secret before anything else can print it. */
export function maskKey(raw: string): string {
  if (raw) core.setSecret(raw);
  const trimmed = raw.trim();
  if (trimmed && trimmed !== raw) core.setSecret(trimmed);
  return trimmed;
}

export function failWith(e: unknown): void {
  // fail() escapes: WpcError messages embed file names and input values
  if (isWpcError(e)) fail(`${e.code}: ${e.message}`);
  else if (typeof (e as { status?: unknown })?.status === "number") fail(`E_IO: GitHub API request failed (HTTP ${(e as { status: number }).status})`);
  else fail(`internal error: ${e instanceof Error ? e.message : String(e)}`);
}
