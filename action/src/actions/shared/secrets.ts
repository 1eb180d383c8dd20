/** Secret hygiene for actions: mask at once, fail with a one-line reason that never carries key text. */
import * as core from "@actions/core";
import { isWpcError } from "../../core/json/errors.ts";

/** Register the key (and its trimmed form) as a secret before anything else can print it. */
export function maskKey(raw: string): string {
  if (raw) core.setSecret(raw);
  const trimmed = raw.trim();
  if (trimmed && trimmed !== raw) core.setSecret(trimmed);
  return trimmed;
}

export function failWith(e: unknown): void {
  if (isWpcError(e)) core.setFailed(`${e.code}: ${e.message}`);
  else if (typeof (e as { status?: unknown })?.status === "number")
    core.setFailed(`E_IO: GitHub API request failed (HTTP ${(e as { status: number }).status})`);
  else core.setFailed(`internal error: ${e instanceof Error ? e.message : String(e)}`);
}
