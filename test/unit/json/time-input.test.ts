/** Issue 12 item 7: user time inputs are RFC 3339 with an explicit offset, or integer epoch seconds. */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { parseTimeInput } from "../../../action/src/core/json/iso-z.ts";
import { CLI } from "../../support/paths.ts";

describe("parseTimeInput", () => {
  it("reads RFC 3339 with Z or ±hh:mm, with or without a fraction, and epoch seconds", () => {
    expect(parseTimeInput("2026-12-01T00:00:00Z")).toBe(Date.UTC(2026, 11, 1));
    expect(parseTimeInput("2026-12-01t00:00:00z")).toBe(Date.UTC(2026, 11, 1));
    expect(parseTimeInput("2026-12-01T01:30:00+01:30")).toBe(Date.UTC(2026, 11, 1));
    expect(parseTimeInput("2026-11-30T19:00:00-05:00")).toBe(Date.UTC(2026, 11, 1));
    expect(parseTimeInput("2026-12-01T00:00:00.5Z")).toBe(Date.UTC(2026, 11, 1) + 500);
    expect(parseTimeInput("2026-12-01T00:00:00.123456789Z")).toBe(Date.UTC(2026, 11, 1) + 123);
    expect(parseTimeInput("2024-02-29T12:00:00Z")).toBe(Date.UTC(2024, 1, 29, 12));
    expect(parseTimeInput("0050-01-01T00:00:00Z")).toBe(new Date("0050-01-01T00:00:00Z").getTime());
    expect(parseTimeInput("1796083200")).toBe(1796083200_000);
    expect(parseTimeInput("0")).toBe(0);
  });

  it("refuses everything else (each was read by Date.parse before)", () => {
    for (const s of [
      "1.5",
      "-1",
      "+1796083200",
      "1e9",
      "Dec 1 2026",
      "2026-12",
      "2026-12-01",
      "2026-12-01T00:00:00", // no offset: the machine's zone
      "2026-12-01T00:00Z", // no seconds
      "2026-12-01 00:00:00Z",
      "2026-12-01T00:00:00+0100",
      "2026-12-01T00:00:00+24:00",
      "2026-12-01T00:00:00.Z",
      "2026-02-30T00:00:00Z",
      "2025-02-29T00:00:00Z",
      "2026-12-01T24:00:00Z",
      "2026-12-01T23:59:60Z",
      " 2026-12-01T00:00:00Z",
      "2026-12-01T00:00:00Z\n",
      "Tue, 01 Dec 2026 00:00:00 GMT",
      "99999999999999",
      "",
    ])
      expect(parseTimeInput(s), s).toBeUndefined();
  });
});

function cliAt(args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [CLI, "registry", "verify", "--registry", "/nonexistent-wpc-registry", "--json", ...args], { encoding: "utf8", env: { PATH: process.env.PATH, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("the CLI's --at and WPC_NOW, under several time zones", () => {
  for (const TZ of ["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Chatham"]) {
    it(`TZ=${TZ}: ambiguous forms are E_USAGE (exit 2) naming their source`, () => {
      for (const at of ["1.5", "Dec 1 2026", "2026-12", "2026-12-01T00:00:00"]) {
        const r = cliAt(["--at", at], { TZ });
        expect(r.code, at).toBe(2);
        expect(JSON.parse(r.out).error.code).toBe("E_USAGE");
        expect(r.err).toContain("--at");
        const e = cliAt([], { TZ, WPC_NOW: at });
        expect(e.code, at).toBe(2);
        expect(e.err).toContain("WPC_NOW");
      }
    });
    it(`TZ=${TZ}: a valid time passes the time check (and then fails on the missing registry, E_IO)`, () => {
      for (const at of ["2026-12-01T00:00:00Z", "2026-12-01T05:30:00+05:30", "1796083200"]) {
        const r = cliAt(["--at", at], { TZ });
        expect(JSON.parse(r.out).error.code, at).toBe("E_IO");
      }
    });
  }
});
