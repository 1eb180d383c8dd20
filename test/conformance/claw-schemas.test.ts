/** The Claw JSON Schemas: an unmodified copy of vectors/clawsig/schema/ that compiles (DESIGN.md §6). */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { ROOT, VECTORS } from "../support/paths.ts";
import { clawSchemaErrors, clawValidator, validateClaw } from "../../action/src/core/claw/schemas.ts";
import { CLAW_SCHEMA_NAMES, clawSchemaObject, compileClawValidator, RUNTIME_CLAW_SCHEMAS } from "../../action/src/core/claw/schema-set.ts";

const SHARED_SCHEMAS = join(VECTORS, "clawsig/schema");
const COPIED_SCHEMAS = join(ROOT, "action/src/core/claw/schema");

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
}

describe("Claw schemas", () => {
  it("the copy in action/src/core/claw/schema/ is byte-identical to vectors/clawsig/schema/", () => {
    const shared = listFiles(SHARED_SCHEMAS);
    expect(shared.length).toBeGreaterThan(20);
    expect(listFiles(COPIED_SCHEMAS)).toEqual(shared);
    for (const f of shared) {
      expect(readFileSync(join(COPIED_SCHEMAS, f)).equals(readFileSync(join(SHARED_SCHEMAS, f))), f).toBe(true);
    }
  });

  it("every copied schema file is exposed by name", () => {
    const ids = listFiles(SHARED_SCHEMAS).map((f) => (JSON.parse(readFileSync(join(SHARED_SCHEMAS, f), "utf8")) as { $id: string }).$id);
    const exposed = CLAW_SCHEMA_NAMES.map((n) => clawSchemaObject(n) as { $id?: string }).map((s) => s.$id);
    for (const id of ids) expect(exposed).toContain(id);
  });

  it.each(CLAW_SCHEMA_NAMES)("%s compiles (cross-$refs resolved) and rejects a non-object", (name) => {
    expect(typeof compileClawValidator(name)).toBe("function");
    expect(compileClawValidator(name)).toBe(compileClawValidator(name));
    expect(compileClawValidator(name)(42)).toBe(false);
    // the verifier's own (precompiled) validators: exactly the runtime set, no compiler behind them
    if (RUNTIME_CLAW_SCHEMAS.includes(name)) expect(clawValidator(name)(42)).toBe(false);
    else expect(() => clawValidator(name)).toThrow(/no precompiled validator/);
  });

  it("validates the real bundles and their URMs; errors come out as short strings", () => {
    const real = join(VECTORS, "clawsig/real");
    for (const f of readdirSync(real).filter((n) => n.endsWith(".json"))) {
      const doc = JSON.parse(readFileSync(join(real, f), "utf8")) as unknown;
      const r = validateClaw(f.endsWith("-urm.json") ? "urm" : "proof_bundle_envelope", doc);
      expect(clawSchemaErrors(r.errors), f).toEqual([]);
    }
    const bindingValidator = compileClawValidator("receipt_binding");
    const bad = bindingValidator({ run_id: "", extra: 1 }) ? { valid: true, errors: [] } : { valid: false, errors: [...(bindingValidator.errors ?? [])] };
    expect(clawSchemaErrors(bad.errors)).toEqual([
      "/extra: [additionalProperties] unknown property",
      "/run_id: [minLength] must NOT have fewer than 1 characters",
    ]);
    expect(clawSchemaErrors(bad.errors, 1)).toEqual(["/extra: [additionalProperties] unknown property", "… 1 more"]);
  });

  it("human_approval_receipt (draft-07) and date-time formats are enforced", () => {
    const approval = {
      receipt_version: "1",
      receipt_id: "hap_1",
      approval_type: "explicit_approve",
      approver_subject: "alice",
      agent_did: "did:key:z6MkneMkZqwqRiU5mJzSG3kDwzt9P8C59N4NGTfBLfSGE7c7",
      scope_hash_b64u: "A".repeat(43),
      hash_algorithm: "SHA-256",
      timestamp: "2026-02-12T00:00:00Z",
    };
    const ok = validateClaw("human_approval_receipt", approval);
    expect(clawSchemaErrors(ok.errors)).toEqual([]);
    expect(validateClaw("human_approval_receipt", { ...approval, timestamp: "2026-02-12 00:00" }).valid).toBe(false);
  });
});
