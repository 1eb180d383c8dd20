/**
 * OpenClaw's tool policy evaluated the way OpenClaw evaluates it (pure, no I/O), over the catalog tools.
 * Pipeline (docs: tools/multi-agent-sandbox-tools, "Tool Restrictions"; each step can only narrow):
 *   profile (agent's tools.profile overrides tools.profile; alsoAllow joins it) → provider profile
 *   (tools.byProvider[k].profile, the agent's first) → tools.allow/deny → tools.byProvider[k].allow/deny →
 *   agents.list[].tools.allow/deny → agents.list[].tools.byProvider[k].allow/deny → sandbox layer (only
 *   when sandboxed: agents.list[].tools.sandbox.tools replaces tools.sandbox.tools, else OpenClaw's defaults).
 * Rules: deny wins; an empty allow list restricts nothing; entries are trimmed, case-insensitive, `group:*`
 * expand, `*` globs; an allow list naming no core tool (only plugin names or globs) is ignored by OpenClaw;
 * `apply_patch` passes a pipeline allow list that admits `exec`. `elevated` (tools.elevated, default on) is
 * reported as a pseudo-tool when both gates are open and `exec` is reachable. Provider keys are `provider`
 * or `provider/model`, the latter first. Omitting provider/model gives the upper bound (byProvider only narrows).
 */
import { normalizeToolName } from "../policy/tool-catalog.ts";
import { OC_TOOLS, at, findAgent, isObj, ocEntryTools, ptr, readList, type ConfigProblem, type Entry, type Obj } from "./common.ts";
import { resolveElevated, resolveSandbox, sandboxToolPolicy, type ResolvedSandbox, type Setting } from "./sandbox.ts";

export * from "./common.ts";
export * from "./sandbox.ts";

export type ProfileId = "minimal" | "messaging" | "coding" | "full";
/** Narrowest first. */
export const PROFILE_IDS: readonly ProfileId[] = ["minimal", "messaging", "coding", "full"];
/** OpenClaw's base allowlists; `full` (or no profile) restricts nothing. */
export const PROFILES: Readonly<Record<ProfileId, readonly string[] | undefined>> = {
  minimal: ["session_status"],
  messaging: ["group:messaging", "sessions_list", "sessions_history", "sessions_send", "session_status"],
  coding: ["group:fs", "group:runtime", "group:sessions", "group:memory", "image"],
  full: undefined,
};
export interface TraceStep {
  layer: string;
  path: string;
  removed: string[];
  note?: string;
}
export interface Effective {
  /** Reachable catalog tools, plus `elevated` when its gates are open and `exec` is reachable. */
  tools: Set<string>;
  trace: TraceStep[];
  /** Tool → pointer of the last setting that let it through (an allow entry or the profile). */
  grantedBy: Map<string, string>;
  problems: ConfigProblem[];
  agentIndex: number | undefined;
  sandboxed: boolean;
  sandbox: ResolvedSandbox;
  elevated: { enabled: boolean; path: string };
}
export interface EffectiveOptions {
  agentId?: string;
  provider?: string;
  model?: string;
  /** Default: the resolved sandbox mode is "all". */
  sandboxed?: boolean;
}

/** Does OpenClaw count this allow entry as naming a core tool (exact tool, group or `*`, not a glob)? */
function isCoreEntry(entry: string): boolean {
  const n = normalizeToolName(entry);
  return n === "*" || (!n.includes("*") && ocEntryTools(n).length > 0);
}

export function profileTools(p: ProfileId): Set<string> {
  const entries = PROFILES[p];
  return new Set(entries ? entries.flatMap(ocEntryTools) : OC_TOOLS);
}

interface StepPolicy {
  allow: Entry[] | undefined;
  deny: Entry[] | undefined;
}

/** OpenClaw's pickToolPolicy: allow ∪ alsoAllow (alsoAllow alone means `*` plus it), deny. */
function pick(tools: unknown, base: string, problems: ConfigProblem[]): StepPolicy | undefined {
  if (!isObj(tools)) return undefined;
  const allow = readList(tools.allow, ptr(base, "allow"), problems);
  const also = readList(tools.alsoAllow, ptr(base, "alsoAllow"), problems);
  const star = [{ value: "*", path: ptr(base, "alsoAllow") }];
  let a = allow;
  if (also && also.length) a = allow && allow.length ? [...allow, ...also] : [...star, ...also];
  const deny = readList(tools.deny, ptr(base, "deny"), problems);
  return a || deny ? { allow: a, deny } : undefined;
}

