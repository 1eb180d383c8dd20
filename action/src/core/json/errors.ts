/**
 * Stable error codes (DESIGN.md §9). Codes are API: never rename, never reuse.
 * Usage errors exit 2; registry verification failures exit 1.
 */
export const ERROR_CODES = [
  "E_USAGE",
  "E_IO",
  "E_TOO_LARGE",
  "E_NOT_IJSON",
  "E_BAD_INPUT",
  "E_BAD_KEY",
  "E_POLICY_UNKNOWN",
  "E_POLICY_REVOKED",
  "E_ROLLBACK_TARGET",
  "E_REG_CONFLICT",
  "E_REG_SEQ_GAP",
  "E_REG_CHAIN",
  "E_REG_SIG",
  "E_REG_RETIRED_KEY",
  "E_REG_CHECKPOINT",
  "E_REG_EXPIRED",
  "E_REG_UNKNOWN_FILE",
  "E_CLAWCONTROLS",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

const EXIT_ONE: ReadonlySet<ErrorCode> = new Set([
  "E_REG_SEQ_GAP",
  "E_REG_CHAIN",
  "E_REG_SIG",
  "E_REG_RETIRED_KEY",
  "E_REG_CHECKPOINT",
  "E_REG_EXPIRED",
  "E_REG_UNKNOWN_FILE",
]);

/** Exit status a CLI uses for an error of this code. */
export function exitCodeFor(code: ErrorCode): 1 | 2 {
  return EXIT_ONE.has(code) ? 1 : 2;
}

/** An expected failure: bad input, a failed check. Never carries secret material in its message. */
export class WpcError extends Error {
  readonly code: ErrorCode;
  readonly file: string | undefined;
  constructor(code: ErrorCode, message: string, file?: string) {
    super(message);
    this.name = "WpcError";
    this.code = code;
    this.file = file;
  }
}

export function isWpcError(e: unknown): e is WpcError {
  return e instanceof WpcError;
}
