/** Drift rule ids (stable API: never renamed, never reused), the finding shape, and the shared comparisons. */
import { WORKSPACE_ORDER, type Wpc } from "../policy/types.ts";
import type { Level } from "../json/findings.ts";
import type { Effective, Setting } from "./policy.ts";
import type { ContractTools } from "./config.ts";

export type DriftRule = "OC001" | "OC002" | "OC003" | "OC004" | "OC005" | "OC006" | "OC007" | "OC008" | "OC009" | "OC010" | "OC011" | "OC012";
export type DriftSource = "config" | "explain" | "audit" | "metadata";

export const DRIFT_RULES: Readonly<Record<DriftRule, { level: Level; title: string }>> = {
  OC001: { level: "error", title: "a tool is reachable that the contract does not allow" },
  OC002: { level: "error", title: "a tool the contract denies is reachable" },
  OC003: { level: "error", title: "sandbox mode weaker than the contract requires" },
  OC004: { level: "error", title: "workspace access wider than the contract allows" },
  OC005: { level: "error", title: "elevated execution enabled while the contract does not allow it" },
  OC006: { level: "error", title: "writable or host-sensitive bind mount" },
  OC007: { level: "error", title: "sandbox network not isolated while no allowed tool needs egress (or host/container network)" },
  OC008: { level: "error", title: "security audit reports a critical finding" },
  OC009: { level: "error", title: "`openclaw sandbox explain` output disagrees with the contract" },
  OC010: { level: "warning", title: "a profile or allow list grants a tool outside the contract, kept out only by another layer" },
  OC011: { level: "warning", title: "a tool the contract denies is in no deny list, kept out only by an allow list or profile" },
  OC012: { level: "error", title: "a setting OpenClaw ignores or does not know (or missing evidence)" },
};

export interface DriftFinding {
  rule: DriftRule;
  level: Level;
  /** Which document `path` points into. */
  source: DriftSource;
  /** RFC 6901 pointer (may name a setting that is absent: where to set it). */
  path: string;
  message: string;
  tool?: string;
  /** Agents concerned (`defaults` = sessions matching no agents.list entry). */
  agents?: string[];
}

/** Collects findings, merging the same (rule, source, path, tool) seen from several agents. */
export class Findings {
  private readonly byKey = new Map<string, DriftFinding>();
  add(rule: DriftRule, source: DriftSource, path: string, message: string, extra: { tool?: string; agent?: string } = {}): void {
    const key = `${rule}\u0000${source}\u0000${path}\u0000${extra.tool ?? ""}`;
    const old = this.byKey.get(key);
    if (old) {
      if (extra.agent && old.agents && !old.agents.includes(extra.agent)) old.agents.push(extra.agent);
      return;
    }
    this.byKey.set(key, { rule, level: DRIFT_RULES[rule].level, source, path, message, ...(extra.tool ? { tool: extra.tool } : {}), ...(extra.agent ? { agents: [extra.agent] } : {}) });
  }
  list(): DriftFinding[] {
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    return [...this.byKey.values()].sort((a, b) => cmp(a.rule, b.rule) || cmp(a.source, b.source) || cmp(a.path, b.path) || cmp(a.tool ?? "", b.tool ?? ""));
  }
}

const rank = (ws: string): number => (ws in WORKSPACE_ORDER ? WORKSPACE_ORDER[ws as keyof typeof WORKSPACE_ORDER] : WORKSPACE_ORDER.rw);
export const shown = (s: Setting): string => (s.set ? JSON.stringify(s.value) : `absent (OpenClaw default ${JSON.stringify(s.value)})`);

/** OC001/OC002: reachable tools the contract does not allow / denies (`elevated` is OC005's). */
export function toolFindings(f: Findings, c: ContractTools, eff: Effective, source: DriftSource, agent?: string): void {
  for (const t of [...eff.tools].sort()) {
    if (t === "elevated" || c.allowed.has(t)) continue;
    const path = eff.grantedBy.get(t) ?? "/tools/allow";
    const a = { tool: t, ...(agent ? { agent } : {}) };
    if (c.denied.has(t)) f.add("OC002", source, path, `${t} is denied by the contract but reachable`, a);
    else f.add("OC001", source, path, `${t} is reachable but the contract does not allow it`, a);
  }
}

/** OC003/OC004: sandbox mode and workspace access against the contract. */
export function sandboxFindings(f: Findings, wpc: Wpc, mode: Setting, ws: Setting, source: DriftSource, agent?: string): void {
  const exp = wpc.sandbox_expectations;
  const a = agent ? { agent } : {};
  if (exp.tools_run_in_sandbox && mode.value !== "all")
    f.add("OC003", source, mode.path, `sandbox mode is ${shown(mode)}: the contract requires every tool to run sandboxed ("all")`, a);
  if (rank(ws.value) > WORKSPACE_ORDER[exp.workspace_access])
    f.add("OC004", source, ws.path, `workspaceAccess ${shown(ws)} is wider than the contract's "${exp.workspace_access}"`, a);
  else if (!exp.tools_run_in_sandbox && mode.value !== "all" && exp.workspace_access !== "rw")
    f.add("OC004", source, mode.path, `sandbox mode ${shown(mode)} runs tools on the host with the whole workspace (rw), wider than the contract's "${exp.workspace_access}"`, a);
}

