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
  const claims: CstClaims = {
    token_version: "1",
    sub: o.agentDid,
    aud: o.aud ?? ["clawproxy.com"],
    scope: o.scope ?? ["clawproxy:call"],
    iat: o.iat,
    exp: o.iat + o.ttlSeconds,
    owner_did: o.issuer.did,
    controller_did: o.issuer.did,
    agent_did: o.agentDid,
    ...(o.policyHash ? { policy_hash_b64u: o.policyHash } : {}),
    token_lane: "canonical",
    jti: o.jti,
  };
  if (o.withScopeHash !== false) claims.token_scope_hash_b64u = tokenScopeHash(claims);
  const token = signCst(claims, o.issuer.seed);
  return { token, claims, token_hash: tokenHash(token) };
}
