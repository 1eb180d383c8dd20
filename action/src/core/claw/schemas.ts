/**
 * Validators of the Claw JSON Schemas the verifier uses (schema-set.ts: RUNTIME_CLAW_SCHEMAS), as the
 * build precompiled them with ajv standalone into ./generated/. Nothing here compiles a schema: the
 * bundles carry neither ajv's compiler nor the raw schemas (a verify action's cold start parses every
 * byte of its bundle). Any other schema is compiled by schema-set.ts (the build, the conformance tests).
 */
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import CLAW_2020 from "./generated/claw-2020.cjs";
import CLAW_07 from "./generated/claw-07.cjs";
import type { ClawSchemaName } from "./schema-set.ts";

export type { ClawSchemaName } from "./schema-set.ts";

/** The precompiled validator of a Claw schema the verifier uses. Throws for any other name (a build defect). */
export function clawValidator(name: ClawSchemaName): ValidateFunction {
  const fn = ((CLAW_2020 as Record<string, unknown>)[name] ?? (CLAW_07 as Record<string, unknown>)[name]) as ValidateFunction | undefined;
  if (!fn) throw new Error(`Claw schema ${name} has no precompiled validator (RUNTIME_CLAW_SCHEMAS; npm run build)`);
  return fn;
}

export type ClawSchemaResult = { valid: true; errors: [] } | { valid: false; errors: ErrorObject[] };

/**
 * Validate `value` against a Claw schema; every ajv error is returned (allErrors). `at`: where `value`
 * sits in a larger document (its JSON pointer, which prefixes the errors' instance paths).
 */
export function validateClaw(name: ClawSchemaName, value: unknown, at?: { instancePath: string; parentData: object; parentDataProperty: string; rootData: object }): ClawSchemaResult {
  const fn = clawValidator(name);
  if (fn(value, at && { ...at, dynamicAnchors: {} })) return { valid: true, errors: [] };
  return { valid: false, errors: [...(fn.errors ?? [])] };
}

/** The JSON pointer an ajv error is about (for `required`/`additionalProperties`: the property itself). */
export function ajvErrorPointer(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  const prop = e.keyword === "required" ? p["missingProperty"] : e.keyword === "additionalProperties" ? p["additionalProperty"] : undefined;
  return typeof prop === "string" ? `${e.instancePath}/${prop.replace(/~/g, "~0").replace(/\//g, "~1")}` : e.instancePath;
}

/** One short line per ajv error: `/payload/bundle_id: [minLength] must NOT have fewer than 1 characters`. */
export function ajvErrorText(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  let msg = e.message ?? "is invalid";
  if (e.keyword === "enum") msg += ` ${JSON.stringify(p["allowedValues"])}`;
  if (e.keyword === "const") msg += ` ${JSON.stringify(p["allowedValue"])}`;
  if (e.keyword === "additionalProperties") msg = "unknown property";
  return `${ajvErrorPointer(e) || "/"}: [${e.keyword}] ${msg}`;
}

/** ajv errors as short strings, at most `max` of them (a last line says how many were left out). */
export function clawSchemaErrors(errors: readonly ErrorObject[] | null | undefined, max = 20): string[] {
  const list = errors ?? [];
  const out = list.slice(0, max).map(ajvErrorText);
  if (list.length > max) out.push(`… ${list.length - max} more`);
  return out;
}
