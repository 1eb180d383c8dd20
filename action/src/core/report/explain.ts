/**
 * What each gate check verifies and what usually fixes its failure (docs/checks.md, shortened), shown
 * in the report itself: a self-contained file links to its own explanations, never to the web.
 */
import type { CheckId } from "../gate/index.ts";

export interface Explanation {
  verifies: string;
  fix: string;
}

export const EXPLAIN: Record<CheckId, Explanation> = {
  REGISTRY_VALID: { verifies: "the registry's chain, signatures and checkpoint", fix: "run wpc registry verify" },
  POLICY_CURRENT: { verifies: "the bundle ran under the current published version of the policy", fix: "re-run under the current version" },
  POLICY_NOT_REVOKED: { verifies: "that version is not revoked", fix: "re-run under a good version" },
  BUNDLE_SIGNATURE: { verifies: "the bundle envelope, signed by a trusted agent key", fix: "add the agent DID to trust.json" },
  EVENT_CHAIN: { verifies: "event hashes and links, one run", fix: "harness bug or tampering" },
  CLAW_PROTOCOL: { verifies: "the Clawsig v1 verdict of the bundle", fix: "see the Claw reason code" },
  TOKEN_SIGNATURE: { verifies: "the CST is signed by a trusted token issuer", fix: "add the issuer DID" },
  TOKEN_CLAIMS: { verifies: "the CST's claims have the shape clawscope accepts (clawproxy's extra rules warn)", fix: "issuer bug or hand-made token" },
  TOKEN_TTL: { verifies: "CST lifetime within the contract", fix: "shorter CSTs" },
  TOKEN_WINDOW: { verifies: "every event, receipt and approval inside the CST's lifetime", fix: "one CST per job, covering it" },
  TOKEN_SCOPE_HASH: { verifies: "the CST's scope hash", fix: "issuer bug or edited token" },
  TOKEN_POLICY_PIN: { verifies: "the CST names the contract", fix: "mint the CST for this policy hash" },
  TOKEN_NOT_REVOKED: { verifies: "the CST is not revoked", fix: "new job, new token" },
  TOKEN_RETIRED: { verifies: "warns while the CST is still live", fix: "revoke it when the job is over" },
  TOKEN_SUBJECT: { verifies: "the CST was issued to this agent, for the gateway", fix: "issue it to the agent's DID" },
  RECEIPTS_SIGNED: { verifies: "every gateway receipt is intact and signed by a gateway key", fix: "forged/edited receipt, or add the gateway DID" },
  RECEIPTS_BOUND: { verifies: "receipts belong to this run, its events, its CST and its contract", fix: "receipts from another job" },
  RECEIPTS_COMPLETE: { verifies: "one receipt per model call, no more, no less", fix: "unreceipted model call" },
  MODEL_ROUTE: { verifies: "each receipt is on a route the contract allows", fix: "wrong provider/model/gateway" },
  TOOLS_ALLOWED: { verifies: "tools used and tools reachable are within the contract", fix: "tool misuse or a loose OpenClaw config" },
  SANDBOX: { verifies: "sandbox evidence matches the contract", fix: "run sandboxed, report it" },
  APPROVALS: { verifies: "every high-risk action was approved in advance", fix: "collect approver-signed approvals" },
  DATA_BOUNDARIES: { verifies: "always skip (no evidence in bundles)", fix: "—" },
  SUBJECT: { verifies: "the bundle names the commit or artifact being promoted", fix: "promote what the job produced" },
};
