/**
 * Validators of the Claw JSON Schemas (see schema-set.ts). The build precompiles them with ajv
 * standalone into ./generated/; a schema missing there is compiled on first use and cached.
 */
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import CLAW_2020 from "./generated/claw-2020.cjs";
import CLAW_07 from "./generated/claw-07.cjs";
import { buildClawAjv, DRAFT07, schemaId, type ClawSchemaName, type Instances } from "./schema-set.ts";

export { CLAW_SCHEMA_NAMES, clawSchemaObject, type ClawSchemaName } from "./schema-set.ts";

let instances: Instances | undefined;
const compiled = new Map<ClawSchemaName, ValidateFunction>();

function getInstances(): Instances {
  return (instances ??= buildClawAjv());
}

/** The compiled validator of a Claw schema (compiled on first use, then cached). Throws only on a broken schema. */
export function clawValidator(name: ClawSchemaName): ValidateFunction {
  const hit = compiled.get(name);
  if (hit) return hit;
  // validators precompiled by the build (ajv standalone): no schema compilation at run time
  const pre = (DRAFT07.has(name) ? CLAW_07 : CLAW_2020)[name] as ValidateFunction | undefined;
  if (pre) {
    compiled.set(name, pre);
    return pre;
  }
  const { ajv2020, ajv07 } = getInstances();
  const fn = (DRAFT07.has(name) ? ajv07 : ajv2020).getSchema(schemaId(name));
  if (!fn) throw new Error(`Claw schema ${name} is not registered`);
  compiled.set(name, fn);
  return fn;
}

export type ClawSchemaResult = { valid: true; errors: [] } | { valid: false; errors: ErrorObject[] };

/** Validate `value` against a Claw schema; every ajv error is returned (allErrors). */
export function validateClaw(name: ClawSchemaName, value: unknown): ClawSchemaResult {
  const fn = clawValidator(name);
  if (fn(value)) return { valid: true, errors: [] };
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
