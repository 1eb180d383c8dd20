/**
 * The impact replay's bundle reader (io/impact-replay.ts readReplayBundle) refuses exactly what
 * readBundle refuses — strict UTF-8 and I-JSON (duplicate members, lone surrogates, unsafe integers,
 * deep nesting, a byte order mark, trailing data), other envelope types, links, directories, FIFOs —
 * and reads the same value.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readBundle } from "../../action/src/io/bundle.ts";
import { readReplayBundle } from "../../action/src/io/impact-replay.ts";
import { makeWorld } from "../support/gate-world.ts";

const dir = mkdtempSync(join(tmpdir(), "wpc-replay-reader-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const w = makeWorld("replay-reader");
const good = JSON.stringify(w.job.bundle);

const CASES: Record<string, string | Buffer> = {
  good,
  "duplicate member": good.replace('{"envelope_version"', '{"envelope_version":"1","envelope_version"'),
  "duplicate member in payload": good.replace('"payload":{', '"payload":{"agent_did":"x",'),
  "lone surrogate escape": good.replace('"payload":{', '"payload":{"note":"\\ud800",'),
  "lone surrogate raw": Buffer.concat([Buffer.from(good.slice(0, -1)), Buffer.from(',"x":"'), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('"}')]),
  "invalid UTF-8": Buffer.concat([Buffer.from(good.slice(0, -1)), Buffer.from(',"x":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}')]),
  "unsafe integer": good.replace('"payload":{', '"payload":{"n":9007199254740993,'),
  "byte order mark": `\ufeff${good}`,
  "trailing data": `${good} {}`,
  "deep nesting": good.replace('"payload":{', `"payload":{"d":${"[".repeat(70)}${"]".repeat(70)},`),
  "another envelope type": good.replace('"envelope_type":"proof_bundle"', '"envelope_type":"gateway_receipt"'),
  "not an object": "[1,2]",
  empty: "",
};

function outcome(read: () => unknown): unknown {
  try {
    return { value: read() };
  } catch (e) {
    return { code: (e as { code?: string }).code };
  }
}

describe("the impact replay's bundle reader", () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`reads or refuses as readBundle does: ${name}`, () => {
      const p = join(dir, `${name.replace(/\W+/g, "-")}.json`);
      writeFileSync(p, text);
      const a = outcome(() => readBundle(p, true));
      const b = outcome(() => readReplayBundle(p));
      expect(b).toEqual(a);
      if (name !== "good") expect(a).toHaveProperty("code");
    });
  }

  it("refuses a link, a directory and a FIFO as readBundle does, never following the link", () => {
    const target = join(dir, "target.json");
    writeFileSync(target, good);
    symlinkSync(target, join(dir, "link.json"));
    mkdirSync(join(dir, "dir.json"));
    execFileSync("mkfifo", [join(dir, "fifo.json")]);
    for (const n of ["link.json", "dir.json", "fifo.json"]) {
      const p = join(dir, n);
      const a = outcome(() => readBundle(p, true));
      expect(a).toEqual({ code: "E_IO" });
      expect(outcome(() => readReplayBundle(p))).toEqual(a);
    }
  });
});
