/**
 * Causal rules of clawverify-core `verifyProofBundle` (CLAWSIG.md §2.3, §3.3), with the default
 * `causal_connectivity_mode = enforce`: gateway receipt bindings are normalised (snake_case wins,
 * conflicting camelCase → CAUSAL_BINDING_FIELD_CONFLICT), receipt ids must not be replayed with another
 * payload, the span graph is checked (clock, phase, confidence, dangling references, span reuse,
 * phase transitions, cycles, confidence vs evidence, connectivity), and every side-effect and
 * human-approval receipt must be anchored to a span declared by a gateway receipt. First failure wins.
 * Pure; never throws.
 *
 * Runs carry 10,000+ receipts, so the checks are allocation-light: a JSON path is built only for the
 * problem that is reported (entries keep their receipt index and the key each value came from), spans
 * are numbered in first-declaration order and the graph walks use typed arrays over those numbers.
 * Every walk keeps the iteration order of the straightforward version (test/support/
 * claw-causal-reference.ts), because that order decides which failure is "first".
 */
import { canonicalize } from "../json/jcs.ts";
import { isRecord, problem, type ClawProblem } from "./common.ts";
import { digits, isCalendarTime, isoZ } from "../json/iso-z.ts";

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
/** A binding with none of these is not a causal binding (skipped). */
const CAUSAL_KEYS: readonly string[] = [
  "span_id",
  "spanId",
  "parent_span_id",
  "parentSpanId",
  "tool_span_id",
  "toolSpanId",
  "phase",
  "attribution_confidence",
  "attributionConfidence",
];

class Stop extends Error {
  constructor(readonly problem: ClawProblem) {
    super(problem.detail);
  }
}
function stop(code: string, path: string, detail: string): never {
  throw new Stop(problem(code, path, detail));
}

/** Path of binding `i` of `list`: "receipts" are gateway receipts (binding inside the payload), the rest support receipts. */
function bindingPath(list: string, i: number): string {
  return list === "receipts" ? `payload.receipts[${i}].payload.binding` : `payload.${list}[${i}].binding`;
}

/** The key the last `normalize` took its value from: a module slot, so no result object per field. */
let usedKey = "";

/** Snake/camel pair → one value (snake wins; both present and different → conflict); sets `usedKey`. */
function normalize<T>(b: Record<string, unknown>, list: string, i: number, snake: string, camel: string, parse: (v: unknown) => T | undefined): T | undefined {
  const s = read(b, list, i, snake, parse);
  const c = read(b, list, i, camel, parse);
  if (s !== undefined && c !== undefined && !Object.is(s, c)) {
    stop("CAUSAL_BINDING_FIELD_CONFLICT", `${bindingPath(list, i)}.${snake}`, `${snake} and ${camel} conflict`);
  }
  // With neither present the path still names the snake key (what a report about the absent value points at).
  usedKey = s === undefined && c !== undefined ? camel : snake;
  return s !== undefined ? s : c;
}

/** An own key's parsed value; present but unparsable → normalisation failure. */
function read<T>(b: Record<string, unknown>, list: string, i: number, key: string, parse: (v: unknown) => T | undefined): T | undefined {
  if (!Object.hasOwn(b, key)) return undefined;
  const v = parse(b[key]);
  if (v === undefined) stop("CAUSAL_BINDING_NORMALIZATION_FAILED", `${bindingPath(list, i)}.${key}`, `${key} is not a valid value`);
  return v;
}

const asId = (v: unknown): string | undefined => (typeof v === "string" && v.trim().length > 0 ? v.trim() : undefined);
const asNumber = (v: unknown): number | undefined => (typeof v === "number" && Number.isFinite(v) ? v : undefined);

/** One causal gateway-receipt binding: normalised values, the keys they came from, parsed times, span numbers. */
class Entry {
  span: string | undefined = undefined;
  spanKey = "span_id";
  parent: string | undefined = undefined;
  parentKey = "parent_span_id";
  tool: string | undefined = undefined;
  toolKey = "tool_span_id";
  confidence: number | undefined = undefined;
  confidenceKey = "attribution_confidence";
  /** Parsed payload.timestamp / issued_at (undefined: absent or not a date). */
  ts: number | undefined = undefined;
  iss: number | undefined = undefined;
  /** Span numbers of span / parent / tool (-1: none); parent and tool are set once they are known to resolve. */
  sid = -1;
  pid = -1;
  tid = -1;

  constructor(
    readonly i: number,
    readonly phase: unknown,
    readonly timestamp: unknown,
    readonly issuedAt: unknown,
  ) {}

