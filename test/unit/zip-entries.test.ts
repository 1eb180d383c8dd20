/** io/zip-entries.ts on archives made by Info-ZIP's `zip`: exact top-level names, bounded inflation, garbage. */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { zipEntries } from "../../action/src/io/zip-entries.ts";

function zipOf(files: Record<string, string>, args: string[] = []): Uint8Array {
  const d = mkdtempSync(join(tmpdir(), "wpc-zip-"));
  try {
    for (const [n, t] of Object.entries(files)) {
      mkdirSync(join(d, n, ".."), { recursive: true });
      writeFileSync(join(d, n), t);
    }
    const r = spawnSync("zip", ["-q", "-X", ...args, "out.zip", ...Object.keys(files)], { cwd: d });
    if (r.status !== 0) throw new Error(String(r.stderr));
    return new Uint8Array(readFileSync(join(d, "out.zip")));
  } finally {
    rmSync(d, { recursive: true, force: true });
  }
}

describe("zipEntries", () => {
  it("reads the named top-level entries, deflated or stored, and nothing else", () => {
    for (const args of [[], ["-0"]]) {
      const z = zipOf({ "bundle.json": '{"a":1}', "wpc-report.json": '{"verdict":"pass"}', "x/bundle.json": "no", "other.txt": "no" }, args);
      const got = zipEntries(z, ["wpc-report.json", "bundle.json"], 1 << 20);
      expect(Object.fromEntries(got.map((e) => [e.name, new TextDecoder().decode(e.bytes)]))).toEqual({ "bundle.json": '{"a":1}', "wpc-report.json": '{"verdict":"pass"}' });
    }
  });

  it("stops inflating at the limit (a zip bomb is skipped, not expanded)", () => {
    const z = zipOf({ "bundle.json": "0".repeat(5_000_000) });
    expect(z.byteLength).toBeLessThan(20_000);
    expect(zipEntries(z, ["bundle.json"], 1_000_000)).toEqual([]);
    expect(zipEntries(z, ["bundle.json"], 5_000_000)[0]!.bytes.byteLength).toBe(5_000_000);
  });

  it("garbage, truncation and an empty input give nothing, never a throw", () => {
    const z = zipOf({ "bundle.json": '{"a":1}' });
    expect(zipEntries(new Uint8Array(0), ["bundle.json"], 100)).toEqual([]);
    expect(zipEntries(new Uint8Array(1000).fill(7), ["bundle.json"], 100)).toEqual([]);
    for (let cut = 1; cut < z.byteLength; cut += 7) expect(() => zipEntries(z.subarray(0, cut), ["bundle.json"], 100)).not.toThrow();
  });
});
