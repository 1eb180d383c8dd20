/**
 * Reading named top-level files out of a ZIP archive (a GitHub artifact), in memory: the central
 * directory is read, only the wanted names are inflated, each bounded (`maxOutputLength`, so a zip bomb
 * stops at the limit). Nothing from the archive ever becomes a path on disk: no traversal, no links.
 * Stored (0) and deflated (8) entries; ZIP64, encryption and anything else are skipped (unreadable).
 */
import { inflateRawSync } from "node:zlib";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipEntry {
  name: string;
  bytes: Uint8Array;
}

/** The entries of `zip` named exactly one of `names` (first occurrence each), each at most `limit` bytes. */
export function zipEntries(zip: Uint8Array, names: readonly string[], limit: number): ZipEntry[] {
  const b = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  // the end-of-central-directory record: within the last 22 + 65,535 bytes (its comment)
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--)
    if (b.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) return [];
  const count = b.readUInt16LE(eocd + 10);
  let at = b.readUInt32LE(eocd + 16);
  const want = new Set(names);
  const out: ZipEntry[] = [];
  for (let n = 0; n < count && at + 46 <= b.length; n++) {
    if (b.readUInt32LE(at) !== CENTRAL) break;
    const flags = b.readUInt16LE(at + 8);
    const method = b.readUInt16LE(at + 10);
    const csize = b.readUInt32LE(at + 20);
    const usize = b.readUInt32LE(at + 24);
    const nameLen = b.readUInt16LE(at + 28);
    const extraLen = b.readUInt16LE(at + 30);
    const commentLen = b.readUInt16LE(at + 32);
    const local = b.readUInt32LE(at + 42);
    const name = b.subarray(at + 46, at + 46 + nameLen).toString("utf8");
    at += 46 + nameLen + extraLen + commentLen;
    if (!want.has(name) || (flags & 1) !== 0 || csize === 0xffffffff || usize > limit || local + 30 > b.length) continue;
    if (b.readUInt32LE(local) !== LOCAL) continue;
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    if (start + csize > b.length) continue;
    const data = b.subarray(start, start + csize);
    let bytes: Uint8Array;
    try {
      if (method === 0) bytes = new Uint8Array(data);
      else if (method === 8) bytes = new Uint8Array(inflateRawSync(data, { maxOutputLength: limit }));
      else continue;
    } catch {
      continue; // corrupt, or larger than the limit once inflated
    }
    want.delete(name);
    out.push({ name, bytes });
  }
  return out;
}
