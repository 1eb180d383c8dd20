/**
 * OpenClaw's sandbox settings for an agent: agents.list[].sandbox.* overrides agents.defaults.sandbox.*
 * (mode default "off", workspaceAccess "none", docker.network "none"; docker.binds add up), the elevated gates
 * (tools.elevated.enabled and agents.list[].tools.elevated.enabled, both default open) and the sandbox tool
 * layer (agents.list[].tools.sandbox.tools replaces tools.sandbox.tools, else OpenClaw's defaults).
 */
import { at, findAgent, isObj, ocEntryTools, ptr, readList, type ConfigProblem, type Entry } from "./common.ts";

/** OpenClaw's sandbox tool policy when none is configured (its DEFAULT_TOOL_ALLOW/DENY, catalog tools only). */
export const SANDBOX_DEFAULT_ALLOW: readonly string[] = ["exec", "process", "read", "write", "edit", "apply_patch", "image", "sessions_list", "sessions_history", "sessions_send", "sessions_spawn", "session_status"];
export const SANDBOX_DEFAULT_DENY: readonly string[] = ["browser", "canvas", "nodes", "cron", "gateway"];
export const SANDBOX_MODES = ["off", "non-main", "all"] as const;
export const WORKSPACE_ACCESS = ["none", "ro", "rw"] as const;

export interface Setting {
  value: string;
  path: string;
  /** false when OpenClaw's default applies. */
  set: boolean;
}
export interface ResolvedSandbox {
  mode: Setting;
  workspaceAccess: Setting;
  network: Setting;
  binds: Entry[];
}
function setting(agentV: unknown, agentPath: string | undefined, defV: unknown, defPath: string, dflt: string, allowed: readonly string[] | undefined, problems: ConfigProblem[]): Setting {
  const [v, path] = agentV !== undefined && agentPath ? [agentV, agentPath] : [defV, defPath];
  if (v === undefined) return { value: dflt, path, set: false };
  if (typeof v !== "string" || (allowed && !allowed.includes(v))) {
    problems.push({ path, message: `unknown value ${JSON.stringify(v)}${allowed ? ` (expected ${allowed.join(" | ")})` : ""}` });
    return { value: typeof v === "string" ? v : String(v), path, set: true };
  }
  return { value: v, path, set: true };
}

/** Sandbox settings for the agent (agents.list[].sandbox overrides agents.defaults.sandbox; binds add up). */
export function resolveSandbox(config: unknown, agentId?: string, problems: ConfigProblem[] = []): ResolvedSandbox {
  const agent = findAgent(config, agentId);
  const defs = at(at(config, "agents"), "defaults");
  const d = at(defs, "sandbox");
  const a = agent ? at(agent.cfg, "sandbox") : undefined;
  const dBase = "/agents/defaults/sandbox";
  const aBase = agent ? ptr("/agents/list", agent.index, "sandbox") : undefined;
  const sub = (k: string) => (aBase ? ptr(aBase, k) : undefined);
  const net = (base: string | undefined) => (base ? ptr(base, "docker", "network") : undefined);
  return {
    mode: setting(at(a, "mode"), sub("mode"), at(d, "mode"), ptr(dBase, "mode"), "off", SANDBOX_MODES, problems),
    workspaceAccess: setting(at(a, "workspaceAccess"), sub("workspaceAccess"), at(d, "workspaceAccess"), ptr(dBase, "workspaceAccess"), "none", WORKSPACE_ACCESS, problems),
    network: setting(at(at(a, "docker"), "network"), net(aBase), at(at(d, "docker"), "network"), net(dBase)!, "none", undefined, problems),
    binds: [
      ...(readList(at(at(d, "docker"), "binds"), ptr(dBase, "docker", "binds"), problems) ?? []),
      ...(aBase ? readList(at(at(a, "docker"), "binds"), ptr(aBase, "docker", "binds"), problems) ?? [] : []),
    ],
  };
}

/** Both elevated gates (tools.elevated.enabled, agents.list[].tools.elevated.enabled) default to open. */
export function resolveElevated(config: unknown, agentIndex: number | undefined): { enabled: boolean; path: string } {
  const g = at(at(at(config, "tools"), "elevated"), "enabled");
  const agentPath = agentIndex === undefined ? undefined : ptr("/agents/list", agentIndex, "tools", "elevated", "enabled");
  const list = at(at(config, "agents"), "list");
  const a = agentIndex === undefined || !Array.isArray(list) ? undefined : at(at(at(list[agentIndex], "tools"), "elevated"), "enabled");
  if (g === false) return { enabled: false, path: "/tools/elevated/enabled" };
  if (a === false) return { enabled: false, path: agentPath! };
  return { enabled: true, path: "/tools/elevated/enabled" };
}

/** The sandbox tool layer OpenClaw applies to the agent (its resolveSandboxToolPolicyForAgent). */
export function sandboxToolPolicy(config: unknown, agentIndex: number | undefined, problems: ConfigProblem[] = []): { allow: Entry[]; deny: Entry[]; path: string } {
  const list = at(at(config, "agents"), "list");
  const agentCfg = agentIndex !== undefined && Array.isArray(list) ? list[agentIndex] : undefined;
  const aBase = agentIndex !== undefined ? ptr("/agents/list", agentIndex, "tools", "sandbox", "tools") : "";
  const aTools = at(at(at(agentCfg, "tools"), "sandbox"), "tools");
  const gTools = at(at(at(config, "tools"), "sandbox"), "tools");
  const gBase = "/tools/sandbox/tools";
  const choose = (k: string, dflt: readonly string[]): Entry[] =>
    readList(at(aTools, k), ptr(aBase, k), problems) ?? readList(at(gTools, k), ptr(gBase, k), problems) ?? dflt.map((value) => ({ value, path: ptr(gBase, k) }));
  const allow = choose("allow", SANDBOX_DEFAULT_ALLOW);
  const deny = choose("deny", SANDBOX_DEFAULT_DENY);
  const named = (l: Entry[]) => l.some((e) => !e.value.includes("*") && ocEntryTools(e.value).includes("image"));
  // OpenClaw always adds `image` to the sandbox allow list unless a list names it.
  if (!named(allow) && !named(deny)) allow.push({ value: "image", path: ptr(gBase, "allow") });
  return { allow, deny, path: isObj(aTools) ? aBase : gBase };
}
