/**
 * `wpc verify` as a process (the bundled action/dist/cli.js): the in-memory world of gate-world.ts
 * written to disk (policies/ with trust.json, a directory registry written through the registry store,
 * bundle files), then exit codes (DESIGN.md §6, §9: 0 pass, 1 fail, 2 unusable input), the `--json`
 * report of §8, the `{"error": {code, …}}` object on exit 2, and the Markdown report (--report-md).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DirRegistryStore } from "../../action/src/io/registry-store.ts";
import { CHECK_IDS } from "../../action/src/core/gate/types.ts";
import { simTrust } from "../../scripts/sim/keys.ts";
import { CLI, ROOT } from "../support/paths.ts";
import { POLICY_ID, SUBJECT, VERIFY_AT, copy, editedResigned, exampleWpc, makeWorld } from "../support/gate-world.ts";

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function wpc(cwd: string, args: readonly string[]): Run {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (k !== "WPC_NOW" && k !== "WPC_SIGNING_KEY" && !k.startsWith("GITHUB_") && !k.startsWith("INPUT_")) env[k] = v;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...env, NO_COLOR: "1" }, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(r: Run): any {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
}

const w = makeWorld("cli");
const AT = new Date(VERIFY_AT).toISOString();
let dir = "";

/** The verify command line of the brief, with a fixed verification time. */
const verifyArgs = (bundle: string, extra: string[] = []) => [
  "verify", bundle, "--policy", POLICY_ID, "--registry", "registry", "--trust", "policies/trust.json", "--subject", SUBJECT, "--at", AT, "--json", ...extra,
];

const pretty = (v: unknown) => JSON.stringify(v, null, 2) + "\n";

beforeAll(() => {
  expect(existsSync(CLI), `${CLI} is missing: run node scripts/build.mjs`).toBe(true);
  dir = mkdtempSync(join(tmpdir(), "wpc-verify-cli-"));
  mkdirSync(join(dir, "policies"));
  writeFileSync(join(dir, "policies/invoice-triage.wpc.json"), pretty(exampleWpc()));
  writeFileSync(join(dir, "policies/trust.json"), pretty(simTrust(w.seed)));
  const store = new DirRegistryStore(join(dir, "registry"));
  expect(store.write(store.read(), w.files)).toBe("ok");
  writeFileSync(join(dir, "bundle.json"), pretty(w.job.bundle));
  // one byte over the limit, sparse: no disk is used, and the CLI must refuse it from its size alone
  writeFileSync(join(dir, "huge.json"), "");
  truncateSync(join(dir, "huge.json"), 256 * 1024 * 1024 + 1);
  writeFileSync(join(dir, "forged.json"), pretty(editedResigned(w, (p) => void (p.receipts[0].payload.model = "openai/o3-pro"))));
  writeFileSync(join(dir, "malformed.json"), pretty(w.job.bundle).slice(0, 200));
  // one duplicate member inside the payload: `"bundle_version": "1"` twice
  const text = pretty(w.job.bundle);
  const dup = text.replace('"bundle_version": "1",', '"bundle_version": "1",\n    "bundle_version": "1",');
  expect(dup).not.toBe(text);
  writeFileSync(join(dir, "duplicate-keys.json"), dup);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Statuses of the Markdown table rows, in order. */
function mdStatuses(md: string): Array<{ id: string; status: string }> {
  return md
    .split("\n")
    .map((l) => /^\| `([A-Z_]+)` \| \S+ (pass|fail|warn|skip) \|/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ id: m[1]!, status: m[2]! }));
}