function providerEntry(byProvider: unknown, base: string, o: EffectiveOptions): { cfg: Obj; path: string } | undefined {
  const provider = o.provider?.trim().toLowerCase();
  if (!provider || !isObj(byProvider)) return undefined;
  const model = o.model?.trim().toLowerCase();
  const full = model ? (model.includes("/") ? model : `${provider}/${model}`) : undefined;
  for (const want of [...(full ? [full] : []), provider])
    for (const [key, v] of Object.entries(byProvider)) if (key.trim().toLowerCase() === want && isObj(v)) return { cfg: v, path: ptr(base, key) };
  return undefined;
}

function profileStep(value: unknown, path: string, also: Entry[] | undefined, problems: ConfigProblem[]): StepPolicy | undefined {
  if (value === undefined) return undefined;
  // OpenClaw looks the name up as it is (no trimming, case-sensitive); an unknown name restricts nothing.
  if (typeof value !== "string" || !(PROFILE_IDS as readonly string[]).includes(value)) {
    problems.push({ path, message: `unknown tool profile ${JSON.stringify(value)}: OpenClaw applies no profile (= full)` });
    return undefined;
  }
  const entries = PROFILES[value as ProfileId];
  if (!entries) return undefined;
  return { allow: [...entries.map((e) => ({ value: e, path })), ...(also ?? [])], deny: undefined };
}

function matches(list: Entry[], tool: string): Entry | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (ocEntryTools(list[i]!.value).includes(tool)) return list[i];
  return undefined;
}

interface StepCtx {
  tools: Set<string>;
  trace: TraceStep[];
  grantedBy: Map<string, string>;
  /** Tools an allow entry of the main pipeline admitted (the sandbox layer does not re-attribute them). */
  explicit: Set<string>;
  problems: ConfigProblem[];
}

function apply(c: StepCtx, layer: string, path: string, p: StepPolicy | undefined, o: { strip: boolean; execImpliesPatch: boolean; sandbox?: boolean }): void {
  if (!p) return;
  let allow = p.allow && p.allow.length ? p.allow : undefined;
  let note: string | undefined;
  if (allow && o.strip && !allow.some((e) => isCoreEntry(e.value))) {
    note = "allow list names no core tool: OpenClaw ignores it";
    c.problems.push({ path: allow[0]!.path.replace(/\/\d+$/, ""), message: note });
    allow = undefined;
  }
  const deny = p.deny ?? [];
  const removed: string[] = [];
  for (const t of [...c.tools]) {
    let ok = !matches(deny, t);
    if (ok && allow) {
      const hit = matches(allow, t) ?? (o.execImpliesPatch && t === "apply_patch" ? matches(allow, "exec") : undefined);
      if (hit && !(o.sandbox && c.explicit.has(t))) c.grantedBy.set(t, hit.path);
      if (hit && !o.sandbox && hit.path !== path) c.explicit.add(t);
      ok = hit !== undefined;
    }
    if (!ok) {
      c.tools.delete(t);
      removed.push(t);
    }
  }
  c.trace.push({ layer, path, removed: removed.sort(), ...(note ? { note } : {}) });
}

