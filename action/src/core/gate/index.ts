/**
 * The promotion gate's public face: run it (`verifyBundle`), prefetch its signatures for the worker
 * pool (`signatureTriples`), and render its report. The individual check families stay internal.
 */
export { verifyBundle, type GateInput } from "./verify.ts";
export { CHECK_IDS, type CheckId, type CheckResult, type CheckStatus, type VerifyReport } from "./types.ts";
export { signatureTriples, type SigTriple } from "./prefetch.ts";
export { reportMarkdown, reportText, orderedChecks } from "./render.ts";
export { gateNeeds } from "./needs.ts";
export { auditRecord, withAudit, parseAuditRecord, AUDIT_VERSION, type AuditRecord, type AuditedReport, type AuditSources } from "./audit.ts";
