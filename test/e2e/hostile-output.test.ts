/**
 * Issue 12, items 2, 3 and 9, against the built CLI and actions: file names, JSON member names, policy
 * strings and bundle fields that try to inject workflow commands (`::…` at a line start, `##[`, CR/LF),
 * live Markdown (links, images, mentions, HTML, headings) or bidi/zero-width text must come out inert
 * on stdout, stderr, job summaries and the PR comment; and a PR with ~200 changed policies must still
 * get its comment (under GitHub's 65,536 characters), errors and expansions first.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { CLI } from "../support/paths.ts";
import { GIT_ENV, commitAll, policyRepo, sh, writeFile } from "../support/git-repo.ts";
import { startGitHubStandIn, type StandIn } from "../support/github-standin.ts";
import { runAction } from "../support/run-action.ts";
import { example, type Doc } from "../support/wpc-fixtures.ts";
import { BIDI_ZW, commandLines } from "../support/runner-commands.ts";
import { cells, outsideCodeSpans } from "../support/markdown-inert.ts";
import { POLICY_ID, SUBJECT, VERIFY_AT, editedResigned, exampleWpc, makeWorld } from "../support/gate-world.ts";
import { simTrust } from "../../scripts/sim/keys.ts";
import { GitRegistryStore } from "../../action/src/io/registry-git.ts";
import { DirRegistryStore } from "../../action/src/io/registry-store.ts";
import { cli, createWorld, publish } from "../support/incident-world.ts";

const require = createRequire(import.meta.url);

/** Every hostile string carries EVIL, so a test can see where input ends up. */
const NAMES = [
  "EVIL\n::error file=x::owned",
  "EVIL\r::add-mask::secret",
  "EVIL ##[warning]legacy",
  "::warning::EVIL",
  "  ::notice::EVIL",
  "EVIL \u202eevil\u202c\u200b\u2066x\u2069",
];
const PURPOSE = "EVIL [click](https://evil.example) ![px](https://evil.example/p.png) <img src=x onerror=alert(1)> @acme/security @octocat\n# heading\n\n| a | b |\n::error::purpose ##[error]x \u202e";
const MEMBER = "EVIL\n::error::member ##[group]g @octocat <b>";
const TOOL = "EVIL ![t](https://evil.example/t.png) @acme/security ``` \u200b::x";

/** What the runner would run: only our own annotations (and the toolkit's), never anything else. */
function expectNoInjectedCommand(text: string, allowed: RegExp = /^$/): void {
  for (const line of commandLines(text)) {
    expect(line, `a command line from input: ${JSON.stringify(line)}`).toMatch(allowed);
    expect(line).not.toContain("##[");
  }
  expect(BIDI_ZW.test(text)).toBe(false);
}
const ANNOTATION = /^::(error|warning|notice)( (file|line|col|title|endLine|endColumn)=[^:,\r\n]*(,(file|line|col|title|endLine|endColumn)=[^:,\r\n]*)*)?::[^\r\n]*$/;