describe("wpc verify (bundled CLI)", () => {
  it("the valid bundle: exit 0 and the report of DESIGN §8", () => {
    const r = wpc(dir, verifyArgs("bundle.json", ["--report-md", "report.md"]));
    expect(r.code, r.stderr).toBe(0);
    const rep = json(r);
    expect(Object.keys(rep).sort()).toEqual(["audit", "checks", "counts", "policy", "subject", "verdict"]);
    expect(rep.verdict).toBe("pass");
    expect(rep.policy).toEqual({ id: POLICY_ID, hash: w.policyHash });
    expect(rep.subject).toBe(SUBJECT);
    expect(rep.checks.map((c: any) => c.id)).toEqual([...CHECK_IDS]);
    for (const c of rep.checks) {
      expect(Object.keys(c).sort()).toEqual(["detail", "id", "status"]);
      expect(["pass", "warn", "skip"]).toContain(c.status);
      expect(typeof c.detail).toBe("string");
    }
    expect(Object.keys(rep.counts).sort()).toEqual(["approvals", "events", "fail", "pass", "receipts", "skip", "tool_receipts", "warn"]);
    expect(rep.counts).toMatchObject({ fail: 0, events: 6, receipts: 3, tool_receipts: 3, approvals: 1 });

    const md = readFileSync(join(dir, "report.md"), "utf8");
    expect(md.split("\n")[0]).toMatch(/^#* ?wpc verify: .*\bPASS\b/);
    expect(mdStatuses(md).map((x) => x.id).sort()).toEqual([...CHECK_IDS].sort());
  });

  it("without --json: exit 0 and a text report whose first line is the verdict", () => {
    const r = wpc(dir, verifyArgs("bundle.json").filter((a) => a !== "--json"));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.split("\n")[0]).toMatch(/\bPASS\b/);
  });

  it("the forged bundle (receipt edited after the gateway signed, re-signed by the agent): exit 1, RECEIPTS_SIGNED fails, failures first in report.md", () => {
    const r = wpc(dir, verifyArgs("forged.json", ["--report-md", "forged.md"]));
    expect(r.code, r.stderr).toBe(1);
    const rep = json(r);
    expect(rep.verdict).toBe("fail");
    expect(rep.checks.find((c: any) => c.id === "RECEIPTS_SIGNED").status).toBe("fail");
    expect(rep.counts.fail).toBe(rep.checks.filter((c: any) => c.status === "fail").length);

    const md = readFileSync(join(dir, "forged.md"), "utf8");
    expect(md.split("\n")[0]).toMatch(/^#* ?wpc verify: .*\bFAIL\b/);
    const rows = mdStatuses(md);
    expect(rows).toHaveLength(CHECK_IDS.length);
    const fails = rows.filter((x) => x.status === "fail").length;
    expect(fails).toBe(rep.counts.fail);
    expect(rows.slice(0, fails).every((x) => x.status === "fail")).toBe(true);
    expect(rows[0]!.id).toBe(rep.checks.find((c: any) => c.status === "fail").id);
  });

  it("the valid bundle with another subject: exit 1 (SUBJECT)", () => {
    const args = verifyArgs("bundle.json").map((a) => (a === SUBJECT ? "e".repeat(40) : a));
    const r = wpc(dir, args);
    expect(r.code).toBe(1);
    expect(json(r).checks.find((c: any) => c.id === "SUBJECT").status).toBe("fail");
  });
});

describe("wpc verify: unusable input exits 2 with {error: {code}}", () => {
  const cases: Array<[string, string, () => string[]]> = [
    ["a non-bundle document (the WPC)", "E_BAD_INPUT", () => verifyArgs("policies/invoice-triage.wpc.json")],
    ["another envelope type (a registry entry)", "E_BAD_INPUT", () => verifyArgs("registry/log/000000000001.json")],
    ["malformed JSON", "E_NOT_IJSON", () => verifyArgs("malformed.json")],
    ["duplicate keys in the bundle", "E_NOT_IJSON", () => verifyArgs("duplicate-keys.json")],
    ["a bundle above the documented 256 MiB limit", "E_TOO_LARGE", () => verifyArgs("huge.json")],
    ["a missing bundle file", "E_IO", () => verifyArgs("no-such-bundle.json")],
    ["a missing registry directory", "E_IO", () => verifyArgs("bundle.json").map((a) => (a === "registry" ? "no-such-registry" : a))],
    ["a missing trust file", "E_IO", () => verifyArgs("bundle.json").map((a) => (a === "policies/trust.json" ? "policies/no-such-trust.json" : a))],
    ["an unknown flag", "E_USAGE", () => [...verifyArgs("bundle.json"), "--no-such-flag"]],
    ["no --policy", "E_USAGE", () => verifyArgs("bundle.json").filter((a, i, all) => a !== "--policy" && all[i - 1] !== "--policy")],
  ];
  it.each(cases)("%s → %s", (_name, code, args) => {
    const r = wpc(dir, args());
    expect(r.code, r.stderr).toBe(2);
    const out = json(r);
    expect(Object.keys(out)).toEqual(["error"]);
    expect(out.error.code).toBe(code);
    expect(typeof out.error.message).toBe("string");
  });

  it("a bundle above the limit is refused before it is read, naming the limit (docs/formats.md)", () => {
    const r = wpc(dir, verifyArgs("huge.json"));
    expect(r.code).toBe(2);
    expect(json(r).error.message).toMatch(/huge\.json: 268435457 bytes is above the 256 MiB limit/);
    expect(readFileSync(join(ROOT, "docs/formats.md"), "utf8")).toMatch(/a proof bundle to 256 MiB/);
  });

  it("an unusable input writes no report.md", () => {
    const r = wpc(dir, verifyArgs("malformed.json", ["--report-md", "never.md"]));
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, "never.md"))).toBe(false);
  });

  it("a readable proof_bundle whose metadata lacks everything is judged, not refused (exit 1)", () => {
    const bare = copy(w.job.bundle);
    bare.payload = { bundle_version: "1", bundle_id: "bundle_x", agent_did: bare.payload.agent_did, event_chain: [] };
    writeFileSync(join(dir, "bare.json"), pretty(bare));
    const r = wpc(dir, verifyArgs("bare.json"));
    expect(r.code, r.stderr).toBe(1);
    expect(json(r).verdict).toBe("fail");
  });
});
