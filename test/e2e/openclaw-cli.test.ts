/**
 * `wpc openclaw config|check` as a subprocess of the CLI bundled from the current sources (into a temporary
 * folder, so the committed action/dist is left alone): JSON5 configs with comments and trailing commas,
 * explain and audit files, exit codes 0 (no drift) / 1 (drift) / 2 (unusable input), `--json` shapes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { ROOT } from "../support/paths.ts";

let dir = "";
let cli = "";

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "wpc-openclaw-"));
  cli = join(dir, "cli.js");
  await build({
    entryPoints: [join(ROOT, "action/src/cli/bin.ts")],
    outfile: cli,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "error",
    banner: { js: `import { createRequire as __wpcCreateRequire } from "node:module";\nconst require = __wpcCreateRequire(import.meta.url);` },
  });
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}
function wpc(...args: string[]): Run {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}
const DEPLOY = "policies/prod-deploy.wpc.json";

/** The generated prod-deploy fragment, hand-written as OpenClaw users write it: JSON5. */
const MATCHING = `// openclaw.json for the deploy agent
{
  tools: {
    profile: 'coding', // tightest profile covering the contract
    allow: ['read', 'write', 'edit', 'apply_patch', 'exec', 'process',],
    deny: ['browser', 'message', 'sessions_send', 'gateway', 'cron',],
    elevated: { enabled: false },
    sandbox: { tools: { allow: ['group:fs', 'exec', 'process'], deny: [] } },
  },
  /* sandbox everything */
  agents: {
    defaults: { sandbox: { mode: "all", workspaceAccess: "rw", docker: { network: "none", binds: ["/srv/releases:/releases:ro"] } } },
  },
}
`;
const LOOSE = MATCHING.replace(`mode: "all"`, `mode: "non-main"`).replace(`'cron',]`, `]`).replace(`["/srv/releases:/releases:ro"]`, `["/srv/releases:/releases"]`);

const EXPLAIN = {
  docsUrl: "https://docs.openclaw.ai/sandbox",
  agentId: "main",
  sessionKey: "agent:main:main",
  mainSessionKey: "agent:main:main",
  sandbox: { mode: "all", scope: "agent", perSession: false, workspaceAccess: "rw", workspaceRoot: "/tmp/sb", sessionIsSandboxed: true, tools: { allow: ["read", "write", "edit", "apply_patch", "exec", "process", "image"], deny: [], sources: { allow: { source: "global", key: "tools.sandbox.tools.allow" }, deny: { source: "global", key: "tools.sandbox.tools.deny" } } } },
  elevated: { enabled: false, allowedByConfig: false, alwaysAllowedByConfig: false, allowFrom: {}, failures: [{ gate: "enabled", key: "tools.elevated.enabled" }] },
  fixIt: ["agents.defaults.sandbox.mode=off"],
};
const audit = (severity: string) => JSON.stringify({ ts: 1767225600000, summary: { critical: severity === "critical" ? 1 : 0, warn: severity === "warn" ? 1 : 0, info: 0 }, findings: [{ checkId: "sandbox.docker_socket_bind", severity, title: "Docker socket mounted into the sandbox", detail: "…", remediation: "remove the bind" }] });

