/**
 * The command line checked against the spec table, before any file, git or network access: command,
 * subcommand, flags (unknown ones, values, choices), arguments, cross-flag rules. Pure: argv in, a
 * parsed command or an E_USAGE error (with "did you mean") out.
 */
import { parseArgs } from "node:util";
import { WpcError } from "../core/json/errors.ts";
import { plain } from "../core/escape/index.ts";
import { parseTimeInput } from "../core/json/iso-z.ts";
import { nameOf, type CommandSpec, type FlagSpec } from "./spec.ts";
import { SPECS, tokenRefCheck } from "./spec-table.ts";
import { closest } from "./version.ts";

export interface Parsed {
  spec: CommandSpec;
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
  /** `--help` was given: print the spec's help, run nothing. */
  help: boolean;
}

const byPath = new Map(SPECS.map((s) => [s.path.join(" "), s]));

export function specOf(path: readonly string[]): CommandSpec | undefined {
  return byPath.get(path.join(" "));
}

export const TOP_LEVEL = SPECS.filter((s) => s.path.length === 1);

/** Every flag name any command accepts, with the commands accepting it (for "it belongs to …"). */
function owners(name: string): string[] {
  return SPECS.filter((s) => s.flags.some((f) => f.name === name)).map(nameOf);
}

const dash = (f: FlagSpec) => `--${f.name}`;

function options(spec: CommandSpec): Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }> {
  return Object.fromEntries(spec.flags.map((f) => [f.name, { type: f.value ? "string" : "boolean", ...(f.short ? { short: f.short } : {}), ...(f.multiple ? { multiple: true } : {}) }]));
}

function usageError(spec: CommandSpec, why: string): WpcError {
  return new WpcError("E_USAGE", `${why} (${nameOf(spec)} --help shows its usage)`);
}

/** Tokens of argv as node reads them, without judging them: options and positionals in order. */
function tokens(spec: CommandSpec, args: string[]) {
  return parseArgs({ args, options: options(spec), allowPositionals: true, strict: false, tokens: true }).tokens;
}

/** The subcommand of a group: its first positional, read with every flag of the group's subcommands. */
function subcommandOf(group: CommandSpec, args: string[]): { name: string; index: number } | undefined {
  const union: CommandSpec = { ...group, flags: group.subcommands!.flatMap((s) => specOf([...group.path, s])!.flags) };
  for (const t of tokens(union, args)) if (t.kind === "positional") return { name: t.value, index: t.index };
  return undefined;
}

/** Parse `argv` (without the command name) for the command `name`; undefined when the table lacks it. */
export function parseUsage(name: string, args: string[], env: NodeJS.ProcessEnv = {}): Parsed | undefined {
  let spec = specOf([name]);
  if (!spec) return undefined;
  let rest = args;
  if (spec.subcommands) {
    const found = subcommandOf(spec, args);
    if (found === undefined) {
      if (args.some((a) => a === "--help" || a === "-h")) return { spec, values: { help: true }, positionals: [], help: true };
      throw usageError(spec, `no ${name} subcommand: ${nameOf(spec)} ${spec.subcommands.join("|")}`);
    }
    const sub = found.name;
    if (!spec.subcommands.includes(sub)) {
      const guess = closest(sub, spec.subcommands);
      throw usageError(spec, `unknown ${name} subcommand "${plain(sub.slice(0, 80))}"${guess ? ` (did you mean "${guess}"?)` : ""}: ${nameOf(spec)} ${spec.subcommands.join("|")}`);
    }
    spec = specOf([name, sub])!;
    rest = [...args.slice(0, found.index), ...args.slice(found.index + 1)];
  }
  return parseFor(spec, rest, env);
}

