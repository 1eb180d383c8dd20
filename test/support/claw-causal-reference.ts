// Pre-optimisation implementation of action/src/core/claw/causal.ts, kept verbatim as a differential-test oracle.
/**
 * Causal rules of clawverify-core `verifyProofBundle` (CLAWSIG.md §2.3, §3.3), with the default
 * `causal_connectivity_mode = enforce`: gateway receipt bindings are normalised (snake_case wins,
 * conflicting camelCase → CAUSAL_BINDING_FIELD_CONFLICT), receipt ids must not be replayed with another
 * payload, the span graph is checked (clock, phase, confidence, dangling references, span reuse,
 * phase transitions, cycles, confidence vs evidence, connectivity), and every side-effect and
 * human-approval receipt must be anchored to a span declared by a gateway receipt. First failure wins.
 * Pure; never throws.
 */
import { canonicalize } from "../../action/src/core/json/jcs.ts";
import { isRecord, problem, type ClawProblem } from "../../action/src/core/claw/common.ts";

const PHASES: ReadonlySet<string> = new Set(["setup", "planning", "reasoning", "execution", "observation", "reflection", "teardown"]);
const NEXT_PHASES: Readonly<Record<string, readonly string[]>> = {
  setup: ["setup", "planning"],
  planning: ["planning", "reasoning", "execution"],
  reasoning: ["reasoning", "execution", "observation"],
  execution: ["execution", "observation", "reflection", "teardown"],
  observation: ["observation", "reflection", "teardown"],
  reflection: ["reflection", "teardown"],
  teardown: ["teardown"],
};
const ID_FIELDS = [
  ["span_id", "spanId"],
  ["parent_span_id", "parentSpanId"],
  ["tool_span_id", "toolSpanId"],
] as const;
const CAUSAL_KEYS = [...ID_FIELDS.flat(), "phase", "attribution_confidence", "attributionConfidence"];

interface Field<T> {
  value?: T;
  path: string;
}
interface SpanRefs {
  span: Field<string>;
  parent: Field<string>;
  tool: Field<string>;
}
interface Entry extends SpanRefs {
  phase: unknown;
  phasePath: string;
  confidence: Field<number>;
  timestamp: unknown;
  timestampPath: string;
  issuedAt: unknown;
  issuedAtPath: string;
}

class Stop extends Error {
  constructor(readonly problem: ClawProblem) {
    super(problem.detail);
  }
}
function stop(code: string, path: string, detail: string): never {
  throw new Stop(problem(code, path, detail));
}

/** Snake/camel pair → one value (snake wins; both present and different → conflict). */
function normalize<T>(b: Record<string, unknown>, base: string, snake: string, camel: string, parse: (v: unknown) => T | undefined): Field<T> {
  const read = (key: string): T | undefined => {
    if (!Object.hasOwn(b, key)) return undefined;
    const v = parse(b[key]);
    if (v === undefined) stop("CAUSAL_BINDING_NORMALIZATION_FAILED", `${base}.${key}`, `${key} is not a valid value`);
    return v;
  };
  const s = read(snake);
  const c = read(camel);
  if (s !== undefined && c !== undefined && !Object.is(s, c)) {
    stop("CAUSAL_BINDING_FIELD_CONFLICT", `${base}.${snake}`, `${snake} and ${camel} conflict`);
  }
  if (s !== undefined) return { value: s, path: `${base}.${snake}` };
  return c !== undefined ? { value: c, path: `${base}.${camel}` } : { path: `${base}.${snake}` };
}

const asId = (v: unknown): string | undefined => (typeof v === "string" && v.trim().length > 0 ? v.trim() : undefined);
const asNumber = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

function spanRefs(b: Record<string, unknown>, base: string): SpanRefs {
  const [span, parent, tool] = ID_FIELDS.map(([s, c]) => normalize(b, base, s, c, asId)) as [Field<string>, Field<string>, Field<string>];
  return { span, parent, tool };
}

