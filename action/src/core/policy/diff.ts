/**
 * Risk-classified semantic diff of two WPCs (DESIGN.md §7, §8). json-diff computes the structural
 * diff; set fields are compared as sets (turned into maps keyed by element before diffing, so an
 * element added or removed is one change and reordering is none). Each change is classed as
 * expansion (agents may do more), tightening (less) or neutral.
 */
import jsonDiff from "json-diff";
import type { JsonValue, SourceMap } from "../json/ijson.ts";
import { escapePointerToken } from "../json/ijson.ts";
import { PINNING_ORDER, WORKSPACE_ORDER } from "./types.ts";

export type Risk = "expansion" | "tightening" | "neutral";
export type ChangeKind = "added" | "removed" | "changed";

export interface Change {
  path: string;
  kind: ChangeKind;
  before: JsonValue | null;
  after: JsonValue | null;
  risk: Risk;
  line: number;
  column: number;
}

export interface DiffResult {
  base_hash: string | null;
  head_hash: string | null;
  expands: boolean;
  changes: Change[];
}

/** Set fields, and how their elements compare (tool names and hosts are case-insensitive). */
const SET_FIELDS: Record<string, (e: string) => string> = {
  "/tool_policy/allow": (e) => e.trim().toLowerCase(),
  "/tool_policy/deny": (e) => e.trim().toLowerCase(),
  "/model_route/allowed": (e) => e,
  "/approvals/required_for": (e) => e,
  "/data_boundaries/egress_allowlist": (e) => e.trim().toLowerCase(),
  "/data_boundaries/microsoft_graph_scopes": (e) => e.trim().toLowerCase(),
};
/** Set fields whose absence means "unrestricted": adding the field tightens, removing it expands. */
const CONSTRAINT_FIELDS = new Set(["/data_boundaries/egress_allowlist"]);

const SET_MARK = "\u0000wpc-set";

export interface DiffSide {
  value: JsonValue;
  hash: string | null;
  map: () => SourceMap;
}

export function diffPolicies(base: DiffSide | null, head: DiffSide | null): DiffResult {
  const b = base ? toSetMaps(base.value, "") : {};
  const h = head ? toSetMaps(head.value, "") : {};
  const raw: Array<Omit<Change, "line" | "column" | "risk">> = [];
  walk(jsonDiff.diff(b, h) as unknown, "", raw);
  const changes = raw.map((c) => {
    const side = c.kind === "removed" ? base : head;
    const loc = side ? locationOf(c, side.value) : c.path;
    // a set element is reported as it is written in its document
    const written = side && loc !== c.path ? getPointer(side.value, loc) : undefined;
    const before = c.kind === "removed" && typeof written === "string" ? written : c.before;
    const after = c.kind === "added" && typeof written === "string" ? written : c.after;
    const risk = classify(c.path, c.kind, before, after);
    const pos = side ? side.map().pos(loc) : { line: 1, column: 1 };
    return { path: c.path, kind: c.kind, before, after, risk, ...pos };
  });
  changes.sort((x, y) => cmp(x.path, y.path) || cmp(x.kind, y.kind) || cmp(JSON.stringify(x.after ?? x.before), JSON.stringify(y.after ?? y.before)));
  return {
    base_hash: base?.hash ?? null,
    head_hash: head?.hash ?? null,
    expands: changes.some((c) => c.risk === "expansion"),
    changes,
  };
}

function toSetMaps(v: JsonValue, path: string): JsonValue {
  const norm = SET_FIELDS[path];
  if (norm && Array.isArray(v) && v.every((e) => typeof e === "string")) {
    const m: Record<string, JsonValue> = { [SET_MARK]: true };
    // keyed and valued by the normalised element: a case-only edit is no change
    for (const e of v as string[]) m[norm(e)] = norm(e);
    return m;
  }
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const out: Record<string, JsonValue> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toSetMaps(x, `${path}/${escapePointerToken(k)}`);
    return out;
  }
  return v;
}

function isSetMap(v: unknown): v is Record<string, JsonValue> {
  return !!v && typeof v === "object" && !Array.isArray(v) && (v as Record<string, unknown>)[SET_MARK] === true;
}

function fromSetMaps(v: JsonValue): JsonValue {
  if (isSetMap(v)) return Object.entries(v).filter(([k]) => k !== SET_MARK).map(([, e]) => e);
  if (v && typeof v === "object" && !Array.isArray(v))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fromSetMaps(x as JsonValue)]));
  return v;
}

type Raw = Omit<Change, "line" | "column" | "risk">;

function walk(d: unknown, path: string, out: Raw[]): void {
  // json-diff output: {__old,__new} for a replaced value, `key__added`/`key__deleted` members,
  // and for arrays a list of [op, value] with op " ", "+", "-" or "~".
  if (d === undefined) return;
  if (Array.isArray(d)) {
    let i = 0;
    for (const entry of d as Array<[string, unknown]>) {
      const [op, v] = entry;
      if (op === "+") out.push({ path: `${path}/${i}`, kind: "added", before: null, after: (v ?? null) as JsonValue });
      else if (op === "-") out.push({ path: `${path}/${i}`, kind: "removed", before: (v ?? null) as JsonValue, after: null });
      else if (op === "~") walk(v, `${path}/${i}`, out);
      if (op !== "-") i++;
    }
    return;
  }
  if (!d || typeof d !== "object") return;
  const o = d as Record<string, unknown>;
  if ("__old" in o && "__new" in o) {
    emitReplace(path, o.__old as JsonValue, o.__new as JsonValue, out);
    return;
  }
  for (const [k, v] of Object.entries(o)) {
    if (k.endsWith("__added")) emit(path, k.slice(0, -7), "added", v as JsonValue, out);
    else if (k.endsWith("__deleted")) emit(path, k.slice(0, -9), "removed", v as JsonValue, out);
    else walk(v, `${path}/${escapePointerToken(k)}`, out);
  }
}

