/**
 * OpenClaw's tool policy, one table per rule; every row gives the config, the session (agent, provider,
 * model, sandboxed) and the exact effective tool set. `elevated` is left out except in its own table.
 */
import { describe, expect, it } from "vitest";
import { effectiveFromMetadata, effectiveTools, OC_TOOLS, type EffectiveOptions } from "../../../action/src/core/openclaw/policy.ts";

type Row = [name: string, config: unknown, opts: EffectiveOptions, expected: string[]];

const FS = ["apply_patch", "edit", "read", "write"];
const RUNTIME = ["bash", "code_execution", "exec", "process"];
const SESSIONS = ["session_status", "sessions_history", "sessions_list", "sessions_send", "sessions_spawn"];
const MEMORY = ["memory_get", "memory_search"];
const WEB = ["web_fetch", "web_search"];
const CODING = [...FS, ...RUNTIME, ...SESSIONS, ...MEMORY, "image"];
const MESSAGING = ["message", "session_status", "sessions_history", "sessions_list", "sessions_send"];
const SANDBOX_DEFAULT = ["apply_patch", "edit", "exec", "image", "process", "read", "write", ...SESSIONS];
const ALL = [...OC_TOOLS];
const minus = (a: string[], ...b: string[][]) => a.filter((t) => !b.flat().includes(t));

function tools(config: unknown, opts: EffectiveOptions, keepElevated = false): string[] {
  return [...effectiveTools(config, opts).tools].filter((t) => keepElevated || t !== "elevated").sort();
}

function table(title: string, rows: Row[], keepElevated = false): void {
  describe(title, () => {
    it.each(rows)("%s", (_name, config, opts, expected) => {
      expect(tools(config, opts, keepElevated)).toEqual([...expected].sort());
    });
  });
}

table("profiles (tools.profile: the base allowlist)", [
  ["no profile = no restriction", {}, {}, ALL],
  ["minimal = session_status only", { tools: { profile: "minimal" } }, {}, ["session_status"]],
  ["coding = group:fs, group:runtime, group:sessions, group:memory, image", { tools: { profile: "coding" } }, {}, CODING],
  ["messaging = group:messaging + four session tools", { tools: { profile: "messaging" } }, {}, MESSAGING],
  ["full = no restriction", { tools: { profile: "full" } }, {}, ALL],
  ["unknown profile restricts nothing", { tools: { profile: "superuser" } }, {}, ALL],
  ["profile names are case-sensitive (Coding is unknown)", { tools: { profile: "Coding" } }, {}, ALL],
  ["allow narrows a profile", { tools: { profile: "coding", allow: ["read", "browser"] } }, {}, ["read"]],
]);

table("deny wins", [
  ["deny beats allow of the same tool", { tools: { allow: ["read", "exec"], deny: ["exec", "apply_patch"] } }, {}, ["read"]],
  ["denying exec does not deny the apply_patch that exec in allow lets through", { tools: { allow: ["read", "exec"], deny: ["exec"] } }, {}, ["apply_patch", "read"]],
  ["deny of one tool of an allowed group", { tools: { allow: ["group:fs"], deny: ["write"] } }, {}, ["apply_patch", "edit", "read"]],
  ["deny a group under allow *", { tools: { allow: ["*"], deny: ["group:runtime"] } }, {}, minus(ALL, RUNTIME)],
  ["deny * removes everything", { tools: { deny: ["*"] } }, {}, []],
  ["deny within a profile", { tools: { profile: "coding", deny: ["group:runtime"] } }, {}, minus(CODING, RUNTIME)],
  ["deny with no allow keeps the rest", { tools: { deny: ["browser"] } }, {}, minus(ALL, ["browser"])],
]);

table("empty vs non-empty allow", [
  ["absent allow restricts nothing", { tools: {} }, {}, ALL],
  ["empty allow restricts nothing", { tools: { allow: [] } }, {}, ALL],
  ["non-empty allow blocks everything else", { tools: { allow: ["read"] } }, {}, ["read"]],
  ["blank entries are dropped (allow stays empty)", { tools: { allow: ["  ", ""] } }, {}, ALL],
  ["empty allow under a profile keeps the profile", { tools: { profile: "minimal", allow: [] } }, {}, ["session_status"]],
  ["a plugin-only allowlist is ignored by OpenClaw", { tools: { allow: ["slack"] } }, {}, ALL],
  ["a plugin name beside a core tool still restricts", { tools: { allow: ["slack", "read"] } }, {}, ["read"]],
  ["a glob-only allowlist counts as plugin-only: ignored", { tools: { allow: ["web_*"] } }, {}, ALL],
  ["WPC capability names are no OpenClaw tools: allow [http] is ignored", { tools: { allow: ["http"] } }, {}, ALL],
  ["a non-array allow is ignored", { tools: { allow: "read" } }, {}, ALL],
]);

