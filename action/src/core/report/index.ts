/** The HTML report of a verification (`wpc report`): its public face. */
export { renderReportHtml, ROW_CAP, type ReportInput } from "./html.ts";
export { timeline, cstView, policyVersion, type TimelineRow, type CstView, type PolicyVersionView } from "./model.ts";
