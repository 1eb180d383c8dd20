/** Simulated clawscope: issues canonical-lane CSTs (scope hash, policy pin), as clawscope does. */
import { signCst, tokenScopeHash, tokenHash, type CstClaims } from "../../action/src/core/claw/cst.ts";
import type { Signer } from "../../action/src/core/crypto/signer.ts";

export interface IssueOptions {
  issuer: Signer;
  agentDid: string;
  iat: number;
  ttlSeconds: number;
  policyHash?: string;
  jti: string;
  aud?: string[];
  scope?: string[];
  withScopeHash?: boolean;
}

export function issueCst(o: IssueOptions): { token: string; claims: CstClaims; token_hash: string } {
  const base: CstClaims = {
    sub: o.agentDid,
    aud: o.aud ?? ["clawproxy.com"],
    scope: o.scope ?? ["clawproxy:call"],
    owner_did: o.issuer.did,
    controller_did: o.issuer.did,
    agent_did: o.agentDid,
    ...(o.policyHash ? { policy_hash_b64u: o.policyHash } : {}),
  };
  // clawscope's issued key order: token_version, sub, aud, scope, iat, exp, owner…, agent_did,
  // policy_hash_b64u, token_scope_hash_b64u, …, token_lane, jti (undefined keys dropped).
  const claims: CstClaims = {
    token_version: "1",
    sub: base.sub,
    aud: base.aud,
    scope: base.scope,
    iat: o.iat,
    exp: o.iat + o.ttlSeconds,
    owner_did: base.owner_did,
    controller_did: base.controller_did,
    agent_did: base.agent_did,
    ...(o.policyHash ? { policy_hash_b64u: o.policyHash } : {}),
    ...(o.withScopeHash !== false ? { token_scope_hash_b64u: tokenScopeHash(base) } : {}),
    token_lane: "canonical",
    jti: o.jti,
  };
  const token = signCst(claims, o.issuer.seed);
  return { token, claims, token_hash: tokenHash(token) };
}