describe("wpc openclaw config", () => {
  it("prints the fragment as JSON (deterministic)", () => {
    const a = wpc("openclaw", "config", DEPLOY);
    expect(a.code, a.stderr).toBe(0);
    const v = JSON.parse(a.stdout);
    expect(v.tools.profile).toBe("coding");
    expect(v.agents.defaults.sandbox).toEqual({ mode: "all", workspaceAccess: "rw", docker: { network: "none" } });
    expect(wpc("openclaw", "config", DEPLOY).stdout).toBe(a.stdout);
  });

  it("its output checks clean", () => {
    const cfg = file("generated.json", wpc("openclaw", "config", DEPLOY).stdout);
    const r = wpc("openclaw", "check", DEPLOY, cfg);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain("no drift");
  });

  it.each([
    ["no policy", ["openclaw", "config"], "E_USAGE"],
    ["unknown subcommand", ["openclaw", "apply", DEPLOY], "E_USAGE"],
    ["missing policy file", ["openclaw", "config", "policies/nope.wpc.json"], "E_IO"],
  ])("%s → exit 2", (_n, args, code) => {
    const r = wpc(...args, "--json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe(code);
  });
});

describe("wpc openclaw check", () => {
  it("a JSON5 config with comments and trailing commas that matches → exit 0", () => {
    const r = wpc("openclaw", "check", DEPLOY, file("ok.json5", MATCHING), "--json");
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const v = JSON.parse(r.stdout);
    expect(v.drift).toEqual([]);
    expect(v.contexts).toEqual([{ agent: "defaults", sandboxMode: "all", workspaceAccess: "rw", tools: ["apply_patch", "edit", "exec", "process", "read", "write"] }]);
  });

  it("drift → exit 1, every finding with rule, level, source and pointer", () => {
    const r = wpc("openclaw", "check", DEPLOY, file("loose.json5", LOOSE), "--json");
    expect(r.code, r.stderr).toBe(1);
    const got = JSON.parse(r.stdout).drift.map((d: any) => `${d.rule} ${d.level} ${d.source} ${d.path} ${d.tool ?? ""}`.trim());
    expect(got).toEqual([
      "OC003 error config /agents/defaults/sandbox/mode",
      "OC006 error config /agents/defaults/sandbox/docker/binds/0",
      "OC011 warning config /tools/deny cron",
    ]);
  });

  it("text output names the file, rule and pointer", () => {
    const cfg = file("loose2.json5", LOOSE);
    const r = wpc("openclaw", "check", DEPLOY, cfg);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${cfg}: OC003 error /agents/defaults/sandbox/mode: `);
    expect(r.stdout).toContain("3 drift finding(s)");
  });

  it("a matching explain file → exit 0; a disagreeing one → exit 1 with OC009", () => {
    const cfg = file("ok2.json5", MATCHING);
    expect(wpc("openclaw", "check", DEPLOY, cfg, "--explain", file("explain.json", JSON.stringify(EXPLAIN))).code).toBe(0);
    const bad = structuredClone(EXPLAIN);
    bad.sandbox.mode = "non-main";
    bad.elevated.enabled = true;
    const r = wpc("openclaw", "check", DEPLOY, cfg, "--explain", file("explain-bad.json", JSON.stringify(bad)), "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).drift.map((d: any) => `${d.rule} ${d.source} ${d.path}`)).toEqual(["OC009 explain /elevated/enabled", "OC009 explain /sandbox/mode"]);
  });

  it("an audit with only warnings → exit 0; with a critical finding → exit 1 with OC008", () => {
    const cfg = file("ok3.json5", MATCHING);
    expect(wpc("openclaw", "check", DEPLOY, cfg, "--audit", file("audit-warn.json", audit("warn"))).code).toBe(0);
    const r = wpc("openclaw", "check", DEPLOY, cfg, "--audit", file("audit-crit.json", audit("critical")), "--json");
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).drift).toEqual([{ rule: "OC008", level: "error", source: "audit", path: "/findings/0", message: "critical audit finding sandbox.docker_socket_bind: Docker socket mounted into the sandbox" }]);
  });

  it.each<[string, () => string[], string]>([
    ["a config that is not JSON5", () => [DEPLOY, file("broken.json5", "{ tools: { allow: [read] }")], "E_BAD_INPUT"],
    ["a config that is not an object", () => [DEPLOY, file("array.json5", "['read']")], "E_BAD_INPUT"],
    ["a missing config", () => [DEPLOY, join(dir, "absent.json5")], "E_IO"],
    ["a policy that is not a WPC", () => [file("bad.wpc.json", '{"wpc_version":"v1"}'), file("ok4.json5", MATCHING)], "E_BAD_INPUT"],
    ["a policy that is not I-JSON", () => [file("dup.wpc.json", '{"a":1,"a":2}'), file("ok5.json5", MATCHING)], "E_NOT_IJSON"],
    ["an explain file of another shape", () => [DEPLOY, file("ok6.json5", MATCHING), "--explain", file("not-explain.json", '{"mode":"all"}')], "E_BAD_INPUT"],
    ["an audit file of another shape", () => [DEPLOY, file("ok7.json5", MATCHING), "--audit", file("not-audit.json", '{"summary":{}}')], "E_BAD_INPUT"],
    ["a missing explain file", () => [DEPLOY, file("ok8.json5", MATCHING), "--explain", join(dir, "absent.json")], "E_IO"],
    ["no config argument", () => [DEPLOY], "E_USAGE"],
    ["an extra argument", () => [DEPLOY, file("ok9.json5", MATCHING), "more"], "E_USAGE"],
  ])("%s → exit 2", (_n, args, code) => {
    const r = wpc("openclaw", "check", ...args(), "--json");
    expect(r.code, r.stdout + r.stderr).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe(code);
    const lines = r.stderr.split("\n").filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`wpc: ${code}`)).toBe(true);
  });
});
