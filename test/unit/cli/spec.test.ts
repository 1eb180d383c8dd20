/**
 * The CLI explains itself (issue 14): every command and subcommand of the spec table has help listing
 * each flag with a default and an example, every example is valid usage, every command the dispatch
 * table runs has a spec, and usage is judged before any file, git or network access.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COMMAND_NAMES, main } from "../../../action/src/cli/main.ts";
import { SPECS } from "../../../action/src/cli/spec-table.ts";
import { nameOf, type CommandSpec } from "../../../action/src/cli/spec.ts";
import { docsMarkdown } from "../../../action/src/cli/help.ts";
import { parseUsage, splitExample } from "../../../action/src/cli/usage.ts";
import { ROOT } from "../../support/paths.ts";

interface Out {
  code: number;
  out: string;
  err: string;
}

/** main() in process, in an empty directory: nothing a command could read exists there. */
const EMPTY = mkdtempSync(join(tmpdir(), "wpc-spec-"));
async function run(args: string[], env: NodeJS.ProcessEnv = {}): Promise<Out> {
  const o: Out = { code: 0, out: "", err: "" };
  const io = { out: (s: string) => void (o.out += `${s}\n`), err: (s: string) => void (o.err += `${s}\n`), command: (s: string) => void (o.out += `${s}\n`) };
  o.code = await main(args, io, EMPTY, env);
  return o;
}

const leaves = SPECS.filter((s) => !s.subcommands);