/** Normalised causal entries of the gateway receipts' bindings (bindings without causal keys skipped). */
function collectEntries(receipts: readonly unknown[]): Entry[] {
  const out: Entry[] = [];
  receipts.forEach((env: unknown, i) => {
    const payload = isRecord(env) ? env["payload"] : undefined;
    const b = isRecord(payload) ? payload["binding"] : undefined;
    if (!isRecord(b) || !CAUSAL_KEYS.some((k) => Object.hasOwn(b, k))) return;
    const base = `payload.receipts[${i}].payload.binding`;
    const refs = spanRefs(b, base);
    const confidence = normalize(b, base, "attribution_confidence", "attributionConfidence", asNumber);
    out.push({
      ...refs,
      phase: b["phase"],
      phasePath: `${base}.phase`,
      confidence,
      timestamp: (payload as Record<string, unknown>)["timestamp"],
      timestampPath: `payload.receipts[${i}].payload.timestamp`,
      issuedAt: (env as Record<string, unknown>)["issued_at"],
      issuedAtPath: `payload.receipts[${i}].issued_at`,
    });
  });
  return out;
}

/** Same receipt_id twice with different JCS payloads → CAUSAL_RECEIPT_REPLAY_DETECTED. */
function checkReplay(receipts: readonly unknown[]): void {
  const idOf = (env: unknown): string | undefined => {
    const payload = isRecord(env) ? env["payload"] : undefined;
    const id = isRecord(payload) ? payload["receipt_id"] : undefined;
    return typeof id === "string" && id.length > 0 ? id : undefined;
  };
  // Only ids seen more than once need their payloads compared (canonicalising all is the slow part).
  const count = new Map<string, number>();
  for (const env of receipts) {
    const id = idOf(env);
    if (id !== undefined) count.set(id, (count.get(id) ?? 0) + 1);
  }
  const seen = new Map<string, string>();
  receipts.forEach((env: unknown, i) => {
    const id = idOf(env);
    if (id === undefined || count.get(id)! < 2) return;
    const payload = (env as Record<string, unknown>)["payload"];
    let fp: string;
    try {
      fp = canonicalize(payload);
    } catch {
      fp = JSON.stringify(payload);
    }
    const prev = seen.get(id);
    if (prev === undefined) seen.set(id, fp);
    else if (prev !== fp) stop("CAUSAL_RECEIPT_REPLAY_DETECTED", `payload.receipts[${i}].payload.receipt_id`, `receipt_id ${id} replayed with a different payload`);
  });
}

interface Span {
  parent?: string;
  tool?: string;
  phase?: string;
  phasePath: string;
  confidence?: number;
  spanPath: string;
  ms?: number;
  msPath: string;
}

