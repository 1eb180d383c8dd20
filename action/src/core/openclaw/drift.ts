/**
 * Drift between a WPC and an OpenClaw configuration (plus, optionally, `openclaw sandbox explain --json` and
 * `openclaw security audit --json` output). Every finding has a stable rule id (codes are API: never renamed,
 * never reused), a level, a JSON pointer into the document it is about and, where it applies, the tool and
 * the agents (`defaults` = no agents.list entry; then each listed agent id). Every agent is checked.
 */
import type { Wpc } from "../policy/types.ts";
import { OC_TOOLS, at, effectiveFromMetadata, effectiveTools, findAgent, isObj, ocEntryTools, profileTools, ptr, readList, resolveElevated, resolveSandbox, PROFILE_IDS, type ConfigProblem, type ProfileId } from "./policy.ts";
import { allowedOcTools, contractTools, needsEgress, tightestProfile } from "./config.ts";
import { auditFindings, bindProblems, explainFindings } from "./evidence.ts";
import { DRIFT_RULES, Findings, sandboxFindings, shown, toolFindings, type DriftFinding, type DriftRule, type DriftSource } from "./rules.ts";

export { DRIFT_RULES, type DriftFinding, type DriftRule, type DriftSource };

export interface ContextSummary {
  agent: string;
  sandboxMode: string;
  workspaceAccess: string;
  tools: string[];
}
export interface DriftReport {
  drift: DriftFinding[];
  contexts: ContextSummary[];
}
export interface DriftInputs {
  /** Parsed `openclaw sandbox explain --json` output. */
  explain?: unknown;
  /** Parsed `openclaw security audit --json` output. */
  audit?: unknown;
}

function problemFindings(f: Findings, problems: ConfigProblem[], source: DriftSource): void {
  for (const p of problems) f.add("OC012", source, p.path, p.message);
}

interface Ctx {
  label: string;
  agentId: string | undefined;
  agentIndex: number | undefined;
}

/** The defaults, then every agents.list entry OpenClaw can resolve (an entry without id or with a taken id is OC012). */
function contexts(config: unknown, f: Findings): Ctx[] {
  const list = at(at(config, "agents"), "list");
  const out: Ctx[] = [{ label: "defaults", agentId: undefined, agentIndex: undefined }];
  if (Array.isArray(list))
    list.forEach((a, i) => {
      const id = at(a, "id");
      if (typeof id !== "string" || !id.trim()) f.add("OC012", "config", ptr("/agents/list", i, "id"), "agent entry without an id: OpenClaw never selects it");
      else if (findAgent(config, id)?.index !== i) f.add("OC012", "config", ptr("/agents/list", i, "id"), `agent id ${JSON.stringify(id)} is taken by an earlier entry: OpenClaw never selects this one`);
      else out.push({ label: id, agentId: id, agentIndex: i });
    });
  return out;
}

/** Every list in the config that can grant tools: allow and alsoAllow lists at every level. */
function allowLists(config: unknown): Array<{ list: unknown; path: string }> {
  const out: Array<{ list: unknown; path: string }> = [];
  const level = (tools: unknown, base: string) => {
    for (const k of ["allow", "alsoAllow"]) out.push({ list: at(tools, k), path: ptr(base, k) });
    const bp = at(tools, "byProvider");
    if (isObj(bp)) for (const [key, v] of Object.entries(bp)) for (const k of ["allow", "alsoAllow"]) out.push({ list: at(v, k), path: ptr(base, "byProvider", key, k) });
    out.push({ list: at(at(at(tools, "sandbox"), "tools"), "allow"), path: ptr(base, "sandbox", "tools", "allow") });
  };
  level(at(config, "tools"), "/tools");
  const agents = at(at(config, "agents"), "list");
  if (Array.isArray(agents)) agents.forEach((a, i) => level(at(a, "tools"), ptr("/agents/list", i, "tools")));
  return out;
}

function profileOf(config: unknown, ctx: Ctx): { value: ProfileId; path: string } {
  const list = at(at(config, "agents"), "list");
  const agentTools = ctx.agentIndex !== undefined && Array.isArray(list) ? at(list[ctx.agentIndex], "tools") : undefined;
  const own = at(agentTools, "profile");
  const [v, path] = own !== undefined ? [own, ptr("/agents/list", ctx.agentIndex!, "tools", "profile")] : [at(at(config, "tools"), "profile"), "/tools/profile"];
  return { value: typeof v === "string" && (PROFILE_IDS as readonly string[]).includes(v) ? (v as ProfileId) : "full", path };
}

/** Is `tool` named by a deny list OpenClaw applies to every session of the context? */
function deniedExplicitly(config: unknown, ctx: Ctx, sandboxedOnly: boolean, tool: string): boolean {
  const lists = [at(at(config, "tools"), "deny")];
  const agents = at(at(config, "agents"), "list");
  const agentTools = ctx.agentIndex !== undefined && Array.isArray(agents) ? at(agents[ctx.agentIndex], "tools") : undefined;
  lists.push(at(agentTools, "deny"));
  if (sandboxedOnly) lists.push(at(at(at(agentTools, "sandbox"), "tools"), "deny") ?? at(at(at(at(config, "tools"), "sandbox"), "tools"), "deny"));
  return lists.some((l) => (readList(l, "", []) ?? []).some((e) => ocEntryTools(e.value).includes(tool)));
}