describe("help from the spec table", () => {
  for (const s of SPECS) {
    it(`${nameOf(s)}: help and --help print the same text, every flag with a default, and an example`, async () => {
      const a = await run(["help", ...s.path]);
      const b = await run([...s.path, "--help"]);
      const c = await run([...s.path, "-h"]);
      expect(a.code).toBe(0);
      expect(b.code).toBe(0);
      expect(b.out).toBe(a.out);
      expect(c.out).toBe(a.out);
      expect(a.err).toBe("");
      expect(a.out).toContain(`${nameOf(s)} — ${s.summary}`);
      const rows = a.out.split("\n");
      const header = rows.findIndex((l) => /^\s+flag\s+default\s+description$/.test(l));
      expect(header, a.out).toBeGreaterThan(0);
      for (const f of s.flags) {
        const row = rows.find((l) => l.includes(`--${f.name}${f.value ? ` ${f.value}` : ""}  `));
        expect(row, `--${f.name} in\n${a.out}`).toBeDefined();
        expect(f.default.trim()).not.toBe("");
        expect(row).toContain(f.default);
        expect(row).toContain(f.description);
      }
      expect(s.examples.length).toBeGreaterThan(0);
      const ex = rows.indexOf("examples:");
      expect(rows.slice(ex + 1).filter((l) => l.startsWith("  wpc ")).length).toBe(s.examples.length);
    });
  }

  it("subcommands have their own help: revoke token, policy and import differ", async () => {
    const texts = await Promise.all(["token", "policy", "import"].map(async (sub) => (await run(["revoke", sub, "--help"])).out));
    expect(new Set(texts).size).toBe(3);
    expect(texts[0]).toContain("--token-hash HEX");
    expect(texts[1]).not.toContain("--token-hash");
    expect(texts[2]).not.toContain("--reason");
  });

  it("wpc help and wpc --help list every command with its summary", async () => {
    const a = await run(["help"]);
    expect(a.code).toBe(0);
    expect((await run(["--help"])).out).toBe(a.out);
    for (const s of leaves) expect(a.out).toMatch(new RegExp(`^  ${nameOf(s)} +${s.summary.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "m"));
  });

  it("help for an unknown command or subcommand is a usage error with did-you-mean", async () => {
    const r = await run(["help", "revoke", "tokn"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/E_USAGE: .*did you mean "wpc help revoke token"/);
    expect((await run(["help", "valdate"])).err).toMatch(/did you mean "wpc help validate"/);
  });
});

describe("the spec table covers the dispatch table", () => {
  it("every command main runs has a spec entry (add one to spec-table.ts for a new command)", () => {
    const specified = new Set(SPECS.filter((s) => s.path.length === 1).map((s) => s.path[0]));
    const missing = COMMAND_NAMES.filter((n) => !specified.has(n));
    expect(missing, `commands without a spec-table entry: ${missing.join(", ")}`).toEqual([]);
    expect([...specified].filter((n) => !COMMAND_NAMES.includes(n!))).toEqual([]);
  });

  it("every subcommand a group lists has its own entry", () => {
    for (const g of SPECS.filter((s) => s.subcommands)) for (const sub of g.subcommands!) expect(SPECS.some((s) => s.path.join(" ") === `${g.path[0]} ${sub}`), `${nameOf(g)} ${sub}`).toBe(true);
  });

  it("docs/cli.md is generated from the table (node scripts/gen-cli-docs.mjs)", () => {
    expect(readFileSync(join(ROOT, "docs/cli.md"), "utf8")).toBe(docsMarkdown());
  });
});

describe("every example is valid usage", () => {
  for (const s of SPECS)
    for (const e of s.examples)
      it(e, () => {
        const [wpc, name, ...rest] = splitExample(e);
        expect(wpc).toBe("wpc");
        const p = parseUsage(name!, rest);
        expect(p?.help).toBe(false);
        if (!s.subcommands) expect(p!.spec).toBe(s);
      });
});

/** Broken variants of a command's first example, each a usage error whatever the file system holds. */
function variants(s: CommandSpec): Array<[string, string[]]> {
  const base = splitExample(s.examples[0]!).slice(1);
  const out: Array<[string, string[]]> = [
    ["an unknown flag", [...base, "--no-such-flag"]],
    ["a misspelt flag", [...base, `--${s.flags[0]!.name.slice(1)}x`]],
    ["a bad --format", [...base, "--format", "xml"]],
  ];
  if (!s.args.some((a) => a.variadic)) out.push(["an extra argument", [...base, "extra-arg"]]);
  const required = s.args.filter((a) => !a.optional).length;
  if (required) out.push(["no arguments", base.filter((a, i) => i < s.path.length || a.startsWith("-") || s.flags.some((f) => f.value && base[i - 1] === `--${f.name}`))]);
  for (const f of s.flags.filter((f) => f.default === "required")) out.push([`no --${f.name}`, base.filter((a, i) => a !== `--${f.name}` && base[i - 1] !== `--${f.name}`)]);
  if (s.flags.some((f) => f.name === "at")) out.push(["a bad --at", [...base, "--at", "yesterday"]]);
  if (s.flags.some((f) => f.name === "min-seq")) out.push(["a bad --min-seq", [...base, "--min-seq", "-1"]]);
  if (s.flags.some((f) => f.name === "registry")) out.push(["a registry ref with ..", [...base, "--registry", "git:../x"]]);
  // a flag another command takes, this one does not
  const foreign = SPECS.flatMap((o) => o.flags).find((f) => !s.flags.some((g) => g.name === f.name));
  if (foreign) out.push([`--${foreign.name} (another command's flag)`, [...base, `--${foreign.name}`, ...(foreign.value ? ["x"] : [])]]);
  return out;
}

describe("usage is judged before any I/O: E_USAGE, exit 2, with paths that do not exist", () => {
  for (const s of leaves)
    for (const [what, args] of variants(s))
      it(`${nameOf(s)}: ${what}`, async () => {
        const r = await run([...args, "--json"]);
        expect(r.code, r.out + r.err).toBe(2);
        expect(JSON.parse(r.out).error.code, r.out).toBe("E_USAGE");
        expect(r.err.trim().split("\n")).toHaveLength(1);
      });

  it("a bad WPC_NOW is usage too, for every command taking --at", async () => {
    for (const s of leaves.filter((x) => x.flags.some((f) => f.name === "at"))) {
      const r = await run([...splitExample(s.examples[0]!).slice(1), "--json"], { WPC_NOW: "soon" });
      expect(JSON.parse(r.out).error.code, nameOf(s)).toBe("E_USAGE");
    }
  });

  it("an unknown flag names the closest flag of this command, and the commands it belongs to", async () => {
    expect((await run(["verify", "b.json", "--policy", "p", "--polcy", "x"])).err).toMatch(/has no flag --polcy \(did you mean --policy\?\)/);
    expect((await run(["hash", "a.wpc.json", "--base", "main"])).err).toMatch(/wpc hash has no flag --base; --base belongs to wpc check/);
    expect((await run(["registry", "history", "--min-seq", "3", "p"])).err).toMatch(/wpc registry history has no flag --min-seq/);
  });

  it("a mistyped subcommand: did you mean, before the registry is opened", async () => {
    const r = await run(["revoke", "tokn", "--registry", "nope"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/E_USAGE: unknown revoke subcommand "tokn" \(did you mean "token"\?\)/);
  });
});
