/**
 * Property: one random edit anywhere in the valid bundle's payload never leaves the gate at `pass`,
 * unless the edit is semantically neutral (NEUTRAL below, each rule justified), whether or not the
 * agent re-signs the bundle afterwards. Without re-signing nothing is neutral: the agent's signature
 * covers every byte of the payload (BUNDLE_SIGNATURE).
 *
 * Edits: change one character of a string, change a number, flip a boolean, replace a null, delete an
 * array element, duplicate an array element, delete an object key. fast-check runs with a fixed seed;
 * an exhaustive sweep (every path, every edit kind, re-signed) then checks the neutral set is tight:
 * every rule is needed by at least one edit that passes.
 */
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { resign } from "../../scripts/sim/harness.ts";
import { copy, gate, makeWorld, type Bundle, type Doc } from "../support/gate-world.ts";

const w = makeWorld("property");
const base = w.job.bundle;

type Seg = string | number;
type Kind = "string" | "number" | "boolean" | "null" | "element" | "key";
interface Target {
  path: Seg[];
  kind: Kind;
}
type Edit =
  | { op: "char"; path: Seg[]; index: number; ch: string }
  | { op: "number"; path: Seg[]; delta: number }
  | { op: "flip"; path: Seg[] }
  | { op: "unnull"; path: Seg[] }
  | { op: "delete-element"; path: Seg[] }
  | { op: "duplicate-element"; path: Seg[] }
  | { op: "delete-key"; path: Seg[] };

/** Every leaf, every array element and every object member of the payload. */
function targets(v: unknown, path: Seg[] = [], out: Target[] = []): Target[] {
  if (Array.isArray(v)) {
    v.forEach((x, i) => {
      out.push({ path: [...path, i], kind: "element" });
      targets(x, [...path, i], out);
    });
  } else if (v !== null && typeof v === "object") {
    for (const [k, x] of Object.entries(v)) {
      out.push({ path: [...path, k], kind: "key" });
      targets(x, [...path, k], out);
    }
  } else if (path.length) {
    out.push({ path, kind: v === null ? "null" : (typeof v as "string" | "number" | "boolean") });
  }
  return out;
}

const TARGETS = targets(base.payload);
const at = (root: unknown, path: Seg[]): any => path.reduce((o: any, k) => o[k], root);

function apply(payload: Doc, e: Edit): void {
  const parent = at(payload, e.path.slice(0, -1));
  const k = e.path[e.path.length - 1]!;
  switch (e.op) {
    case "char": {
      const s = parent[k] as string;
      parent[k] = s.length === 0 ? e.ch : s.slice(0, e.index) + e.ch + s.slice(e.index + 1);
      break;
    }
    case "number":
      parent[k] = (parent[k] as number) + e.delta;
      break;
    case "flip":
      parent[k] = !parent[k];
      break;
    case "unnull":
      parent[k] = "AAAAAAAAAAAA";
      break;
    case "delete-element":
      (parent as unknown[]).splice(k as number, 1);
      break;
    case "duplicate-element":
      (parent as unknown[]).splice(k as number, 0, copy(parent[k]));
      break;
    case "delete-key":
      delete parent[k];
      break;
  }
}

function editedBundle(e: Edit, reSign: boolean): Bundle {
  const b = copy(base);
  apply(b.payload as Doc, e);
  return reSign ? resign(b, w.agent) : b;
}

// --- what is neutral --------------------------------------------------------------------------------

const TOOLS_IN_BUNDLE = (base.payload.tool_receipts as Doc[]).map((t) => t.tool_name as string);

interface NeutralRule {
  id: string;
  path: RegExp;
  ops?: ReadonlyArray<Edit["op"]>;
  /** Extra condition on the edited value (default: any). */
  when?: (e: Edit) => boolean;
  why: string;
}

/**
 * Paths are JSON Pointers of the payload with array indices written `*`. A rule says an edit MAY pass
 * (it need not). All of them only when the bundle is re-signed by the agent.
 */
