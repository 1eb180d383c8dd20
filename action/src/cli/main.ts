/** The `wpc` command: thin shell over the core. */
import { WpcError } from "../core/json/errors.ts";
import { FORMATS, formatOf, reportError, stdio, type Format, type Io } from "./output.ts";
import { cmdCheck, cmdDiff, cmdHash, cmdSchema, cmdValidate } from "./cmd-policy.ts";
import { cmdKeygen, cmdPublish, cmdRegistry, cmdTrustAddKey } from "./cmd-registry.ts";
import { cmdVerify } from "./cmd-verify.ts";
import { cmdReport } from "./cmd-report.ts";
import { cmdRevoke, cmdRollback } from "./cmd-incident.ts";
import { cmdOpenclaw } from "./cmd-openclaw.ts";
import { cmdClaw } from "./cmd-claw.ts";
import { cmdInit } from "./cmd-init.ts";
import { closest, versionLine } from "./version.ts";
import { helpText, indexText } from "./help.ts";
import { parseUsage, specOf, TOP_LEVEL } from "./usage.ts";
import { plain } from "../core/escape/index.ts";
import type { CommandSpec } from "./spec.ts";
import { asGiven, errorAsGiven, givenPaths, type PathPairs } from "./shown.ts";
import type { Ctx } from "./common.ts";

type Handler = (c: Ctx) => number | Promise<number>;

/** The commands; each has its spec-table entry (flags, help, usage checks; test/unit/cli/spec.test.ts). */
const COMMANDS: Record<string, Handler> = {
  init: cmdInit,
  validate: cmdValidate,
  hash: cmdHash,
  diff: cmdDiff,
  check: cmdCheck,
  schema: cmdSchema,
  keygen: cmdKeygen,
  trust: cmdTrustAddKey,
  publish: cmdPublish,
  verify: cmdVerify,
  report: cmdReport,
  revoke: cmdRevoke,
  rollback: cmdRollback,
  registry: cmdRegistry,
  openclaw: cmdOpenclaw,
  claw: cmdClaw,
};

export const USAGE = indexText();

/** The commands the dispatch table runs (test/unit/cli/spec.test.ts: each needs a spec-table entry). */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

export async function main(argv: string[], io: Io = stdio, cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const named = argv[0] ? specOf([argv[0]]) : undefined;
  // --json before the command line is judged: a usage error is then one JSON document too
  let format: Format = argv.includes("--json") && (!named || acceptsJson(named, argv)) ? "json" : "text";
  // exactly one JSON document on stdout: an error after the result was printed goes to stderr only
  let wrote = false;
  let pairs: PathPairs = [];
  const out: Io = { out: (s) => ((wrote = true), io.out(s)), err: (s) => io.err(s), command: (c) => ((wrote = true), io.command(c)) };
  try {
    const [name, ...rest] = argv;
    if (name === "--help" || name === "-h" || name === "help") {
      out.out(rest.length ? helpText(helpSpec(rest)) : USAGE);
      return 0;
    }
    if (name === "--version" || name === "-V" || name === "version") {
      out.out(versionLine(env));
      return 0;
    }
    if (!name) {
      out.out(USAGE);
      throw new WpcError("E_USAGE", "no command given (wpc --help lists the commands)");
    }
    const run = COMMANDS[name];
    if (!run) {
      const guess = closest(name, Object.keys(COMMANDS));
      throw new WpcError("E_USAGE", `unknown command "${plain(name.slice(0, 80))}"${guess ? ` (did you mean "${guess}"?)` : ""} (wpc --help lists the commands)`);
    }
    const p = parseUsage(name, rest, env);
    if (p?.help) {
      out.out(helpText(p.spec));
      return 0;
    }
    // every command has a spec entry (spec.test.ts fails otherwise): no parse without one
    if (!p) throw new WpcError("E_USAGE", `internal error: "${plain(name)}" has no spec-table entry`);
    pairs = givenPaths(p.spec, p.values, p.positionals, cwd);
    const values = p.values;
    const positionals = p.spec.path.length > 1 ? [p.spec.path[1]!, ...p.positionals] : p.positionals;
    // which formats a command takes is checked by its spec entry (usage.ts); here only the name
    format = formatOf(values, FORMATS);
    return await run({ io: out, cwd, env, values, positionals, shown: (s) => asGiven(s, pairs) });
  } catch (e) {
    return reportError(io, errorAsGiven(e, pairs), format === "json" && wrote ? "text" : format);
  }
}

/** `wpc help CMD [SUB]`: the spec, or E_USAGE with the closest name. */
function helpSpec(path: string[]): CommandSpec {
  const s = path.length <= 2 ? specOf(path) : undefined;
  if (s) return s;
  const top = specOf(path.slice(0, 1));
  const sub = top?.subcommands && path.length > 1;
  const guess = closest(sub ? path[1]! : path[0]!, sub ? top!.subcommands! : TOP_LEVEL.map((t) => t.path[0]!));
  throw new WpcError("E_USAGE", `no help for "${plain(path.join(" ").slice(0, 80))}"${guess ? ` (did you mean "wpc help ${sub ? `${path[0]} ` : ""}${guess}"?)` : ""} (wpc help lists the commands)`);
}

/** Whether the command (its subcommand, when named) takes --json. */
function acceptsJson(s: CommandSpec, argv: string[]): boolean {
  const sub = s.subcommands?.find((n) => argv.includes(n));
  const spec = sub ? specOf([...s.path, sub]) : s;
  return !!spec?.flags.some((f) => f.name === "json") || !!s.subcommands;
}
