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
import { readFileLimited, releaseFileBytes } from "../../action/src/io/files.ts";

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

describe("releaseFileBytes", () => {
  it("moves a read file's memory out (the bytes are empty after), and later reads are unaffected", () => {
    const a = join(dir, "release-a");
    const b = join(dir, "release-b");
    const bodyA = randomBytes(300_000);
    const bodyB = randomBytes(5_000);
    writeFileSync(a, bodyA);
    writeFileSync(b, bodyB);
    for (const limit of [LARGE, 1 << 20]) {
      const got = readFileLimited(a, limit, "file");
      expect(got.byteLength).toBe(bodyA.length);
      releaseFileBytes(got);
      expect(got.byteLength, `limit ${limit}`).toBe(0);
      // the small-limit path reads through a reused buffer: still whole for the next file
      expect(Buffer.from(readFileLimited(b, limit, "file")).equals(bodyB)).toBe(true);
      expect(Buffer.from(readFileLimited(a, limit, "file")).equals(bodyA)).toBe(true);
    }
  });

  it("leaves memory it cannot move alone (Buffer's shared pool, shared memory): no throw, nothing lost", () => {
    const pooled = Buffer.from("a small pooled buffer");
    const neighbour = Buffer.from("its neighbour in the pool");
    releaseFileBytes(pooled);
    expect(pooled.toString()).toBe("a small pooled buffer");
    expect(neighbour.toString()).toBe("its neighbour in the pool");
    const shared = new Uint8Array(new SharedArrayBuffer(16)).fill(7);
    releaseFileBytes(shared);
    expect([...shared]).toEqual(Array(16).fill(7));
  });
});
