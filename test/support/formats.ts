/**
 * Validators for wpc's machine formats: SARIF logs against the committed SARIF 2.1.0 schema
 * (test/fixtures/sarif, the schema GitHub's upload-sarif uses; ajv 2020-12 with formats), and JUnit XML
 * for well-formedness (fast-xml-parser's validator) plus the XML 1.0 `Char` production, which that
 * validator does not enforce.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { ROOT } from "./paths.ts";

const schema = JSON.parse(readFileSync(join(ROOT, "test/fixtures/sarif/sarif-schema-2.1.0.json"), "utf8")) as { definitions: { region: Record<string, any> } };
// The published file lists the region's `anyOf` (startLine, charOffset or byteOffset required, SARIF
// §3.30.2) among its `properties`, which ajv rightly refuses as a schema; it is applied where it belongs.
const region = schema.definitions.region;
if (Array.isArray(region.properties?.anyOf)) {
  region.anyOf = region.properties.anyOf;
  delete region.properties.anyOf;
}
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormatsModule.default(ajv);
const validate = ajv.compile(schema);

/** Schema errors of a SARIF log (empty when valid). */
export function sarifProblems(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e: { instancePath: string; message?: string }) => `${e.instancePath} ${e.message ?? ""}`);
}

/** XML 1.0 §2.2 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** Why `xml` is not a well-formed XML 1.0 document, or null. */
export function xmlProblem(xml: string): string | null {
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) return `character U+${bad[0].codePointAt(0)!.toString(16)} is not allowed in XML 1.0`;
  const v = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  return v === true ? null : `${v.err.code} at line ${v.err.line}: ${v.err.msg}`;
}

export interface JunitCaseParsed {
  name: string;
  classname: string;
  failure?: { message: string; text: string };
  skipped?: { message: string };
  out?: string;
}

/** The test cases of a JUnit document, entities decoded. */
export function junitCases(xml: string): { suite: Record<string, string>; cases: JunitCaseParsed[] } {
  const p = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", processEntities: true, htmlEntities: false, isArray: (n) => n === "testcase" || n === "property", parseTagValue: false, parseAttributeValue: false, trimValues: false });
  const doc = p.parse(xml);
  const suite = doc.testsuites.testsuite;
  const cases = (suite.testcase ?? []).map((c: any) => ({
    name: c.name,
    classname: c.classname,
    ...(c.failure !== undefined ? { failure: { message: c.failure.message, text: c.failure["#text"] ?? "" } } : {}),
    ...(c.skipped !== undefined ? { skipped: { message: c.skipped.message } } : {}),
    ...(c["system-out"] !== undefined ? { out: c["system-out"] } : {}),
  }));
  const { testcase: _t, properties: _p, ...attrs } = suite;
  return { suite: attrs, cases };
}