/** Markdown where input is inert: EVIL only inside code spans, no link/image/HTML/mention/heading from it. */
function expectInertMarkdown(md: string): void {
  expect(BIDI_ZW.test(md)).toBe(false);
  for (const line of md.split("\n")) {
    const outside = outsideCodeSpans(line);
    expect(outside, line).not.toContain("EVIL");
    expect(outside, line).not.toMatch(/<(?!!-- wpc:check -->)|\]\(https:\/\/evil|@acme|@octocat/);
    if (line.startsWith("#")) expect(line).toMatch(/^(## wpc (policy check|verify|revoke)|### (Findings|Risk-classified changes|Annotations beyond the limit)$)/);
  }
}

function wpc(cwd: string, ...args: string[]) {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith("GITHUB_") && !k.startsWith("INPUT_") && k !== "WPC_SIGNING_KEY") env[k] = v;
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...env, ...GIT_ENV }, maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function hostileDoc(i: number): Doc {
  const d = example();
  d.purpose = `${PURPOSE} ${i}`;
  d[MEMBER] = 1; // a schema finding names the member
  d.tool_policy.allow.push(TOOL, `${NAMES[i % NAMES.length]}`); // WPC005 names the tools; an expansion shows them
  return d;
}

let repo: string;
let baseSha: string;
let headSha: string;
const files: string[] = [];

beforeAll(() => {
  repo = policyRepo("wpc-hostile-");
  baseSha = sh(repo, "rev-parse", "HEAD");
  sh(repo, "checkout", "-q", "-b", "hostile");
  NAMES.forEach((n, i) => {
    const f = `policies/${n}-${i}.wpc.json`;
    files.push(f);
    writeFile(repo, f, JSON.stringify(hostileDoc(i), null, 2) + "\n");
  });
  writeFile(repo, "policies/EVIL\n::error::unusable.wpc.json", '{ "purpose": "EVIL\\n::error::x", "purpose": 1 }\n');
  const inv = JSON.parse(readFileSync(join(repo, "policies/invoice-triage.wpc.json"), "utf8"));
  inv.purpose = PURPOSE;
  inv.tool_policy.allow.push(TOOL);
  writeFile(repo, "policies/invoice-triage.wpc.json", JSON.stringify(inv, null, 2) + "\n");
  headSha = commitAll(repo, "hostile policies");
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe("the CLI prints no command and no raw newline from input", () => {
  it("wpc validate: text and --format github (annotations past the limit too)", () => {
    const t = wpc(repo, "validate", "policies");
    expect(t.code).toBe(2);
    expect(t.stdout).toContain("EVIL");
    expectNoInjectedCommand(t.stdout);
    expectNoInjectedCommand(t.stderr);
    // every line we print is ours: a file name never splits a line
    for (const line of t.stdout.split("\n").filter(Boolean)) expect(line).toMatch(/^(policies\/|E_[A-Z_]+: |\d+ file\(s\): )/);
    const g = wpc(repo, "validate", "policies", "--format", "github");
    expect(g.code).toBe(2);
    expectNoInjectedCommand(g.stdout, ANNOTATION);
    expectNoInjectedCommand(g.stderr);
    const cmds = commandLines(g.stdout);
    expect(cmds.filter((l) => l.startsWith("::error")).length).toBe(10); // capped; the rest as plain lines
    expect(g.stdout.split("\n").filter((l) => l && !l.startsWith("::")).length).toBeGreaterThan(0);
  });

  it("wpc check --base: text and --format github", () => {
    for (const format of [[], ["--format", "github"]]) {
      const r = wpc(repo, "check", "--base", baseSha, ...format);
      expect(r.code).toBe(2);
      expect(r.stdout).toContain("EVIL");
      expectNoInjectedCommand(r.stdout, format.length ? ANNOTATION : /^$/);
      expectNoInjectedCommand(r.stderr);
    }
  });

  it("wpc diff (a hostile file name and purpose) and errors naming hostile files", () => {
    const d = wpc(repo, "diff", `git:${baseSha}:policies/invoice-triage.wpc.json`, "policies/invoice-triage.wpc.json");
    expect(d.code).toBe(0);
    expectNoInjectedCommand(d.stdout);
    const missing = "nope\n::error::x\r##[warning]y\u202e.wpc.json";
    for (const format of [[], ["--format", "github"], ["--json"]]) {
      const r = wpc(repo, "hash", missing, ...format);
      expect(r.code).toBe(2);
      expectNoInjectedCommand(r.stdout, format.length && format[0] === "--format" ? ANNOTATION : /^$/);
      expectNoInjectedCommand(r.stderr);
      expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    }
  });

  it("--json keeps the exact value (JSON escapes), and no line the runner would run", () => {
    const r = wpc(repo, "validate", "policies", "--json");
    expectNoInjectedCommand(r.stdout);
    const body = JSON.parse(r.stdout);
    expect(body.files.map((f: { file: string }) => f.file)).toEqual(expect.arrayContaining(files));
  });
});

const webhooks = require("@octokit/webhooks-examples/api.github.com/index.json") as Array<{ name: string; examples: Array<Record<string, any>> }>;
function prEvent(number: number, base: string, head: string): Record<string, any> {
  const ev = structuredClone(webhooks.find((w) => w.name === "pull_request")!.examples.find((e) => e.action === "synchronize")!);
  ev.number = number;
  ev.pull_request.number = number;
  ev.pull_request.base.sha = base;
  ev.pull_request.head.sha = head;
  ev.repository.full_name = "acme/policies";
  return ev;
}

describe("action/check with hostile policies", () => {
  let gh: StandIn;
  beforeAll(async () => {
    gh = await startGitHubStandIn({ token: "ghs_test", login: "github-actions[bot]" });
  });
  afterAll(async () => gh.close());

  const run = (cwd: string, base: string, head: string, pr: number) =>
    runAction("check", {
      cwd,
      event: prEvent(pr, base, head),
      inputs: { "github-token": "ghs_test", policies: "policies", comment: "true", label: "policy-expansion" },
      env: { GITHUB_API_URL: gh.url, GITHUB_WORKSPACE: cwd },
    });

  it("stdout, stderr, summary and comment are inert", async () => {
    const r = await run(repo, baseSha, headSha, 11);
    expect(r.status, r.all).toBe(1);
    expectNoInjectedCommand(r.stdout, ANNOTATION);
    expectNoInjectedCommand(r.stderr);
    expect(r.summary).toContain("EVIL");
    expectInertMarkdown(r.summary);
    const mine = gh.state.comments.filter((c) => c.issue_number === 11);
    expect(mine).toHaveLength(1);
    expectInertMarkdown(mine[0]!.body);
    for (const line of mine[0]!.body.split("\n")) if (/^\| `/.test(line)) expect(cells(line).length).toBe(5);
    expect(gh.state.labels.get("acme/policies#11")).toEqual(["policy-expansion"]);
    expect(gh.violations).toEqual([]);
  });

  it("~200 changed policies: the comment is posted under 65,536 characters, errors and expansions first", async () => {
    const big = policyRepo("wpc-many-");
    try {
      const base = sh(big, "rev-parse", "HEAD");
      sh(big, "checkout", "-q", "-b", "many");
      for (let i = 0; i < 200; i++) {
        const d = example();
        d.purpose = `${PURPOSE} ${i} ${"p".repeat(300)}`;
        if (i % 10 === 0) d.tool_policy.allow.push("exec", "web_search"); // 20 policies expand
        if (i % 25 === 0) d.tool_policy.allow.push(`nosuchtool-${i}`); // an error
        d.token_requirements.cst_ttl_seconds_max = i % 2 ? 60 : 1800;
        writeFile(big, `policies/p${String(i).padStart(3, "0")}-${"n".repeat(60)}.wpc.json`, JSON.stringify(d, null, 2) + "\n");
      }
      const head = commitAll(big, "200 policies");
      const r = await run(big, base, head, 12);
      expect(r.status, r.stderr).toBe(1); // the unknown tools
      expect(gh.violations).toEqual([]);
      const body = gh.state.comments.find((c) => c.issue_number === 12)?.body;
      expect(body, "no comment: GitHub would have refused it").toBeDefined();
      expect(body!.length).toBeLessThanOrEqual(65_536);
      expect(body).toContain("[job summary](https://github.com/acme/policies/actions/runs/4242)");
      expect(gh.state.labels.get("acme/policies#12")).toEqual(["policy-expansion"]);
      // all 8 errors and all expansions of the 20 expanding policies are in the comment, before anything else
      expect(body!.match(/\| error \| WPC005 \|/g)).toHaveLength(8);
      const changeRows = body!.split("\n").filter((l) => /^\| `policies\/p\d{3}/.test(l) && /\| (🔺 expansion|🔻 tightening|neutral) \| `/.test(l));
      const firstOther = changeRows.findIndex((l) => !l.includes("🔺 expansion"));
      if (firstOther >= 0) expect(changeRows.slice(firstOther).some((l) => l.includes("🔺 expansion"))).toBe(false);
      const isChange = (l: string) => /^\| `policies\/p\d{3}/.test(l) && /\| (🔺 expansion|🔻 tightening|neutral) \| `/.test(l);
      const allExpansions = r.summary.split("\n").filter((l) => isChange(l) && l.includes("🔺 expansion")).length;
      expect(allExpansions).toBeGreaterThan(40);
      const shownExpansions = changeRows.filter((l) => l.includes("🔺 expansion")).length;
      expect(shownExpansions).toBeGreaterThan(0);
      // a tightening or neutral row is shown only when every expansion is
      if (firstOther >= 0) expect(shownExpansions).toBe(allExpansions);
      expect(body).toMatch(/_\d+ more (changed policies|findings|changes) not shown here: see the \[job summary\]/);
      // the summary has what the comment left out
      expect(r.summary.split("\n").filter(isChange).length).toBeGreaterThan(changeRows.length);
      expectInertMarkdown(body!);
      expect(Buffer.byteLength(r.summary)).toBeLessThan(1 << 20);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("verify: hostile bundle fields and inputs (metadata.subject, policy id)", () => {
  const w = makeWorld("hostile-out");
  const SUBJECT_EVIL = "EVIL\n::error::subject ##[warning]x <img src=x> [l](https://evil.example) @octocat \u202e";
  let dir: string;
  let gh: StandIn;

  beforeAll(async () => {
    gh = await startGitHubStandIn({ token: "ghs_test", login: "github-actions[bot]" });
    dir = mkdtempSync(join(tmpdir(), "wpc-hostile-verify-"));
    sh(dir, "init", "-q", "-b", "main");
    mkdirSync(join(dir, "policies"));
    writeFileSync(join(dir, "policies/invoice-triage.wpc.json"), JSON.stringify(exampleWpc(), null, 2) + "\n");
    writeFileSync(join(dir, "policies/trust.json"), JSON.stringify(simTrust(w.seed), null, 2) + "\n");
    commitAll(dir, "trust");
    sh(dir, "update-ref", "refs/remotes/origin/main", "HEAD");
    const store = new GitRegistryStore({ cwd: dir, remote: null, branch: "wpc-registry", readOnlyRef: null });
    expect(store.write(store.read(), w.files, "registry")).toBe("ok");
    sh(dir, "update-ref", "refs/remotes/origin/wpc-registry", "refs/heads/wpc-registry");
    const bundle = editedResigned(w, (p) => (p.metadata.subject = { commit: SUBJECT_EVIL }));
    writeFileSync(join(dir, "bundle.json"), JSON.stringify(bundle, null, 2) + "\n");
    const store2 = new DirRegistryStore(join(dir, "registry-dir"));
    expect(store2.write(store2.read(), w.files)).toBe("ok");
  });
  afterAll(async () => {
    await gh.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("wpc verify: text, --report-md and --json", () => {
    const at = new Date(VERIFY_AT).toISOString();
    const args = ["verify", "bundle.json", "--policy", POLICY_ID, "--registry", "registry-dir", "--trust", "policies/trust.json", "--subject", SUBJECT, "--at", at];
    const t = wpc(dir, ...args, "--report-md", "report.md");
    expect(t.code).toBe(1);
    expect(t.stdout).toContain("EVIL");
    expectNoInjectedCommand(t.stdout);
    expectNoInjectedCommand(t.stderr);
    expect(t.stdout.split("\n").filter(Boolean).every((l) => /^(verdict: |  (fail|warn|pass|skip) |\d+ failed)/.test(l))).toBe(true);
    const md = readFileSync(join(dir, "report.md"), "utf8");
    expect(md).toContain("EVIL");
    expectInertMarkdown(md);
    const j = wpc(dir, ...args, "--json");
    expectNoInjectedCommand(j.stdout);
    expect(JSON.parse(j.stdout).checks.find((c: { id: string }) => c.id === "SUBJECT").detail).toContain(SUBJECT_EVIL);
    // a hostile policy id and subject given on the command line
    const p = wpc(dir, "verify", "bundle.json", "--policy", "EVIL\n::error::id", "--registry", "registry-dir", "--trust", "policies/trust.json", "--subject", "\r::add-mask::x", "--at", at);
    expectNoInjectedCommand(p.stdout);
    expectNoInjectedCommand(p.stderr);
  });

  it("action/verify: stdout, stderr, summary and the check run are inert", async () => {
    for (const inputs of [{ "policy-id": POLICY_ID, subject: SUBJECT }, { "policy-id": "EVIL\n::error::id ##[x] @octocat", subject: "EVIL\r::add-mask::s" }]) {
      const r = await runAction("verify", {
        cwd: dir,
        eventName: "workflow_call",
        inputs: { bundle: "bundle.json", fetch: "false", "github-token": "ghs_test", ...inputs },
        // a real commit for the check run (GitHub accepts check runs on commits only)
        env: { GITHUB_API_URL: gh.url, GITHUB_WORKSPACE: dir, GITHUB_SHA: sh(dir, "rev-parse", "HEAD") },
      });
      expect(r.status, r.all).toBe(1);
      expectNoInjectedCommand(r.stdout, ANNOTATION);
      expectNoInjectedCommand(r.stderr);
      if (inputs.subject === SUBJECT) {
        expect(r.outputs.verdict).toBe("fail");
        expect(r.summary).toContain("EVIL");
        expectInertMarkdown(r.summary);
      } else {
        // a subject with control characters is refused before any git call (it names a commit): usage error
        expect(r.outputs.verdict).toBeUndefined();
        expect(r.stdout).toMatch(/E_USAGE/);
      }
    }
    expect(gh.state.checkRuns.length).toBeGreaterThan(0);
    for (const run of gh.state.checkRuns) expectInertMarkdown(run.output.summary ?? "");
  }, 60_000);
});

describe("revoke: a hostile jti and reason (action summary and log, wpc registry log)", () => {
  it("inert everywhere they are shown", async () => {
    const w = createWorld("wpc-hostile-revoke-");
    try {
      const key = readFileSync(w.key.file, "utf8");
      expect(publish(w).run.code).toBe(0);
      const reason = "EVIL [x](https://evil.example) ![i](https://evil.example/i.png) @octocat <img src=x> ##[warning]r \u202eevil\u202c";
      const r = await runAction("revoke", {
        cwd: w.repo,
        eventName: "workflow_dispatch",
        inputs: { "signing-key": key, target: "token", jti: "EVIL-jti ##[error]j @acme/security <b>`", reason },
      });
      expect(r.status, r.all.replace(/add-mask::\S+/g, "add-mask::***")).toBe(0);
      expectNoInjectedCommand(r.stdout, /^::add-mask::/);
      expectNoInjectedCommand(r.stderr);
      expect(r.summary).toContain("EVIL");
      expectInertMarkdown(r.summary);
      sh(w.repo, "fetch", "-q", "origin", "wpc-registry:wpc-registry");
      const log = cli(w.repo, ["registry", "log"]);
      expect(log.stdout).toContain("EVIL");
      expectNoInjectedCommand(log.stdout);
      expectNoInjectedCommand(log.stderr);
    } finally {
      rmSync(w.dir, { recursive: true, force: true });
    }
  }, 60_000);
});