  path(key: string): string {
    return `${bindingPath("receipts", this.i)}.${key}`;
  }
  timestampPath(): string {
    return `payload.receipts[${this.i}].payload.timestamp`;
  }
  issuedAtPath(): string {
    return `payload.receipts[${this.i}].issued_at`;
  }
  /** The span's causal time: payload.timestamp, else issued_at. */
  ms(): number | undefined {
    return this.ts !== undefined ? this.ts : this.iss;
  }
  msPath(): string {
    return this.ts !== undefined ? this.timestampPath() : this.issuedAtPath();
  }
}

function hasCausalKey(b: Record<string, unknown>): boolean {
  for (const k of CAUSAL_KEYS) if (Object.hasOwn(b, k)) return true;
  return false;
}

/** Normalised causal entries of the gateway receipts' bindings (bindings without causal keys skipped). */
function collectEntries(receipts: readonly unknown[]): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; i < receipts.length; i++) {
    const env = receipts[i]; // a hole reads as undefined and is skipped, as forEach would skip it
    const payload = isRecord(env) ? env["payload"] : undefined;
    const b = isRecord(payload) ? payload["binding"] : undefined;
    if (!isRecord(b) || !hasCausalKey(b)) continue;
    // Field order (span, parent, tool, confidence) decides which normalisation failure is reported.
    const span = normalize(b, "receipts", i, "span_id", "spanId", asId);
    const spanKey = usedKey;
    const parent = normalize(b, "receipts", i, "parent_span_id", "parentSpanId", asId);
    const parentKey = usedKey;
    const tool = normalize(b, "receipts", i, "tool_span_id", "toolSpanId", asId);
    const toolKey = usedKey;
    const confidence = normalize(b, "receipts", i, "attribution_confidence", "attributionConfidence", asNumber);
    const e = new Entry(i, b["phase"], (payload as Record<string, unknown>)["timestamp"], (env as Record<string, unknown>)["issued_at"]);
    e.span = span;
    e.spanKey = spanKey;
    e.parent = parent;
    e.parentKey = parentKey;
    e.tool = tool;
    e.toolKey = toolKey;
    e.confidence = confidence;
    e.confidenceKey = usedKey;
    out.push(e);
  }
  return out;
}

function receiptId(env: unknown): string | undefined {
  const payload = isRecord(env) ? env["payload"] : undefined;
  const id = isRecord(payload) ? payload["receipt_id"] : undefined;
  return typeof id === "string" && id.length > 0 ? id : undefined;
}

/** Same receipt_id twice with different JCS payloads → CAUSAL_RECEIPT_REPLAY_DETECTED. */
function checkReplay(receipts: readonly unknown[]): void {
  // Only ids seen more than once need their payloads compared (canonicalising all is the slow part).
  const count = new Map<string, number>();
  let repeated = false;
  for (let i = 0; i < receipts.length; i++) {
    const id = receiptId(receipts[i]);
    if (id === undefined) continue;
    const n = count.get(id);
    if (n !== undefined) repeated = true;
    count.set(id, (n ?? 0) + 1);
  }
  if (!repeated) return;
  // Every occurrence of a repeated id is fingerprinted in receipt order, first one included, so a
  // payload that cannot be serialised at all fails at the same receipt as it always did.
  const seen = new Map<string, string>();
  for (let i = 0; i < receipts.length; i++) {
    const env = receipts[i];
    const id = receiptId(env);
    if (id === undefined || count.get(id)! < 2) continue;
    const fp = fingerprint((env as Record<string, unknown>)["payload"]);
    const prev = seen.get(id);
    if (prev === undefined) seen.set(id, fp);
    else if (prev !== fp) stop("CAUSAL_RECEIPT_REPLAY_DETECTED", `payload.receipts[${i}].payload.receipt_id`, `receipt_id ${id} replayed with a different payload`);
  }
}

function fingerprint(payload: unknown): string {
  try {
    return canonicalize(payload);
  } catch {
    return JSON.stringify(payload);
  }
}

/**
 * `YYYY-MM-DDTHH:MM:SSZ` / `YYYY-MM-DDTHH:MM:SS.sssZ` via Date.UTC, NaN for anything else. Only fields
 * where Date.UTC certainly equals Date.parse are taken: years below 100 (Date.UTC maps them to 19xx),
 * and days past the month's end, hour 24 or second 60 (which Date.parse may roll over) are left to Date.parse.
 */
function utcMs(s: string): number {
  const f = isoZ(s);
  if (!f || (f.fractionDigits !== 0 && f.fractionDigits !== 3)) return NaN;
  const { year, month, day, hour, minute, second } = f;
  const milli = f.fractionDigits === 3 ? digits(s, 20, 3) : 0;
  if (year < 100 || !isCalendarTime(year, month, day, hour, minute, second)) return NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, milli);
}

