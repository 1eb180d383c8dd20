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

describe("trust.json roles are exclusive", () => {
  const key = (t: Record<string, any>, role: string) => t.roles[role].keys[0] as string;
  const withKeys = () => {
    const d = base();
    // distinct valid keys for the roles that are empty in the shipped file
    d.roles.registry.keys = ["did:key:z6MktwupdmLXVVqTzCw4i46r4uGyosGXRnR3XjN4Zq7oMMsw"];
    d.roles.agent.keys = ["did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"];
    d.roles.approver.keys = ["did:key:z6MkjchhfUsD6mmvni8mCdXHw216Xrm9bQe2mBH1P5RDjVJG"];
    return d;
  };
  function message(doc: unknown): string {
    try {
      parseTrust(enc.encode(JSON.stringify(doc)), "trust.json");
    } catch (e) {
      if (isWpcError(e)) return `${e.code} ${e.message}`;
    }
    return "accepted";
  }
  it("control: one role per key is accepted", () => expect(message(withKeys())).toBe("accepted"));
  const roles = ["registry", "token_issuer", "gateway", "agent", "approver"];
  for (const a of roles)
    for (const b of roles)
      if (a < b)
        it(`a ${a} key that is also ${b} is refused, naming the key`, () => {
          const d = withKeys();
          const did = key(d, a);
          d.roles[b].keys.push(did);
          const m = message(d);
          expect(m).toMatch(/^E_BAD_INPUT /);
          expect(m).toContain(did);
        });
  it("a route gateway, a retired key or a clawcontrols signer that holds another role is refused", () => {
    const agent = withKeys().roles.agent.keys[0];
    const routes = withKeys();
    routes.routes.OpenRouter_via_fal.gateways.push(agent);
    expect(message(routes)).toContain(agent);
    const retired = withKeys();
    retired.retired = { [agent]: { after_seq: 3 } };
    expect(message(retired)).toContain(agent);
    const controls = withKeys();
    controls.claw.controls_signers = [controls.roles.registry.keys[0]];
    expect(message(controls)).toMatch(/registry/);
  });
});
