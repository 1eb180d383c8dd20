/** JSON5 documents (OpenClaw's configuration format: comments, trailing commas, unquoted keys). */
import JSON5 from "json5";
import { WpcError } from "./errors.ts";

export function parseJson5Object(text: string, file: string, what: string): Record<string, unknown> {
  let v: unknown;
  try {
    v = JSON5.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new WpcError("E_BAD_INPUT", `${file}: not a JSON5 ${what}: ${e instanceof Error ? e.message : String(e)}`, file);
  }
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new WpcError("E_BAD_INPUT", `${file}: the ${what} is not a JSON object`, file);
  return v as Record<string, unknown>;
}
