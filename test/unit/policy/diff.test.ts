/**
 * The risk-classified semantic diff (DESIGN.md §7, §8): every WPC field, every risk class it can
 * produce, exact change objects, and positions (HEAD; BASE for a removal; a set element's own index).
 * Positions are checked against an independent pretty-printer that records where each value starts.
 */
import { describe, expect, it } from "vitest";
import { parsePolicyBytes } from "../../../action/src/core/policy/wpc.ts";
import { policyHash } from "../../../action/src/core/crypto/hash.ts";
import { classify, diffPolicies, type Change, type ChangeKind, type DiffSide, type Risk } from "../../../action/src/core/policy/diff.ts";
import type { JsonValue } from "../../../action/src/core/json/ijson.ts";
import { example, mutate, type Doc } from "../../support/wpc-fixtures.ts";

const enc = new TextEncoder();

/** A DiffSide from a document (pretty-printed as JSON.stringify(d, null, 2)) or raw text. */
function side(doc: Doc | string): DiffSide {
  const text = typeof doc === "string" ? doc : JSON.stringify(doc, null, 2);
  const p = parsePolicyBytes(enc.encode(text), "t.wpc.json");
  return { value: p.value, hash: policyHash(p.value).policy_hash_b64u, map: p.map };
}

function diff(base: Doc | string, head: Doc | string) {
  return diffPolicies(side(base), side(head));
}

// ---------------------------------------------------------------------------------------------
// Independent locator: re-implements JSON.stringify(v, null, 2) and records each value's offset.