const NEUTRAL: NeutralRule[] = [
  { id: "bundle_id", path: /^bundle_id$/, ops: ["char"], why: "an agent-chosen label: no check of §6 and no Claw rule binds it (no URM here)" },
  { id: "harness", path: /^metadata\/harness(\/.*)?$/, why: "informational harness identity; §6 judges nothing in it" },
  { id: "subject.repository", path: /^metadata\/subject\/repository$/, why: "SUBJECT compares commit / artifact_digest only (§6); the repository is a label" },
  {
    id: "openclaw.tools",
    path: /^metadata\/openclaw\/tools(\/.*)?$/,
    why: "tools are judged from tool receipts (TOOLS_ALLOWED); metadata.openclaw is evidence for SANDBOX only, which reads openclaw.sandbox",
  },
  {
    id: "tool_receipt.unbound-fields",
    path: /^tool_receipts\/\*\/(receipt_id|args_hash_b64u|result_hash_b64u|result_status|latency_ms|timestamp)$/,
    why: "tool receipts here are unsigned payload-v1 objects written by the agent; §6 judges tool_name only, the hashes are opaque commitments, and TOKEN_WINDOW covers gateway receipts, events and approvals, not tool receipts",
  },
  {
    id: "tool_receipt.binding-removed",
    path: /^tool_receipts\/\*\/binding(\/run_id|\/event_hash_b64u)?$/,
    ops: ["delete-key"],
    why: "a tool receipt binding is optional in Claw; the gate reads it only for external-send tools (message, sessions_send), none of which is in this bundle (asserted below); an edited binding still fails (RECEIPT_BINDING_MISMATCH)",
  },
  {
    id: "tool_receipt.name-case",
    path: /^tool_receipts\/\*\/tool_name$/,
    ops: ["char"],
    when: (e) => e.op === "char" && (at(base.payload, e.path) as string).toLowerCase() === (editedValue(e) as string).toLowerCase(),
    why: "tool names match case-insensitively (DESIGN §2): a case-only change names the same tool",
  },
  {
    id: "tool_receipts.set",
    path: /^tool_receipts(\/\*)?$/,
    ops: ["delete-element", "duplicate-element", "delete-key"],
    why: "tool receipts are the agent's own unsigned report; §6 has no rule that a tool_call event carries a tool receipt, so dropping or repeating the receipt of an ALLOWED, non-external-send tool (asserted below) changes nothing the gate can judge",
  },
  {
    id: "approval.duplicated",
    path: /^metadata\/approvals\/\*$/,
    ops: ["duplicate-element"],
    why: "the same approver-signed approval twice approves nothing more",
  },
  {
    id: "envelope.issued_at",
    path: /^(receipts\/\*|metadata\/approvals\/\*)\/issued_at$/,
    ops: ["char"],
    why: "an envelope's issued_at is outside the signed payload; §6: times compared are the signed payload timestamps, never envelope issued_at",
  },
];

function editedValue(e: Edit): unknown {
  const p = copy(base.payload) as Doc;
  apply(p, e);
  return at(p, e.path);
}

const pointer = (path: Seg[]) => path.map((s) => (typeof s === "number" ? "*" : s)).join("/");

function neutralRule(e: Edit): NeutralRule | undefined {
  const ptr = pointer(e.path);
  return NEUTRAL.find((r) => r.path.test(ptr) && (!r.ops || r.ops.includes(e.op)) && (!r.when || r.when(e)));
}

const show = (e: Edit, reSign: boolean) => `${JSON.stringify(e)}${reSign ? " (re-signed)" : ""}`;

// --- edit generators ----------------------------------------------------------------------------------

const CHARS = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_:. "];

function editArb(t: Target): fc.Arbitrary<Edit> {
  const path = t.path;
  switch (t.kind) {
    case "string": {
      const s = at(base.payload, path) as string;
      return fc
        .record({ index: fc.nat({ max: Math.max(0, s.length - 1) }), ch: fc.constantFrom(...CHARS) })
        .filter(({ index, ch }) => s[index] !== ch)
        .map(({ index, ch }) => ({ op: "char", path, index, ch }) as Edit);
    }
    case "number":
      return fc.integer({ min: -1000, max: 1000 }).filter((d) => d !== 0).map((delta) => ({ op: "number", path, delta }) as Edit);
    case "boolean":
      return fc.constant({ op: "flip", path } as Edit);
    case "null":
      return fc.constant({ op: "unnull", path } as Edit);
    case "element":
      return fc.constantFrom<Edit>({ op: "delete-element", path }, { op: "duplicate-element", path });
    case "key":
      return fc.constant({ op: "delete-key", path } as Edit);
  }
}

