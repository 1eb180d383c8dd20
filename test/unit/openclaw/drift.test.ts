/**
 * Each drift rule (OC001–OC012) from a valid generated config plus one named mutation, with the pointer it
 * reports; explain and audit evidence; bind-mount rules; the metadata variant used by the gate.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../support/paths.ts";
import type { Wpc } from "../../../action/src/core/policy/types.ts";
import { isWpcError } from "../../../action/src/core/json/errors.ts";
import { openclawConfigFor } from "../../../action/src/core/openclaw/config.ts";
import { DRIFT_RULES, driftCheck, driftFromMetadata, type DriftFinding } from "../../../action/src/core/openclaw/drift.ts";
import { bindProblems } from "../../../action/src/core/openclaw/evidence.ts";

const policy = (id: string): Wpc => JSON.parse(readFileSync(join(ROOT, "policies", `${id}.wpc.json`), "utf8")) as Wpc;
const DEPLOY = policy("prod-deploy");
const TRIAGE = policy("invoice-triage");
const gen = (w: Wpc): any => structuredClone(openclawConfigFor(w));
const brief = (d: DriftFinding[]) => d.map((x) => [x.rule, x.path, x.tool ?? ""]);

describe("one mutation, one rule, one pointer", () => {
  it.each<[string, Wpc, (c: any) => void, string, string, string]>([
    ["OC001 a tool the contract does not mention", TRIAGE, (c) => c.tools.allow.push("canvas") && c.tools.sandbox.tools.allow.push("canvas"), "OC001", "/tools/allow/5", "canvas"],
    ["OC001 through an agent's sandbox tool policy", TRIAGE, (c) => (c.agents.list = [{ id: "w", tools: { sandbox: { tools: { allow: ["*"] } } } }]) && delete c.tools.allow, "OC001", "/agents/list/0/tools/sandbox/tools/allow/0", "cron"],
    ["OC001 image: OpenClaw adds it to every sandbox allow list", DEPLOY, (c) => delete c.tools.allow, "OC001", "/tools/sandbox/tools/allow", "image"],
    ["OC002 a denied tool reachable", TRIAGE, (c) => (c.tools.deny = []) && c.tools.allow.push("exec") && c.tools.sandbox.tools.allow.push("exec"), "OC002", "/tools/allow/5", "exec"],
    ["OC003 sandbox mode", DEPLOY, (c) => (c.agents.defaults.sandbox.mode = "non-main"), "OC003", "/agents/defaults/sandbox/mode", ""],
    ["OC003 per agent", DEPLOY, (c) => (c.agents.list = [{ id: "ops", sandbox: { mode: "off" } }]), "OC003", "/agents/list/0/sandbox/mode", ""],
    ["OC004 workspace wider", TRIAGE, (c) => (c.agents.defaults.sandbox.workspaceAccess = "rw"), "OC004", "/agents/defaults/sandbox/workspaceAccess", ""],
    ["OC005 elevated (absent = OpenClaw's default on)", DEPLOY, (c) => delete c.tools.elevated, "OC005", "/tools/elevated/enabled", ""],
    ["OC006 writable bind", DEPLOY, (c) => (c.agents.defaults.sandbox.docker.binds = ["/srv/cache:/cache:ro", "/srv/out:/out:rw"]), "OC006", "/agents/defaults/sandbox/docker/binds/1", ""],
    ["OC007 network with no egress tool", DEPLOY, (c) => (c.agents.defaults.sandbox.docker.network = "bridge"), "OC007", "/agents/defaults/sandbox/docker/network", ""],
    ["OC007 host network even with egress tools", TRIAGE, (c) => (c.agents.defaults.sandbox.docker.network = "host"), "OC007", "/agents/defaults/sandbox/docker/network", ""],
    ["OC010 allow entry masked by the profile", DEPLOY, (c) => c.tools.allow.push("canvas"), "OC010", "/tools/allow/6", ""],
    ["OC010 profile broader than the tightest", DEPLOY, (c) => (c.tools.profile = "full"), "OC010", "/tools/profile", ""],
    ["OC011 a denied tool in no deny list", DEPLOY, (c) => (c.tools.deny = c.tools.deny.filter((t: string) => t !== "cron")), "OC011", "/tools/deny", "cron"],
    ["OC012 a setting OpenClaw ignores", DEPLOY, (c) => (c.tools.deny = "browser"), "OC012", "/tools/deny", ""],
    ["OC012 an agent entry OpenClaw never selects", DEPLOY, (c) => (c.agents.list = [{ id: "ops" }, { id: "OPS", sandbox: { mode: "off" } }]), "OC012", "/agents/list/1/id", ""],
    ["OC012 an unknown sandbox mode", DEPLOY, (c) => (c.agents.defaults.sandbox.mode = "strict"), "OC012", "/agents/defaults/sandbox/mode", ""],
  ])("%s", (_name, wpc, mutate, rule, path, tool) => {
    const c = gen(wpc);
    mutate(c);
    expect(brief(driftCheck(wpc, c).drift)).toContainEqual([rule, path, tool]);
  });

  it("every rule has a level and a title, ids never reused", () => {
    expect(Object.keys(DRIFT_RULES)).toEqual(["OC001", "OC002", "OC003", "OC004", "OC005", "OC006", "OC007", "OC008", "OC009", "OC010", "OC011", "OC012"]);
  });

  it("merges one finding seen from several agents", () => {
    const c = gen(DEPLOY);
    c.agents.defaults.sandbox.docker.network = "bridge";
    c.agents.list = [{ id: "a" }, { id: "b" }];
    const f = driftCheck(DEPLOY, c).drift.filter((d) => d.rule === "OC007");
    expect(f).toHaveLength(1);
    expect(f[0]!.agents).toEqual(["defaults", "a", "b"]);
  });
});

const EXPLAIN_OK = {
  docsUrl: "https://docs.openclaw.ai/sandbox",
  agentId: "main",
  sessionKey: "agent:main:main",
  sandbox: { mode: "all", scope: "agent", workspaceAccess: "rw", sessionIsSandboxed: true, tools: { allow: ["apply_patch", "edit", "exec", "process", "read", "write", "image"], deny: [] } },
  elevated: { enabled: false, allowedByConfig: false, failures: [{ gate: "enabled", key: "tools.elevated.enabled" }] },
  fixIt: ["agents.defaults.sandbox.mode=off"],
};

describe("OC009 sandbox explain", () => {
  it("explain output of the generated config agrees", () => {
    expect(driftCheck(DEPLOY, gen(DEPLOY), { explain: EXPLAIN_OK }).drift).toEqual([]);
  });
  it.each<[string, (e: any) => void, string, string]>([
    ["mode", (e) => (e.sandbox.mode = "non-main"), "/sandbox/mode", ""],
    ["session not sandboxed", (e) => (e.sandbox.sessionIsSandboxed = false), "/sandbox/sessionIsSandboxed", ""],
    ["elevated enabled", (e) => (e.elevated.enabled = true), "/elevated/enabled", ""],
  ])("%s", (_name, mutate, path, tool) => {
    const e = structuredClone(EXPLAIN_OK);
    mutate(e);
    expect(brief(driftCheck(DEPLOY, gen(DEPLOY), { explain: e }).drift)).toContainEqual(["OC009", path, tool]);
  });
  it("a tool the running sandbox layer allows, which the config's main layers let through", () => {
    const c = gen(DEPLOY);
    c.tools.profile = "full";
    delete c.tools.allow;
    const e = structuredClone(EXPLAIN_OK);
    e.sandbox.tools.allow = ["*"];
    expect(brief(driftCheck(DEPLOY, c, { explain: e }).drift.filter((d) => d.source === "explain"))).toContainEqual(["OC009", "/sandbox/tools/allow/0", "canvas"]);
  });
  it("workspace wider than a read-only contract", () => {
    const e = structuredClone(EXPLAIN_OK);
    expect(brief(driftCheck(TRIAGE, gen(TRIAGE), { explain: e }).drift)).toContainEqual(["OC009", "/sandbox/workspaceAccess", ""]);
  });
  it("a tool the explain allows but the config's main layers block is no drift", () => {
    const e = structuredClone(EXPLAIN_OK);
    e.sandbox.tools.allow.push("browser");
    expect(driftCheck(DEPLOY, gen(DEPLOY), { explain: e }).drift).toEqual([]);
  });
  it.each([["not an object", []], ["no sandbox", { agentId: "main" }], ["mode not a string", { sandbox: { mode: 1, workspaceAccess: "ro" } }], ["allow not strings", { sandbox: { mode: "all", workspaceAccess: "ro", tools: { allow: [1] } } }]])("malformed explain: %s → E_BAD_INPUT", (_n, e) => {
    expect(() => driftCheck(DEPLOY, gen(DEPLOY), { explain: e })).toThrowError(expect.objectContaining({ code: "E_BAD_INPUT" }));
  });
});

describe("OC008 security audit", () => {
  const audit = (findings: unknown[], summary: unknown = { critical: 0, warn: 0, info: 0 }) => ({ ts: 1767225600000, summary, findings });
  it.each<[string, unknown, string[]]>([
    ["no findings", audit([]), []],
    ["warn and info only", audit([{ checkId: "fs.config.perms", severity: "warn", title: "t", detail: "d" }, { checkId: "x", severity: "info", title: "t", detail: "d" }]), []],
    ["one critical", audit([{ checkId: "fs.config.perms", severity: "warn", title: "t", detail: "d" }, { checkId: "sandbox.docker_socket", severity: "critical", title: "Docker socket mounted", detail: "d", remediation: "r" }], { critical: 1, warn: 1, info: 0 }), ["/findings/1"]],
    ["a critical count with none listed", audit([], { critical: 2, warn: 0, info: 0 }), ["/summary/critical"]],
  ])("%s", (_n, a, paths) => {
    expect(driftCheck(DEPLOY, gen(DEPLOY), { audit: a }).drift.map((d) => d.path)).toEqual(paths);
  });
  it("malformed audit → E_BAD_INPUT", () => {
    let code = "";
    try {
      driftCheck(DEPLOY, gen(DEPLOY), { audit: { findings: [{ severity: "critical" }] } });
    } catch (e) {
      code = isWpcError(e) ? e.code : "CRASH";
    }
    expect(code).toBe("E_BAD_INPUT");
  });
});

describe("bind mounts", () => {
  it.each<[string, number]>([
    ["/srv/data:/data:ro", 0],
    ["/srv/data:/data:ro,z", 0],
    ["/home/alice/project:/work:ro", 0],
    ["/srv/data:/data", 1],
    ["/srv/data:/data:rw", 1],
    ["/etc:/host-etc:ro", 1],
    ["/etc/ssl/certs:/certs:ro", 1],
    ["/var/run/docker.sock:/var/run/docker.sock:ro", 1],
    ["/var/run/docker.sock:/var/run/docker.sock", 2],
    ["/run/user/1000/podman/podman.sock:/sock:ro", 1],
    ["/:/host:ro", 1],
    ["/var:/v:ro", 1],
    ["/var/../etc:/e:ro", 1],
    ["//etc//:/e:ro", 1],
    ["~/.ssh:/root/.ssh:ro", 1],
    ["/home/alice/.aws/credentials:/c:ro", 1],
    ["/Users/bob:/b:ro", 1],
    ["/home:/homes:ro", 1],
    ["named-volume:/cache:ro", 1],
    ["just-a-path", 1],
  ])("%s → %i problem(s)", (spec, n) => {
    expect(bindProblems(spec)).toHaveLength(n);
  });
});

describe("driftFromMetadata (the gate's view of metadata.openclaw)", () => {
  it.each<[string, unknown, string[]]>([
    ["evidence matching the contract", { tools: { profile: "coding", allow: ["group:fs", "exec", "process"], deny: ["browser", "message"] }, sandbox: { mode: "all", workspaceAccess: "rw" } }, []],
    ["sandbox off", { tools: { profile: "coding", allow: ["group:fs", "exec", "process"] }, sandbox: { mode: "off", workspaceAccess: "rw" } }, ["OC003 /sandbox/mode"]],
    ["a reachable tool the contract does not allow", { tools: { profile: "coding", allow: ["group:fs", "exec", "process", "sessions_list"] }, sandbox: { mode: "all", workspaceAccess: "rw" } }, ["OC001 /tools/allow/3"]],
    ["a reachable denied tool", { tools: { allow: ["group:fs", "exec", "process", "message"] }, sandbox: { mode: "all", workspaceAccess: "rw" } }, ["OC002 /tools/allow/3"]],
    ["no evidence", {}, ["OC001 /tools/allow", "OC002 /tools/allow", "OC003 /sandbox/mode", "OC012 /sandbox/mode", "OC012 /sandbox/workspaceAccess", "OC012 /tools"]],
  ])("%s", (_n, meta, expected) => {
    expect([...new Set(driftFromMetadata(DEPLOY, meta).map((d) => `${d.rule} ${d.path}`))]).toEqual(expected);
  });
});