function escTok(k: string): string {
  return k.replace(/~/g, "~0").replace(/\//g, "~1");
}

function pretty(v: unknown): { text: string; offsets: Map<string, number> } {
  const offsets = new Map<string, number>();
  let out = "";
  const emit = (x: unknown, ptr: string, ind: string): void => {
    offsets.set(ptr, out.length);
    if (Array.isArray(x)) {
      if (x.length === 0) {
        out += "[]";
        return;
      }
      out += "[";
      x.forEach((e, i) => {
        out += `${i ? "," : ""}\n${ind}  `;
        emit(e, `${ptr}/${i}`, `${ind}  `);
      });
      out += `\n${ind}]`;
    } else if (x && typeof x === "object") {
      const entries = Object.entries(x);
      if (entries.length === 0) {
        out += "{}";
        return;
      }
      out += "{";
      entries.forEach(([k, e], i) => {
        out += `${i ? "," : ""}\n${ind}  ${JSON.stringify(k)}: `;
        emit(e, `${ptr}/${escTok(k)}`, `${ind}  `);
      });
      out += `\n${ind}}`;
    } else out += JSON.stringify(x);
  };
  emit(v, "", "");
  return { text: out, offsets };
}

/** 1-based line and code-point column of the value at `pointer` in JSON.stringify(doc, null, 2). */
function posIn(doc: Doc, pointer: string): { line: number; column: number } {
  const { text, offsets } = pretty(doc);
  expect(text).toBe(JSON.stringify(doc, null, 2)); // the locator really mirrors the serialisation
  const off = offsets.get(pointer);
  if (off === undefined) throw new Error(`no value at ${pointer}`);
  const before = text.slice(0, off);
  const lineStart = before.lastIndexOf("\n") + 1;
  return { line: before.split("\n").length, column: [...text.slice(lineStart, off)].length + 1 };
}

// ---------------------------------------------------------------------------------------------

interface Expect {
  path: string;
  kind: ChangeKind;
  before: JsonValue | null;
  after: JsonValue | null;
  risk: Risk;
  /** Where the change must point: which document and which pointer in it. */
  at: ["base" | "head", string];
}

interface Case {
  name: string;
  base?: (d: Doc) => void;
  head: (d: Doc) => void;
  want: Expect[];
}

const ex = (path: string, before: JsonValue, after: JsonValue, risk: Risk): Expect => ({
  path,
  kind: "changed",
  before,
  after,
  risk,
  at: ["head", path],
});
const addEl = (path: string, el: string, idx: number, risk: Risk): Expect => ({
  path,
  kind: "added",
  before: null,
  after: el,
  risk,
  at: ["head", `${path}/${idx}`],
});
const rmEl = (path: string, el: string, idx: number, risk: Risk): Expect => ({
  path,
  kind: "removed",
  before: el,
  after: null,
  risk,
  at: ["base", `${path}/${idx}`],
});

const WS = ["none", "ro", "rw"] as const;
const PIN = ["off", "optional", "required"] as const;

const BOOLS = [
  "/sandbox_expectations/tools_run_in_sandbox",
  "/model_route/require_clawproxy",
  "/token_requirements/require_scope_hash",
  "/audit/require_gateway_receipts",
  "/audit/require_proof_bundle",
];

function setAt(d: Doc, pointer: string, v: unknown): void {
  const toks = pointer.split("/").slice(1);
  let cur = d;
  for (const t of toks.slice(0, -1)) cur = cur[t];
  cur[toks[toks.length - 1]!] = v;
}

const CASES: Case[] = [
  // wpc_version, purpose, approvals.status: neutral
  { name: "wpc_version changed", head: (d) => (d.wpc_version = "v2"), want: [ex("/wpc_version", "v1", "v2", "neutral")] },
  { name: "purpose reworded", head: (d) => (d.purpose = "Invoice triage only"), want: [ex("/purpose", "Invoice triage and draft response", "Invoice triage only", "neutral")] },
  {
    name: "approvals.status reworded",
    head: (d) => (d.approvals.status = "implemented"),
    want: [ex("/approvals/status", "can be implemented", "implemented", "neutral")],
  },

  // tool_policy.allow: more is expansion, less is tightening
  { name: "allow: element appended", head: (d) => d.tool_policy.allow.push("exec"), want: [addEl("/tool_policy/allow", "exec", 4, "expansion")] },
  {
    name: "allow: element inserted in the middle (its own index)",
    head: (d) => d.tool_policy.allow.splice(1, 0, "web_search"),
    want: [addEl("/tool_policy/allow", "web_search", 1, "expansion")],
  },
  { name: "allow: element removed", head: (d) => d.tool_policy.allow.splice(1, 1), want: [rmEl("/tool_policy/allow", "write", 1, "tightening")] },
  {
    name: "allow: group added (glob-free), case kept as written",
    head: (d) => d.tool_policy.allow.push("Group:UI"),
    want: [addEl("/tool_policy/allow", "Group:UI", 4, "expansion")],
  },

  // tool_policy.deny: more is tightening, less is expansion
  { name: "deny: element added", head: (d) => d.tool_policy.deny.push("cron"), want: [addEl("/tool_policy/deny", "cron", 3, "tightening")] },
  { name: "deny: element removed (undenied)", head: (d) => d.tool_policy.deny.splice(1, 1), want: [rmEl("/tool_policy/deny", "process", 1, "expansion")] },

  // booleans: true → false loosens, false → true tightens
  ...BOOLS.flatMap((p): Case[] => [
    { name: `${p}: true → false`, head: (d) => setAt(d, p, false), want: [ex(p, true, false, "expansion")] },
    { name: `${p}: false → true`, base: (d) => setAt(d, p, false), head: (d) => setAt(d, p, true), want: [ex(p, false, true, "tightening")] },
  ]),

  // workspace_access: none < ro < rw, every direction
  ...WS.flatMap((from, i) =>
    WS.filter((to) => to !== from).map(
      (to): Case => ({
        name: `workspace_access ${from} → ${to}`,
        base: (d) => (d.sandbox_expectations.workspace_access = from),
        head: (d) => (d.sandbox_expectations.workspace_access = to),
        want: [ex("/sandbox_expectations/workspace_access", from, to, WS.indexOf(to) > i ? "expansion" : "tightening")],
      }),
    ),
  ),

  // policy_hash_pinning: off < optional < required (more is tighter), every direction
  ...PIN.flatMap((from, i) =>
    PIN.filter((to) => to !== from).map(
      (to): Case => ({
        name: `policy_hash_pinning ${from} → ${to}`,
        base: (d) => (d.token_requirements.policy_hash_pinning = from),
        head: (d) => (d.token_requirements.policy_hash_pinning = to),
        want: [ex("/token_requirements/policy_hash_pinning", from, to, PIN.indexOf(to) > i ? "tightening" : "expansion")],
      }),
    ),
  ),

  // model_route.allowed: a route added is an expansion
  {
    name: "model_route.allowed: route added",
    head: (d) => d.model_route.allowed.push("Anthropic_direct"),
    want: [addEl("/model_route/allowed", "Anthropic_direct", 1, "expansion")],
  },
  {
    name: "model_route.allowed: route removed",
    base: (d) => d.model_route.allowed.unshift("Anthropic_direct"),
    head: (d) => (d.model_route.allowed = ["OpenRouter_via_fal"]),
    want: [rmEl("/model_route/allowed", "Anthropic_direct", 0, "tightening")],
  },

  // TTL: longer is an expansion
  {
    name: "cst_ttl_seconds_max longer",
    head: (d) => (d.token_requirements.cst_ttl_seconds_max = 3600),
    want: [ex("/token_requirements/cst_ttl_seconds_max", 1800, 3600, "expansion")],
  },
  {
    name: "cst_ttl_seconds_max shorter",
    head: (d) => (d.token_requirements.cst_ttl_seconds_max = 60),
    want: [ex("/token_requirements/cst_ttl_seconds_max", 1800, 60, "tightening")],
  },

  // approvals.required_for: an approval removed is an expansion
  {
    name: "approvals.required_for: kind added",
    head: (d) => d.approvals.required_for.push("payment"),
    want: [addEl("/approvals/required_for", "payment", 2, "tightening")],
  },
  {
    name: "approvals.required_for: kind removed",
    head: (d) => d.approvals.required_for.shift(),
    want: [rmEl("/approvals/required_for", "external_send", 0, "expansion")],
  },

  // data_boundaries.egress_allowlist: a constraint; its absence means unrestricted
  {
    name: "egress_allowlist: whole field added (tightening, one change carrying the list)",
    head: (d) => (d.data_boundaries = { egress_allowlist: ["api.example.com", "*.example.org"] }),
    want: [
      {
        path: "/data_boundaries/egress_allowlist",
        kind: "added",
        before: null,
        after: ["api.example.com", "*.example.org"],
        risk: "tightening",
        at: ["head", "/data_boundaries/egress_allowlist"],
      },
    ],
  },
  {
    name: "egress_allowlist: whole field added beside existing graph scopes",
    base: (d) => (d.data_boundaries = { microsoft_graph_scopes: ["User.Read"] }),
    head: (d) => (d.data_boundaries = { microsoft_graph_scopes: ["User.Read"], egress_allowlist: ["api.example.com"] }),
    want: [
      {
        path: "/data_boundaries/egress_allowlist",
        kind: "added",
        before: null,
        after: ["api.example.com"],
        risk: "tightening",
        at: ["head", "/data_boundaries/egress_allowlist"],
      },
    ],
  },
  {
    name: "egress_allowlist: empty list added (nothing may leave: tightening)",
    head: (d) => (d.data_boundaries = { egress_allowlist: [] }),
    want: [
      { path: "/data_boundaries/egress_allowlist", kind: "added", before: null, after: [], risk: "tightening", at: ["head", "/data_boundaries/egress_allowlist"] },
    ],
  },
  {
    name: "egress_allowlist: whole field removed (expansion, BASE position)",
    base: (d) => (d.data_boundaries = { egress_allowlist: ["api.example.com"], microsoft_graph_scopes: ["User.Read"] }),
    head: (d) => (d.data_boundaries = { microsoft_graph_scopes: ["User.Read"] }),
    want: [
      {
        path: "/data_boundaries/egress_allowlist",
        kind: "removed",
        before: ["api.example.com"],
        after: null,
        risk: "expansion",
        at: ["base", "/data_boundaries/egress_allowlist"],
      },
    ],
  },
  {
    name: "egress_allowlist: host added",
    base: (d) => (d.data_boundaries = { egress_allowlist: ["api.example.com"] }),
    head: (d) => (d.data_boundaries = { egress_allowlist: ["api.example.com", "evil.example.net"] }),
    want: [addEl("/data_boundaries/egress_allowlist", "evil.example.net", 1, "expansion")],
  },
  {
    name: "egress_allowlist: host removed",
    base: (d) => (d.data_boundaries = { egress_allowlist: ["api.example.com", "cdn.example.com"] }),
    head: (d) => (d.data_boundaries = { egress_allowlist: ["cdn.example.com"] }),
    want: [rmEl("/data_boundaries/egress_allowlist", "api.example.com", 0, "tightening")],
  },

  // data_boundaries.microsoft_graph_scopes: a scope added is an expansion
  {
    name: "microsoft_graph_scopes: scope added",
    base: (d) => (d.data_boundaries = { microsoft_graph_scopes: ["User.Read"] }),
    head: (d) => (d.data_boundaries = { microsoft_graph_scopes: ["User.Read", "Mail.Send"] }),
    want: [addEl("/data_boundaries/microsoft_graph_scopes", "Mail.Send", 1, "expansion")],
  },
  {
    name: "microsoft_graph_scopes: scope removed",
    base: (d) => (d.data_boundaries = { microsoft_graph_scopes: ["User.Read", "Mail.Send"] }),
    head: (d) => (d.data_boundaries = { microsoft_graph_scopes: ["Mail.Send"] }),
    want: [rmEl("/data_boundaries/microsoft_graph_scopes", "User.Read", 0, "tightening")],
  },
  {
    name: "microsoft_graph_scopes: whole field (one scope) added",
    head: (d) => (d.data_boundaries = { microsoft_graph_scopes: ["User.Read"] }),
    want: [addEl("/data_boundaries/microsoft_graph_scopes", "User.Read", 0, "expansion")],
  },
  {
    name: "microsoft_graph_scopes: whole field (one scope) removed",
    base: (d) => (d.data_boundaries = { egress_allowlist: ["a.example.com"], microsoft_graph_scopes: ["User.Read"] }),
    head: (d) => (d.data_boundaries = { egress_allowlist: ["a.example.com"] }),
    want: [rmEl("/data_boundaries/microsoft_graph_scopes", "User.Read", 0, "tightening")],
  },
];

describe("diffPolicies: every field, every risk class, exact change objects and positions", () => {
  for (const c of CASES) {
    it(c.name, () => {
      const baseDoc = c.base ? mutate(c.base) : example();
      const headDoc = mutate((d) => {
        c.base?.(d);
        c.head(d);
      });
      const d = diff(baseDoc, headDoc);
      const want: Change[] = c.want.map((w) => ({
        path: w.path,
        kind: w.kind,
        before: w.before,
        after: w.after,
        risk: w.risk,
        ...posIn(w.at[0] === "base" ? baseDoc : headDoc, w.at[1]),
      }));
      expect(d.changes).toEqual(want);
      expect(d.expands).toBe(want.some((w) => w.risk === "expansion"));
      expect(d.base_hash).toBe(policyHash(baseDoc).policy_hash_b64u);
      expect(d.head_hash).toBe(policyHash(headDoc).policy_hash_b64u);
    });
  }

  it("covers every WPC field and each risk class the field can produce", () => {
    const seen = new Map<string, Set<Risk>>();
    for (const c of CASES) for (const w of c.want) (seen.get(w.path) ?? seen.set(w.path, new Set()).get(w.path)!).add(w.risk);
    const expected: Record<string, Risk[]> = {
      "/wpc_version": ["neutral"],
      "/purpose": ["neutral"],
      "/tool_policy/allow": ["expansion", "tightening"],
      "/tool_policy/deny": ["expansion", "tightening"],
      "/sandbox_expectations/tools_run_in_sandbox": ["expansion", "tightening"],
      "/sandbox_expectations/workspace_access": ["expansion", "tightening"],
      "/model_route/require_clawproxy": ["expansion", "tightening"],
      "/model_route/allowed": ["expansion", "tightening"],
      "/token_requirements/cst_ttl_seconds_max": ["expansion", "tightening"],
      "/token_requirements/require_scope_hash": ["expansion", "tightening"],
      "/token_requirements/policy_hash_pinning": ["expansion", "tightening"],
      "/approvals/required_for": ["expansion", "tightening"],
      "/approvals/status": ["neutral"],
      "/audit/require_gateway_receipts": ["expansion", "tightening"],
      "/audit/require_proof_bundle": ["expansion", "tightening"],
      "/data_boundaries/egress_allowlist": ["expansion", "tightening"],
      "/data_boundaries/microsoft_graph_scopes": ["expansion", "tightening"],
    };
    expect(Object.fromEntries([...seen].map(([k, v]) => [k, [...v].sort()]))).toEqual(expected);
  });

  it("positions are literal 1-based line/column in HEAD (spot check against the pretty-printed example)", () => {
    const d = diff(example(), mutate((x) => x.tool_policy.allow.push("exec")));
    // line 10: `      "exec"` — the 5th allow element, after 6 spaces of indentation
    expect(d.changes).toEqual([{ path: "/tool_policy/allow", kind: "added", before: null, after: "exec", risk: "expansion", line: 10, column: 7 }]);
    const r = diff(example(), mutate((x) => x.tool_policy.deny.shift()));
    // BASE line 12: `      "exec"`, the first deny element
    expect(r.changes).toEqual([{ path: "/tool_policy/deny", kind: "removed", before: "exec", after: null, risk: "expansion", line: 12, column: 7 }]);
  });

  it("columns are counted in code points (astral characters before the value on the same line)", () => {
    const base = `{"purpose":"😀😀 x","wpc_version":"v1"}`;
    const head = `{"purpose":"😀😀 x","wpc_version":"v2"}`;
    const d = diff(base, head);
    // `{"purpose":"😀😀 x","wpc_version":` is 32 code points (34 UTF-16 units), so the value is at column 33
    expect(d.changes).toEqual([{ path: "/wpc_version", kind: "changed", before: "v1", after: "v2", risk: "neutral", line: 1, column: 33 }]);
  });

  it("several changes at once: one change per element, sorted by path then kind", () => {
    const head = mutate((d) => {
      d.tool_policy.allow.push("exec", "web_fetch");
      d.tool_policy.deny = ["elevated"];
      d.token_requirements.cst_ttl_seconds_max = 900;
      d.purpose = "p";
    });
    const d = diff(example(), head);
    expect(d.changes.map((c) => [c.path, c.kind, c.before, c.after, c.risk])).toEqual([
      ["/purpose", "changed", "Invoice triage and draft response", "p", "neutral"],
      ["/token_requirements/cst_ttl_seconds_max", "changed", 1800, 900, "tightening"],
      ["/tool_policy/allow", "added", null, "exec", "expansion"],
      ["/tool_policy/allow", "added", null, "web_fetch", "expansion"],
      ["/tool_policy/deny", "removed", "exec", null, "expansion"],
      ["/tool_policy/deny", "removed", "process", null, "expansion"],
    ]);
    expect(d.expands).toBe(true);
  });
});

describe("sets compare as sets", () => {
  it("reordering every set field is no change", () => {
    const base = mutate((d) => {
      d.model_route.allowed = ["OpenRouter_via_fal", "Anthropic_direct"];
      d.data_boundaries = { egress_allowlist: ["a.example.com", "b.example.com"], microsoft_graph_scopes: ["User.Read", "Mail.Send"] };
    });
    const head = structuredClone(base);
    head.tool_policy.allow.reverse();
    head.tool_policy.deny.reverse();
    head.model_route.allowed.reverse();
    head.approvals.required_for.reverse();
    head.data_boundaries.egress_allowlist.reverse();
    head.data_boundaries.microsoft_graph_scopes.reverse();
    const d = diff(base, head);
    expect(d.changes).toEqual([]);
    expect(d.expands).toBe(false);
    expect(d.head_hash).not.toBe(d.base_hash); // the bytes (and the hash) did change
  });

  it("an element added is ONE change naming the field, with the element as `after`", () => {
    const d = diff(example(), mutate((x) => x.tool_policy.allow.unshift("web_fetch")));
    expect(d.changes).toHaveLength(1);
    expect(d.changes[0]).toMatchObject({ path: "/tool_policy/allow", kind: "added", before: null, after: "web_fetch" });
  });

  it("an element moved and another added at once: only the addition", () => {
    const d = diff(example(), mutate((x) => (x.tool_policy.allow = ["browser", "exec", "http", "write", "read"])));
    expect(d.changes.map((c) => [c.path, c.kind, c.after])).toEqual([["/tool_policy/allow", "added", "exec"]]);
  });

  it("a case-only change of a tool name (allow) is no change", () => {
    const d = diff(example(), mutate((x) => (x.tool_policy.allow[0] = "READ")));
    expect(d.changes).toEqual([]);
    expect(d.expands).toBe(false);
  });
  it("a case-only change of a tool name (deny) is no change", () => {
    const d = diff(example(), mutate((x) => (x.tool_policy.deny[0] = "Exec")));
    expect(d.changes).toEqual([]);
    expect(d.expands).toBe(false);
  });
  it("whatever it reports for a case-only change, it never points outside the document", () => {
    const d = diff(example(), mutate((x) => (x.tool_policy.allow[0] = "READ")));
    for (const c of d.changes) expect(["/tool_policy/allow", ""]).toContain(c.path);
  });
});

describe("determinism", () => {
  const base = mutate((d) => (d.data_boundaries = { egress_allowlist: ["a.example.com"], microsoft_graph_scopes: ["User.Read"] }));
  const head = mutate((d) => {
    d.purpose = "changed";
    d.tool_policy.allow.push("exec", "web_fetch", "cron");
    d.tool_policy.deny = ["elevated", "nodes"];
    d.sandbox_expectations.workspace_access = "rw";
    d.model_route.allowed = ["Anthropic_direct"];
    d.token_requirements.policy_hash_pinning = "required";
    d.approvals.required_for = ["payment"];
    d.audit.require_proof_bundle = false;
    d.data_boundaries = { microsoft_graph_scopes: ["Mail.Send", "User.Read"] };
  });

  function reverseKeys(v: unknown): unknown {
    if (Array.isArray(v)) return v.map(reverseKeys);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]));
    return v;
  }
  const strip = (cs: Change[]) => cs.map(({ line: _l, column: _c, ...rest }) => rest);

  it("the same input gives the same output, twice", () => {
    const a = JSON.stringify(diff(base, head));
    const b = JSON.stringify(diff(base, head));
    expect(a).toBe(b);
    expect(JSON.parse(a).changes.length).toBeGreaterThan(10);
  });

  it("output is independent of the key order of either document", () => {
    const d1 = diff(base, head);
    for (const [b, h] of [
      [reverseKeys(base), head],
      [base, reverseKeys(head)],
      [reverseKeys(base), reverseKeys(head)],
    ] as Array<[Doc, Doc]>) {
      const d2 = diff(b, h);
      expect(strip(d2.changes)).toEqual(strip(d1.changes));
      expect(d2.expands).toBe(d1.expands);
      expect(d2.base_hash).toBe(d1.base_hash); // JCS: key order does not change the hash
      expect(d2.head_hash).toBe(d1.head_hash);
      // and positions still point at the right value in the reordered text
      for (const c of d2.changes) {
        const doc = c.kind === "removed" ? b : h;
        const positions = [...pretty(doc).offsets.keys()].filter((p) => p === c.path || p.startsWith(`${c.path}/`)).map((p) => posIn(doc, p));
        expect(positions).toContainEqual({ line: c.line, column: c.column });
      }
    }
  });

  it("changes are sorted by path, then kind, then value", () => {
    const cs = diff(base, head).changes;
    const key = (c: Change) => [c.path, c.kind, JSON.stringify(c.after ?? c.before)];
    const sorted = [...cs].sort((x, y) => {
      const a = key(x);
      const b = key(y);
      for (let i = 0; i < 3; i++) if (a[i]! !== b[i]!) return a[i]! < b[i]! ? -1 : 1;
      return 0;
    });
    expect(cs).toEqual(sorted);
  });
});

