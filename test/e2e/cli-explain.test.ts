/**
 * The CLI explains itself (issue 14), on the built CLI: help per subcommand, a document of the wrong
 * type is exit 2, `--json` is one JSON document, paths are printed as given, and the scripts' colour
 * appears only on a terminal without NO_COLOR.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../support/paths.ts";
import { json, wpc } from "../support/registry-harness.ts";

const DID = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK";

function workDir(): string {
  const d = realpathSync(mkdtempSync(join(tmpdir(), "wpc-explain-")));
  mkdirSync(join(d, "pol"));
  for (const f of ["invoice-triage.wpc.json", "trust.json"]) copyFileSync(join(ROOT, "policies", f), join(d, "pol", f));
  writeFileSync(join(d, "bundle.json"), JSON.stringify({ envelope_version: "1", envelope_type: "proof_bundle", payload: {}, signature_b64u: "x" }));
  writeFileSync(join(d, "array.json"), "[1, 2]");
  writeFileSync(join(d, "other.json"), JSON.stringify({ name: "not a contract", version: 3 }));
  writeFileSync(join(d, "empty.wpc.json"), "{}");
  return d;
}

describe("help on the built CLI", () => {
  it("revoke token, policy and import print their own help, each listing its flags", () => {
    const d = workDir();
    const outs = ["token", "policy", "import"].map((s) => wpc(d, ["revoke", s, "--help"]));
    for (const o of outs) expect(o.code).toBe(0);
    expect(new Set(outs.map((o) => o.stdout)).size).toBe(3);
    expect(outs[0]!.stdout).toMatch(/--token-hash HEX +— \(exactly one of the three\)/);
    expect(wpc(d, ["help", "revoke", "token"]).stdout).toBe(outs[0]!.stdout);
  });
});

describe("a document of the wrong type: E_BAD_INPUT, exit 2", () => {
  const d = workDir();
  const wrong = ["pol/trust.json", "bundle.json", "array.json", "other.json"];
  for (const f of wrong) {
    it(`hash, diff and validate refuse ${f}`, () => {
      for (const args of [["hash", f], ["diff", f, "pol/invoice-triage.wpc.json"], ["diff", "pol/invoice-triage.wpc.json", f], ["validate", f]]) {
        const r = wpc(d, [...args, "--json"]);
        expect(r.code, `${args.join(" ")}: ${r.stdout}${r.stderr}`).toBe(2);
        expect(json(r).error.code).toBe("E_BAD_INPUT");
        expect(json(r).error.message).toMatch(/not a WPC/);
        expect(r.stderr).toMatch(new RegExp(`^wpc: E_BAD_INPUT: ${f.replace(/[.]/g, "\\.")}: is `));
      }
    });
  }
  it("an empty object is an incomplete contract: schema findings, exit 1", () => {
    expect(wpc(d, ["validate", "empty.wpc.json"]).code).toBe(1);
  });
  it("verify given a contract instead of a bundle names what it got", () => {
    const r = wpc(d, ["verify", "pol/invoice-triage.wpc.json", "--policy", "invoice-triage", "--trust", "pol/trust.json", "--registry", "reg", "--json"]);
    expect(r.code).toBe(2);
    expect(json(r).error).toMatchObject({ code: "E_BAD_INPUT", file: "pol/invoice-triage.wpc.json" });
    expect(json(r).error.message).toMatch(/it is a WPC/);
  });
});

describe("--json: exactly one JSON document on stdout", () => {
  it("trust add-key --json, added and already present", () => {
    const d = workDir();
    const a = wpc(d, ["trust", "add-key", "--role", "approver", DID, "--trust", "pol/trust.json", "--json"]);
    expect(a.code, a.stderr).toBe(0);
    expect(json(a)).toEqual({ trust_file: "pol/trust.json", did: DID, role: "approver", added: true });
    expect(JSON.parse(readFileSync(join(d, "pol/trust.json"), "utf8")).roles.approver.keys).toContain(DID);
    expect(json(wpc(d, ["trust", "add-key", "--role", "approver", DID, "--trust", "pol/trust.json", "--json"])).added).toBe(false);
  });
  it("usage errors, I/O errors and results alike", () => {
    const d = workDir();
    for (const args of [["hash", "pol/invoice-triage.wpc.json"], ["hash", "nope.json"], ["hash", "--nope"], ["schema"], ["keygen", "--out", "k"], ["registry", "show", "--registry", "nowhere"], ["trust", "add-key", "--role", "boss", DID]]) {
      const r = wpc(d, [...args, "--json"]);
      expect(() => JSON.parse(r.stdout), `${args.join(" ")}: ${r.stdout}`).not.toThrow();
    }
  });
});

describe("paths are printed as given", () => {
  const cases: string[][] = [
    ["validate", "pol/missing.wpc.json"],
    ["validate", "sub/dir"],
    ["hash", "pol/nope.wpc.json"],
    ["diff", "pol/invoice-triage.wpc.json", "x/nope.wpc.json"],
    ["verify", "nob.json", "--policy", "p", "--trust", "pol/trust.json", "--registry", "reg"],
    ["verify", "bundle.json", "--policy", "p", "--trust", "nope/trust.json", "--registry", "reg"],
    ["registry", "verify", "--registry", "reg", "--trust", "pol/trust.json"],
    ["registry", "show", "--registry", "reg"],
    ["openclaw", "check", "pol/invoice-triage.wpc.json", "cfg/nope.json5"],
    ["openclaw", "config", "pol/nope.wpc.json"],
    ["claw", "compile", "pol/invoice-triage.wpc.json"],
    ["claw", "compile", "pol/invoice-triage.wpc.json", "--trust", "t/trust.json"],
    ["revoke", "import", "ev/nope.json", "--registry", "reg"],
    ["keygen", "--out", "keys"],
    ["trust", "add-key", "--role", "agent", DID, "--trust", "pol/trust.json"],
    ["trust", "add-key", "--role", "agent", DID],
    ["publish", "--registry", "reg", "--policies", "pol", "--trust", "pol/trust.json", "--key", "k/none.key"],
  ];
  for (const args of cases)
    it(`${args.join(" ")}: relative stays relative`, () => {
      const d = workDir();
      for (const extra of [[], ["--json"]]) {
        const r = wpc(d, [...args, ...extra]);
        expect(r.stdout + r.stderr, `${r.stdout}${r.stderr}`).not.toContain(d);
        expect(r.stdout + r.stderr).not.toContain(tmpdir());
      }
    });
  it("an absolute path stays absolute", () => {
    const d = workDir();
    const r = wpc(d, ["hash", join(d, "pol/nope.wpc.json")]);
    expect(r.stderr).toContain(`${join(d, "pol/nope.wpc.json")}: no such file`);
    const k = wpc(d, ["keygen", "--out", join(d, "keys"), "--json"]);
    expect(json(k).key_file).toBe(join(d, "keys", "wpc-signing.key"));
  });
});

describe("colour (scripts/colour.mjs, used by the demo)", () => {
  const probe = `import { painter } from ${JSON.stringify(join(ROOT, "scripts/colour.mjs"))}; process.stdout.write(painter()(32, "ok"));`;
  const viaPipe = (env: Record<string, string | undefined>) => {
    const base = { ...process.env };
    delete base.NO_COLOR;
    delete base.FORCE_COLOR;
    return spawnSync(process.execPath, ["--input-type=module", "-e", probe], { env: { ...base, ...env } as NodeJS.ProcessEnv, encoding: "utf8" }).stdout;
  };
  const viaTty = (env: string) => spawnSync("script", ["-qec", `env -u NO_COLOR -u FORCE_COLOR ${env} ${process.execPath} --input-type=module -e '${probe}'`, "/dev/null"], { encoding: "utf8" }).stdout;
  it("through a pipe: no escape codes, unless FORCE_COLOR", () => {
    expect(viaPipe({})).toBe("ok");
    expect(viaPipe({ NO_COLOR: "1" })).toBe("ok");
    expect(viaPipe({ FORCE_COLOR: "1" })).toBe("\x1b[32mok\x1b[0m");
    expect(viaPipe({ FORCE_COLOR: "0" })).toBe("ok");
  });
  it.skipIf(spawnSync("script", ["-V"]).status !== 0)("on a terminal: colour, unless NO_COLOR is set and not empty", () => {
    expect(viaTty("")).toContain("\x1b[32mok\x1b[0m");
    expect(viaTty("NO_COLOR=1")).not.toContain("\x1b[");
    expect(viaTty("NO_COLOR=")).toContain("\x1b[32mok");
  });
  it("the demo prints escape codes only through the painter", () => {
    const src = readFileSync(join(ROOT, "scripts/demo.mjs"), "utf8");
    expect(src).not.toMatch(/\\x1b|\\u001b|\\033/);
    expect(src).toMatch(/painter\(\)/);
  });
});
