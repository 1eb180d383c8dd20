/** Deterministic keys for the simulated parties: seed(role) = SHA-256("wpc-sim:" + seed + ":" + role). */
import { createHash } from "node:crypto";
import { signerFromSeed, type Signer } from "../../action/src/core/crypto/signer.ts";

export type Party = "registry" | "agent" | "token_issuer" | "gateway" | "approver" | "outsider";

export function partySigner(seed: string, role: Party | string): Signer {
  return signerFromSeed(new Uint8Array(createHash("sha256").update(`wpc-sim:${seed}:${role}`).digest()));
}

export function detId(seed: string, what: string, n = 32): string {
  return createHash("sha256").update(`wpc-sim-id:${seed}:${what}`).digest("hex").slice(0, n);
}

export function uuid(seed: string, what: string): string {
  const h = detId(seed, what, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function b64uHash(text: string): string {
  return createHash("sha256").update(text).digest("base64url");
}

export type Routes = Record<string, { providers: string[]; models: string[] }>;

/**
 * The routes of the shipped policies/trust.json, providers and models as clawproxy signs them
 * (OpenRouter via fal = provider "openai" with an `openrouter/` model). Kept equal to the file by
 * test/unit/sim-clawproxy.test.ts (the simulators are bundled to a temporary file, so they cannot
 * read it relative to themselves).
 */
export const SHIPPED_ROUTES: Routes = {
  OpenRouter_via_fal: { providers: ["openai"], models: ["openrouter/*"] },
  Anthropic_direct: { providers: ["anthropic"], models: ["claude-*"] },
  OpenAI_direct: { providers: ["openai"], models: ["gpt-*", "o1*", "o3*", "o4*"] },
};

/** A trust.json for the simulated world: its parties' keys, and the shipped routes (or `routes`) through its gateway. */
export function simTrust(seed: string, routes: Routes = SHIPPED_ROUTES) {
  const gw = partySigner(seed, "gateway").did;
  return {
    trust_version: "1" as const,
    roles: {
      registry: { keys: [partySigner(seed, "registry").did] },
      token_issuer: { keys: [partySigner(seed, "token_issuer").did] },
      gateway: { keys: [gw] },
      agent: { keys: [partySigner(seed, "agent").did] },
      approver: { keys: [partySigner(seed, "approver").did] },
    },
    routes: Object.fromEntries(Object.entries(routes).map(([k, r]) => [k, { gateways: [gw], providers: r.providers, models: r.models }])),
    token_audience: "clawproxy.com",
    retired: {},
  };
}