table("globs (* matches any run of characters)", [
  ["* alone allows all", { tools: { allow: ["*"] } }, {}, ALL],
  ["prefix glob beside a core tool", { tools: { allow: ["read", "web_*"] } }, {}, ["read", ...WEB]],
  ["sessions_* does not match session_status", { tools: { allow: ["read", "sessions_*"] } }, {}, ["read", ...minus(SESSIONS, ["session_status"])]],
  ["s* matches both session families", { tools: { allow: ["read", "s*"] } }, {}, ["read", ...SESSIONS]],
  ["suffix glob in deny", { tools: { deny: ["*_get"] } }, {}, minus(ALL, ["memory_get"])],
  ["infix glob in deny", { tools: { deny: ["*e*_*"] } }, {}, minus(ALL, ["code_execution", "memory_get", "memory_search", "session_status", "sessions_history", "sessions_list", "sessions_send", "sessions_spawn", "web_fetch", "web_search"])],
  ["group:* is no group and matches no tool", { tools: { deny: ["group:*"] } }, {}, ALL],
]);

table("case-insensitivity and trimming", [
  ["upper-case and padded allow entries", { tools: { allow: ["READ", " Web_Fetch "] } }, {}, ["read", "web_fetch"]],
  ["upper-case deny", { tools: { allow: ["edit", "read"], deny: ["EDIT"] } }, {}, ["read"]],
  ["upper-case group name", { tools: { allow: ["GROUP:FS"] } }, {}, FS],
  ["mixed-case glob", { tools: { allow: ["read", "Sessions_*"] } }, {}, ["read", ...minus(SESSIONS, ["session_status"])]],
]);

table("groups", [
  ["group:fs", { tools: { allow: ["group:fs"] } }, {}, FS],
  ["group:runtime (apply_patch rides on exec)", { tools: { allow: ["group:runtime"] } }, {}, [...RUNTIME, "apply_patch"]],
  ["group:sessions", { tools: { allow: ["group:sessions"] } }, {}, SESSIONS],
  ["group:web + group:ui", { tools: { allow: ["group:web", "group:ui"] } }, {}, [...WEB, "browser", "canvas"]],
  ["group:automation, group:messaging, group:nodes", { tools: { allow: ["group:automation", "group:messaging", "group:nodes"] } }, {}, ["cron", "gateway", "message", "nodes"]],
  ["group:openclaw = every built-in tool", { tools: { allow: ["group:openclaw"] } }, {}, ALL],
  ["unknown group beside a tool", { tools: { allow: ["group:nope", "read"] } }, {}, ["read"]],
  ["exec in allow lets apply_patch through", { tools: { allow: ["exec"] } }, {}, ["apply_patch", "exec"]],
  ["unless apply_patch is denied", { tools: { allow: ["exec"], deny: ["apply_patch"] } }, {}, ["exec"]],
]);

const AGENTS = {
  tools: { profile: "coding", deny: ["exec"] },
  agents: {
    list: [
      { id: "support", tools: { profile: "messaging", allow: ["message", "sessions_list", "exec"] } },
      { id: "reader", tools: { allow: ["read", "write"], deny: ["write"] } },
      { id: "helper", tools: { profile: "minimal", alsoAllow: ["read"] } },
    ],
  },
};
table("per-agent overrides (agents.list[].tools)", [
  ["sessions of no listed agent use the global policy", AGENTS, {}, minus(CODING, ["exec"])],
  ["an unknown agent id falls back to the global policy", AGENTS, { agentId: "nobody" }, minus(CODING, ["exec"])],
  ["agent profile replaces the global profile; global deny still applies", AGENTS, { agentId: "support" }, ["message", "sessions_list"]],
  ["agent ids match case-insensitively", AGENTS, { agentId: "SUPPORT" }, ["message", "sessions_list"]],
  ["agent allow/deny narrow the global profile", AGENTS, { agentId: "reader" }, ["read"]],
  ["agent alsoAllow extends its profile", AGENTS, { agentId: "helper" }, ["read", "session_status"]],
  ["an agent cannot grant back a global deny", { tools: { deny: ["browser"] }, agents: { list: [{ id: "a", tools: { allow: ["browser", "read"] } }] } }, { agentId: "a" }, ["read"]],
  ["global alsoAllow joins the global allow list", { tools: { allow: ["read"], alsoAllow: ["write"] } }, {}, ["read", "write"]],
  ["alsoAllow with no allow list restricts nothing", { tools: { alsoAllow: ["browser"] } }, {}, ALL],
  ["profile alsoAllow joins the profile", { tools: { profile: "minimal", alsoAllow: ["read"] } }, {}, ["read", "session_status"]],
]);

