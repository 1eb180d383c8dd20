/** The registry site's public face: its HTML files and the checkpoint-expiry rule. */
export { siteHtml, SITE_DIRS, REVOCATIONS_DIR, DEFAULTS as SITE_DEFAULTS, type SiteOptions, type SiteHtml } from "./pages.ts";
export { checkpointExpiry, parseDuration, WARN_FRACTION, type ExpiryStatus } from "./expiry.ts";
export { policyPagePath, POLICY_DIR } from "./policy-page.ts";
export { siteModel, type SiteModel, type PolicyView, type PolicyEvent, type TokenRevocation } from "./model.ts";
export { SERVER_RE } from "./html.ts";
