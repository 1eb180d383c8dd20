/**
 * `wpc init` on real, fresh git repositories with the built CLI (action/dist/cli.js): init → commit →
 * check on a pull-request branch → publish with the key init generated → registry verify → the gate on
 * a signed proof bundle (simulated clawscope/clawproxy/harness, keys given to init as DIDs). Also: usage
 * refused before any I/O, idempotence, --force, the key kept outside the repository (0600, never printed),
 * links never written through, and the commit to pin when the CLI does not know its own.
 */
import { afterAll, describe, expect, it } from "vitest";
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { policyHash } from "../../action/src/core/crypto/hash.ts";
import { partySigner } from "../../scripts/sim/keys.ts";
import { runJob, resign } from "../../scripts/sim/harness.ts";
import type { Wpc } from "../../action/src/core/policy/types.ts";
import { CLI } from "../support/paths.ts";
import { cleanEnv, git, json, removeTemps, tempDir, wpc, type Run } from "../support/registry-harness.ts";

const WPC_REF = "0123456789abcdef0123456789abcdef01234567";
const SEED = "init-e2e";
const SUBJECT = "3f7a1c0de5b2a9e48d6c1f0b7a3e5d9c2b4f6a81";
const PUBLISHED_AT = "2026-11-20T09:00:00Z";
const VERIFY_AT = "2026-11-26T15:00:00Z";
const OTHER_ROLES = (["token_issuer", "gateway", "agent", "approver"] as const).map((r) => `${r}=${partySigner(SEED, r).did}`);

afterAll(removeTemps);

/** A fresh repository (git init, nothing committed) and a home directory beside it, outside it. */
function fresh(): { repo: string; home: string } {
  const top = tempDir("wpc-init-");
  const repo = join(top, "acme-policies");
  mkdirSync(repo);
  git(repo, ["init", "-q", "-b", "main"]);
  git(repo, ["config", "commit.gpgsign", "false"]);
  return { repo, home: join(top, "home") };
}

const init = (repo: string, home: string, args: string[], env: Record<string, string> = {}): Run => wpc(repo, ["init", ...args], { HOME: home, XDG_CONFIG_HOME: "", ...env });

/** Every file of the working tree (not .git), path → bytes as text. */
function tree(dir: string, rel = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of readdirSync(join(dir, rel))) {
    if (rel === "" && n === ".git") continue;
    const p = rel ? `${rel}/${n}` : n;
    const st = lstatSync(join(dir, p));
    if (st.isDirectory()) for (const [k, v] of tree(dir, p)) out.set(k, v);
    else out.set(p, st.isSymbolicLink() ? "(link)" : readFileSync(join(dir, p), "utf8"));
  }
  return out;
}

