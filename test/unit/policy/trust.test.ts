import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseTrust } from "../../../action/src/core/policy/trust.ts";
import { isWpcError } from "../../../action/src/core/json/errors.ts";
import { ROOT } from "../../support/paths.ts";
import { base58 } from "@scure/base";

const enc = new TextEncoder();
const base = () => JSON.parse(readFileSync(join(ROOT, "policies/trust.json"), "utf8"));
function code(doc: unknown): string | undefined {
  try {
    parseTrust(enc.encode(JSON.stringify(doc)), "trust.json");
    return undefined;
  } catch (e) {
    return isWpcError(e) ? e.code : "CRASH";
  }
}

describe("trust.json", () => {
  it("the repository's trust.json is valid", () => expect(code(base())).toBeUndefined());
  it("rejects unknown roles and fields", () => {
    const d = base();
    d.roles.admin = { keys: [] };
    expect(code(d)).toBe("E_BAD_INPUT");
    const e = base();
    e.extra = 1;
    expect(code(e)).toBe("E_BAD_INPUT");
  });
  it("rejects a did:key that is not a valid Ed25519 key (E_BAD_KEY)", () => {
    const d = base();
    // ed01 + the identity point (y = 1): a small-order key, well formed as a did:key
    const identity = new Uint8Array(32);
    identity[0] = 1;
    d.roles.registry.keys = [`did:key:z${base58.encode(Uint8Array.from([0xed, 0x01, ...identity]))}`];
    expect(code(d)).toBe("E_BAD_KEY");
  });
  it("rejects a route gateway that is not a did:key", () => {
    const d = base();
    d.routes.OpenRouter_via_fal.gateways = ["did:web:clawproxy.com"];
    expect(code(d)).toBe("E_BAD_INPUT");
  });
  it("rejects a negative retirement seq", () => {
    const d = base();
    d.retired = { [d.roles.gateway.keys[0]]: { after_seq: -1 } };
    expect(code(d)).toBe("E_BAD_INPUT");
  });
});
