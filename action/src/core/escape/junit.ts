/**
 * JUnit XML (the Ant/Surefire schema most CI tools read: `testsuites > testsuite > testcase`, with
 * `failure` and `skipped`), pure. Every value goes through `xmlEscape` (hidden characters as `\u{…}`,
 * so nothing XML 1.0 forbids; the five markup characters as entities, so `]]>`, `<`, quotes and `&`
 * from a bundle are text). No CDATA section is ever opened.
 */
import { xmlEscape } from "./xml.ts";

export interface JunitCase {
  name: string;
  classname: string;
  status: "pass" | "fail" | "skip" | "warn";
  /** Input-derived detail: the failure or skip message, or the output of a passing case. */
  detail: string;
}

export interface JunitSuite {
  name: string;
  cases: readonly JunitCase[];
  /** Suite properties (name → value), in the given order. */
  properties?: ReadonlyArray<readonly [string, string]>;
}

const esc = (s: string) => xmlEscape(s);

export function junitXml(suite: JunitSuite): string {
  const failures = suite.cases.filter((c) => c.status === "fail").length;
  const skipped = suite.cases.filter((c) => c.status === "skip").length;
  const counts = `tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${esc(suite.name)}" ${counts}>`, `  <testsuite name="${esc(suite.name)}" ${counts}>`];
  if (suite.properties?.length) {
    lines.push("    <properties>");
    for (const [k, v] of suite.properties) lines.push(`      <property name="${esc(k)}" value="${esc(v)}"/>`);
    lines.push("    </properties>");
  }
  for (const c of suite.cases) {
    const open = `    <testcase name="${esc(c.name)}" classname="${esc(c.classname)}"`;
    if (c.status === "fail") lines.push(`${open}>`, `      <failure message="${esc(c.detail)}" type="${esc(c.name)}">${esc(c.detail)}</failure>`, "    </testcase>");
    else if (c.status === "skip") lines.push(`${open}>`, `      <skipped message="${esc(c.detail)}"/>`, "    </testcase>");
    else lines.push(`${open}>`, `      <system-out>${esc(c.status === "warn" ? `warning: ${c.detail}` : c.detail)}</system-out>`, "    </testcase>");
  }
  lines.push("  </testsuite>", "</testsuites>");
  return lines.join("\n") + "\n";
}