/** Per-entry rules, then span semantics, phase transitions, cycles, confidence classes, connectivity. */
function checkGraph(entries: readonly Entry[]): Set<string> {
  const known = new Set<string>();
  for (const e of entries) if (e.span.value) known.add(e.span.value);
  // each date parsed once (Date.parse is the hot spot of a 10,000-receipt run)
  const tsMs = new Map<Entry, number | undefined>();
  const issuedMs = new Map<Entry, number | undefined>();
  const parseMs = (v: unknown): number | undefined => {
    if (typeof v !== "string") return undefined;
    const t = Date.parse(v);
    return Number.isNaN(t) ? undefined : t;
  };
  for (const e of entries) {
    const ts = parseMs(e.timestamp);
    const iss = parseMs(e.issuedAt);
    tsMs.set(e, ts);
    issuedMs.set(e, iss);
    if (e.timestamp !== undefined && ts === undefined) stop("CAUSAL_CLOCK_CONTRADICTION", e.timestampPath, "timestamp is not a date-time");
    if (e.issuedAt !== undefined && iss === undefined) stop("CAUSAL_CLOCK_CONTRADICTION", e.issuedAtPath, "issued_at is not a date-time");
    if (ts !== undefined && iss !== undefined && ts > iss) {
      stop("CAUSAL_CLOCK_CONTRADICTION", e.timestampPath, "payload.timestamp is after envelope issued_at");
    }
    if (e.phase !== undefined && (typeof e.phase !== "string" || !PHASES.has(e.phase))) stop("CAUSAL_PHASE_INVALID", e.phasePath, "unknown phase");
    const c = e.confidence.value;
    if (c !== undefined && (c < 0 || c > 1)) stop("CAUSAL_CONFIDENCE_OUT_OF_RANGE", e.confidence.path, "attribution_confidence is outside [0, 1]");
    for (const ref of [e.parent, e.tool]) {
      if (ref.value && !known.has(ref.value)) stop("CAUSAL_REFERENCE_DANGLING", ref.path, `references unknown span_id ${ref.value}`);
    }
  }
  const spans = new Map<string, Span>();
  for (const e of entries) {
    const id = e.span.value;
    if (!id) continue;
    const ts = tsMs.get(e);
    const ms = ts ?? issuedMs.get(e);
    const cur: Span = {
      ...(e.parent.value !== undefined ? { parent: e.parent.value } : {}),
      ...(e.tool.value !== undefined ? { tool: e.tool.value } : {}),
      ...(typeof e.phase === "string" ? { phase: e.phase } : {}),
      ...(e.confidence.value !== undefined ? { confidence: e.confidence.value } : {}),
      ...(ms !== undefined ? { ms } : {}),
      phasePath: e.phasePath,
      spanPath: e.span.path,
      msPath: ts !== undefined ? e.timestampPath : e.issuedAtPath,
    };
    const prev = spans.get(id);
    if (!prev) {
      spans.set(id, cur);
      continue;
    }
    const differs = <T>(a: T | undefined, b: T | undefined): boolean => a !== undefined && b !== undefined && !Object.is(a, b);
    const conflicts = (["parent", "tool", "phase", "confidence"] as const).filter((k) => differs(prev[k], cur[k]));
    if (differs(prev.ms, cur.ms)) stop("CAUSAL_CLOCK_CONTRADICTION", cur.msPath, `span_id ${id} has inconsistent causal timestamps`);
    if (conflicts.length) stop("CAUSAL_SPAN_REUSE_CONFLICT", e.span.path, `span_id ${id} reused with different ${conflicts.join(", ")}`);
  }
  for (const [id, s] of spans) {
    for (const rel of [s.parent, s.tool]) {
      const p = rel === undefined ? undefined : spans.get(rel);
      if (!p) continue;
      if (s.ms !== undefined && p.ms !== undefined && s.ms < p.ms) stop("CAUSAL_CLOCK_CONTRADICTION", s.msPath, `span_id ${id} occurs before ${rel}`);
      if (s.phase !== undefined && p.phase !== undefined && !(NEXT_PHASES[p.phase] ?? []).includes(s.phase)) {
        stop("CAUSAL_PHASE_TRANSITION_INVALID", s.phasePath, `invalid phase transition ${p.phase} -> ${s.phase}`);
      }
    }
  }
  checkCycles(entries);
  checkConfidenceEvidence(entries);
  if (known.size > 0) checkConnectivity(entries);
  return known;
}

function checkCycles(entries: readonly Entry[]): void {
  const parentOf = new Map<string, { parent: string; path: string }>();
  for (const e of entries) {
    if (e.span.value && e.parent.value && !parentOf.has(e.span.value)) parentOf.set(e.span.value, { parent: e.parent.value, path: e.parent.path });
  }
  const done = new Set<string>();
  for (const start of parentOf.keys()) {
    const onPath = new Set<string>();
    let cur: string | undefined = start;
    while (cur !== undefined && !done.has(cur)) {
      if (onPath.has(cur)) stop("CAUSAL_CYCLE_DETECTED", parentOf.get(cur)?.path ?? "payload", `parent_span_id cycle at span_id ${cur}`);
      onPath.add(cur);
      cur = parentOf.get(cur)?.parent;
    }
    for (const s of onPath) done.add(s);
  }
}

/** Confidence may not exceed what the lineage proves: direct 1.0, inferred (span only) 0.5, none 0. */
function checkConfidenceEvidence(entries: readonly Entry[]): void {
  const inbound = new Map<string, number>();
  for (const e of entries) {
    for (const ref of [e.parent.value, e.tool.value]) if (ref) inbound.set(ref, (inbound.get(ref) ?? 0) + 1);
  }
  for (const e of entries) {
    const c = e.confidence.value;
    if (c === undefined) continue;
    const direct = e.parent.value !== undefined || e.tool.value !== undefined || (e.span.value !== undefined && (inbound.get(e.span.value) ?? 0) > 0);
    const max = direct ? 1 : e.span.value !== undefined ? 0.5 : 0;
    if (c > max) stop("CAUSAL_CONFIDENCE_EVIDENCE_INCONSISTENT", e.confidence.path, `attribution_confidence ${c} exceeds ${max} for its evidence`);
  }
}