/** Date.parse of a string (undefined: not a string or not a date); the common RFC 3339 forms skip the parser. */
function parseMs(v: unknown): number | undefined {
  if (typeof v !== "string") return undefined;
  const fast = utcMs(v);
  if (!Number.isNaN(fast)) return fast;
  const t = Date.parse(v);
  return Number.isNaN(t) ? undefined : t;
}

/** The declared spans, numbered in first-declaration order: id → number, and each span's first entry. */
interface Spans {
  index: Map<string, number>;
  first: Entry[];
}

function indexSpans(entries: readonly Entry[]): Spans {
  const index = new Map<string, number>();
  const first: Entry[] = [];
  for (const e of entries) {
    if (e.span === undefined) continue;
    const k = index.get(e.span);
    if (k !== undefined) {
      e.sid = k;
      continue;
    }
    e.sid = first.length;
    index.set(e.span, e.sid);
    first.push(e);
  }
  return { index, first };
}

/** Per-entry rules, then span semantics, phase transitions, cycles, confidence classes, connectivity. */
function checkGraph(entries: readonly Entry[], spans: Spans): void {
  for (const e of entries) checkEntry(e, spans.index);
  checkReuse(entries, spans.first);
  checkOrder(spans.first);
  checkCycles(entries, spans.first.length);
  checkConfidenceEvidence(entries, spans.first.length);
  if (spans.first.length > 0) checkConnectivity(spans.first);
}

/** Clock, phase, confidence range and dangling references of one entry (also parses its times once). */
function checkEntry(e: Entry, index: ReadonlyMap<string, number>): void {
  e.ts = parseMs(e.timestamp);
  e.iss = parseMs(e.issuedAt);
  if (e.timestamp !== undefined && e.ts === undefined) stop("CAUSAL_CLOCK_CONTRADICTION", e.timestampPath(), "timestamp is not a date-time");
  if (e.issuedAt !== undefined && e.iss === undefined) stop("CAUSAL_CLOCK_CONTRADICTION", e.issuedAtPath(), "issued_at is not a date-time");
  if (e.ts !== undefined && e.iss !== undefined && e.ts > e.iss) {
    stop("CAUSAL_CLOCK_CONTRADICTION", e.timestampPath(), "payload.timestamp is after envelope issued_at");
  }
  if (e.phase !== undefined && (typeof e.phase !== "string" || !PHASES.has(e.phase))) stop("CAUSAL_PHASE_INVALID", e.path("phase"), "unknown phase");
  const c = e.confidence;
  if (c !== undefined && (c < 0 || c > 1)) stop("CAUSAL_CONFIDENCE_OUT_OF_RANGE", e.path(e.confidenceKey), "attribution_confidence is outside [0, 1]");
  // parent before tool: the parent's dangling reference is the one reported
  if (e.parent !== undefined) {
    e.pid = index.get(e.parent) ?? -1;
    if (e.pid < 0) stop("CAUSAL_REFERENCE_DANGLING", e.path(e.parentKey), `references unknown span_id ${e.parent}`);
  }
  if (e.tool !== undefined) {
    e.tid = index.get(e.tool) ?? -1;
    if (e.tid < 0) stop("CAUSAL_REFERENCE_DANGLING", e.path(e.toolKey), `references unknown span_id ${e.tool}`);
  }
}

/** Both present and not the same value (Object.is: 0 and -0 differ). */
function differs(a: unknown, b: unknown): boolean {
  return a !== undefined && b !== undefined && !Object.is(a, b);
}

/** A redeclared span must agree with its first declaration on time, then on parent, tool, phase, confidence. */
function checkReuse(entries: readonly Entry[], first: readonly Entry[]): void {
  for (const e of entries) {
    if (e.sid < 0) continue;
    const prev = first[e.sid]!;
    if (prev === e) continue;
    if (differs(prev.ms(), e.ms())) stop("CAUSAL_CLOCK_CONTRADICTION", e.msPath(), `span_id ${e.span} has inconsistent causal timestamps`);
    const parent = differs(prev.parent, e.parent);
    const tool = differs(prev.tool, e.tool);
    const phase = differs(prev.phase, e.phase);
    const confidence = differs(prev.confidence, e.confidence);
    if (!(parent || tool || phase || confidence)) continue;
    const names = [parent && "parent", tool && "tool", phase && "phase", confidence && "confidence"].filter((n) => n !== false);
    stop("CAUSAL_SPAN_REUSE_CONFLICT", e.path(e.spanKey), `span_id ${e.span} reused with different ${names.join(", ")}`);
  }
}

