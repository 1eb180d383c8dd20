/** Claw event chains (CLAWSIG.md §3.2): the fixed-order header hash and the chain rules. */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { VECTORS } from "../support/paths.ts";
import { checkEventChain, eventHeaderHash } from "../../action/src/core/claw/events.ts";
import { sha256B64u } from "../../action/src/core/crypto/crypto.ts";
import { canonicalize } from "../../action/src/core/json/jcs.ts";

type Event = Record<string, unknown>;
const REAL = join(VECTORS, "clawsig/real");
const realFile = readdirSync(REAL).filter((f) => f.endsWith("-bundle.json")).sort()[0] as string;
const realChain = (): Event[] =>
  (JSON.parse(readFileSync(join(REAL, realFile), "utf8")) as { payload: { event_chain: Event[] } }).payload.event_chain;

/** A valid chain of `n` events of one run, hashes computed with eventHeaderHash. */
function chain(n: number, run = "run_1"): Event[] {
  const out: Event[] = [];
  for (let i = 0; i < n; i++) {
    const e: Event = {
      event_id: `evt_${i}`,
      run_id: run,
      event_type: i === 0 ? "run_start" : "llm_call",
      timestamp: `2026-02-12T00:00:0${i}.000Z`,
      payload_hash_b64u: sha256B64u(`payload ${i}`),
      prev_hash_b64u: i === 0 ? null : out[i - 1]!["event_hash_b64u"],
    };
    e["event_hash_b64u"] = eventHeaderHash(e);
    out.push(e);
  }
  return out;
}

/** Recompute hashes and links from index `from` on (after an edit). */
function relink(events: Event[], from = 0): Event[] {
  for (let i = from; i < events.length; i++) {
    const e = events[i]!;
    if (i > 0) e["prev_hash_b64u"] = events[i - 1]!["event_hash_b64u"];
    e["event_hash_b64u"] = eventHeaderHash(e);
  }
  return events;
}

const kinds = (events: unknown) => checkEventChain(events).problems.map((p) => [p.code, p.kind, p.index]);

describe("eventHeaderHash", () => {
  it("reproduces every event hash of a real bundle (golden)", () => {
    const events = realChain();
    expect(events.length).toBeGreaterThan(1);
    for (const e of events) expect(eventHeaderHash(e)).toBe(e["event_hash_b64u"]);
  });

  it("hashes JSON.stringify of the six header keys in fixed order, prev null for the first event", () => {
    const e = realChain()[0]!;
    const bytes =
      `{"event_id":${JSON.stringify(e["event_id"])},"run_id":${JSON.stringify(e["run_id"])},` +
      `"event_type":${JSON.stringify(e["event_type"])},"timestamp":${JSON.stringify(e["timestamp"])},` +
      `"payload_hash_b64u":${JSON.stringify(e["payload_hash_b64u"])},"prev_hash_b64u":null}`;
    expect(sha256B64u(bytes)).toBe(e["event_hash_b64u"]);
    const { event_hash_b64u: _drop, ...header } = e;
    expect(sha256B64u(canonicalize(header))).not.toBe(e["event_hash_b64u"]);
  });

  it("treats a missing prev_hash_b64u as null", () => {
    const e = { ...realChain()[0]! };
    delete e["prev_hash_b64u"];
    expect(eventHeaderHash(e)).toBe(realChain()[0]!["event_hash_b64u"]);
  });
});

describe("checkEventChain", () => {
  it("accepts a real chain and a built one, returning run id, hashes and ids", () => {
    const real = checkEventChain(realChain());
    expect(real).toMatchObject({ ok: true, problems: [] });
    expect(real.runId).toBe(realChain()[0]!["run_id"]);
    const c = chain(3);
    const r = checkEventChain(c);
    expect(r.ok).toBe(true);
    expect([...r.hashes]).toEqual(c.map((e) => e["event_hash_b64u"]));
    expect([...r.ids]).toEqual(["evt_0", "evt_1", "evt_2"]);
  });

  it("accepts an empty-string prev on the first event (runtime rule)", () => {
    const c = chain(2);
    c[0]!["prev_hash_b64u"] = "";
    expect(checkEventChain(relink(c)).ok).toBe(true);
  });

  it("a recomputed hash that differs is HASH_MISMATCH", () => {
    const c = chain(3);
    c[1]!["event_type"] = "tool_call";
    expect(kinds(c)).toEqual([["HASH_MISMATCH", "hash", 1]]);
  });

  it("a broken prev link is MALFORMED_ENVELOPE, reported before hash mismatches", () => {
    const c = chain(3);
    c[2]!["prev_hash_b64u"] = c[0]!["event_hash_b64u"];
    expect(kinds(c)).toEqual([
      ["MALFORMED_ENVELOPE", "link", 2],
      ["HASH_MISMATCH", "hash", 2],
    ]);
    expect(kinds(relink(chain(3), 0).reverse())[0]).toEqual(["MALFORMED_ENVELOPE", "link", 0]);
  });

  it("a first event with a non-null prev is MALFORMED_ENVELOPE", () => {
    const c = chain(2);
    c[0]!["prev_hash_b64u"] = sha256B64u("x");
    expect(kinds(relink(c, 1))[0]).toEqual(["MALFORMED_ENVELOPE", "link", 0]);
  });

  it("a duplicate event_id is MALFORMED_ENVELOPE, reported first", () => {
    const c = chain(3);
    c[2]!["event_id"] = "evt_0";
    expect(kinds(relink(c, 2))).toEqual([["MALFORMED_ENVELOPE", "duplicate_id", 2]]);
  });

  it("two run_ids are MALFORMED_ENVELOPE", () => {
    const c = chain(3);
    c[1]!["run_id"] = "run_2";
    expect(kinds(relink(c, 1))).toEqual([["MALFORMED_ENVELOPE", "run_id", 1]]);
  });

  it("an empty or non-array chain is SCHEMA_VALIDATION_FAILED; a bad field is MALFORMED_ENVELOPE", () => {
    expect(kinds([])).toEqual([["SCHEMA_VALIDATION_FAILED", "chain", -1]]);
    expect(kinds({})).toEqual([["SCHEMA_VALIDATION_FAILED", "chain", -1]]);
    const c = chain(2);
    c[1]!["payload_hash_b64u"] = "short";
    expect(kinds(relink(c, 1))).toEqual([["MALFORMED_ENVELOPE", "field", 1]]);
    expect(kinds([null])[0]).toEqual(["MALFORMED_ENVELOPE", "field", 0]);
  });
});
