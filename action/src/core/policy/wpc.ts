/** WPC: parse → schema → lint → hash, with every finding located at file:line:column. */
import { WpcError } from "../json/errors.ts";
import { decodeUtf8, parseIJson, type JsonValue, type SourceMap } from "../json/ijson.ts";
import { locate, sortFindings, type Finding, type RawFinding } from "../json/findings.ts";
import { schemaFindings } from "./schema.ts";
import { lintWpc, type LintContext } from "./lint.ts";
import { policyHash } from "../crypto/hash.ts";
import type { Wpc } from "./types.ts";

export const MAX_POLICY_BYTES = 1024 * 1024;

export interface PolicyReport {
  file: string;
  policy_hash_b64u: string;
  sha256: string;
  findings: Finding[];
  /** The parsed document (present when it passed the schema). */
  wpc: Wpc | undefined;
  value: JsonValue;
}

export interface ParsedPolicy {
  value: JsonValue;
  text: string;
  map(): SourceMap;
}

/** Decode and parse policy bytes; throws WpcError (E_TOO_LARGE, E_NOT_IJSON) when unusable. */
export function parsePolicyBytes(bytes: Uint8Array, file: string): ParsedPolicy {
  if (bytes.byteLength > MAX_POLICY_BYTES)
    throw new WpcError("E_TOO_LARGE", `${file}: ${bytes.byteLength} bytes is above the 1 MiB policy limit`, file);
  const text = decodeUtf8(bytes, file);
  const { value } = parseIJson(text, { file });
  let map: SourceMap | undefined;
  return { value, text, map: () => (map ??= parseIJson(text, { positions: true, file }).map!) };
}

/** Validate and lint one policy document. */
export function checkPolicy(parsed: ParsedPolicy, file: string, ctx: LintContext = {}): PolicyReport {
  const raw: RawFinding[] = schemaFindings(parsed.value);
  const wpc = raw.length === 0 ? (parsed.value as unknown as Wpc) : undefined;
  if (wpc) raw.push(...lintWpc(wpc, ctx));
  const findings = raw.length ? sortFindings(locate(raw, parsed.map())) : [];
  const h = policyHash(parsed.value);
  return { file, ...h, findings, wpc, value: parsed.value };
}

export function checkPolicyBytes(bytes: Uint8Array, file: string, ctx: LintContext = {}): PolicyReport {
  return checkPolicy(parsePolicyBytes(bytes, file), file, ctx);
}