function emit(parent: string, key: string, kind: "added" | "removed", v: JsonValue, out: Raw[]): void {
  if (isSetMapPath(parent)) {
    if (key === SET_MARK) return;
    out.push(kind === "added" ? { path: parent, kind, before: null, after: v } : { path: parent, kind, before: v, after: null });
    return;
  }
  const path = `${parent}/${escapePointerToken(key)}`;
  if (isSetMap(v) && !CONSTRAINT_FIELDS.has(path)) {
    for (const [k, e] of Object.entries(v)) if (k !== SET_MARK) emit(path, k, kind, e, out);
    return;
  }
  if (v && typeof v === "object" && !Array.isArray(v) && !isSetMap(v)) {
    const entries = Object.entries(v);
    if (entries.length > 0) {
      for (const [k, x] of entries) emit(path, k, kind, x as JsonValue, out);
      return;
    }
  }
  const plain = fromSetMaps(v);
  out.push(kind === "added" ? { path, kind, before: null, after: plain } : { path, kind, before: plain, after: null });
}

function isSetMapPath(path: string): boolean {
  return path in SET_FIELDS;
}

function emitReplace(path: string, before: JsonValue, after: JsonValue, out: Raw[]): void {
  // A set field replaced by a non-set (or the reverse) is a plain change of the whole field.
  out.push({ path, kind: "changed", before: fromSetMaps(before), after: fromSetMaps(after) });
}

/** Where a change points in the document it concerns: a set element's own index when it has one. */
function locationOf(c: Raw, doc: JsonValue): string {
  if (!(c.path in SET_FIELDS) || c.kind === "changed") return c.path;
  const el = c.kind === "added" ? c.after : c.before;
  const arr = getPointer(doc, c.path);
  if (Array.isArray(arr) && typeof el === "string") {
    const norm = SET_FIELDS[c.path]!;
    const idx = arr.findIndex((x) => typeof x === "string" && norm(x) === norm(el));
    if (idx >= 0) return `${c.path}/${idx}`;
  }
  return c.path;
}

function getPointer(doc: JsonValue, pointer: string): JsonValue | undefined {
  let cur: JsonValue | undefined = doc;
  for (const tok of pointer.split("/").slice(1)) {
    const k = tok.replace(/~1/g, "/").replace(/~0/g, "~");
    if (cur && typeof cur === "object" && !Array.isArray(cur)) cur = (cur as Record<string, JsonValue>)[k];
    else if (Array.isArray(cur)) cur = cur[Number(k)];
    else return undefined;
  }
  return cur;
}

const MORE_IS_EXPANSION = new Set([
  "/tool_policy/allow",
  "/model_route/allowed",
  "/data_boundaries/microsoft_graph_scopes",
]);
const MORE_IS_TIGHTENING = new Set(["/tool_policy/deny", "/approvals/required_for"]);
const TRUE_IS_TIGHTER = new Set([
  "/sandbox_expectations/tools_run_in_sandbox",
  "/model_route/require_clawproxy",
  "/token_requirements/require_scope_hash",
  "/audit/require_gateway_receipts",
  "/audit/require_proof_bundle",
]);
const NEUTRAL = new Set(["/purpose", "/approvals/status", "/wpc_version"]);

/** Risk class of one change. Anything not understood is an expansion (fail closed). */
export function classify(path: string, kind: ChangeKind, before: JsonValue | null, after: JsonValue | null): Risk {
  if (NEUTRAL.has(path)) return "neutral";
  if (path === "/data_boundaries/egress_allowlist") {
    if (kind === "changed" && Array.isArray(before) !== Array.isArray(after)) return Array.isArray(after) ? "tightening" : "expansion";
    if (Array.isArray(after) || Array.isArray(before)) return kind === "added" ? "tightening" : "expansion";
    return kind === "added" ? "expansion" : "tightening";
  }
  if (MORE_IS_EXPANSION.has(path)) return kind === "added" ? "expansion" : kind === "removed" ? "tightening" : "expansion";
  if (MORE_IS_TIGHTENING.has(path)) return kind === "added" ? "tightening" : kind === "removed" ? "expansion" : "expansion";
  if (TRUE_IS_TIGHTER.has(path)) {
    if (kind === "changed" && typeof before === "boolean" && typeof after === "boolean") return after ? "tightening" : "expansion";
    return kind === "added" && after === true ? "tightening" : "expansion";
  }
  if (path === "/sandbox_expectations/workspace_access") return orderRisk(WORKSPACE_ORDER, before, after, true);
  if (path === "/token_requirements/policy_hash_pinning") return orderRisk(PINNING_ORDER, before, after, false);
  if (path === "/token_requirements/cst_ttl_seconds_max") {
    if (typeof before === "number" && typeof after === "number") return after > before ? "expansion" : after < before ? "tightening" : "neutral";
    return "expansion";
  }
  return "expansion";
}

function orderRisk(order: Record<string, number>, before: JsonValue | null, after: JsonValue | null, higherIsWider: boolean): Risk {
  const b = typeof before === "string" ? order[before] : undefined;
  const a = typeof after === "string" ? order[after] : undefined;
  if (a === undefined || b === undefined) return "expansion";
  if (a === b) return "neutral";
  return (a > b) === higherIsWider ? "expansion" : "tightening";
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