describe("wpc init → commit → check → publish → verify on a fresh repository", () => {
  const { repo, home } = fresh();
  const keyDir = join(home, "keys");
  let first: any;

  it("init writes a working policy repository and generates the registry key outside it (0600, never printed)", () => {
    const r = init(repo, home, ["--wpc-ref", WPC_REF, "--key-out", keyDir, "--owners", "@acme/security", ...OTHER_ROLES.flatMap((d) => ["--did", d]), "--json"]);
    expect(r.code, r.stderr).toBe(0);
    first = json(r);
    const keyFile = join(keyDir, "wpc-signing.key");
    expect(first.key_file).toBe(keyFile);
    expect(first.key_generated).toBe(true);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const seed = readFileSync(keyFile, "utf8").trim();
    expect(r.stdout + r.stderr).not.toContain(seed);
    expect(first.registry_did).toMatch(/^did:key:z6Mk/);
    expect(first.files.map((f: any) => `${f.status} ${f.path}`).sort()).toEqual(
      [
        "policies/trust.json",
        "policies/starter.wpc.json",
        "CODEOWNERS",
        ".gitignore",
        ...["policy-check", "policy-check-comment", "publish", "registry-refresh", "revoke", "rollback", "wpc-verify"].map((w) => `.github/workflows/${w}.yml`),
      ]
        .map((p) => `written ${p}`)
        .sort(),
    );
    const trust = JSON.parse(readFileSync(join(repo, "policies/trust.json"), "utf8"));
    expect(trust.roles.registry.keys).toEqual([first.registry_did]);
    expect(trust.roles.gateway.keys).toEqual([partySigner(SEED, "gateway").did]);
    expect(readFileSync(join(repo, ".github/workflows/publish.yml"), "utf8")).toContain(`wpc-org/wpc/action/publish@${WPC_REF}`);
    expect(readFileSync(join(repo, "CODEOWNERS"), "utf8")).toMatch(/^\/policies\/trust\.json +@acme\/security$/m);
    expect(readFileSync(join(repo, ".gitignore"), "utf8").split("\n")).toContain("*.key");
    expect(first.checklist.map((i: any) => i.id)).toEqual(expect.arrayContaining(["app", "environments", "signing-key", "main-ruleset", "registry-ruleset", "label", "actions-pr-setting"]));
    // the text form prints the DID and the checklist, and no key material either
    const again = init(repo, home, ["--wpc-ref", WPC_REF]);
    expect(again.stdout).toContain(first.registry_did);
    expect(again.stdout).toMatch(/policy-expansion/);
    expect(again.stdout).toMatch(/Allow GitHub Actions to create and approve pull requests/);
    expect(again.stdout + again.stderr).not.toContain(seed);
  });

  it("the starter validates; a pull request widening it is checked as an expansion", () => {
    expect(wpc(repo, ["validate"]).code).toBe(0);
    git(repo, ["add", "-A"]);
    git(repo, ["commit", "-q", "-m", "wpc init"]);
    git(repo, ["switch", "-q", "-c", "widen"]);
    const file = join(repo, "policies/starter.wpc.json");
    const wpcDoc = JSON.parse(readFileSync(file, "utf8"));
    wpcDoc.tool_policy.allow.push("browser");
    writeFileSync(file, JSON.stringify(wpcDoc, null, 2) + "\n");
    git(repo, ["commit", "-q", "-am", "widen the starter"]);
    const r = wpc(repo, ["check", "--base", "main", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).expands).toBe(true);
    git(repo, ["switch", "-q", "main"]);
  });

  it("publish signs the starter with the generated key; the registry verifies", () => {
    const key = join(keyDir, "wpc-signing.key");
    const r = wpc(repo, ["publish", "--key", key, "--json"], { WPC_NOW: PUBLISHED_AT });
    expect(r.code, r.stderr).toBe(0);
    expect(json(r).published.map((p: any) => p.policy_id)).toEqual(["starter"]);
    expect(wpc(repo, ["registry", "verify", "--at", VERIFY_AT]).code).toBe(0);
  });

  it("the gate passes a job under the starter and fails a forged bundle", () => {
    const starter = JSON.parse(readFileSync(join(repo, "policies/starter.wpc.json"), "utf8")) as Wpc;
    const job = runJob({
      seed: SEED,
      policyId: "starter",
      policyHash: policyHash(starter).policy_hash_b64u,
      wpc: starter,
      subject: { repository: "acme/app", commit: SUBJECT },
      steps: [
        { kind: "llm_call", provider: "anthropic", model: "claude-sonnet-4", prompt: "Summarise the paper" },
        { kind: "tool_call", tool: "read", args: "papers/p1.pdf" },
        { kind: "tool_call", tool: "web_search", args: "related work" },
        { kind: "llm_call", provider: "anthropic", model: "claude-sonnet-4", prompt: "Write the summary" },
      ],
    });
    writeFileSync(join(repo, "bundle.json"), JSON.stringify(job.bundle));
    const args = ["verify", "bundle.json", "--policy", "starter", "--subject", SUBJECT, "--at", VERIFY_AT, "--json"];
    const pass = wpc(repo, args);
    const report = json(pass);
    expect(report.checks.filter((c: any) => c.status === "fail")).toEqual([]);
    expect(pass.code).toBe(0);
    expect(report.verdict).toBe("pass");
    // a tool the starter does not allow, re-signed by the agent: the gate fails it
    const forged = JSON.parse(JSON.stringify(job.bundle));
    forged.payload.tool_receipts[0].tool_name = "exec";
    writeFileSync(join(repo, "forged.json"), JSON.stringify(resign(forged, partySigner(SEED, "agent"))));
    const fail = wpc(repo, ["verify", "forged.json", ...args.slice(2)]);
    expect(fail.code).toBe(1);
    expect(json(fail).verdict).toBe("fail");
  });
});