const anyEdit = fc.constantFrom(...TARGETS).chain(editArb);

/** Same-class replacement (digit for digit, letter for letter), so formats survive and deeper checks run. */
function sibling(c: string): string {
  const classes = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "-_"];
  const cls = classes.find((k) => k.includes(c)) ?? "x-";
  return cls[(cls.indexOf(c) + 1) % cls.length]!;
}

/** A fixed set of edits per target for the sweep: characters at both ends and the middle, ±1, every structural edit. */
function sweepEdits(t: Target): Edit[] {
  const path = t.path;
  switch (t.kind) {
    case "string": {
      const s = at(base.payload, path) as string;
      if (s.length === 0) return [{ op: "char", path, index: 0, ch: "x" }];
      const idx = [...new Set([0, Math.floor(s.length / 2), s.length - 1])];
      const swapCase = (c: string) => (c.toLowerCase() !== c ? c.toLowerCase() : c.toUpperCase());
      const edits: Edit[] = idx.map((index) => ({ op: "char", path, index, ch: sibling(s[index]!) }));
      if (swapCase(s[0]!) !== s[0]) edits.push({ op: "char", path, index: 0, ch: swapCase(s[0]!) });
      return edits;
    }
    case "number":
      return [{ op: "number", path, delta: 1 }, { op: "number", path, delta: -1 }];
    case "boolean":
      return [{ op: "flip", path }];
    case "null":
      return [{ op: "unnull", path }];
    case "element":
      return [{ op: "delete-element", path }, { op: "duplicate-element", path }];
    case "key":
      return [{ op: "delete-key", path }];
  }
}

// --- the properties ---------------------------------------------------------------------------------

describe("random single edits of the payload", () => {
  it("the world's bundle passes, and the neutral rules' preconditions hold", () => {
    expect(gate(w).verdict).toBe("pass");
    expect(TARGETS.length).toBeGreaterThan(300);
    // tool_receipt.binding-removed and tool_receipts.set: every tool here is allowed and none is an external send
    expect([...new Set(TOOLS_IN_BUNDLE)].sort()).toEqual(["read", "web_fetch", "write"]);
    // the external send is recorded as its event, its tool receipt and its approval: no side-effect receipts
    // (a clawproxy receipt declares no span, so Claw would find any of them orphaned)
    expect(base.payload.side_effect_receipts).toBeUndefined();
    expect(w.wpc.approvals.required_for).toContain("external_send");
  });

  it("never pass unless neutral and re-signed (fast-check, seed 20261126, 300 runs)", () => {
    fc.assert(
      fc.property(anyEdit, fc.boolean(), (e, reSign) => gate(w, editedBundle(e, reSign)).verdict === "fail" || (reSign && neutralRule(e) !== undefined)),
      { seed: 20261126, numRuns: 300, verbose: 1 },
    );
  });

  it("without re-signing, no edit passes (fast-check, seed 7, 300 runs)", () => {
    fc.assert(
      fc.property(anyEdit, (e) => gate(w, editedBundle(e, false)).verdict === "fail"),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe("exhaustive sweep: every path, every edit kind, re-signed", () => {
  const edits = TARGETS.flatMap(sweepEdits);
  let passing: Edit[] = [];
  beforeAll(() => {
    passing = edits.filter((e) => gate(w, editedBundle(e, true)).verdict === "pass");
  });

  it(`covers every target (${TARGETS.length} targets, ${edits.length} edits)`, () => {
    expect(edits.length).toBeGreaterThan(TARGETS.length);
  });

  it("every edit that passes is neutral", () => {
    expect(passing.filter((e) => !neutralRule(e)).map((e) => show(e, true))).toEqual([]);
  });

  it("the neutral set is tight: every rule is needed by some passing edit", () => {
    const used = new Set(passing.map((e) => neutralRule(e)!.id));
    expect(NEUTRAL.map((r) => r.id).filter((id) => !used.has(id))).toEqual([]);
  });
});
