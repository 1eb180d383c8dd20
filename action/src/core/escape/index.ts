/** The output layer's public face: every print and render path of wpc escapes through these. */
export { visible, hasHidden, truncate, utf8Length } from "./unicode.ts";
export { plain, propertyText, safeLines, jsonText, workflowCommand, type WorkflowCommand } from "./text.ts";
export { mdCode, mdCell, mdRunLink, runUrl, GITHUB_REPOSITORY_RE } from "./markdown.ts";
export { xmlEscape, htmlEscape } from "./xml.ts";
export { fitSections, type Row, type Section, type FitOptions, type Fitted } from "./limit.ts";
export { sarifLog, sarifText, sarifUri, SARIF_SCHEMA_URI, type SarifRule, type SarifFinding, type SarifTool, type SarifLevel } from "./sarif.ts";
export { junitXml, type JunitCase, type JunitSuite } from "./junit.ts";
