/** trust.json (DESIGN.md §3): roles → did:keys, model routes, token audience, retired registry keys. */
import type { ValidateFunction } from "ajv/dist/2020.js";
import schema from "./trust.schema.json" with { type: "json" };
import VALIDATORS from "./generated/trust.cjs";
import { WpcError } from "../json/errors.ts";
import { decodeUtf8, parseIJson } from "../json/ijson.ts";
import { publicKeyFromDidKey } from "../crypto/did.ts";

export const ROLES = ["registry", "token_issuer", "gateway", "agent", "approver"] as const;
export type Role = (typeof ROLES)[number];

export interface Route {
  gateways: string[];
  providers: string[];
  models: string[];
}

export interface Trust {
  trust_version: "1";
  roles: Partial<Record<Role, { keys: string[] }>>;
  routes: Record<string, Route>;
  token_audience?: string;
  retired?: Record<string, { after_seq: number }>;
  /** Claw WPC v1 compilation and clawcontrols (CLAWSIG.md §4). */
  claw?: { issuer_did: string; include_contract?: boolean; controls_signers?: string[] };
}

export const DEFAULT_TOKEN_AUDIENCE = "clawproxy.com";

// compiled ahead of time by the build (ajv standalone, strict, allErrors) from trust.schema.json
const validate = VALIDATORS.trust as unknown as ValidateFunction;
export const TRUST_SCHEMA: object = schema;

/** Parse and validate trust.json; throws WpcError E_BAD_INPUT naming every bad field. */
export function parseTrust(bytes: Uint8Array, file: string): Trust {
  const { value } = parseIJson(decodeUtf8(bytes, file), { file });
  if (!validate(value)) {
    const why = (validate.errors ?? [])
      .map((e) => `${e.instancePath || "/"} ${e.message ?? "invalid"}${e.keyword === "additionalProperties" ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : ""}`)
      .join("; ");
    throw new WpcError("E_BAD_INPUT", `${file}: not a valid trust file: ${why}`, file);
  }
  const trust = value as unknown as Trust;
  // every DID must name a valid Ed25519 key (canonical, not small order): E_BAD_KEY otherwise
  const dids = [
    ...ROLES.flatMap((r) => trust.roles[r]?.keys ?? []),
    ...Object.values(trust.routes).flatMap((r) => r.gateways),
    ...Object.keys(trust.retired ?? {}),
    ...(trust.claw?.controls_signers ?? []),
  ];
  for (const did of dids) {
    try {
      publicKeyFromDidKey(did);
    } catch (e) {
      throw new WpcError("E_BAD_KEY", `${file}: ${did}: ${(e as Error).message}`, file);
    }
  }
  const shared = [...keyRoles(trust)].filter(([, roles]) => roles.size > 1);
  if (shared.length)
    throw new WpcError(
      "E_BAD_INPUT",
      `${file}: a key may hold one role only: ${shared.map(([did, roles]) => `${did} is ${[...roles].sort().join(" and ")}`).join("; ")}`,
      file,
    );
  return trust;
}

/**
 * Every key with the roles trust.json gives it: the five roles, a route's gateways (gateway), a retired
 * key (registry: it signed history) and a pinned clawcontrols signer. A key holds one role only: an agent
 * key that may also approve, issue tokens or sign the registry could vouch for its own job.
 */
export function keyRoles(trust: Trust): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (did: string, role: string) => {
    const s = out.get(did) ?? new Set<string>();
    s.add(role);
    out.set(did, s);
  };
  for (const r of ROLES) for (const d of trust.roles[r]?.keys ?? []) add(d, r);
  for (const route of Object.values(trust.routes)) for (const d of route.gateways) add(d, "gateway");
  for (const d of Object.keys(trust.retired ?? {})) add(d, "registry");
  for (const d of trust.claw?.controls_signers ?? []) add(d, "clawcontrols signer");
  return out;
}

export function roleKeys(trust: Trust, role: Role): readonly string[] {
  return trust.roles[role]?.keys ?? [];
}

export function hasRole(trust: Trust, role: Role, did: string): boolean {
  return roleKeys(trust, role).includes(did);
}

export function routeNames(trust: Trust): string[] {
  return Object.keys(trust.routes).sort();
}