const PROV = {
  tools: {
    profile: "coding",
    allow: ["group:fs", "group:runtime", "sessions_list", "image"],
    byProvider: {
      "google-antigravity": { profile: "minimal" },
      "openai/gpt-5.2": { allow: ["group:fs", "sessions_list"] },
      OpenAI: { deny: ["image"] },
      anthropic: { allow: ["read", "browser"] },
    },
  },
  agents: { list: [{ id: "a", tools: { byProvider: { "google-antigravity": { profile: "messaging" } } } }] },
};
const PROV_BASE = [...FS, ...RUNTIME, "sessions_list", "image"];
table("byProvider narrowing (after the profile, before allow/deny; provider/model key first)", [
  ["no provider: the upper bound", PROV, {}, PROV_BASE],
  ["provider profile narrows the global profile", PROV, { provider: "google-antigravity" }, []],
  ["agent provider profile replaces the global provider profile", PROV, { agentId: "a", provider: "google-antigravity" }, ["sessions_list"]],
  ["provider/model key beats the provider key", PROV, { provider: "openai", model: "gpt-5.2" }, [...FS, "sessions_list"]],
  ["a model id already prefixed works the same", PROV, { provider: "openai", model: "openai/gpt-5.2" }, [...FS, "sessions_list"]],
  ["other models of the provider use the provider key (keys are case-insensitive)", PROV, { provider: "openai", model: "gpt-4o" }, minus(PROV_BASE, ["image"])],
  ["a provider allow list cannot widen (browser stays out)", PROV, { provider: "anthropic" }, ["read"]],
  ["an unknown provider changes nothing", PROV, { provider: "mistral" }, PROV_BASE],
]);

table("sandbox layer (only when sandboxed)", [
  ["unsandboxed sessions ignore the sandbox layer", { tools: { sandbox: { tools: { allow: ["read"] } } } }, { sandboxed: false }, ALL],
  ["sandboxed with nothing configured: OpenClaw's defaults", {}, { sandboxed: true }, SANDBOX_DEFAULT],
  ["mode all means sandboxed by default", { agents: { defaults: { sandbox: { mode: "all" } } } }, {}, SANDBOX_DEFAULT],
  ["mode non-main: the main session is not sandboxed by default", { agents: { defaults: { sandbox: { mode: "non-main" } } } }, {}, ALL],
  ["configured allow; image is always added", { tools: { sandbox: { tools: { allow: ["read", "web_fetch"], deny: [] } } } }, { sandboxed: true }, ["image", "read", "web_fetch"]],
  ["the default deny stays when only allow is set", { tools: { sandbox: { tools: { allow: ["read", "browser"] } } } }, { sandboxed: true }, ["image", "read"]],
  ["denying image keeps it out", { tools: { sandbox: { tools: { allow: ["read"], deny: ["image"] } } } }, { sandboxed: true }, ["read"]],
  ["no apply_patch-through-exec in the sandbox layer", { tools: { sandbox: { tools: { allow: ["exec"], deny: [] } } } }, { sandboxed: true }, ["exec", "image"]],
  ["an empty sandbox allow list becomes [image]: OpenClaw adds image to it", { tools: { sandbox: { tools: { allow: [], deny: [] } } } }, { sandboxed: true }, ["image"]],
  ["allow * and an empty deny restrict nothing", { tools: { sandbox: { tools: { allow: ["*"], deny: [] } } } }, { sandboxed: true }, ALL],
  ["the sandbox layer cannot grant back", { tools: { allow: ["read"], sandbox: { tools: { allow: ["read", "exec"], deny: [] } } } }, { sandboxed: true }, ["read"]],
  ["an agent's sandbox tools replace the global ones", { tools: { sandbox: { tools: { allow: ["read"], deny: [] } } }, agents: { list: [{ id: "a", tools: { sandbox: { tools: { allow: ["write"] } } } }] } }, { agentId: "a", sandboxed: true }, ["image", "write"]],
  ["an agent's sandbox mode decides", { agents: { defaults: { sandbox: { mode: "off" } }, list: [{ id: "a", sandbox: { mode: "all" } }] } }, { agentId: "a" }, SANDBOX_DEFAULT],
]);

