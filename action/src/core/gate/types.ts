/** The promotion gate's report (DESIGN.md §6, §8): check ids are stable API. */
export const CHECK_IDS = [
  "REGISTRY_VALID",
  "POLICY_CURRENT",
  "POLICY_NOT_REVOKED",
  "BUNDLE_SIGNATURE",
  "EVENT_CHAIN",
  "CLAW_PROTOCOL",
  "TOKEN_SIGNATURE",
  "TOKEN_CLAIMS",
  "TOKEN_TTL",
  "TOKEN_WINDOW",
  "TOKEN_SCOPE_HASH",
  "TOKEN_POLICY_PIN",
  "TOKEN_NOT_REVOKED",
  "TOKEN_RETIRED",
  "TOKEN_SUBJECT",
  "RECEIPTS_SIGNED",
  "RECEIPTS_BOUND",
  "RECEIPTS_COMPLETE",
  "MODEL_ROUTE",
  "TOOLS_ALLOWED",
  "SANDBOX",
  "APPROVALS",
  "DATA_BOUNDARIES",
  "SUBJECT",
] as const;
export type CheckId = (typeof CHECK_IDS)[number];
export type CheckStatus = "pass" | "fail" | "warn" | "skip";

export interface CheckResult {
  id: CheckId;
  status: CheckStatus;
  detail: string;
}

export interface VerifyReport {
  verdict: "pass" | "fail";
  policy: { id: string; hash: string | null };
  subject: string | null;
  checks: CheckResult[];
  counts: { pass: number; fail: number; warn: number; skip: number; events: number; receipts: number; tool_receipts: number; approvals: number };
}
