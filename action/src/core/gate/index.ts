/**
 * The promotion gate's public face: run it (`verifyBundle`), prefetch its signatures for the worker
 * pool (`signatureTriples`), render its report, and replay bundles under other contract versions
 * (impact replay). The individual check families stay internal.
 */
export { verifyBundle, type GateInput } from "./verify.ts";
export { CHECK_IDS, type CheckId, type CheckResult, type CheckStatus, type VerifyReport } from "./types.ts";
export { signatureTriples, type SigTriple } from "./prefetch.ts";
export { reportMarkdown, reportText } from "./render.ts";
export { reportJunit } from "./junit.ts";
export { gateNeeds } from "./needs.ts";
export { assumedFacts, bundleFacts, judgeFacts, judgeFamilies, familiesThatCanFlip, FAMILIES, type Family, REPLAYED_CHECKS, BY_PRESENCE, type BundleFacts, type ReplayVersion } from "./replay.ts";
export { impactReplay, policyImpact, policyReplay, replayImpact, type Impact, type ImpactReplay, type PolicyReplay, type ImpactChange, type PolicyImpact, type Flip } from "./impact.ts";
export { impactMarkdown, impactText, IMPACT_LIMITS } from "./impact-render.ts";
export { orderedChecks } from "./render.ts";
export { auditRecord, withAudit, parseAuditRecord, AUDIT_VERSION, type AuditRecord, type AuditedReport, type AuditSources } from "./audit.ts";