describe("idempotent, never overwrites without --force, never writes through a link", () => {
  it("a second run changes nothing and reuses the key; --force rewrites edited files but never the key", () => {
    const { repo, home } = fresh();
    const r1 = init(repo, home, ["--wpc-ref", WPC_REF, "--owners", "@acme/security", "--json"]);
    expect(r1.code, r1.stderr).toBe(0);
    const keyFile = json(r1).key_file as string;
    expect(keyFile.startsWith(join(home, ".config", "wpc", "acme-policies"))).toBe(true);
    const key = readFileSync(keyFile, "utf8");
    const before = tree(repo);
    const r2 = init(repo, home, ["--wpc-ref", WPC_REF, "--owners", "@acme/security", "--json"]);
    expect(r2.code).toBe(0);
    expect(json(r2).files.every((f: any) => f.status === "skipped")).toBe(true);
    expect(json(r2).registry_did).toBe(json(r1).registry_did);
    expect(tree(repo)).toEqual(before);
    writeFileSync(join(repo, ".github/workflows/publish.yml"), "# mine\n");
    const r3 = init(repo, home, ["--wpc-ref", WPC_REF, "--json"]);
    expect(json(r3).files.find((f: any) => f.path === ".github/workflows/publish.yml")).toMatchObject({ status: "skipped", reason: expect.stringMatching(/--force/) });
    expect(readFileSync(join(repo, ".github/workflows/publish.yml"), "utf8")).toBe("# mine\n");
    const r4 = init(repo, home, ["--wpc-ref", WPC_REF, "--owners", "@acme/security", "--force", "--json"]);
    expect(r4.code, r4.stderr).toBe(0);
    expect(json(r4).files.find((f: any) => f.path === ".github/workflows/publish.yml").status).toBe("overwritten");
    expect(json(r4).registry_did).toBe(json(r1).registry_did); // the key file was reused, not replaced
    expect(readFileSync(keyFile, "utf8")).toBe(key);
    expect(tree(repo)).toEqual(before);
  });

  it("an existing repository: .gitignore gains the key lines, other contracts keep the starter out, a link is never written through", () => {
    const { repo, home } = fresh();
    writeFileSync(join(repo, ".gitignore"), "node_modules/");
    mkdirSync(join(repo, "policies"));
    writeFileSync(join(repo, "policies/mine.wpc.json"), "{}\n");
    mkdirSync(join(repo, ".github/workflows"), { recursive: true });
    const outside = join(home, "..", "outside.yml");
    writeFileSync(outside, "untouched\n");
    symlinkSync(outside, join(repo, ".github/workflows/publish.yml"));
    const r = init(repo, home, ["--wpc-ref", WPC_REF, "--did", `registry=${partySigner(SEED, "registry").did}`, "--force", "--json"]);
    expect(r.code, r.stderr).toBe(0);
    const files = json(r).files as Array<{ path: string; status: string; reason?: string }>;
    expect(files.find((f) => f.path === ".gitignore")!.status).toBe("updated");
    expect(readFileSync(join(repo, ".gitignore"), "utf8")).toMatch(/^node_modules\/\n\n# wpc init[^\n]*\n\*\.key\n\*\.pem\n$/);
    expect(files.find((f) => f.path === "policies/starter.wpc.json")).toMatchObject({ status: "skipped" });
    expect(existsSync(join(repo, "policies/starter.wpc.json"))).toBe(false);
    expect(files.find((f) => f.path === ".github/workflows/publish.yml")).toMatchObject({ status: "skipped", reason: expect.stringMatching(/link/) });
    expect(readFileSync(outside, "utf8")).toBe("untouched\n");
    expect(json(r).key_file).toBeNull(); // a registry DID was given: no key generated
    expect(existsSync(join(home, ".config"))).toBe(false);
  });
});

describe("usage is checked before any I/O", () => {
  const cases: Array<[string, string[], RegExp]> = [
    ["a tag as --wpc-ref", ["--wpc-ref", "v1"], /--wpc-ref must be the full 40-hex commit/],
    ["an unknown role", ["--wpc-ref", WPC_REF, "--did", "boss=did:key:z6MkhcupRtQ9sR1gRGXrfp75mnAisURvCijemfPfmniLx3oM"], /--did takes ROLE=DID/],
    ["an owner with a newline", ["--wpc-ref", WPC_REF, "--owners", "@acme/sec\n/evil @x"], /--owners takes/],
    ["one key in two roles", ["--wpc-ref", WPC_REF, "--did", `agent=${partySigner(SEED, "agent").did}`, "--did", `approver=${partySigner(SEED, "agent").did}`], /one role only/],
    ["--key-out with a registry DID", ["--wpc-ref", WPC_REF, "--key-out", "/tmp/k", "--did", `registry=${partySigner(SEED, "registry").did}`], /exclude each other/],
    ["a bad --wpc-repo", ["--wpc-ref", WPC_REF, "--wpc-repo", "../x"], /--wpc-repo/],
  ];
  for (const [name, args, message] of cases)
    it(`${name}: exit 2, nothing written, no key generated`, () => {
      const { repo, home } = fresh();
      const r = init(repo, home, [...args, "--json"]);
      expect(r.code).toBe(2);
      expect(json(r).error.message).toMatch(message);
      expect(tree(repo).size).toBe(0);
      expect(existsSync(home)).toBe(false);
    });

  it("a bad DID is E_BAD_KEY; a directory outside git or a key directory inside the repository is E_USAGE", () => {
    const { repo, home } = fresh();
    expect(json(init(repo, home, ["--wpc-ref", WPC_REF, "--did", "agent=did:key:z6MkNOPE", "--json"])).error.code).toBe("E_BAD_KEY");
    const inside = init(repo, home, ["--wpc-ref", WPC_REF, "--key-out", "keys", "--json"]);
    expect(inside.code).toBe(2);
    expect(json(inside).error.message).toMatch(/inside the repository/);
    expect(tree(repo).size).toBe(0);
    const notGit = tempDir("wpc-init-nogit-");
    const r = wpc(notGit, ["init", "--wpc-ref", WPC_REF], { HOME: home });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/E_USAGE: .* is not inside a git repository: create or clone it first/);
    expect(readdirSync(notGit)).toEqual([]);
  });

  it("the commit to pin: the one the CLI runs from, else --wpc-ref is required", () => {
    const { repo, home } = fresh();
    const lone = tempDir("wpc-init-cli-");
    copyFileSync(CLI, join(lone, "cli.mjs")); // a bundle with no git beside it: its commit is unknown
    const run = (args: string[]) => spawn(join(lone, "cli.mjs"), repo, home, args);
    const unknown = run(["init"]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/E_USAGE: the wpc commit to pin is unknown .*--wpc-ref SHA/);
    expect(tree(repo).size).toBe(0);
    expect(run(["init", "--wpc-ref", WPC_REF]).status).toBe(0);
    const onGitHub = spawn(join(lone, "cli.mjs"), repo, home, ["init", "--force", "--json"], { GITHUB_ACTION_REF: "fedcba9876543210fedcba9876543210fedcba98" });
    expect(JSON.parse(onGitHub.stdout).wpc_ref).toBe("fedcba9876543210fedcba9876543210fedcba98");
  });
});

/** A copy of the CLI run as a process (HOME set, no XDG_CONFIG_HOME). */
function spawn(cli: string, cwd: string, home: string, args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [cli, ...args], { cwd, encoding: "utf8", env: cleanEnv({ HOME: home, XDG_CONFIG_HOME: "", ...env }) });
}
