/** `wpc --version` and "did you mean": a CLI that explains itself (issue 14), checked on the built CLI. */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT } from "../support/paths.ts";
import { wpc } from "../support/registry-harness.ts";

const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

describe("wpc --version", () => {
  it("names the package version and the commit it runs from (git beside the bundle)", () => {
    const r = wpc(ROOT, ["--version"]);
    expect(r.code).toBe(0);
    const head = spawnSync("git", ["rev-parse", "HEAD"], { cwd: ROOT, encoding: "utf8" }).stdout.trim();
    expect(r.stdout.trim()).toBe(`wpc ${version} (commit ${/^[0-9a-f]{40}$/.test(head) ? head : "unknown"})`);
  });
  it("on GitHub, the action ref it was pinned to", () => {
    expect(wpc(ROOT, ["--version"], { GITHUB_ACTION_REF: "3d3c42e5aac5ba805825da76410c181273ba90b1" }).stdout.trim()).toBe(`wpc ${version} (commit 3d3c42e5aac5ba805825da76410c181273ba90b1)`);
  });
});

describe("did you mean", () => {
  const dir = mkdtempSync(join(tmpdir(), "wpc-cli-typo-"));
  it("a mistyped command is a usage error naming the closest command", () => {
    const r = wpc(dir, ["valdate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/E_USAGE: unknown command "valdate" \(did you mean "validate"\?\)/);
    expect(wpc(dir, ["xyzzy"]).stderr).not.toMatch(/did you mean/);
  });
  it("a mistyped registry subcommand is reported before any I/O (not as a missing registry)", () => {
    const r = wpc(dir, ["registry", "verfy", "--registry", join(dir, "nope")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/E_USAGE: unknown registry subcommand "verfy" \(did you mean "verify"\?\)/);
    rmSync(dir, { recursive: true, force: true });
  });
});