/** Each span (first declaration) is not earlier than, and a valid phase successor of, its parent, then its tool span. */
function checkOrder(first: readonly Entry[]): void {
  for (const s of first) {
    if (s.pid >= 0) checkEdge(s, first[s.pid]!, s.parent!);
    if (s.tid >= 0) checkEdge(s, first[s.tid]!, s.tool!);
  }
}

function checkEdge(s: Entry, p: Entry, rel: string): void {
  const sMs = s.ms();
  const pMs = p.ms();
  if (sMs !== undefined && pMs !== undefined && sMs < pMs) stop("CAUSAL_CLOCK_CONTRADICTION", s.msPath(), `span_id ${s.span} occurs before ${rel}`);
  // phases are valid names here (checkEntry), so NEXT_PHASES has the parent's
  if (typeof s.phase === "string" && typeof p.phase === "string" && !(NEXT_PHASES[p.phase] ?? []).includes(s.phase)) {
    stop("CAUSAL_PHASE_TRANSITION_INVALID", s.path("phase"), `invalid phase transition ${p.phase} -> ${s.phase}`);
  }
}

/**
 * parent_span_id cycles, over each span's first entry that names a parent (not necessarily its first
 * declaration). Walks start in the order those entries appear; the span met twice on one walk is reported.
 */
function checkCycles(entries: readonly Entry[], n: number): void {
  const via: (Entry | undefined)[] = new Array<Entry | undefined>(n);
  const starts = new Int32Array(n);
  let m = 0;
  for (const e of entries) {
    if (e.sid >= 0 && e.pid >= 0 && via[e.sid] === undefined) {
      via[e.sid] = e;
      starts[m++] = e.sid;
    }
  }
  // walk[k]: number (1-based) of the walk that first met span k; an earlier walk's span is known acyclic.
  const walk = new Int32Array(n);
  for (let w = 1; w <= m; w++) {
    let cur = starts[w - 1]!;
    while (cur >= 0) {
      if (walk[cur] !== 0) {
        const e = via[cur];
        if (walk[cur] === w && e !== undefined) stop("CAUSAL_CYCLE_DETECTED", e.path(e.parentKey), `parent_span_id cycle at span_id ${e.span}`);
        break;
      }
      walk[cur] = w;
      cur = via[cur]?.pid ?? -1;
    }
  }
}

/** Confidence may not exceed what the lineage proves: direct 1.0, inferred (span only) 0.5, none 0. */
function checkConfidenceEvidence(entries: readonly Entry[], n: number): void {
  // any entry naming a span as parent or tool gives it inbound lineage (references all resolve here)
  const inbound = new Uint8Array(n);
  for (const e of entries) {
    if (e.pid >= 0) inbound[e.pid] = 1;
    if (e.tid >= 0) inbound[e.tid] = 1;
  }
  for (const e of entries) {
    const c = e.confidence;
    if (c === undefined) continue;
    const direct = e.parent !== undefined || e.tool !== undefined || (e.sid >= 0 && inbound[e.sid] === 1);
    const max = direct ? 1 : e.span !== undefined ? 0.5 : 0;
    if (c > max) stop("CAUSAL_CONFIDENCE_EVIDENCE_INCONSISTENT", e.path(e.confidenceKey), `attribution_confidence ${c} exceeds ${max} for its evidence`);
  }
}

const UNKNOWN = 0;
const NO_ROOT = 1;
const REACHES_ROOT = 2;

/** Enforce mode, over each span's first declaration: at least one root, every span reaches a root, and one connected component. */
function checkConnectivity(first: readonly Entry[]): void {
  const n = first.length;
  let roots = 0;
  for (const s of first) if (s.pid < 0 && s.tid < 0) roots++;
  if (roots === 0) stop("CAUSAL_GRAPH_DISCONNECTED", first[0]!.path(first[0]!.spanKey), "causal graph has no root span");
  const memo = new Uint8Array(n);
  const onPath = new Uint8Array(n);
  // one walk pushes its start plus at most two neighbours per span it expands, and a span expands once
  const stack = new Int32Array(2 * n + 1);
  for (let k = 0; k < n; k++) {
    if (!reachesRoot(k, first, memo, onPath, stack)) {
      stop("CAUSAL_GRAPH_DISCONNECTED", first[k]!.path(first[k]!.spanKey), `span_id ${first[k]!.span} does not reach a root span`);
    }
  }
  checkOneComponent(first);
}

