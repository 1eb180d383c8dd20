/** File-system edge: bounded reads with one-line, file-naming errors. */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { POLICY_FILE_SUFFIX } from "../core/policy/types.ts";

let scratch: Buffer | undefined;

/**
 * Read a file of at most `limit` bytes: open, one read into a reused buffer of limit+1 bytes (a
 * regular file returns short only at its end), close. A larger file is E_TOO_LARGE without being
 * read whole; a missing path, a directory or a permission problem is a one-line E_IO naming the file.
 * Opened non-blocking and checked with fstat: a FIFO, socket or device is refused, never waited on.
 * `noFollow`: a symbolic link (as the last component) is refused too, never followed.
 */
export function readFileLimited(path: string, limit: number, what = "file", noFollow = false): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (noFollow ? constants.O_NOFOLLOW : 0));
  } catch (e) {
    if (noFollow && (e as { code?: string }).code === "ELOOP") throw new WpcError("E_IO", `${path}: is a symbolic link, expected a ${what} (links are never followed)`, path);
    throw new WpcError("E_IO", `${path}: ${ioReason(e)}`, path);
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new WpcError("E_IO", `${path}: is a directory, expected a ${what}`, path);
    if (!st.isFile()) throw new WpcError("E_IO", `${path}: ${nonFileKind(st)}, expected a regular ${what}`, path);
    if (limit > 8 * 1024 * 1024) return readSized(fd, path, st.size, limit);
    const buf = scratch && scratch.byteLength >= limit + 1 ? scratch : (scratch = Buffer.allocUnsafe(limit + 1));
    let n = 0;
    for (;;) {
      const got = readSync(fd, buf, n, limit + 1 - n, null);
      n += got;
      if (got === 0 || n > limit) break;
    }
    if (n > limit) throw new WpcError("E_TOO_LARGE", `${path}: larger than the ${formatBytes(limit)} limit`, path);
    return new Uint8Array(buf.subarray(0, n));
  } catch (e) {
    if (e instanceof WpcError) throw e;
    const code = (e as { code?: string }).code;
    if (code === "EISDIR") throw new WpcError("E_IO", `${path}: is a directory, expected a ${what}`, path);
    throw new WpcError("E_IO", `${path}: ${ioReason(e)}`, path);
  } finally {
    closeSync(fd);
  }
}

/**
 * A file under a large limit (a proof bundle: 256 MiB), read into a buffer of its fstat size plus one
 * byte (to see it grow), grown only if the file grows while being read, never beyond limit + 1 bytes.
 * One allocation of the file's size: a 12 KB bundle costs 12 KB, not a read-whole-file round of its own.
 */
function readSized(fd: number, path: string, size: number, limit: number): Uint8Array {
  if (size > limit) throw new WpcError("E_TOO_LARGE", `${path}: ${size} bytes is above the ${formatBytes(limit)} limit`, path);
  let buf = Buffer.allocUnsafeSlow(size + 1);
  let n = 0;
  for (;;) {
    if (n === buf.length) {
      if (n > limit) break;
      const bigger = Buffer.allocUnsafeSlow(Math.min(limit + 1, 2 * buf.length));
      buf.copy(bigger, 0, 0, n);
      buf = bigger;
    }
    const got = readSync(fd, buf, n, buf.length - n, null);
    if (got === 0) break;
    n += got;
  }
  if (n > limit) throw new WpcError("E_TOO_LARGE", `${path}: above the ${formatBytes(limit)} limit`, path);
  return new Uint8Array(buf.buffer, buf.byteOffset, n);
}

/**
 * Give the memory of a file read by readFileLimited back at the next collection of any kind, when it
 * is no longer needed: its buffer is moved (transferred, not copied) to a fresh object nothing refers
 * to, which the next minor collection frees, instead of waiting, in an old object, for the next full
 * one (which may come only after a large parse has peaked: 200 MB for 100,000 receipts). `bytes` must
 * own its buffer, as readFileLimited's results do, and is empty afterwards. Memory that cannot be moved
 * (Buffer's shared pool, shared memory) is left to the collector.
 */
export function releaseFileBytes(bytes: Uint8Array): void {
  try {
    structuredClone(bytes.buffer, { transfer: [bytes.buffer as ArrayBuffer] });
  } catch {
    // not transferable: the collector frees it as usual
  }
}

/** Expand paths: a directory means its `*.wpc.json` files (sorted); a file is taken as given. */
export function expandPolicyPaths(paths: readonly string[], cwd: string): string[] {
  return expandPolicyEntries(paths, cwd).map((e) => e.file);
}

/**
 * The same, each with what it is when it is not a regular file (`kind`, from the directory listing's
 * own entry type, or lstat for a path given by name: a link is never followed). One readdir per
 * directory, no stat per file.
 */
export function expandPolicyEntries(paths: readonly string[], cwd: string): Array<{ file: string; kind?: string }> {
  const out: Array<{ file: string; kind?: string }> = [];
  for (const p of paths) {
    let isDir = false;
    try {
      isDir = statSync(resolve(cwd, p)).isDirectory();
    } catch (e) {
      throw new WpcError("E_IO", `${p}: ${ioReason(e)}`, p);
    }
    if (!isDir) {
      const kind = notRegular(resolve(cwd, p));
      out.push(kind ? { file: p, kind } : { file: p });
      continue;
    }
    const entries = readdirSync(resolve(cwd, p), { withFileTypes: true })
      .filter((d) => d.name.endsWith(POLICY_FILE_SUFFIX))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    if (entries.length === 0) throw new WpcError("E_IO", `${p}: directory holds no *${POLICY_FILE_SUFFIX} files`, p);
    for (const d of entries) {
      const file = join(p, d.name);
      // DT_UNKNOWN (some file systems): ask lstat
      const kind = d.isFile() ? undefined : d.isSymbolicLink() || d.isFIFO() || d.isSocket() || d.isBlockDevice() || d.isCharacterDevice() || d.isDirectory() ? nonFileKind(d) : notRegular(resolve(cwd, file));
      out.push(kind ? { file, kind } : { file });
    }
  }
  return out;
}

/** What a non-regular file is, for messages (from lstat or fstat). */
export function nonFileKind(st: { isSymbolicLink(): boolean; isFIFO(): boolean; isSocket(): boolean; isBlockDevice(): boolean; isCharacterDevice(): boolean; isDirectory(): boolean }): string {
  if (st.isSymbolicLink()) return "is a symbolic link";
  if (st.isFIFO()) return "is a FIFO";
  if (st.isSocket()) return "is a socket";
  if (st.isBlockDevice() || st.isCharacterDevice()) return "is a device";
  if (st.isDirectory()) return "is a directory";
  return "is not a regular file";
}

/** Why `path` is not a regular file (lstat: links are not followed), or undefined when it is one or is absent. */
export function notRegular(path: string): string | undefined {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return undefined; // absent or unreadable: the read reports it
  }
  return st.isFile() ? undefined : nonFileKind(st);
}

export function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

export function ioReason(e: unknown): string {
  const code = (e as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      return "no such file or directory";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    case "ENOTDIR":
      return "a path component is not a directory";
    default:
      return code ? `cannot read (${code})` : "cannot read";
  }
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
