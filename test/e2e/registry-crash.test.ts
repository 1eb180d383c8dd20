/**
 * Issue 12 item 13 (and item 1 for registry directories): a writer SIGKILLed at any point of a
 * directory write leaves a registry that verifies (entries beyond the checkpoint are ignored with a
 * warning) and that the next writer finishes or discards; links, FIFOs and devices in a registry
 * directory are reported (E_REG_UNKNOWN_FILE), never opened. Real processes, real kills.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { commitAll, policyRepo } from "../support/git-repo.ts";
import { json, newKey, removeTemps, tempDir, withPurpose, wpc, wpcSpawn, type Key, type Run } from "../support/registry-harness.ts";

const NOW = "2026-03-01T00:00:00Z";
const AT = "2026-03-02T00:00:00Z";
let repo: string;
let key: Key;
let seq4: string; // a registry directory after the first publish (seq 4)

function edit(id: string, purpose: string): void {
  const f = join(repo, "policies", `${id}.wpc.json`);
  writeFileSync(f, withPurpose(readFileSync(f, "utf8"), purpose));
}

function publish(reg: string, env: Record<string, string> = {}): Run {
  return wpc(repo, ["publish", "--key", key.file, "--registry", reg, "--json"], { WPC_NOW: NOW, ...env });
}

function verify(reg: string): Run {
  return wpc(repo, ["registry", "verify", "--registry", reg, "--json", "--at", AT]);
}

function copyOf(dir: string): string {
  const d = join(tempDir("wpc-crash-"), "reg");
  cpSync(dir, d, { recursive: true });
  return d;
}

beforeAll(() => {
  repo = policyRepo("wpc-crash-repo-");
  key = newKey();
  expect(wpc(repo, ["trust", "add-key", "--role", "registry", key.did]).code).toBe(0);
  commitAll(repo, "registry key");
  seq4 = join(tempDir("wpc-crash-base-"), "reg");
  expect(publish(seq4).code).toBe(0);
  // the next publish has two changed policies: entries 5 and 6, two contracts, a checkpoint
  edit("invoice-triage", "Invoice triage, v2");
  edit("prod-deploy", "Production deploys, v2");
  commitAll(repo, "v2 of two policies");
});
afterAll(() => removeTemps());

describe("a writer SIGKILLed at every step of a directory write", () => {
  it("each kill point: the registry verifies afterwards, and the next publish succeeds and verifies at seq 6", () => {
    const outcomes: string[] = [];
    let k = 1;
    for (; k < 60; k++) {
      const reg = copyOf(seq4);
      const killed = publish(reg, { WPC_TEST_KILL_AT: String(k) });
      if (killed.signal !== "SIGKILL") {
        // past the last step: the write completed untouched
        expect(killed.code, killed.stderr).toBe(0);
        break;
      }
      const v = verify(reg);
      expect(v.code, `kill point ${k}: ${v.stdout}${v.stderr}`).toBe(0);
      const after = json(v);
      expect([4, 6]).toContain(after.seq);
      outcomes.push(`${k}:${after.seq}${after.warnings ? "+torn" : ""}`);
      const next = publish(reg);
      expect(next.code, `kill point ${k}, next publish: ${next.stderr}`).toBe(0);
      const v2 = verify(reg);
      expect(v2.code, v2.stdout).toBe(0);
      expect(json(v2)).toMatchObject({ ok: true, seq: 6, problems: [] });
      expect(json(v2).warnings).toBeUndefined();
      // no temporary file left behind (a killed writer's lock may stay: the next writer removes it)
      expect(readdirSync(reg).filter((n) => n.startsWith(".wpc-tmp-"))).toEqual([]);
    }
    // the write has many steps, and kills landed before, inside and after the torn window
    expect(k).toBeGreaterThan(8);
    expect(outcomes.some((o) => o.endsWith("+torn"))).toBe(true);
    expect(outcomes.some((o) => o.startsWith(`${k - 1}:6`))).toBe(true);
  }, 600_000);

  it("kills at random moments of real runs: always verifies, the next write always succeeds", async () => {
    for (let i = 0; i < 4; i++) {
      const reg = copyOf(seq4);
      const run = wpcSpawn(repo, ["publish", "--key", key.file, "--registry", reg, "--json"], { WPC_NOW: NOW });
      await new Promise((r) => setTimeout(r, 150 + Math.random() * 500));
      try {
        process.kill(run.pid, "SIGKILL");
      } catch {
        // already done
      }
      await run.done;
      expect(verify(reg).code).toBe(0);
      expect(publish(reg).code).toBe(0);
      expect(json(verify(reg))).toMatchObject({ ok: true, seq: 6, problems: [] });
    }
  }, 300_000);

  it("the first write killed (no checkpoint yet): readers see an empty registry with a warning; the next write finishes it", () => {
    let sawTorn = false;
    for (let k = 1; k < 40; k += 3) {
      const reg = join(tempDir("wpc-crash-first-"), "reg");
      const killed = publish(reg, { WPC_TEST_KILL_AT: String(k) });
      if (killed.signal !== "SIGKILL") break;
      const v = verify(reg);
      if (v.code === 0 && json(v).warnings) sawTorn = true;
      expect([0, 2]).toContain(v.code); // 2: nothing was renamed in yet (a missing registry)
      expect(publish(reg).code).toBe(0);
      expect(json(verify(reg))).toMatchObject({ ok: true, seq: 4, problems: [] }); // the four policies, v2 included
    }
    expect(sawTorn).toBe(true);
  }, 600_000);

  it("torn entries that do not chain are discarded by the next writer (and ignored with a warning until then)", () => {
    const reg = copyOf(seq4);
    mkdirSync(join(reg, "log"), { recursive: true });
    writeFileSync(join(reg, "log/000000000005.json"), readFileSync(join(reg, "log/000000000004.json"))); // a copy: wrong seq, wrong chain
    writeFileSync(join(reg, "log/000000000006.json"), "{ half a wri");
    const v = verify(reg);
    expect(v.code).toBe(0);
    expect(json(v)).toMatchObject({ ok: true, seq: 4, warnings: [expect.stringContaining("2 log entries beyond the checkpoint (seq 5…6 > 4)")] });
    expect(v.stderr).toContain("wpc: warning:");
    const p = publish(reg);
    expect(p.code, p.stderr).toBe(0);
    expect(json(p).published.map((x: { seq: number }) => x.seq)).toEqual([5, 6]);
    expect(json(verify(reg))).toMatchObject({ ok: true, seq: 6, problems: [] });
  });

  it("a stale lock of a killed writer does not block the next one", () => {
    const reg = copyOf(seq4);
    writeFileSync(join(reg, ".wpc-lock"), "999999 " + execFileSync("hostname").toString().trim() + "\n");
    const p = publish(reg);
    expect(p.code, p.stderr).toBe(0);
    expect(p.ms).toBeLessThan(30_000);
  });
});

describe("special files in a registry directory: reported, never opened or followed", () => {
  const cases: Array<{ name: string; make: (reg: string, outside: string) => void; file: string }> = [
    { name: "a FIFO as a log entry", file: "log/000000000005.json", make: (reg) => execFileSync("mkfifo", [join(reg, "log/000000000005.json")]) },
    { name: "a FIFO as HEAD.json", file: "HEAD.json", make: (reg) => (rmSync(join(reg, "HEAD.json")), execFileSync("mkfifo", [join(reg, "HEAD.json")])) },
    { name: "a link as a log entry", file: "log/000000000002.json", make: (reg, out) => (cpSync(join(reg, "log/000000000002.json"), join(out, "e2.json")), rmSync(join(reg, "log/000000000002.json")), symlinkSync(join(out, "e2.json"), join(reg, "log/000000000002.json"))) },
    { name: "the contract folder as a directory link", file: "wpc", make: (reg, out) => (cpSync(join(reg, "wpc"), join(out, "wpc"), { recursive: true }), rmSync(join(reg, "wpc"), { recursive: true }), symlinkSync(join(out, "wpc"), join(reg, "wpc"))) },
  ];
  for (const c of cases)
    it(`${c.name}: verify exits 1 with E_REG_UNKNOWN_FILE at once; a writer refuses it`, () => {
      const reg = copyOf(seq4);
      c.make(reg, tempDir("wpc-crash-out-"));
      const v = verify(reg);
      expect(v.ms).toBeLessThan(20_000);
      expect(v.code, v.stdout + v.stderr).toBe(1);
      expect(json(v).problems).toContainEqual(expect.objectContaining({ code: "E_REG_UNKNOWN_FILE", file: c.file }));
      expect(v.stderr).not.toContain("internal error");
      const p = publish(reg);
      expect(p.code).not.toBe(0);
      expect(p.stderr).toMatch(/^wpc: E_[A-Z_]+: /m);
      expect(p.stderr).not.toContain("internal error");
    });
});
