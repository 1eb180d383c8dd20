/** Shared ground of the OpenClaw modules: the tools policies range over, entry matching, safe config access. */
import { CATALOG, normalizeToolName } from "../policy/tool-catalog.ts";
import { globMatch } from "../json/glob.ts";
import { escapePointerToken } from "../json/ijson.ts";
import { isRecord, own } from "../json/own.ts";

/** The concrete tools OpenClaw policies range over (capability names are not OpenClaw tools). */
export const OC_TOOLS: readonly string[] = [...CATALOG.tools].sort();

export type Obj = Record<string, unknown>;
export interface Entry {
  value: string;
  path: string;
}
export interface ConfigProblem {
  path: string;
  message: string;
}
export const isObj: (v: unknown) => v is Obj = isRecord;
export const at = (v: unknown, key: string): unknown => (isObj(v) ? own(v, key) : undefined);
export const ptr = (base: string, ...keys: Array<string | number>): string => base + keys.map((k) => `/${escapePointerToken(String(k))}`).join("");

/** Catalog tools an OpenClaw policy entry names (tool, group, `*` or glob); `http`, `elevated` name nothing. */
export function ocEntryTools(entry: string): string[] {
  const n = normalizeToolName(entry);
  if (!n) return [];
  const group = Object.prototype.hasOwnProperty.call(CATALOG.groups, n) ? CATALOG.groups[n] : undefined;
  if (group) return [...group];
  if (n.includes("*")) return OC_TOOLS.filter((t) => globMatch(n, t));
  return OC_TOOLS.includes(n) ? [n] : [];
}

/** A list setting: undefined when absent or not an array (OpenClaw ignores non-arrays); non-strings skipped. */
export function readList(v: unknown, path: string, problems: ConfigProblem[]): Entry[] | undefined {
  if (v === undefined) return undefined;
  if (!Array.isArray(v)) {
    problems.push({ path, message: "is not an array: OpenClaw ignores it" });
    return undefined;
  }
  const out: Entry[] = [];
  v.forEach((e, i) => {
    if (typeof e !== "string") problems.push({ path: ptr(path, i), message: "is not a string: ignored" });
    else if (e.trim() !== "") out.push({ value: e, path: ptr(path, i) });
  });
  return out;
}

export function findAgent(config: unknown, agentId: string | undefined): { index: number; cfg: Obj } | undefined {
  if (agentId === undefined) return undefined;
  const list = at(at(config, "agents"), "list");
  if (!Array.isArray(list)) return undefined;
  const want = agentId.trim().toLowerCase();
  const index = list.findIndex((a) => isObj(a) && typeof a.id === "string" && a.id.trim().toLowerCase() === want);
  return index < 0 ? undefined : { index, cfg: list[index] as Obj };
}