/** The effective tool set of one agent (or of the defaults when agentId names no listed agent). */
export function effectiveTools(config: unknown, opts: EffectiveOptions = {}): Effective {
  const problems: ConfigProblem[] = [];
  const agent = findAgent(config, opts.agentId);
  const g = at(config, "tools");
  const aBase = agent ? ptr("/agents/list", agent.index, "tools") : undefined;
  const a = agent ? at(agent.cfg, "tools") : undefined;
  const sandbox = resolveSandbox(config, opts.agentId, problems);
  const sandboxed = opts.sandboxed ?? sandbox.mode.value === "all";
  const c: StepCtx = { tools: new Set(OC_TOOLS), trace: [], grantedBy: new Map(), explicit: new Set(), problems };
  const pipe = { strip: true, execImpliesPatch: true };

  const aProfile = at(a, "profile");
  const [pv, pp] = aProfile !== undefined ? [aProfile, ptr(aBase!, "profile")] : [at(g, "profile"), "/tools/profile"];
  const aAlso = readList(at(a, "alsoAllow"), ptr(aBase ?? "", "alsoAllow"), []);
  const also = aAlso ?? readList(at(g, "alsoAllow"), "/tools/alsoAllow", []);
  for (const t of OC_TOOLS) c.grantedBy.set(t, pv !== undefined ? pp : "/tools/allow");
  apply(c, "profile", pp, profileStep(pv, pp, also, problems), pipe);

  const gProv = providerEntry(at(g, "byProvider"), "/tools/byProvider", opts);
  const aProv = aBase ? providerEntry(at(a, "byProvider"), ptr(aBase, "byProvider"), opts) : undefined;
  const provProfile = aProv && aProv.cfg.profile !== undefined ? aProv : gProv;
  if (provProfile) {
    const provAlso = (aProv ? readList(at(aProv.cfg, "alsoAllow"), ptr(aProv.path, "alsoAllow"), []) : undefined) ?? (gProv ? readList(at(gProv.cfg, "alsoAllow"), ptr(gProv.path, "alsoAllow"), []) : undefined);
    const path = ptr(provProfile.path, "profile");
    apply(c, "provider profile", path, profileStep(provProfile.cfg.profile, path, provAlso, problems), pipe);
  }
  apply(c, "tools.allow/deny", "/tools", pick(g, "/tools", problems), pipe);
  if (gProv) apply(c, "provider allow/deny", gProv.path, pick(gProv.cfg, gProv.path, problems), pipe);
  if (aBase) apply(c, "agent allow/deny", aBase, pick(a, aBase, problems), pipe);
  if (aProv) apply(c, "agent provider allow/deny", aProv.path, pick(aProv.cfg, aProv.path, problems), pipe);
  if (sandboxed) {
    const sp = sandboxToolPolicy(config, agent?.index, problems);
    apply(c, "sandbox", sp.path, { allow: sp.allow, deny: sp.deny }, { strip: false, execImpliesPatch: false, sandbox: true });
  }
  const elevated = resolveElevated(config, agent?.index);
  const reachable = elevated.enabled && c.tools.has("exec");
  if (reachable) c.tools.add("elevated");
  else c.trace.push({ layer: "elevated", path: elevated.path, removed: ["elevated"], note: elevated.enabled ? "exec is unreachable" : "gate closed" });
  for (const t of [...c.grantedBy.keys()]) if (!c.tools.has(t)) c.grantedBy.delete(t);
  if (reachable) c.grantedBy.set("elevated", elevated.path);
  return { tools: c.tools, trace: c.trace, grantedBy: c.grantedBy, problems, agentIndex: agent?.index, sandboxed, sandbox, elevated };
}

/**
 * The effective tools self-reported in a proof bundle's `metadata.openclaw` = {tools:{profile, allow, deny},
 * sandbox:{mode, workspaceAccess}} (DESIGN §6). The sandbox tool layer is not in that evidence and is left
 * out (it only narrows: an upper bound); `elevated` counts only when `tools.elevated.enabled` is reported true.
 * Pointers are into the metadata object.
 */
export function effectiveFromMetadata(meta: unknown): Effective & { missing: string[] } {
  const tools = at(meta, "tools");
  const sb = at(meta, "sandbox");
  const missing = [
    ...(isObj(tools) ? [] : ["tools"]),
    ...(at(sb, "mode") === undefined ? ["sandbox.mode"] : []),
    ...(at(sb, "workspaceAccess") === undefined ? ["sandbox.workspaceAccess"] : []),
  ];
  const t: Obj = {};
  for (const k of ["profile", "allow", "deny", "alsoAllow"]) if (at(tools, k) !== undefined) t[k] = at(tools, k);
  t.elevated = { enabled: at(at(tools, "elevated"), "enabled") === true };
  const s: Obj = {};
  for (const k of ["mode", "workspaceAccess"]) if (at(sb, k) !== undefined) s[k] = at(sb, k);
  const eff = effectiveTools({ tools: t, agents: { defaults: { sandbox: s } } }, { sandboxed: false });
  const fix = (p: string) => p.replace(/^\/agents\/defaults\/sandbox/, "/sandbox");
  const fixSetting = (x: Setting): Setting => ({ ...x, path: fix(x.path) });
  return {
    ...eff,
    problems: eff.problems.map((p) => ({ ...p, path: fix(p.path) })),
    sandbox: { mode: fixSetting(eff.sandbox.mode), workspaceAccess: fixSetting(eff.sandbox.workspaceAccess), network: fixSetting(eff.sandbox.network), binds: [] },
    missing,
  };
}
