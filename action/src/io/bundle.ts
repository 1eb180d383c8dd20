/** Reading a proof bundle (and its URM document) from disk, bounded, strict I-JSON. */
import { existsSync } from "node:fs";
import { isAscii } from "node:buffer";
import { WpcError } from "../core/json/errors.ts";
import { documentKind } from "../core/policy/doc-kind.ts";
import { decodeUtf8, parseIJson } from "../core/json/ijson.ts";
import { rememberSourceText } from "../core/crypto/hash-memo.ts";
import { readFileLimited } from "./files.ts";

export const MAX_BUNDLE_BYTES = 256 * 1024 * 1024;

export function readJsonFile(path: string, limit: number, what: string): unknown {
  const bytes = readFileLimited(path, limit, what);
  return parseIJson(decodeText(bytes, path), { file: path }).value;
}

/**
 * Strict UTF-8 decoding, with a fast path for the usual case: ASCII text (every signed Claw document
 * JSON.stringify writes escapes nothing else) decodes byte for byte as Latin-1, which V8 copies into a
 * one-byte string, where the UTF-8 decoder costs ~1.5× as much on a 20 MB bundle.
 */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.byteLength > 0 && isAscii(bytes)) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  return decodeUtf8(bytes, path);
}

/**
 * The bundle envelope; a document of another type is E_BAD_INPUT (exit 2), never judged. Payloads
 * (the bundle's, each receipt's) written as JSON.stringify writes them are later hashed from their
 * source text instead of being serialised again. `onBytes` hears the file's bytes as read, before parsing.
 */
export function readBundle(path: string, noFollow = false, onBytes?: (bytes: Uint8Array) => void): unknown {
  const bytes = readBundleBytes(path, noFollow);
  onBytes?.(bytes); // the audit record hashes exactly the bytes judged
  return parseBundle(bytes, path);
}

/** A bundle file's bytes, bounded (MAX_BUNDLE_BYTES); `noFollow`: a link is refused, not followed. */
export function readBundleBytes(path: string, noFollow = false): Uint8Array {
  return readFileLimited(path, MAX_BUNDLE_BYTES, "proof bundle", noFollow);
}

/** Parse bundle bytes read by readBundleBytes (strict I-JSON; the payloads' source text remembered). */
export function parseBundle(bytes: Uint8Array, path: string): unknown {
  return parseBundleText(decodeText(bytes, path), path);
}

/**
 * The same, from the bytes decoded by decodeText. `found` hears each payload whose source text is what
 * JSON.stringify writes (default: remembered for hashing; the impact replay remembers only some).
 */
export function parseBundleText(text: string, path: string, found: (value: object, start: number, end: number) => void = (value, start, end) => rememberSourceText(value, text, start, end)): unknown {
  return bundleEnvelope(parseIJson(text, { file: path, sourceSpans: { member: "payload", found } }).value, path);
}

/** A parsed document as a proof bundle: a document of another type is E_BAD_INPUT (exit 2), never judged. */
export function bundleEnvelope(v: unknown, path: string): unknown {
  const t = typeof v === "object" && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>).envelope_type : undefined;
  if (t !== "proof_bundle")
    throw new WpcError("E_BAD_INPUT", `${path}: not a proof_bundle envelope (envelope_type ${JSON.stringify(t ?? null)}${t === undefined ? `: it is ${documentKind(v).replace(/ \(.*/, "")}` : ""})`, path);
  return v;
}

/** `--urm FILE`, else the sibling `<name>-urm.json` of `<name>-bundle.json` when the bundle names a URM. */
export function readUrm(bundlePath: string, bundle: unknown, explicit: string | undefined): unknown {
  if (explicit) return readJsonFile(explicit, MAX_BUNDLE_BYTES, "URM document");
  const payload = (bundle as { payload?: { urm?: unknown } }).payload;
  if (!payload || payload.urm === undefined) return undefined;
  const sibling = bundlePath.replace(/-bundle\.json$/, "-urm.json");
  if (sibling !== bundlePath && existsSync(sibling)) return readJsonFile(sibling, MAX_BUNDLE_BYTES, "URM document");
  return undefined;
}