describe("identity and `expands`", () => {
  it("identical documents: no change, expands false, equal hashes", () => {
    const d = diff(example(), example());
    expect(d).toEqual({ base_hash: d.head_hash, head_hash: policyHash(example()).policy_hash_b64u, expands: false, changes: [] });
  });

  it("same value, different formatting and key order: no change", () => {
    const compact = JSON.stringify(example());
    const d = diff(example(), compact);
    expect(d.changes).toEqual([]);
    expect(d.base_hash).toBe(d.head_hash);
  });

  it("expands is false when every change is tightening or neutral", () => {
    const d = diff(
      example(),
      mutate((x) => {
        x.purpose = "x";
        x.tool_policy.deny.push("cron");
        x.token_requirements.cst_ttl_seconds_max = 60;
      }),
    );
    expect(d.changes.map((c) => c.risk).sort()).toEqual(["neutral", "tightening", "tightening"]);
    expect(d.expands).toBe(false);
  });

  it("expands is true when one expansion hides among tightenings", () => {
    const d = diff(
      example(),
      mutate((x) => {
        x.tool_policy.deny.push("cron");
        x.token_requirements.cst_ttl_seconds_max = 1801;
      }),
    );
    expect(d.changes.map((c) => c.risk).sort()).toEqual(["expansion", "tightening"]);
    expect(d.expands).toBe(true);
  });

  it("no base (a new policy): every field is added, hashes null/head", () => {
    const h = side(example());
    const d = diffPolicies(null, h);
    expect(d.base_hash).toBeNull();
    expect(d.head_hash).toBe(h.hash);
    expect(d.expands).toBe(true);
    expect(d.changes.filter((c) => c.path === "/tool_policy/allow").map((c) => c.after)).toEqual(["browser", "http", "read", "write"]);
    expect(d.changes.every((c) => c.kind === "added")).toBe(true);
  });
});

