/**
 * Help text and docs/cli.md, both rendered from the spec table: `wpc help`, `wpc help CMD [SUB]`,
 * `wpc CMD [SUB] --help`. Deterministic (no terminal width, no colour).
 */
import { nameOf, type CommandSpec, type FlagSpec } from "./spec.ts";
import { SPECS } from "./spec-table.ts";

const flagName = (f: FlagSpec): string => `${f.short ? `-${f.short}, ` : ""}--${f.name}${f.value ? ` ${f.value}` : ""}`;

/** `wpc revoke token (--token JWT | …) --reason TEXT [flags]`: arguments and required flags spelled out. */
export function usageLine(s: CommandSpec): string {
  if (s.subcommands) return `${nameOf(s)} ${s.subcommands.join("|")} …`;
  const oneOf = s.rules?.find((r) => r.kind === "one-of");
  const parts = [nameOf(s)];
  for (const a of s.args) parts.push(a.optional ? `[${a.name}${a.variadic ? "…" : ""}]` : `${a.name}${a.variadic ? "…" : ""}`);
  if (oneOf && oneOf.kind === "one-of") parts.push(`(${oneOf.flags.map((n) => flagName(s.flags.find((f) => f.name === n)!)).join(" | ")})`);
  for (const f of s.flags) if (f.default === "required") parts.push(flagName(f));
  parts.push("[flags]");
  return parts.join(" ");
}

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => `  ${r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join("  ")}`.trimEnd());
}

export function helpText(s: CommandSpec): string {
  const out = [`${nameOf(s)} — ${s.summary}`, "", `usage: ${usageLine(s)}`];
  for (const d of s.details ?? []) out.push("", d);
  if (s.subcommands) {
    out.push("", "subcommands:");
    out.push(...table(s.subcommands.map((sub) => [sub, SPECS.find((x) => x.path.join(" ") === [...s.path, sub].join(" "))!.summary])));
    out.push("", `${nameOf(s)} SUBCOMMAND --help (or wpc help ${s.path.join(" ")} SUBCOMMAND) shows each one's flags.`);
  }
  if (s.args.length) {
    out.push("", "arguments:");
    out.push(...table(s.args.map((a) => [a.optional ? `[${a.name}${a.variadic ? "…" : ""}]` : `${a.name}${a.variadic ? "…" : ""}`, a.description + (a.default ? ` (default: ${a.default})` : "")])));
  }
  out.push("", "flags:");
  out.push(...table([["flag", "default", "description"], ...s.flags.map((f) => [flagName(f), f.default, f.description])]));
  if (s.env?.length) out.push("", `environment: ${s.env.join(", ")}`);
  out.push("", "examples:", ...s.examples.map((e) => `  ${e}`));
  return out.join("\n");
}

export function indexText(): string {
  const out = ["wpc — Work Policy Contracts for AI agents", "", "usage: wpc COMMAND [SUBCOMMAND] [ARGS] [flags]", "", "commands:"];
  out.push(...table(SPECS.filter((s) => !s.subcommands).map((s) => [nameOf(s), s.summary])));
  out.push("", "wpc help COMMAND [SUBCOMMAND] or wpc COMMAND [SUBCOMMAND] --help: every flag, its default, examples.", "wpc --version: the version and the commit it was built from.", "Exit codes: 0 ok, 1 a failed check, 2 unusable input or bad usage.");
  return out.join("\n");
}

const cell = (s: string): string => s.replace(/\|/g, "\\|");

/** docs/cli.md: the same table as Markdown. Regenerate with `node scripts/gen-cli-docs.mjs`. */
export function docsMarkdown(): string {
  const out = [
    "# `wpc` command reference",
    "",
    "<!-- Generated from action/src/cli/spec-table.ts by `node scripts/gen-cli-docs.mjs`; test/unit/cli/spec.test.ts fails when this file is out of date. Do not edit by hand. -->",
    "",
    "`wpc help COMMAND [SUBCOMMAND]` and `wpc COMMAND [SUBCOMMAND] --help` print the same. Exit codes: 0 ok, 1 a failed check, 2 unusable input or bad usage (checked before any file, git or network access). `--json` output: [json-output.md](json-output.md).",
    "",
    "| command | summary |",
    "|---|---|",
    ...SPECS.filter((s) => !s.subcommands).map((s) => `| [\`${nameOf(s)}\`](#${anchor(s)}) | ${cell(s.summary)} |`),
  ];
  for (const s of SPECS) {
    if (s.subcommands) continue;
    out.push("", `## ${nameOf(s)}`, "", cell(s.summary) + ".", "", "```", usageLine(s), "```");
    for (const d of s.details ?? []) out.push("", d);
    if (s.args.length) {
      out.push("", "| argument | description | default |", "|---|---|---|");
      for (const a of s.args) out.push(`| \`${a.name}${a.variadic ? "…" : ""}\` | ${cell(a.description)} | ${a.optional ? cell(a.default ?? "—") : "required"} |`);
    }
    out.push("", "| flag | default | description |", "|---|---|---|");
    for (const f of s.flags) out.push(`| \`${flagName(f)}\` | ${cell(f.default)} | ${cell(f.description)} |`);
    if (s.env?.length) out.push("", `Environment: ${s.env.map((e) => `\`${e}\``).join(", ")}.`);
    out.push("", "Examples:", "", "```sh", ...s.examples, "```");
  }
  return out.join("\n") + "\n";
}

const anchor = (s: CommandSpec): string => nameOf(s).replace(/ /g, "-");
