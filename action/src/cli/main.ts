/** The `wpc` command: thin shell over the core. */
import { parseArgs } from "node:util";
import { WpcError } from "../core/json/errors.ts";
import { formatOf, reportError, stdio, type Format, type Io } from "./output.ts";
import { cmdCheck, cmdDiff, cmdHash, cmdSchema, cmdValidate } from "./cmd-policy.ts";
import { cmdKeygen, cmdPublish, cmdRegistry, cmdTrustAddKey } from "./cmd-registry.ts";
import { cmdVerify, VERIFY_USAGE } from "./cmd-verify.ts";
import { cmdReport, REPORT_USAGE } from "./cmd-report.ts";
import { cmdRevoke, cmdRollback, REVOKE_USAGE, ROLLBACK_USAGE } from "./cmd-incident.ts";
import { cmdOpenclaw, OPENCLAW_USAGE } from "./cmd-openclaw.ts";
import { cmdClaw, CLAW_USAGE } from "./cmd-claw.ts";
import { closest, versionLine } from "./version.ts";
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
  from: { type: "string" },
  bundle: { type: "string" },
} as const;

const COMMANDS: Record<string, { run: Handler; usage: string }> = {
  validate: { run: cmdValidate, usage: "wpc validate [PATH…] [--trust FILE] [--json | --format github]" },
  hash: { run: cmdHash, usage: "wpc hash FILE|git:REF:PATH [--json]" },
  diff: { run: cmdDiff, usage: "wpc diff BASE HEAD [--json | --format github]" },
  check: { run: cmdCheck, usage: "wpc check --base REF [--policies DIR] [--trust FILE] [--json | --format github]" },
  schema: { run: cmdSchema, usage: "wpc schema   (print the WPC JSON Schema)" },
  keygen: { run: cmdKeygen, usage: "wpc keygen --out DIR [--json]   (writes DIR/wpc-signing.key, prints the did:key)" },
  trust: { run: cmdTrustAddKey, usage: "wpc trust add-key --role ROLE DID [--trust FILE]" },
  publish: { run: cmdPublish, usage: "wpc publish [--policies DIR] [--registry R] [--key FILE] [--trust FILE] [--since REV | --all] [--clawcontrols URL] [--json]   (CST from WPC_CLAWCONTROLS_CST)" },
  verify: { run: cmdVerify, usage: VERIFY_USAGE },
  report: { run: cmdReport, usage: REPORT_USAGE },
  revoke: { run: cmdRevoke, usage: REVOKE_USAGE },
  rollback: { run: cmdRollback, usage: ROLLBACK_USAGE },
  registry: { run: cmdRegistry, usage: "wpc registry verify|show|log|history ID|refresh|site DIR [--registry R] [--trust FILE] [--key FILE (refresh)] [--min-seq N] [--at TIME] [--json]" },
  openclaw: { run: cmdOpenclaw, usage: OPENCLAW_USAGE },
  claw: { run: cmdClaw, usage: CLAW_USAGE },
};

export const USAGE = ["usage:", ...Object.values(COMMANDS).map((c) => `  ${c.usage}`)].join("\n");

export async function main(argv: string[], io: Io = stdio, cwd = process.cwd(), env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let format: Format = argv.includes("--json") ? "json" : "text";
  try {
    const [name, ...rest] = argv;
    if (name === "--help" || name === "-h" || name === "help") {
      io.out(USAGE);
      return 0;
    }
    if (name === "--version" || name === "-V" || name === "version") {
      io.out(versionLine(env));
      return 0;
    }
    if (!name) {
      io.out(USAGE);
      throw new WpcError("E_USAGE", "no command given (wpc --help lists the commands)");
    }
    const cmd = COMMANDS[name];
    if (!cmd) {
      const guess = closest(name, Object.keys(COMMANDS));
      throw new WpcError("E_USAGE", `unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ""} (wpc --help lists the commands)`);
    }
    let parsed;
    try {
      parsed = parseArgs({ args: rest, options: OPTIONS, allowPositionals: true, strict: true });
    } catch (e) {
      throw new WpcError("E_USAGE", `${e instanceof Error ? e.message : String(e)} (${cmd.usage})`);
    }
    if (parsed.values.help) {
      io.out(cmd.usage);
      return 0;
    }
    format = formatOf(parsed.values);
    return await cmd.run({ io, cwd, env, values: parsed.values, positionals: parsed.positionals });
  } catch (e) {
    return reportError(io, e, format);
  }
}