function parseFor(spec: CommandSpec, args: string[], env: NodeJS.ProcessEnv): Parsed {
  const known = new Set(spec.flags.map((f) => f.name));
  for (const t of tokens(spec, args)) {
    if (t.kind !== "option" || known.has(t.name)) continue;
    const raw = plain(t.rawName.slice(0, 80));
    const guess = closest(t.name, [...known]);
    const elsewhere = owners(t.name);
    throw usageError(spec, `${nameOf(spec)} has no flag ${raw}${guess ? ` (did you mean --${guess}?)` : ""}${elsewhere.length ? `; ${raw} belongs to ${elsewhere.slice(0, 3).join(", ")}` : ""}`);
  }
  let parsed;
  try {
    parsed = parseArgs({ args, options: options(spec), allowPositionals: true, strict: true });
  } catch (e) {
    throw usageError(spec, e instanceof Error ? e.message.split(". To specify")[0]! : String(e));
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) return { spec, values, positionals: parsed.positionals, help: true };
  checkArgs(spec, parsed.positionals);
  checkFlags(spec, values);
  // the environment's stand-in for --at is usage too: a bad WPC_NOW is named before anything is read
  const at = spec.flags.find((f) => f.name === "at");
  if (at && values.at === undefined && env.WPC_NOW !== undefined && parseTimeInput(env.WPC_NOW) === undefined)
    throw new WpcError("E_USAGE", `WPC_NOW must be an RFC 3339 time with an offset (2026-12-01T00:00:00Z) or integer epoch seconds (got ${JSON.stringify(env.WPC_NOW.slice(0, 80))})`);
  return { spec, values, positionals: parsed.positionals, help: false };
}

function checkArgs(spec: CommandSpec, positionals: string[]): void {
  const required = spec.args.filter((a) => !a.optional).length;
  const variadic = spec.args.some((a) => a.variadic);
  const missing = spec.args.slice(positionals.length).find((a) => !a.optional);
  if (positionals.length < required) throw usageError(spec, `missing ${missing?.name ?? "argument"}`);
  if (!variadic && positionals.length > spec.args.length)
    throw usageError(spec, spec.args.length ? `unexpected argument "${plain(positionals[spec.args.length]!.slice(0, 80))}" (${nameOf(spec)} takes ${spec.args.map((a) => a.name).join(" ")})` : `unexpected argument "${plain(positionals[0]!.slice(0, 80))}" (${nameOf(spec)} takes no arguments)`);
  positionals.forEach((v, i) => spec.args[Math.min(i, spec.args.length - 1)]?.check?.(v));
}

function checkFlags(spec: CommandSpec, values: Record<string, string | boolean | undefined>): void {
  for (const f of spec.flags) {
    const v = values[f.name];
    if (v === undefined) {
      if (f.default === "required") throw usageError(spec, `${dash(f)} ${f.value} is required`);
      continue;
    }
    for (const one of Array.isArray(v) ? v : [v]) {
      if (typeof one !== "string") continue;
      if (f.choices && !f.choices.includes(one)) throw usageError(spec, `${dash(f)} must be one of ${f.choices.join(", ")} (got "${plain(one.slice(0, 80))}")`);
      f.check?.(one);
    }
  }
  for (const r of spec.rules ?? []) {
    if (r.kind === "exclusive" && r.flags.filter((n) => values[n] !== undefined && values[n] !== false).length > 1)
      throw usageError(spec, `${r.flags.map((n) => `--${n}`).join(" and ")} exclude each other`);
    if (r.kind === "one-of" && r.flags.filter((n) => values[n] !== undefined).length !== 1)
      throw usageError(spec, `name it by exactly one of ${r.flags.map((n) => `--${n}`).join(", ")}`);
    if (r.kind === "requires" && values[r.flag] !== undefined && values[r.needs] === undefined) throw usageError(spec, `--${r.flag} needs --${r.needs}`);
  }
  if (spec.path.join(" ") === "revoke token") tokenRefCheck(values);
}

/** A shell-like split of an example (double quotes group words), for checking examples as usage. */
export function splitExample(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|(\S+)/g)) out.push(m[1] ?? m[2]!);
  return out;
}
