/**
 * The bundled `wpc` CLI (action/dist/cli.js) as a subprocess: exit codes (DESIGN.md §9), one-line
 * errors that never crash, the `--json` shapes of §8, GitHub workflow commands, and `diff`/`check`
 * against a real temporary git repository.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { CLI, ROOT } from "../support/paths.ts";
import { GIT_ENV, commitAll, policyRepo, sh } from "../support/git-repo.ts";
import { example, mutate, type Doc } from "../support/wpc-fixtures.ts";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function wpc(cwd: string, ...args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...GIT_ENV, NO_COLOR: "1" },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(r: Run): any {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`stdout is not JSON:\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
}

const pretty = (d: Doc) => JSON.stringify(d, null, 2) + "\n";

/** 1-based line and code-point column of the first occurrence of `needle` in `text`. */
function where(text: string, needle: string): { line: number; column: number } {
  const off = text.indexOf(needle);
  if (off < 0) throw new Error(`${needle} not in text`);
  const before = text.slice(0, off);
  return { line: before.split("\n").length, column: [...before.slice(before.lastIndexOf("\n") + 1)].length + 1 };
}

/** Independent policy hash: SHA-256 over JCS (sorted keys; fine for ASCII strings and small integers). */
function jcsOfSimple(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(jcsOfSimple).join(",")}]`;
  if (v && typeof v === "object")
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${jcsOfSimple((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(v);
}
function expectedHash(d: Doc): { b64u: string; hex: string } {
  const digest = createHash("sha256").update(jcsOfSimple(d), "utf8").digest();
  return { b64u: digest.toString("base64url"), hex: digest.toString("hex") };
}

/** stderr is exactly one `wpc: E_…` line, naming `name`, and nothing anywhere looks like a stack trace. */
function expectOneErrorLine(r: Run, code: string, name?: string): void {
  const lines = r.stderr.split("\n").filter((l) => l !== "");
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]!.startsWith(`wpc: ${code}`), lines[0]).toBe(true);
  if (name !== undefined) expect(lines[0]).toContain(name);
  expect(r.stderr).not.toContain("    at ");
  expect(r.stdout).not.toContain("    at ");
  expect(r.stderr).not.toContain("internal error");
}

const tmps: string[] = [];
function tmp(prefix = "wpc-cli-"): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  tmps.push(d);
  return d;
}
afterAll(() => {
  for (const d of tmps) rmSync(d, { recursive: true, force: true });
});

beforeAll(() => {
  // The bundle must exist (node scripts/build.mjs); `npm test` checks that it is fresh.
  expect(existsSync(CLI), `${CLI} missing: run node scripts/build.mjs`).toBe(true);
});

/** A directory holding trust.json (from policies/) and the given policy files. */
function policyDir(files: Record<string, string | Buffer>): string {
  const dir = tmp();
  copyFileSync(join(ROOT, "policies/trust.json"), join(dir, "trust.json"));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const GOOD = pretty(example());
const WARN = pretty(mutate((d) => (d.token_requirements.cst_ttl_seconds_max = 7200)));
const LINT_ERROR = pretty(mutate((d) => d.tool_policy.allow.push("teleport")));
const MALFORMED = '{\n  "wpc_version": "v1",\n  "purpose": \n';

// -------------------------------------------------------------------------------------------------

describe("validate: exit codes (DESIGN §9)", () => {
  it("a clean file: exit 0, --json exact shape", () => {
    const dir = policyDir({ "good.wpc.json": GOOD });
    const r = wpc(dir, "validate", "good.wpc.json", "--json");
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    const out = json(r);
    expect(Object.keys(out)).toEqual(["files", "errors", "warnings"]);
    expect(out).toEqual({ files: [{ file: "good.wpc.json", policy_hash_b64u: expectedHash(example()).b64u, findings: [] }], errors: 0, warnings: 0 });
  });

  it("a warning only: exit 0, finding positioned", () => {
    const dir = policyDir({ "warn.wpc.json": WARN });
    const r = wpc(dir, "validate", "warn.wpc.json", "--json");
    expect(r.code).toBe(0);
    const out = json(r);
    expect(out.warnings).toBe(1);
    expect(out.errors).toBe(0);
    const f = out.files[0].findings[0];
    expect(Object.keys(f)).toEqual(["rule", "level", "message", "path", "line", "column"]);
    expect(f).toMatchObject({ rule: "WPC004", level: "warning", path: "/token_requirements/cst_ttl_seconds_max", ...where(WARN, "7200") });
  });

  it("an error-level lint finding: exit 1, finding positioned at the element", () => {
    const dir = policyDir({ "err.wpc.json": LINT_ERROR });
    const r = wpc(dir, "validate", "err.wpc.json", "--json");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    const out = json(r);
    expect(out.errors).toBe(1);
    expect(out.files[0].findings).toEqual([
      { rule: "WPC005", level: "error", message: expect.stringContaining('"teleport"'), path: "/tool_policy/allow/4", line: 10, column: 7 },
    ]);
    expect(where(LINT_ERROR, '"teleport"')).toEqual({ line: 10, column: 7 });
    // text format: file:line:col: level rule: message, and the same exit code
    const t = wpc(dir, "validate", "err.wpc.json");
    expect(t.code).toBe(1);
    expect(t.stdout).toContain("err.wpc.json:10:7: error WPC005:");
  });

  it("a schema violation is rule SCHEMA, exit 1", () => {
    const dir = policyDir({ "s.wpc.json": pretty(mutate((d) => (d.sandbox_expectations.workspace_access = "all"))) });
    const r = wpc(dir, "validate", "s.wpc.json", "--json");
    expect(r.code).toBe(1);
    expect(json(r).files[0].findings).toEqual([expect.objectContaining({ rule: "SCHEMA", level: "error", path: "/sandbox_expectations/workspace_access" })]);
  });

  it("an unusable file: exit 2", () => {
    const dir = policyDir({ "bad.wpc.json": MALFORMED });
    const r = wpc(dir, "validate", "bad.wpc.json");
    expect(r.code).toBe(2);
    expectOneErrorLine(r, "E_NOT_IJSON", "bad.wpc.json");
  });

  it("a mixture of usable and unusable files: exit 2, and --json still reports every file", () => {
    const dir = policyDir({ "a-good.wpc.json": GOOD, "b-err.wpc.json": LINT_ERROR, "c-bad.wpc.json": MALFORMED, "d-warn.wpc.json": WARN });
    const r = wpc(dir, "validate", ".", "--json");
    expect(r.code).toBe(2);
    expectOneErrorLine(r, "E_NOT_IJSON", "c-bad.wpc.json");
    const out = json(r);
    expect(out.files.map((f: any) => f.file)).toEqual(["a-good.wpc.json", "b-err.wpc.json", "c-bad.wpc.json", "d-warn.wpc.json"]);
    expect(out.errors).toBe(1);
    expect(out.warnings).toBe(1);
    const bad = out.files[2];
    expect(bad.findings).toEqual([]);
    expect(bad.policy_hash_b64u).toBeUndefined();
    for (const k of Object.keys(bad)) expect(["file", "findings", "error"]).toContain(k);
    expect(bad.error?.code).toBe("E_NOT_IJSON");
    for (const f of [out.files[0], out.files[1], out.files[3]]) expect(Object.keys(f)).toEqual(["file", "policy_hash_b64u", "findings"]);
    // without --json: the same exit code, every file still reported
    const t = wpc(dir, "validate", ".");
    expect(t.code).toBe(2);
    expect(t.stdout).toContain("b-err.wpc.json:10:7: error WPC005");
    expect(t.stdout).toContain("4 file(s): 1 error(s), 1 warning(s), 1 unusable");
  });

  it("a directory means its *.wpc.json files; other files are ignored", () => {
    const dir = policyDir({ "good.wpc.json": GOOD, "notes.json": "not json at all", "README.md": "#" });
    const r = wpc(dir, "validate", ".", "--json");
    expect(r.code).toBe(0);
    expect(json(r).files.map((f: any) => f.file)).toEqual(["good.wpc.json"]);
  });

  it("an undeclared route is an error against trust.json (beside the file or --trust)", () => {
    const body = pretty(mutate((d) => d.model_route.allowed.push("Shadow_route")));
    const dir = policyDir({ "r.wpc.json": body });
    expect(wpc(dir, "validate", "r.wpc.json").code).toBe(1);
    const other = tmp();
    writeFileSync(join(other, "r.wpc.json"), body);
    expect(wpc(other, "validate", "r.wpc.json", "--trust", join(dir, "trust.json")).code).toBe(1);
    // no trust.json anywhere: the route cannot be checked, a warning only
    const r = wpc(other, "validate", "r.wpc.json", "--json");
    expect(r.code).toBe(0);
    expect(json(r).files[0].findings.map((f: any) => `${f.rule}:${f.level}`)).toEqual(["WPC007:warning", "WPC007:warning"]);
  });

  it("no path: validates ./policies of the working directory", () => {
    const dir = tmp();
    mkdirSync(join(dir, "policies"));
    for (const f of ["invoice-triage.wpc.json", "prod-deploy.wpc.json", "trust.json"]) copyFileSync(join(ROOT, "policies", f), join(dir, "policies", f));
    const r = wpc(dir, "validate", "--json");
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(json(r).files.map((f: any) => f.file)).toEqual([join("policies", "invoice-triage.wpc.json"), join("policies", "prod-deploy.wpc.json")]);
  });
});

// -------------------------------------------------------------------------------------------------

describe("bad input never crashes: exit 2, one `wpc: E_` line naming the file, --json error object", () => {
  let dir: string;
  const BIG = 50 * 1024 * 1024;
  beforeAll(() => {
    dir = policyDir({
      "malformed.wpc.json": MALFORMED,
      "binary.wpc.json": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x00, 0xc3, 0x28, 0x80]),
      "nul.wpc.json": Buffer.from('{"wpc_version":"v1"\u0000}'),
      "empty.wpc.json": "",
      "dup.wpc.json": '{\n  "purpose": "a",\n  "purpose": "b"\n}\n',
      "surrogate.wpc.json": '{"purpose": "\\ud800"}',
      "bigint.wpc.json": '{"n": 9007199254740993}',
      "deep.wpc.json": "[".repeat(200_000),
      "good.wpc.json": GOOD,
    });
    // 50 MB, sparse: never committed, never read whole
    writeFileSync(join(dir, "huge.wpc.json"), "");
    truncateSync(join(dir, "huge.wpc.json"), BIG);
    // the limit is 1 MiB: exactly 1 MiB is read (a valid JSON value, so only schema findings), one byte more is not
    const limit = 1024 * 1024;
    writeFileSync(join(dir, "limit.wpc.json"), "{}" + " ".repeat(limit - 2));
    writeFileSync(join(dir, "over.wpc.json"), "{}" + " ".repeat(limit - 1));
    mkdirSync(join(dir, "nopolicies"));
    writeFileSync(join(dir, "nopolicies", "trust.json"), "{}");
  });

  const FILES: Array<[string, string]> = [
    ["malformed.wpc.json", "E_NOT_IJSON"],
    ["binary.wpc.json", "E_NOT_IJSON"],
    ["nul.wpc.json", "E_NOT_IJSON"],
    ["empty.wpc.json", "E_NOT_IJSON"],
    ["dup.wpc.json", "E_NOT_IJSON"],
    ["surrogate.wpc.json", "E_NOT_IJSON"],
    ["bigint.wpc.json", "E_NOT_IJSON"],
    ["deep.wpc.json", "E_NOT_IJSON"],
    ["huge.wpc.json", "E_TOO_LARGE"],
    ["over.wpc.json", "E_TOO_LARGE"],
    ["missing.wpc.json", "E_IO"],
    ["nopolicies", "E_IO"],
  ];

  for (const [name, code] of FILES) {
    it(`hash ${name} → ${code}`, () => {
      const r = wpc(dir, "hash", name);
      expect(r.code).toBe(2);
      expectOneErrorLine(r, code, name);
      expect(r.stdout).toBe("");
      const j = wpc(dir, "hash", name, "--json");
      expect(j.code).toBe(2);
      expectOneErrorLine(j, code, name);
      const out = json(j);
      expect(Object.keys(out)).toEqual(["error"]);
      expect(Object.keys(out.error)).toEqual(["code", "message", "file"]);
      expect(out.error.code).toBe(code);
      expect(out.error.message).toContain(name);
      expect(basename(out.error.file)).toBe(name);
    });

    it(`validate ${name} → ${code}`, () => {
      const r = wpc(dir, "validate", name);
      expect(r.code).toBe(2);
      expectOneErrorLine(r, code, name);
      const j = wpc(dir, "validate", name, "--json");
      expect(j.code).toBe(2);
      expectOneErrorLine(j, code, name);
      const out = json(j);
      // a path that cannot be expanded: the error object; a file that cannot be read: reported per file
      const err = out.error ?? out.files?.[0]?.error;
      expect(err?.code).toBe(code);
      expect(err?.message).toContain(name);
    });

    it(`diff good.wpc.json ${name} → ${code}`, () => {
      const j = wpc(dir, "diff", "good.wpc.json", name, "--json");
      expect(j.code).toBe(2);
      expectOneErrorLine(j, code, name);
      const out = json(j);
      expect(out.error.code).toBe(code);
      expect(basename(out.error.file)).toBe(name);
    });
  }

  it("validate of a directory with no policy file: the --json error object", () => {
    const r = wpc(dir, "validate", "nopolicies", "--json");
    expect(r.code).toBe(2);
    expect(json(r)).toEqual({ error: { code: "E_IO", message: expect.stringContaining("nopolicies"), file: "nopolicies" } });
  });

  it("validate of a missing path: the --json error object", () => {
    const r = wpc(dir, "validate", "missing.wpc.json", "--json");
    expect(r.code).toBe(2);
    expect(json(r)).toEqual({ error: { code: "E_IO", message: expect.stringContaining("missing.wpc.json"), file: "missing.wpc.json" } });
  });

  it("validate of one unusable file with --json: the {error:{code,message,file}} object", () => {
    const r = wpc(dir, "validate", "malformed.wpc.json", "--json");
    expect(r.code).toBe(2);
    const out = json(r);
    expect(out.error).toEqual({ code: "E_NOT_IJSON", message: expect.stringContaining("malformed.wpc.json"), file: "malformed.wpc.json" });
  });

  it("the 1 MiB limit is inclusive: exactly 1 MiB is parsed (schema findings, exit 1)", () => {
    const r = wpc(dir, "validate", "limit.wpc.json", "--json");
    expect(r.code).toBe(1);
    expect(json(r).files[0].findings.every((f: any) => f.rule === "SCHEMA")).toBe(true);
  });

  it("the 50 MB file is made in a temp dir (never in the checkout)", () => {
    expect(join(dir, "huge.wpc.json").startsWith(tmpdir())).toBe(true);
  });

  it("error positions: line and column of malformed JSON are in the message", () => {
    const r = wpc(dir, "hash", "dup.wpc.json", "--json");
    expect(json(r).error.message).toContain("dup.wpc.json:3:3");
  });

  it("check outside a git repository: exit 2, one line", () => {
    const outside = wpc(dir, "check", "--base", "main", "--json");
    expect(outside.code).toBe(2);
    expectOneErrorLine(outside, "E_IO");
    expect(json(outside).error.code).toBe("E_IO");
  });
});

// -------------------------------------------------------------------------------------------------

describe("--json shapes (DESIGN §8)", () => {
  it("hash: {file, policy_hash_b64u, sha256} with the JCS SHA-256 of the document", () => {
    const dir = policyDir({ "p.wpc.json": GOOD, "compact.wpc.json": JSON.stringify(example()) });
    const r = wpc(dir, "hash", "p.wpc.json", "--json");
    expect(r.code).toBe(0);
    const out = json(r);
    expect(Object.keys(out)).toEqual(["file", "policy_hash_b64u", "sha256"]);
    const h = expectedHash(example());
    expect(out).toEqual({ file: "p.wpc.json", policy_hash_b64u: h.b64u, sha256: `sha256:${h.hex}` });
    expect(out.policy_hash_b64u).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // formatting does not change the identity
    expect(json(wpc(dir, "hash", "compact.wpc.json", "--json")).policy_hash_b64u).toBe(h.b64u);
    // text: hash, sha256 and file on one line
    expect(wpc(dir, "hash", "p.wpc.json").stdout.trim()).toBe(`${h.b64u}  sha256:${h.hex}  p.wpc.json`);
  });

  it("diff: {base_hash, head_hash, expands, changes[{path, kind, before, after, risk, line, column}]}", () => {
    const head = pretty(mutate((d) => {
      d.tool_policy.allow.push("exec");
      d.tool_policy.deny = d.tool_policy.deny.filter((t: string) => t !== "exec");
      d.purpose = "Invoice triage, with scripts";
    }));
    const dir = policyDir({ "base.wpc.json": GOOD, "head.wpc.json": head });
    const r = wpc(dir, "diff", "base.wpc.json", "head.wpc.json", "--json");
    expect(r.code, r.stderr).toBe(0);
    const out = json(r);
    expect(Object.keys(out)).toEqual(["base_hash", "head_hash", "expands", "changes"]);
    expect(out.base_hash).toBe(expectedHash(example()).b64u);
    expect(out.head_hash).toBe(expectedHash(JSON.parse(head)).b64u);
    expect(out.expands).toBe(true);
    for (const c of out.changes) expect(Object.keys(c)).toEqual(["path", "kind", "before", "after", "risk", "line", "column"]);
    expect(out.changes).toEqual([
      { path: "/purpose", kind: "changed", before: "Invoice triage and draft response", after: "Invoice triage, with scripts", risk: "neutral", ...where(head, '"Invoice triage, with') },
      { path: "/tool_policy/allow", kind: "added", before: null, after: "exec", risk: "expansion", ...where(head, '"exec"') },
      // a removal is positioned in BASE
      { path: "/tool_policy/deny", kind: "removed", before: "exec", after: null, risk: "expansion", ...where(GOOD, '"exec"') },
    ]);
  });

  it("diff of the same policy: no change, expands false, exit 0", () => {
    const dir = policyDir({ "a.wpc.json": GOOD, "b.wpc.json": JSON.stringify(mutate((d) => d.tool_policy.allow.reverse())) });
    const r = wpc(dir, "diff", "a.wpc.json", "b.wpc.json", "--json");
    expect(r.code).toBe(0);
    const out = json(r);
    expect(out.expands).toBe(false);
    expect(out.changes).toEqual([]);
    expect(wpc(dir, "diff", "a.wpc.json", "b.wpc.json").stdout).toContain("no semantic change");
  });
});

// -------------------------------------------------------------------------------------------------

interface Cmd {
  level: string;
  props: string;
  message: string;
}
function commands(stdout: string): Cmd[] {
  return stdout
    .split("\n")
    .map((l) => /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(l))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => ({ level: m[1]!, props: m[2] ?? "", message: m[3]! }));
}

describe("--format github", () => {
  it("validate: `::error file=…,line=…,col=…` with % escaped and CR, LF shown as \\u{…} in the message, , : escaped in properties", () => {
    const name = "we,ird:name.wpc.json";
    const doc = mutate((d) => (d["a%b\nc\rd"] = 1));
    const text = pretty(doc);
    const dir = policyDir({ [name]: text });
    const r = wpc(dir, "validate", name, "--format", "github");
    expect(r.code).toBe(1);
    const { line, column } = where(text, '1\n}');
    expect(r.stdout.split("\n").filter((l) => l.startsWith("::"))).toEqual([
      `::error file=we%2Cird%3Aname.wpc.json,line=${line},col=${column},title=wpc SCHEMA::unknown property "a%25b\\u{A}c\\u{D}d"`,
    ]);
    expect(r.stdout).not.toContain("\r");
    // the JSON output carries the raw message
    expect(json(wpc(dir, "validate", name, "--json")).files[0].findings[0].message).toBe('unknown property "a%b\nc\rd"');
  });

  it("validate: lint findings as annotations at their line and column; unusable files as errors at 1:1", () => {
    const dir = policyDir({ "err.wpc.json": LINT_ERROR, "warn.wpc.json": WARN, "bad.wpc.json": MALFORMED });
    const r = wpc(dir, "validate", ".", "--format", "github");
    expect(r.code).toBe(2);
    const w = where(WARN, "7200");
    expect(commands(r.stdout)).toEqual(
      expect.arrayContaining([
        { level: "error", props: "file=err.wpc.json,line=10,col=7,title=wpc WPC005", message: expect.stringContaining("teleport") },
        { level: "warning", props: `file=warn.wpc.json,line=${w.line},col=${w.column},title=wpc WPC004`, message: expect.any(String) },
        { level: "error", props: "file=bad.wpc.json,line=1,col=1,title=wpc E_NOT_IJSON", message: expect.stringContaining("bad.wpc.json") },
      ]),
    );
    expect(commands(r.stdout)).toHaveLength(3);
  });

  it("diff: expansions as warnings, tightenings as notices, removals at the BASE file", () => {
    const head = pretty(mutate((d) => {
      d.tool_policy.allow.push("exec");
      d.tool_policy.deny = ["process", "elevated"];
      d.token_requirements.cst_ttl_seconds_max = 60;
      d.purpose = "neutral edit";
    }));
    const dir = policyDir({ "base.wpc.json": GOOD, "head.wpc.json": head });
    const r = wpc(dir, "diff", "base.wpc.json", "head.wpc.json", "--format", "github");
    expect(r.code).toBe(0);
    const ttl = where(head, "60,");
    expect(commands(r.stdout)).toEqual([
      { level: "notice", props: `file=head.wpc.json,line=${ttl.line},col=${ttl.column},title=wpc tightening`, message: "/token_requirements/cst_ttl_seconds_max: 1800 → 60" },
      { level: "warning", props: "file=head.wpc.json,line=10,col=7,title=wpc expansion", message: "/tool_policy/allow: added exec" },
      { level: "warning", props: "file=base.wpc.json,line=12,col=7,title=wpc expansion", message: "/tool_policy/deny: removed exec" },
    ]);
  });

  it("a top-level error: one ::error command, message escaped", () => {
    const dir = tmp();
    const r = wpc(dir, "hash", "50%.wpc.json", "--format", "github");
    expect(r.code).toBe(2);
    const cmds = r.stdout.split("\n").filter((l) => l !== "");
    expect(cmds).toHaveLength(1);
    expect(cmds[0]!.startsWith("::error ")).toBe(true);
    expect(cmds[0]!.endsWith("50%25.wpc.json: no such file or directory")).toBe(true);
    expect(cmds[0]!).toMatch(/::E_IO: \S*50%25\.wpc\.json: no such file or directory$/);
    expectOneErrorLine(r, "E_IO", "50%.wpc.json");
  });

  it("a top-level error: the file property is escaped (%2C %3A %25 %0A), no command can be injected", () => {
    const dir = tmp();
    const name = "a,b:c%d\n::warning::x.wpc.json";
    const r = wpc(dir, "validate", name, "--format", "github");
    expect(r.code).toBe(2);
    expect(r.stdout.split("\n").filter((l) => l !== "")).toEqual([
      "::error file=a%2Cb%3Ac%25d%0A%3A%3Awarning%3A%3Ax.wpc.json::E_IO: a,b:c%25d\\u{A}::warning::x.wpc.json: no such file or directory",
    ]);
    const h = wpc(dir, "hash", name, "--format", "github");
    expect(h.stdout.split("\n").filter((l) => l !== "")).toHaveLength(1);
    expect(h.stdout).toMatch(/^::error file=[^,:\n]*a%2Cb%3Ac%25d%0A%3A%3Awarning%3A%3Ax\.wpc\.json::E_IO: /);
  });
});

// -------------------------------------------------------------------------------------------------

describe("usage errors: exit 2, `wpc: E_USAGE`", () => {
  const CASES: Array<[string, string[]]> = [
    ["unknown command", ["frobnicate"]],
    ["unknown flag", ["validate", "--nope"]],
    ["unknown short flag", ["hash", "-x", "a.wpc.json"]],
    ["a flag missing its value", ["check", "--base"]],
    ["hash without FILE", ["hash"]],
    ["hash with two files", ["hash", "a.wpc.json", "b.wpc.json"]],
    ["diff with one argument", ["diff", "a.wpc.json"]],
    ["diff with three arguments", ["diff", "a", "b", "c"]],
    ["check without --base", ["check"]],
    ["a malformed git: source", ["diff", "git:main", "b.wpc.json"]],
    ["a git ref that looks like a flag", ["diff", "git:--output=x:p.wpc.json", "b.wpc.json"]],
  ];
  let dir: string;
  beforeAll(() => {
    dir = policyRepo("wpc-cli-usage-");
    tmps.push(dir);
  });
  for (const [name, args] of CASES) {
    it(name, () => {
      const r = wpc(dir, ...args);
      expect(r.code).toBe(2);
      expectOneErrorLine(r, "E_USAGE");
      const j = wpc(dir, ...args, "--json");
      expect(j.code).toBe(2);
      expectOneErrorLine(j, "E_USAGE");
      const out = json(j);
      expect(Object.keys(out)).toEqual(["error"]);
      expect(out.error.code).toBe("E_USAGE");
      expect(typeof out.error.message).toBe("string");
    });
  }

  it("a bad --format", () => {
    const r = wpc(dir, "validate", "--format", "xml");
    expect(r.code).toBe(2);
    expectOneErrorLine(r, "E_USAGE");
    expect(r.stderr).toContain("xml");
  });

  it("a bad --format next to --json is still a usage error", () => {
    const r = wpc(dir, "validate", "--format", "xml", "--json");
    expect(r.code).toBe(2);
    expect(json(r).error.code).toBe("E_USAGE");
  });

  it("--help: usage on stdout, exit 0", () => {
    const r = wpc(dir, "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("wpc validate");
    expect(wpc(dir, "diff", "--help").code).toBe(0);
  });

  it("no command at all: exit 2 and the usage", () => {
    const r = wpc(dir);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toContain("wpc validate");
  });

  it("no command at all: `wpc: E_USAGE` on stderr", () => {
    const r = wpc(dir);
    expect(r.code).toBe(2);
    expectOneErrorLine(r, "E_USAGE");
  });
});

// -------------------------------------------------------------------------------------------------

describe("diff and check against a real git repository", () => {
  let repo: string;
  const INVOICE = "policies/invoice-triage.wpc.json";
  const NEW = "policies/new-untracked.wpc.json";
  const STAGED = "policies/new-staged.wpc.json";
  const GONE = "policies/prod-deploy.wpc.json";
  let baseInvoice: string;
  let headInvoice: string;
  let newText: string;

  beforeAll(() => {
    repo = policyRepo("wpc-cli-git-");
    tmps.push(repo);
    baseInvoice = readFileSync(join(repo, INVOICE), "utf8");
    sh(repo, "checkout", "-q", "-b", "feature");
    // expand invoice-triage: allow exec, undeny it
    const d = JSON.parse(baseInvoice);
    d.tool_policy.allow.push("exec");
    d.tool_policy.deny = d.tool_policy.deny.filter((t: string) => t !== "exec");
    headInvoice = pretty(d);
    writeFileSync(join(repo, INVOICE), headInvoice);
    unlinkSync(join(repo, GONE));
    commitAll(repo, "expand invoice triage, drop prod-deploy");
    // main moves on after the branch point: the merge-base is what counts
    sh(repo, "checkout", "-q", "main");
    writeFileSync(join(repo, "README.md"), "later\n");
    commitAll(repo, "unrelated");
    sh(repo, "checkout", "-q", "feature");
    // a staged new policy and an untracked one
    const research = JSON.parse(readFileSync(join(repo, "policies/research-readonly.wpc.json"), "utf8"));
    writeFileSync(join(repo, STAGED), pretty({ ...research, purpose: "staged copy" }));
    sh(repo, "add", STAGED);
    newText = pretty({ ...research, purpose: "untracked copy" });
    writeFileSync(join(repo, NEW), newText);
  });

  const hashOf = (spec: string): string => {
    const r = wpc(repo, "hash", spec, "--json");
    expect(r.code, r.stderr).toBe(0);
    return json(r).policy_hash_b64u;
  };

  it("diff git:REF:path file", () => {
    const r = wpc(repo, "diff", `git:main:${INVOICE}`, INVOICE, "--json");
    expect(r.code, r.stderr).toBe(0);
    const out = json(r);
    expect(out.base_hash).toBe(hashOf(`git:main:${INVOICE}`));
    expect(out.head_hash).toBe(hashOf(INVOICE));
    expect(out.expands).toBe(true);
    expect(out.changes).toEqual([
      { path: "/tool_policy/allow", kind: "added", before: null, after: "exec", risk: "expansion", ...where(headInvoice, '"exec"') },
      { path: "/tool_policy/deny", kind: "removed", before: "exec", after: null, risk: "expansion", ...where(baseInvoice, '"exec"') },
    ]);
  });

  it("diff git:REF:path git:REF:path, and hash git:REF:path", () => {
    const r = wpc(repo, "diff", `git:main:${INVOICE}`, `git:feature:${INVOICE}`, "--json");
    expect(r.code).toBe(0);
    expect(json(r).changes).toHaveLength(2);
    const h = json(wpc(repo, "hash", `git:main:${INVOICE}`, "--json"));
    expect(h).toEqual({ file: `git:main:${INVOICE}`, policy_hash_b64u: expectedHash(JSON.parse(baseInvoice)).b64u, sha256: `sha256:${expectedHash(JSON.parse(baseInvoice)).hex}` });
  });

  it("diff with an unknown ref or a path absent at the ref: exit 2, E_IO naming it", () => {
    for (const spec of [`git:no-such-ref:${INVOICE}`, `git:main:${NEW}`]) {
      const r = wpc(repo, "diff", spec, INVOICE, "--json");
      expect(r.code).toBe(2);
      expectOneErrorLine(r, "E_IO", spec);
      expect(json(r).error).toEqual({ code: "E_IO", message: expect.stringContaining(spec), file: spec });
    }
  });

  it("check --base main --json: added/modified/deleted, expands, hashes, exit 0", () => {
    const r = wpc(repo, "check", "--base", "main", "--json");
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stderr).toBe("");
    const out = json(r);
    expect(out.base).toBe(sh(repo, "merge-base", "main", "feature"));
    expect(out.expands).toBe(true);
    expect(out.errors).toBe(0);
    expect(out.unusable).toBe(0);
    const by = Object.fromEntries(out.files.map((f: any) => [f.file, f]));
    expect(out.files.map((f: any) => [f.file, f.status])).toEqual([
      [INVOICE, "modified"],
      [STAGED, "added"],
      [NEW, "added"],
      [GONE, "deleted"],
    ]);
    // old/new hashes equal `wpc hash`
    expect(by[INVOICE].base_hash).toBe(hashOf(`git:main:${INVOICE}`));
    expect(by[INVOICE].head_hash).toBe(hashOf(INVOICE));
    expect(by[INVOICE].base_hash).not.toBe(by[INVOICE].head_hash);
    expect(by[NEW].base_hash).toBeNull();
    expect(by[NEW].head_hash).toBe(hashOf(NEW));
    expect(by[STAGED].head_hash).toBe(hashOf(STAGED));
    expect(by[GONE].base_hash).toBe(hashOf(`git:main:${GONE}`));
    expect(by[GONE].head_hash).toBeNull();
    // the modification: exactly the two expansions, positioned (removal in the base version)
    expect(by[INVOICE].expands).toBe(true);
    expect(by[INVOICE].changes).toEqual([
      { path: "/tool_policy/allow", kind: "added", before: null, after: "exec", risk: "expansion", ...where(headInvoice, '"exec"') },
      { path: "/tool_policy/deny", kind: "removed", before: "exec", after: null, risk: "expansion", ...where(baseInvoice, '"exec"') },
    ]);
    // a new policy always counts as an expansion; a deleted one does not
    expect(by[NEW].expands).toBe(true);
    expect(by[STAGED].expands).toBe(true);
    expect(by[GONE].expands).toBe(false);
    expect(by[INVOICE].policy_id).toBe("invoice-triage");
    expect(by[NEW].policy_id).toBe("new-untracked");
  });

  it("check: a warning-level finding keeps exit 0 and is positioned; an error-level finding exits 1", () => {
    const warnText = newText.replace('"cst_ttl_seconds_max": 3600', '"cst_ttl_seconds_max": 7200');
    expect(warnText).not.toBe(newText);
    writeFileSync(join(repo, NEW), warnText);
    try {
      const w = wpc(repo, "check", "--base", "main", "--json");
      expect(w.code, w.stdout).toBe(0);
      const f = json(w).files.find((x: any) => x.file === NEW);
      expect(f.findings).toEqual([
        { rule: "WPC004", level: "warning", message: expect.any(String), path: "/token_requirements/cst_ttl_seconds_max", ...where(warnText, "7200") },
      ]);
      expect(json(w).warnings).toBe(1);

      const errText = warnText.replace('"read",', '"read",\n    "teleport",');
      expect(errText).not.toBe(warnText);
      writeFileSync(join(repo, NEW), errText);
      const e = wpc(repo, "check", "--base", "main", "--json");
      expect(e.code).toBe(1);
      const out = json(e);
      expect(out.errors).toBe(1);
      const fe = out.files.find((x: any) => x.file === NEW);
      expect(fe.findings).toContainEqual({
        rule: "WPC005",
        level: "error",
        message: expect.stringContaining("teleport"),
        path: expect.stringMatching(/^\/tool_policy\/allow\/\d+$/),
        ...where(errText, '"teleport"'),
      });
      // and as a GitHub annotation at that place
      const g = wpc(repo, "check", "--base", "main", "--format", "github");
      expect(g.code).toBe(1);
      const p = where(errText, '"teleport"');
      expect(commands(g.stdout)).toContainEqual({
        level: "error",
        props: `file=policies/new-untracked.wpc.json,line=${p.line},col=${p.column},title=wpc WPC005`,
        message: expect.stringContaining("teleport"),
      });
      expect(commands(g.stdout)).toContainEqual({ level: "warning", props: expect.stringContaining(`file=${INVOICE},`), message: "/tool_policy/allow: added exec" });
    } finally {
      writeFileSync(join(repo, NEW), newText);
    }
  });

  it("check: an unusable changed policy exits 2 and is reported per file", () => {
    writeFileSync(join(repo, NEW), MALFORMED);
    try {
      const r = wpc(repo, "check", "--base", "main", "--json");
      expect(r.code).toBe(2);
      const out = json(r);
      expect(out.unusable).toBe(1);
      expect(out.files.find((x: any) => x.file === NEW).error.code).toBe("E_NOT_IJSON");
      expect(r.stderr).not.toContain("    at ");
    } finally {
      writeFileSync(join(repo, NEW), newText);
    }
  });

  it("check with an unknown base: exit 2, E_IO", () => {
    const r = wpc(repo, "check", "--base", "no-such-branch", "--json");
    expect(r.code).toBe(2);
    expectOneErrorLine(r, "E_IO", "no-such-branch");
    expect(json(r).error.code).toBe("E_IO");
  });

  it("check against itself: no changed policy, exit 0", () => {
    const clean = policyRepo("wpc-cli-clean-");
    tmps.push(clean);
    const r = wpc(clean, "check", "--base", "main", "--json");
    expect(r.code).toBe(0);
    expect(json(r)).toMatchObject({ files: [], errors: 0, warnings: 0, unusable: 0, expands: false });
  });
});
