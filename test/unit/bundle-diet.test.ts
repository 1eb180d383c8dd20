/**
 * Bundle diet (issue 14): nothing in a committed bundle that no code path of wpc calls. The packages
 * below are reachable only from functions wpc never calls (scripts/stubs says which); scripts/build.mjs
 * replaces them with stubs that fail loudly. THIRD_PARTY_LICENSES.txt is built from esbuild's metafile
 * inputs, so a package bundled again shows there.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../support/paths.ts";

const UNREACHABLE = ["undici", "colors", "tunnel", "@actions/http-client", "@actions/exec", "@actions/io"];

describe("bundle diet", () => {
  const notices = readFileSync(join(ROOT, "action/dist/THIRD_PARTY_LICENSES.txt"), "utf8");
  const bundled = [...notices.matchAll(/^((?:@[^/\s]+\/)?[^@\s]+)@\d[^\s]* \(/gm)].map((m) => m[1]);
  it("lists what the bundles hold (the test can fail)", () => {
    expect(bundled).toEqual(expect.arrayContaining(["@actions/core", "json-diff", "ajv", "@octokit/rest"]));
  });
  it("holds none of the unreachable packages", () => {
    for (const p of UNREACHABLE) expect(bundled, p).not.toContain(p);
  });
  it("json-diff's colors is a stub that fails loudly (the ESM stubs are tree-shaken away entirely)", () => {
    const check = readFileSync(join(ROOT, "action/dist/check.js"), "utf8");
    expect(check).toContain("colors is not bundled with wpc");
    expect(check).not.toMatch(/tunnel|getExecOutput/);
  });
});
