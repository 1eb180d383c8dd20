/** JSON Schema validation of a WPC (ajv, draft 2020-12, strict mode, allErrors). */
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import schema from "./wpc.schema.json" with { type: "json" };
import VALIDATORS from "./generated/wpc.cjs";
import { escapePointerToken } from "../json/ijson.ts";
import type { RawFinding } from "../json/findings.ts";

export const WPC_SCHEMA: object = schema;

// compiled ahead of time by the build (ajv standalone, strict, allErrors) from wpc.schema.json
const validateFn = VALIDATORS.wpc as unknown as ValidateFunction;

export function schemaFindings(value: unknown): RawFinding[] {
  if (validateFn(value)) return [];
  return (validateFn.errors ?? []).map(toFinding);
}

function toFinding(e: ErrorObject): RawFinding {
  let path = e.instancePath;
  let message = e.message ?? "is invalid";
  const params = e.params as Record<string, unknown>;
  if (e.keyword === "additionalProperties") {
    const prop = String(params.additionalProperty);
    path = `${path}/${escapePointerToken(prop)}`;
    message = `unknown property "${prop}"`;
  } else if (e.keyword === "required") {
    message = `missing required property "${String(params.missingProperty)}"`;
  } else if (e.keyword === "enum") {
    message = `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`;
  } else if (e.keyword === "const") {
    message = `must be ${JSON.stringify(params.allowedValue)}`;
  } else if (e.keyword === "uniqueItems") {
    message = `duplicate entries (items ${String(params.j)} and ${String(params.i)})`;
  }
  return { rule: "SCHEMA", level: "error", message, path };
}
