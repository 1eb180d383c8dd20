/**
 * The gate's report as JUnit XML (`wpc verify --format junit`, action/verify's `junit` output): one
 * test case per check id in the report's order, a `failure` for a failed check, `skipped` for a skipped
 * one; a warning passes and carries its detail as output. Bundle-derived details are escaped by
 * core/escape's junitXml.
 */
import { junitXml, type JunitCase } from "../escape/index.ts";
import type { VerifyReport } from "./types.ts";

export function reportJunit(r: VerifyReport): string {
  const cases: JunitCase[] = r.checks.map((c) => ({ name: c.id, classname: "wpc.verify", status: c.status, detail: c.detail }));
  return junitXml({
    name: "wpc verify",
    cases,
    properties: [
      ["verdict", r.verdict],
      ["policy_id", r.policy.id],
      ["policy_hash_b64u", r.policy.hash ?? ""],
      ["subject", r.subject ?? ""],
    ],
  });
}