describe("classify (fail closed)", () => {
  const cases: Array<[string, ChangeKind, JsonValue | null, JsonValue | null, Risk]> = [
    ["/purpose", "changed", "a", "b", "neutral"],
    ["/wpc_version", "changed", "v1", "v2", "neutral"],
    ["/approvals/status", "changed", "a", "b", "neutral"],
    ["/tool_policy/allow", "added", null, "exec", "expansion"],
    ["/tool_policy/allow", "removed", "exec", null, "tightening"],
    ["/tool_policy/deny", "added", null, "exec", "tightening"],
    ["/tool_policy/deny", "removed", "exec", null, "expansion"],
    ["/approvals/required_for", "removed", "payment", null, "expansion"],
    ["/model_route/allowed", "added", null, "X", "expansion"],
    ["/data_boundaries/microsoft_graph_scopes", "added", null, "Mail.Send", "expansion"],
    ["/data_boundaries/egress_allowlist", "added", null, ["a.example.com"], "tightening"],
    ["/data_boundaries/egress_allowlist", "removed", ["a.example.com"], null, "expansion"],
    ["/data_boundaries/egress_allowlist", "added", null, "b.example.com", "expansion"],
    ["/data_boundaries/egress_allowlist", "removed", "b.example.com", null, "tightening"],
    ["/sandbox_expectations/tools_run_in_sandbox", "changed", true, false, "expansion"],
    ["/sandbox_expectations/tools_run_in_sandbox", "changed", false, true, "tightening"],
    ["/sandbox_expectations/tools_run_in_sandbox", "removed", true, null, "expansion"],
    ["/audit/require_proof_bundle", "changed", true, "yes", "expansion"],
    ["/sandbox_expectations/workspace_access", "changed", "ro", "everything", "expansion"],
    ["/token_requirements/policy_hash_pinning", "changed", "required", "maybe", "expansion"],
    ["/token_requirements/cst_ttl_seconds_max", "changed", 60, 60, "neutral"],
    ["/token_requirements/cst_ttl_seconds_max", "changed", 60, "60", "expansion"],
    ["/token_requirements/cst_ttl_seconds_max", "removed", 60, null, "expansion"],
    ["/something/new", "added", null, true, "expansion"],
    ["/data_boundaries", "added", null, {}, "expansion"],
  ];
  for (const [path, kind, before, after, risk] of cases)
    it(`${path} ${kind} ${JSON.stringify(before)} → ${JSON.stringify(after)} is ${risk}`, () => {
      expect(classify(path, kind, before, after)).toBe(risk);
    });
});