/** Compare a WPC with an OpenClaw config (JSON5-parsed object). Throws E_BAD_INPUT on malformed explain/audit. */
export function driftCheck(wpc: Wpc, config: unknown, inputs: DriftInputs = {}): DriftReport {
  const c = contractTools(wpc);
  const allowed = allowedOcTools(c);
  const f = new Findings();
  const reachable = new Set<string>();
  const summaries: ContextSummary[] = [];
  const tightest = profileTools(tightestProfile(allowed));
  const profiles: Array<{ value: ProfileId; path: string; agent: string }> = [];
  for (const ctx of contexts(config, f)) {
    const problems: ConfigProblem[] = [];
    const sb = resolveSandbox(config, ctx.agentId, problems);
    const variants = sb.mode.value === "all" ? [true] : sb.mode.value === "off" ? [false] : [false, true];
    const union = new Set<string>();
    for (const sandboxed of variants) {
      const eff = effectiveTools(config, { ...(ctx.agentId ? { agentId: ctx.agentId } : {}), sandboxed });
      problems.push(...eff.problems);
      toolFindings(f, c, eff, "config", ctx.label);
      for (const t of eff.tools) union.add(t);
    }
    for (const t of union) reachable.add(t);
    summaries.push({ agent: ctx.label, sandboxMode: sb.mode.value, workspaceAccess: sb.workspaceAccess.value, tools: [...union].sort() });
    problemFindings(f, problems, "config");
    sandboxFindings(f, wpc, sb.mode, sb.workspaceAccess, "config", ctx.label);
    for (const t of OC_TOOLS)
      if (c.denied.has(t) && !union.has(t) && !deniedExplicitly(config, ctx, sb.mode.value === "all", t))
        f.add("OC011", "config", "/tools/deny", `${t} is denied by the contract but no deny list names it: only an allow list or the profile keeps it out`, { tool: t, agent: ctx.label });
    const el = resolveElevated(config, ctx.agentIndex);
    if (el.enabled && !c.allowed.has("elevated"))
      f.add("OC005", "config", el.path, `elevated execution is enabled${at(at(at(config, "tools"), "elevated"), "enabled") === undefined ? " (OpenClaw's default)" : ""} but the contract does not allow elevated`, { agent: ctx.label });
    if (sb.mode.value !== "off") {
      for (const b of sb.binds) {
        const why = bindProblems(b.value);
        if (why.length) f.add("OC006", "config", b.path, `bind ${JSON.stringify(b.value)}: ${why.join("; ")}`);
      }
      const net = sb.network.value.trim().toLowerCase();
      if (net === "host" || net.startsWith("container:"))
        f.add("OC007", "config", sb.network.path, `docker.network ${JSON.stringify(sb.network.value)} bypasses the sandbox's network isolation`, { agent: ctx.label });
      else if (net !== "none" && !needsEgress(allowed))
        f.add("OC007", "config", sb.network.path, `docker.network ${shown(sb.network)} gives the sandbox network access but no tool the contract allows needs egress`, { agent: ctx.label });
    }
    profiles.push({ ...profileOf(config, ctx), agent: ctx.label });
  }
  for (const prof of profiles) {
    const extra = [...profileTools(prof.value)].filter((t) => !tightest.has(t) && !c.allowed.has(t) && !reachable.has(t)).sort();
    if (extra.length) f.add("OC010", "config", prof.path, `profile ${JSON.stringify(prof.value)} is broader than the contract's tightest profile: it grants ${extra.join(", ")} (kept out only by another layer)`, { agent: prof.agent });
  }
  for (const { list, path } of allowLists(config))
    for (const e of readList(list, path, []) ?? []) {
      const extra = ocEntryTools(e.value).filter((t) => !c.allowed.has(t) && !reachable.has(t));
      if (extra.length) f.add("OC010", "config", e.path, `allow entry ${JSON.stringify(e.value)} names ${extra.join(", ")}, which the contract does not allow (kept out only by another layer)`);
    }
  if (inputs.explain !== undefined) explainFindings(f, wpc, c, config, inputs.explain);
  if (inputs.audit !== undefined) auditFindings(f, inputs.audit);
  return { drift: f.list(), contexts: summaries };
}

/** The checks of driftCheck that a proof bundle's `metadata.openclaw` evidence supports (pointers into it). */
export function driftFromMetadata(wpc: Wpc, meta: unknown): DriftFinding[] {
  const c = contractTools(wpc);
  const f = new Findings();
  const eff = effectiveFromMetadata(meta);
  for (const m of eff.missing) f.add("OC012", "metadata", `/${m.replace(".", "/")}`, "no evidence: missing from metadata.openclaw");
  problemFindings(f, eff.problems, "metadata");
  toolFindings(f, c, eff, "metadata");
  sandboxFindings(f, wpc, eff.sandbox.mode, eff.sandbox.workspaceAccess, "metadata");
  if (eff.elevated.enabled && at(at(at(meta, "tools"), "elevated"), "enabled") === true && !c.allowed.has("elevated"))
    f.add("OC005", "metadata", "/tools/elevated/enabled", "elevated execution is enabled but the contract does not allow elevated");
  return f.list();
}
