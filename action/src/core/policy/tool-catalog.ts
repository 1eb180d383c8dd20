/**
 * OpenClaw tool names, groups and the WPC capability names, from the data file tool-catalog.json
 * (extend the data, not the code, when OpenClaw adds tools). Matching is case-insensitive; `*` globs.
 */
import catalogData from "./tool-catalog.json" with { type: "json" };
import { globMatch } from "../json/glob.ts";

export interface ToolCatalog {
  tools: readonly string[];
  groups: Readonly<Record<string, readonly string[]>>;
  capabilities: Readonly<Record<string, readonly string[]>>;
  sandbox_required: readonly string[];
  egress_tools: readonly string[];
}

export const CATALOG: ToolCatalog = catalogData;

/** Every concrete name a policy entry can refer to (tools and capability pseudo-tools like `elevated`). */
const CONCRETE: readonly string[] = [
  ...new Set([...CATALOG.tools, ...Object.values(CATALOG.capabilities).flat()]),
].sort();
const NAMED = new Map<string, readonly string[]>([
  ...CATALOG.tools.map((t): [string, readonly string[]] => [t, [t]]),
  ...Object.entries(CATALOG.groups),
  ...Object.entries(CATALOG.capabilities),
]);

export function normalizeToolName(name: string): string {
  return name.trim().toLowerCase();
}

/** Concrete tools an entry (`exec`, `group:fs`, `http`, `web_*`, `*`) stands for; empty when unknown. */
export function expandToolEntry(entry: string): string[] {
  const n = normalizeToolName(entry);
  const named = NAMED.get(n);
  if (named) return [...named];
  if (n.includes("*")) return CONCRETE.filter((t) => globMatch(n, t));
  return [];
}

export function isKnownToolEntry(entry: string): boolean {
  return expandToolEntry(entry).length > 0;
}

export function expandToolList(entries: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const e of entries) for (const t of expandToolEntry(e)) out.add(t);
  return out;
}

/** Is `tool` (a concrete name as seen at runtime) allowed: matched by allow and by no deny entry. */
export function toolAllowed(tool: string, allow: readonly string[], deny: readonly string[]): boolean {
  const t = normalizeToolName(tool);
  const matches = (e: string): boolean => {
    const n = normalizeToolName(e);
    const named = NAMED.get(n);
    if (named) return named.includes(t);
    return globMatch(n, t);
  };
  return allow.some(matches) && !deny.some(matches);
}

/** Effective allowed tool set of a WPC tool policy: allow minus deny (deny wins). */
export function effectiveTools(allow: readonly string[], deny: readonly string[]): Set<string> {
  const denied = expandToolList(deny);
  return new Set([...expandToolList(allow)].filter((t) => !denied.has(t)));
}

export const SANDBOX_REQUIRED_TOOLS: ReadonlySet<string> = expandToolList(CATALOG.sandbox_required);