/**
 * Iterative post-order walk (a run can have 10,000+ chained spans); memo[k] = whether span k reaches a
 * root. A neighbour already on the walk's path is skipped, so inside a tool/parent cycle the memo depends
 * on the walk order — which is therefore the reference's exactly: parent pushed before tool, tool walked first.
 */
function reachesRoot(start: number, first: readonly Entry[], memo: Uint8Array, onPath: Uint8Array, stack: Int32Array): boolean {
  let top = 0;
  stack[top++] = start;
  while (top > 0) {
    const k = stack[top - 1]!;
    if (memo[k] !== UNKNOWN) {
      top--;
      continue;
    }
    const p = first[k]!.pid;
    const t = first[k]!.tid;
    if (p < 0 && t < 0) {
      memo[k] = REACHES_ROOT;
      top--;
      continue;
    }
    if (onPath[k] === 0) {
      onPath[k] = 1;
      if (p >= 0 && memo[p] === UNKNOWN && onPath[p] === 0) stack[top++] = p;
      if (t >= 0 && memo[t] === UNKNOWN && onPath[t] === 0) stack[top++] = t;
      continue;
    }
    memo[k] = (p >= 0 && memo[p] === REACHES_ROOT) || (t >= 0 && memo[t] === REACHES_ROOT) ? REACHES_ROOT : NO_ROOT;
    onPath[k] = 0;
    top--;
  }
  return memo[start] === REACHES_ROOT;
}

/** Undirected parent/tool edges must join all spans; the first span (in order) outside span 0's component is reported. */
function checkOneComponent(first: readonly Entry[]): void {
  const n = first.length;
  const up = new Int32Array(n);
  for (let k = 0; k < n; k++) up[k] = k;
  const find = (k: number): number => {
    while (up[k] !== k) {
      up[k] = up[up[k]!]!; // path halving
      k = up[k]!;
    }
    return k;
  };
  for (let k = 0; k < n; k++) {
    const s = first[k]!;
    if (s.pid >= 0) up[find(k)] = find(s.pid);
    if (s.tid >= 0) up[find(k)] = find(s.tid);
  }
  const root = find(0);
  for (let k = 1; k < n; k++) {
    if (find(k) !== root) stop("CAUSAL_GRAPH_DISCONNECTED", first[k]!.path(first[k]!.spanKey), "causal graph has disconnected components");
  }
}

/** Each support receipt's tool_span_id ?? parent_span_id ?? span_id must be a declared gateway span. */
function checkAnchoring(items: unknown, known: ReadonlyMap<string, number>, field: string, code: string): void {
  if (!Array.isArray(items)) return;
  for (let i = 0; i < items.length; i++) {
    if (!(i in items)) continue; // holes are skipped, as forEach skips them
    const r: unknown = items[i];
    if (!isRecord(r)) stop(code, `payload.${field}[${i}]`, "malformed receipt cannot be causally anchored");
    const b = r["binding"];
    if (!isRecord(b)) stop(code, bindingPath(field, i), "no binding object for causal anchoring");
    let ref = normalize(b, field, i, "span_id", "spanId", asId);
    let key = usedKey;
    const parent = normalize(b, field, i, "parent_span_id", "parentSpanId", asId);
    const parentKey = usedKey;
    const tool = normalize(b, field, i, "tool_span_id", "toolSpanId", asId);
    if (tool !== undefined) {
      ref = tool;
      key = usedKey;
    } else if (parent !== undefined) {
      ref = parent;
      key = parentKey;
    }
    if (ref === undefined || !known.has(ref)) stop(code, `${bindingPath(field, i)}.${key}`, "not anchored to a span declared by a gateway receipt");
  }
}

/** The first causal failure of a (schema-valid) bundle payload, or undefined. */
export function causalProblem(payload: Readonly<Record<string, unknown>>): ClawProblem | undefined {
  const receipts = Array.isArray(payload["receipts"]) ? (payload["receipts"] as unknown[]) : [];
  try {
    const entries = collectEntries(receipts);
    checkReplay(receipts);
    const spans = indexSpans(entries);
    if (entries.length) checkGraph(entries, spans);
    checkAnchoring(payload["side_effect_receipts"], spans.index, "side_effect_receipts", "CAUSAL_SIDE_EFFECT_ORPHANED");
    checkAnchoring(payload["human_approval_receipts"], spans.index, "human_approval_receipts", "CAUSAL_HUMAN_APPROVAL_ORPHANED");
    return undefined;
  } catch (e) {
    if (e instanceof Stop) return e.problem;
    return problem("MALFORMED_ENVELOPE", "payload", `causal check failed: ${(e as Error).message}`);
  }
}