/** Enforce mode: at least one root, every span reaches a root, and one connected component. */
function checkConnectivity(entries: readonly Entry[]): void {
  const spans = new Map<string, { parent?: string; tool?: string; path: string }>();
  for (const e of entries) {
    if (!e.span.value || spans.has(e.span.value)) continue;
    spans.set(e.span.value, {
      ...(e.parent.value ? { parent: e.parent.value } : {}),
      ...(e.tool.value ? { tool: e.tool.value } : {}),
      path: e.span.path,
    });
  }
  const roots = new Set([...spans].filter(([, s]) => s.parent === undefined && s.tool === undefined).map(([id]) => id));
  const first = spans.values().next().value;
  if (roots.size === 0) stop("CAUSAL_GRAPH_DISCONNECTED", first?.path ?? "payload", "causal graph has no root span");
  // Iterative post-order walk (a run can have 10,000+ chained spans): memo[id] = reaches a root.
  const memo = new Map<string, boolean>();
  const onPath = new Set<string>();
  const reaches = (start: string): boolean => {
    const stack = [start];
    while (stack.length) {
      const id = stack[stack.length - 1]!;
      if (memo.has(id)) {
        stack.pop();
        continue;
      }
      const s = spans.get(id);
      if (roots.has(id) || !s) {
        memo.set(id, roots.has(id));
        stack.pop();
        continue;
      }
      if (!onPath.has(id)) {
        onPath.add(id);
        for (const n of [s.parent, s.tool]) if (n !== undefined && !memo.has(n) && !onPath.has(n)) stack.push(n);
        continue;
      }
      memo.set(id, [s.parent, s.tool].some((n) => n !== undefined && memo.get(n) === true));
      onPath.delete(id);
      stack.pop();
    }
    return memo.get(start) === true;
  };
  for (const [id, s] of spans) if (!reaches(id)) stop("CAUSAL_GRAPH_DISCONNECTED", s.path, `span_id ${id} does not reach a root span`);
  const adj = new Map<string, Set<string>>([...spans.keys()].map((id) => [id, new Set<string>()]));
  for (const [id, s] of spans) {
    for (const n of [s.parent, s.tool]) {
      if (n === undefined || !spans.has(n)) continue;
      adj.get(id)?.add(n);
      adj.get(n)?.add(id);
    }
  }
  const start = spans.keys().next().value as string;
  const seen = new Set<string>();
  const stack = [start];
  while (stack.length) {
    const cur = stack.pop() as string;
    if (seen.has(cur)) continue;
    seen.add(cur);
    for (const n of adj.get(cur) ?? []) if (!seen.has(n)) stack.push(n);
  }
  const lost = [...spans.keys()].find((id) => !seen.has(id));
  if (lost !== undefined) stop("CAUSAL_GRAPH_DISCONNECTED", spans.get(lost)?.path ?? "payload", "causal graph has disconnected components");
}

/** Each support receipt's tool_span_id ?? parent_span_id ?? span_id must be a declared gateway span. */
function checkAnchoring(items: unknown, known: ReadonlySet<string>, field: string, code: string): void {
  if (!Array.isArray(items)) return;
  items.forEach((r: unknown, i) => {
    const at = `payload.${field}[${i}]`;
    if (!isRecord(r)) stop(code, at, "malformed receipt cannot be causally anchored");
    const b = (r as Record<string, unknown>)["binding"];
    if (!isRecord(b)) stop(code, `${at}.binding`, "no binding object for causal anchoring");
    const refs = spanRefs(b as Record<string, unknown>, `${at}.binding`);
    const ref = refs.tool.value !== undefined ? refs.tool : refs.parent.value !== undefined ? refs.parent : refs.span;
    if (!ref.value || !known.has(ref.value)) stop(code, ref.path, "not anchored to a span declared by a gateway receipt");
  });
}

/** The first causal failure of a (schema-valid) bundle payload, or undefined. */
export function causalProblem(payload: Readonly<Record<string, unknown>>): ClawProblem | undefined {
  const receipts = Array.isArray(payload["receipts"]) ? (payload["receipts"] as unknown[]) : [];
  try {
    const entries = collectEntries(receipts);
    checkReplay(receipts);
    const known = entries.length ? checkGraph(entries) : new Set<string>();
    checkAnchoring(payload["side_effect_receipts"], known, "side_effect_receipts", "CAUSAL_SIDE_EFFECT_ORPHANED");
    checkAnchoring(payload["human_approval_receipts"], known, "human_approval_receipts", "CAUSAL_HUMAN_APPROVAL_ORPHANED");
    return undefined;
  } catch (e) {
    if (e instanceof Stop) return e.problem;
    return problem("MALFORMED_ENVELOPE", "payload", `causal check failed: ${(e as Error).message}`);
  }
}
