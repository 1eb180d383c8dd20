/**
 * When the checkpoint's renewal is near. A checkpoint lives from `issued_at` to `expires_at`; after
 * that every gate refuses the registry (E_REG_EXPIRED). Renewal is "near" once less than a quarter of
 * that lifetime is left, or less than an explicit `--warn-within` duration. The instant the warning
 * starts is derived from the checkpoint alone, so it is printed on every build; whether the warning is
 * shown depends on the build time (the site is rebuilt after every registry write and on a schedule),
 * and the build time itself is never printed: same registry, same warning state, same bytes.
 */
import { WpcError } from "../json/errors.ts";
import { isoSeconds } from "../registry/registry.ts";
import type { CheckpointPayload } from "../registry/types.ts";

/** The share of a checkpoint's lifetime left when the warning starts, by default. */
export const WARN_FRACTION = 0.25;

export interface ExpiryStatus {
  seq: number;
  issued_at: string;
  expires_at: string;
  /** From this instant on, renewal is near. */
  warn_from: string;
  near: boolean;
}

const UNIT_MS: Record<string, number> = { d: 86_400_000, h: 3_600_000, m: 60_000 };

/** "14d", "36h", "90m": a positive whole number of days, hours or minutes, at most 10 years. */
export function parseDuration(s: string, name = "--warn-within"): number {
  const m = /^([1-9][0-9]{0,6})([dhm])$/.exec(s.trim());
  const ms = m ? Number(m[1]) * UNIT_MS[m[2]!]! : NaN;
  if (!Number.isFinite(ms) || ms > 3650 * UNIT_MS.d!) throw new WpcError("E_USAGE", `${name} is a duration such as 14d, 36h or 90m (got ${JSON.stringify(s.slice(0, 40))})`);
  return ms;
}

export function checkpointExpiry(cp: CheckpointPayload, at: number, warnWithinMs?: number): ExpiryStatus {
  const issued = Date.parse(cp.issued_at);
  const expires = Date.parse(cp.expires_at);
  const lead = warnWithinMs ?? Math.max(0, expires - issued) * WARN_FRACTION;
  const warnFrom = expires - lead;
  return { seq: cp.seq, issued_at: cp.issued_at, expires_at: cp.expires_at, warn_from: isoSeconds(warnFrom), near: at >= warnFrom };
}
