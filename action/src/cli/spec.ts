/**
 * The shape of the CLI's declarative command table (spec-table.ts): every command and subcommand with
 * its arguments, flags (description, default, whether it takes a value) and examples. Help, docs/cli.md
 * and usage checking (usage.ts) are all read from it, so they cannot disagree.
 */
import { WpcError } from "../core/json/errors.ts";
import { parseTimeInput } from "../core/json/iso-z.ts";
import { plain } from "../core/escape/index.ts";
import { checkRevision } from "../io/git-args.ts";

export interface FlagSpec {
  name: string;
  /** The value's placeholder (`FILE`, `REF`): the flag takes a value. Absent: a switch. */
  value?: string;
  description: string;
  /** What applies when the flag is absent, as the user would write it (`policies/trust.json`, `off`). */
  default: string;
  short?: string;
  choices?: readonly string[];
  /** Pure check of the value (no I/O): throws a WpcError, usually E_USAGE. */
  check?: (value: string) => void;
  /** The value names a file or directory: output shows it as given (never resolved). */
  path?: boolean;
  /** The flag may repeat; its value is then the list of every occurrence. */
  multiple?: boolean;
}

export interface ArgSpec {
  name: string;
  description: string;
  optional?: boolean;
  /** Any number (from 0 when optional, else from 1). */
  variadic?: boolean;
  /** What applies when an optional argument is absent. */
  default?: string;
  check?: (value: string) => void;
  path?: boolean;
}

/** A constraint over several flags, checked before any I/O. */
export type Rule =
  | { kind: "exclusive"; flags: readonly string[] }
  | { kind: "one-of"; flags: readonly string[] }
  | { kind: "requires"; flag: string; needs: string };

export interface CommandSpec {
  /** `["revoke", "token"]`; a group (`["revoke"]`) lists `subcommands` instead of running. */
  path: readonly string[];
  summary: string;
  /** Extra lines after the summary: what it reads, writes and prints. */
  details?: readonly string[];
  args: readonly ArgSpec[];
  flags: readonly FlagSpec[];
  rules?: readonly Rule[];
  /** Environment variables it reads. */
  env?: readonly string[];
  examples: readonly string[];
  /** A group: its subcommands, each with its own spec entry. */
  subcommands?: readonly string[];
}

export const HELP_FLAG: FlagSpec = { name: "help", short: "h", description: "print this help and exit", default: "off" };

const fail = (flag: string, why: string, got: string): never => {
  throw new WpcError("E_USAGE", `--${flag} ${why} (got "${plain(got.slice(0, 80))}")`);
};

export function intCheck(flag: string): (v: string) => void {
  return (v) => {
    if (!/^\d{1,15}$/.test(v)) fail(flag, "must be a non-negative integer", v);
  };
}

export function timeCheck(flag: string): (v: string) => void {
  return (v) => {
    if (parseTimeInput(v) === undefined) fail(flag, "must be an RFC 3339 time with an offset (2026-12-01T00:00:00Z) or integer epoch seconds", v);
  };
}

/** A policy source: a file path, or `git:REF:PATH` with a revision that cannot be read as a git option. */
export function sourceCheck(v: string): void {
  if (!v.startsWith("git:")) return;
  const rest = v.slice(4);
  const colon = rest.indexOf(":");
  if (colon <= 0 || colon === rest.length - 1) throw new WpcError("E_USAGE", `"${plain(v.slice(0, 200))}": expected git:REF:PATH`);
  checkRevision(rest.slice(0, colon), `"${plain(v.slice(0, 200))}"`);
}

/** `--registry`: a directory, or `git:REF` naming a branch (no `..`, no option-looking ref). */
export function registryCheck(v: string): void {
  if (!v.startsWith("git:")) return;
  const ref = v.slice(4);
  if (!/^[A-Za-z0-9][A-Za-z0-9._/-]{0,200}$/.test(ref) || ref.includes("..")) throw new WpcError("E_USAGE", `invalid registry ref "${plain(ref.slice(0, 200))}"`);
}

export function nonEmpty(flag: string): (v: string) => void {
  return (v) => {
    if (v.trim() === "") fail(flag, "must not be empty", v);
  };
}

/** The spec's `wpc a b` name. */
export const nameOf = (s: CommandSpec): string => ["wpc", ...s.path].join(" ");
