/** The `wpc` command: thin shell over the core. */
import { parseArgs } from "node:util";
import { WpcError } from "../core/json/errors.ts";
import { FORMATS, formatOf, reportError, stdio, type Format, type Io } from "./output.ts";
import { CHECK_USAGE, cmdCheck, cmdDiff, cmdHash, cmdSchema, cmdValidate } from "./cmd-policy.ts";
import { cmdKeygen, cmdPublish, cmdRegistry, cmdTrustAddKey } from "./cmd-registry.ts";
import { cmdVerify, VERIFY_USAGE } from "./cmd-verify.ts";
import { cmdReport, REPORT_USAGE } from "./cmd-report.ts";
import { cmdRevoke, cmdRollback, REVOKE_USAGE, ROLLBACK_USAGE } from "./cmd-incident.ts";
import { cmdOpenclaw, OPENCLAW_USAGE } from "./cmd-openclaw.ts";
import { cmdClaw, CLAW_USAGE } from "./cmd-claw.ts";
import { cmdInit, INIT_USAGE } from "./cmd-init.ts";
import { closest, versionLine } from "./version.ts";
import { helpText, indexText } from "./help.ts";
import { parseUsage, specOf, TOP_LEVEL } from "./usage.ts";
import { plain } from "../core/escape/index.ts";
import type { CommandSpec } from "./spec.ts";
import { asGiven, errorAsGiven, givenPaths, type PathPairs } from "./shown.ts";
import type { Ctx } from "./common.ts";

type Handler = (c: Ctx) => number | Promise<number>;

const OPTIONS = {
  json: { type: "boolean" },
  format: { type: "string" },
  base: { type: "string" },
  policies: { type: "string" },
  trust: { type: "string" },
  help: { type: "boolean", short: "h" },
  out: { type: "string" },
  role: { type: "string" },
  key: { type: "string" },
  registry: { type: "string" },
  since: { type: "string" },
  all: { type: "boolean" },
  at: { type: "string" },
  "min-seq": { type: "string" },
  policy: { type: "string" },
  "expect-hash": { type: "string" },
  subject: { type: "string" },
  urm: { type: "string" },
  "report-md": { type: "string" },
  token: { type: "string" },
  "token-hash": { type: "string" },
  jti: { type: "string" },
  reason: { type: "string" },
  to: { type: "string" },
  explain: { type: "string" },
  audit: { type: "string" },
  clawcontrols: { type: "string" },
  // wpc init
  "wpc-ref": { type: "string" },
  "wpc-repo": { type: "string" },
  "key-out": { type: "string" },
  did: { type: "string", multiple: true },
  owners: { type: "string", multiple: true },
  force: { type: "boolean" },
  "warn-within": { type: "string" },
  replay: { type: "string" },
  "replay-live": { type: "boolean" },
  "fail-on-impact": { type: "boolean" },
  from: { type: "string" },
  bundle: { type: "string" },
} as const;

const COMMANDS: Record<string, { run: Handler; usage: string }> = {
  init: { run: cmdInit, usage: INIT_USAGE },
  validate: { run: cmdValidate, usage: "wpc validate [PATH…] [--trust FILE] [--json | --format github]" },
  hash: { run: cmdHash, usage: "wpc hash FILE|git:REF:PATH [--json]" },
  diff: { run: cmdDiff, usage: "wpc diff BASE HEAD [--json | --format github]" },
  check: { run: cmdCheck, usage: CHECK_USAGE },
  schema: { run: cmdSchema, usage: "wpc schema   (print the WPC JSON Schema)" },
  keygen: { run: cmdKeygen, usage: "wpc keygen --out DIR [--json]   (writes DIR/wpc-signing.key, prints the did:key)" },
  trust: { run: cmdTrustAddKey, usage: "wpc trust add-key --role ROLE DID [--trust FILE]" },
  publish: { run: cmdPublish, usage: "wpc publish [--policies DIR] [--registry R] [--key FILE] [--trust FILE] [--since REV | --all] [--clawcontrols URL] [--json]   (CST from WPC_CLAWCONTROLS_CST)" },
  verify: { run: cmdVerify, usage: VERIFY_USAGE },
  report: { run: cmdReport, usage: REPORT_USAGE },
  revoke: { run: cmdRevoke, usage: REVOKE_USAGE },
  rollback: { run: cmdRollback, usage: ROLLBACK_USAGE },
  registry: { run: cmdRegistry, usage: "wpc registry verify|show|log|history ID|refresh|site DIR [--registry R] [--trust FILE] [--key FILE (refresh)] [--min-seq N] [--at TIME] [--warn-within DURATION (site)] [--json]" },
  openclaw: { run: cmdOpenclaw, usage: OPENCLAW_USAGE },
  claw: { run: cmdClaw, usage: CLAW_USAGE },
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
    const cmd = COMMANDS[name];
    if (!cmd) {
      const guess = closest(name, Object.keys(COMMANDS));
      throw new WpcError("E_USAGE", `unknown command "${plain(name.slice(0, 80))}"${guess ? ` (did you mean "${guess}"?)` : ""} (wpc --help lists the commands)`);
    }
    const p = parseUsage(name, rest, env);
    if (p?.help) {
      out.out(helpText(p.spec));
      return 0;
    }
    if (p) pairs = givenPaths(p.spec, p.values, p.positionals, cwd);
    let values: Record<string, string | boolean | undefined>;
    let positionals: string[];
    if (p) {
      values = p.values;
      positionals = p.spec.path.length > 1 ? [p.spec.path[1]!, ...p.positionals] : p.positionals;
    } else {
      // a command the spec table does not describe yet: the permissive parse (spec.test.ts flags it)
      let parsed;
      try {
        parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
      } catch (e) {
        throw new WpcError("E_USAGE", `${e instanceof Error ? e.message : String(e)} (${cmd.usage})`);
      }
      if (parsed.values.help) {
        out.out(cmd.usage);
        return 0;
      }
      values = parsed.values as Record<string, string | boolean | undefined>; // --did and --owners repeat: string[] at run time
      positionals = parsed.positionals;
    }
    // which formats a command takes is checked by its spec entry (usage.ts); here only the name
    format = formatOf(values, FORMATS);
    return await cmd.run({ io: out, cwd, env, values, positionals, shown: (s) => asGiven(s, pairs) });
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
