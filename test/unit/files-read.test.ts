/**
 * readFileLimited under a large limit (proof bundles: 256 MiB), where a file is read into a buffer of its
 * own size: empty, small and limit-sized files come back byte for byte, one byte over the limit is
 * E_TOO_LARGE, and the small-limit path (a reused buffer) agrees on the same files.
 */
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readFileLimited } from "../../action/src/io/files.ts";

const dir = mkdtempSync(join(tmpdir(), "wpc-files-read-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LARGE = 9 * 1024 * 1024; // above the 8 MiB switch to the sized read

describe("readFileLimited, sized read under a large limit", () => {
  it("returns every byte of empty, small and limit-sized files; one byte more is E_TOO_LARGE", () => {
    for (const size of [0, 1, 4095, 12_345, 1 << 20]) {
      const p = join(dir, `f${size}`);
      const body = randomBytes(size);
      writeFileSync(p, body);
      const got = readFileLimited(p, LARGE, "file");
      expect(Buffer.from(got).equals(body), `${size} bytes`).toBe(true);
      expect(Buffer.from(readFileLimited(p, 2 << 20, "file")).equals(body)).toBe(true);
    }
    const atLimit = join(dir, "at-limit");
    writeFileSync(atLimit, "");
    truncateSync(atLimit, LARGE);
    expect(readFileLimited(atLimit, LARGE, "file").byteLength).toBe(LARGE);
    const over = join(dir, "over");
    writeFileSync(over, "");
    truncateSync(over, LARGE + 1);
    expect(() => readFileLimited(over, LARGE, "proof bundle")).toThrow(expect.objectContaining({ code: "E_TOO_LARGE" }));
  });

  it("the bytes are the caller's own (a later read does not change them)", () => {
    const a = join(dir, "a");
    const b = join(dir, "b");
    writeFileSync(a, "first file");
    writeFileSync(b, "second, longer file");
    const first = readFileLimited(a, LARGE, "file");
    readFileLimited(b, LARGE, "file");
    expect(Buffer.from(first).toString()).toBe("first file");
  });
});