table("elevated (tools.elevated, an exec escape hatch; both gates default open)", [
  ["on by default when exec is reachable", {}, {}, [...ALL, "elevated"]],
  ["tools.elevated.enabled false", { tools: { elevated: { enabled: false } } }, {}, ALL],
  ["an agent gate closes it for that agent", { agents: { list: [{ id: "a", tools: { elevated: { enabled: false } } }] } }, { agentId: "a" }, ALL],
  ["an agent gate cannot reopen the global one", { tools: { elevated: { enabled: false } }, agents: { list: [{ id: "a", tools: { elevated: { enabled: true } } }] } }, { agentId: "a" }, ALL],
  ["no exec, no elevated", { tools: { allow: ["read"] } }, {}, ["read"]],
], true);

describe("trace and grants", () => {
  it("names the layer that removed each tool and the setting that granted each", () => {
    const eff = effectiveTools({ tools: { profile: "coding", allow: ["group:fs", "exec", "browser"], deny: ["exec"], elevated: { enabled: true } } });
    expect(eff.trace).toEqual([
      { layer: "profile", path: "/tools/profile", removed: minus(ALL, CODING).sort() },
      { layer: "tools.allow/deny", path: "/tools", removed: minus(CODING, FS).sort() },
      { layer: "elevated", path: "/tools/elevated/enabled", removed: ["elevated"], note: "exec is unreachable" },
    ]);
    expect(Object.fromEntries(eff.grantedBy)).toEqual({ apply_patch: "/tools/allow/0", edit: "/tools/allow/0", read: "/tools/allow/0", write: "/tools/allow/0" });
  });

  it("reports settings OpenClaw ignores", () => {
    const eff = effectiveTools({ tools: { profile: "root", allow: ["slack"], deny: "exec" }, agents: { defaults: { sandbox: { mode: "always" } } } });
    expect(eff.problems.map((p) => p.path).sort()).toEqual(["/agents/defaults/sandbox/mode", "/tools/allow", "/tools/deny", "/tools/profile"]);
  });
});

describe("effectiveFromMetadata (proof bundle metadata.openclaw)", () => {
  it.each([
    ["the harness's evidence", { tools: { profile: "coding", allow: ["read", "write", "web_fetch", "message"], deny: ["exec", "process", "elevated"] }, sandbox: { mode: "all", workspaceAccess: "ro" } }, ["read", "write"], []],
    ["no tool policy at all", { sandbox: { mode: "all", workspaceAccess: "none" } }, ALL, ["tools"]],
    ["elevated counts only when reported", { tools: { allow: ["exec"], elevated: { enabled: true } }, sandbox: { mode: "off" } }, ["apply_patch", "elevated", "exec"], ["sandbox.workspaceAccess"]],
    ["no evidence", undefined, ALL, ["tools", "sandbox.mode", "sandbox.workspaceAccess"]],
  ])("%s", (_name, meta, expected, missing) => {
    const eff = effectiveFromMetadata(meta);
    expect([...eff.tools].sort()).toEqual([...expected].sort());
    expect(eff.missing).toEqual(missing);
  });

  it("gives pointers into the metadata and OpenClaw's defaults", () => {
    const eff = effectiveFromMetadata({ tools: { allow: ["read"] }, sandbox: { mode: "non-main" } });
    expect(eff.sandbox.mode).toEqual({ value: "non-main", path: "/sandbox/mode", set: true });
    expect(eff.sandbox.workspaceAccess).toEqual({ value: "none", path: "/sandbox/workspaceAccess", set: false });
    expect(eff.grantedBy.get("read")).toBe("/tools/allow/0");
  });
});
