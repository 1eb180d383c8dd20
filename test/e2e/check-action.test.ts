import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createRequire } from "node:module";
import { startGitHubStandIn, type StandIn } from "../support/github-standin.ts";
import { runAction } from "../support/run-action.ts";
import { commitAll, policyRepo, sh, writeFile } from "../support/git-repo.ts";

const require = createRequire(import.meta.url);
type Example = { name: string; examples: Array<Record<string, any>> };
const webhooks = require("@octokit/webhooks-examples/api.github.com/index.json") as Example[];

/** A real pull_request "synchronize" payload from GitHub's published examples, pointed at our repo. */
function prEvent(number: number, baseSha: string, headSha: string): Record<string, any> {
  const ev = structuredClone(webhooks.find((w) => w.name === "pull_request")!.examples.find((e) => e.action === "synchronize")!);
  ev.number = number;
  ev.pull_request.number = number;
  ev.pull_request.base.sha = baseSha;
  ev.pull_request.base.ref = "main";
  ev.pull_request.head.sha = headSha;
  ev.repository.full_name = "acme/policies";
  ev.repository.name = "policies";
  ev.repository.owner.login = "acme";
  return ev;
}

interface Command {
  level: string;
  props: Record<string, string>;
  message: string;
}
/** Parse `::level k=v,k=v::message` workflow commands (property order is the toolkit's business). */
function commands(stdout: string): Command[] {
  const out: Command[] = [];
  for (const line of stdout.split("\n")) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? "").split(",").filter(Boolean)) {
      const at = kv.indexOf("=");
      props[kv.slice(0, at)] = kv.slice(at + 1);
    }
    out.push({ level: m[1]!, props, message: m[3]! });
  }
  return out;
}

let gh: StandIn;
let repo: string;
let baseSha: string;

beforeAll(async () => {
  gh = await startGitHubStandIn({ token: "ghs_test", login: "github-actions[bot]" });
  repo = policyRepo();
  baseSha = sh(repo, "rev-parse", "HEAD");
  sh(repo, "checkout", "-q", "-b", "feature");
});
afterAll(async () => {
  await gh.close();
  rmSync(repo, { recursive: true, force: true });
});

const INPUTS = { "github-token": "ghs_test", policies: "policies", comment: "true", label: "policy-expansion", "bot-login": "github-actions[bot]" };

function run(headSha: string, extra: Record<string, string> = {}) {
  return runAction("check", {
    cwd: repo,
    event: prEvent(7, baseSha, headSha),
    inputs: { ...INPUTS, ...extra },
    env: { GITHUB_API_URL: gh.url, GITHUB_WORKSPACE: repo },
  });
}

describe("action/check on a real pull_request against a real repository", () => {
  it("an expansion: passes, labels the PR, posts one comment with the risk table", async () => {
    // a bystander comment with the marker, by another user: must not be touched
    gh.state.addComment({ owner: "acme", repo: "policies", issue_number: 7 }, "<!-- wpc:check --> quoted by a human", { login: "mallory", id: 99, type: "User" });
    const p = join(repo, "policies/invoice-triage.wpc.json");
    const doc = JSON.parse(readFileSync(p, "utf8"));
    doc.tool_policy.allow.push("web_search");
    doc.token_requirements.cst_ttl_seconds_max = 3000;
    writeFile(repo, "policies/invoice-triage.wpc.json", JSON.stringify(doc, null, 2) + "\n");
    const head = commitAll(repo, "expand invoice triage");
    const r = await run(head);
    expect(r.status, r.all).toBe(0);
    expect(r.outputs.expands).toBe("true");
    const hashes = JSON.parse(r.outputs.hashes!);
    expect(Object.keys(hashes)).toEqual(["policies/invoice-triage.wpc.json"]);
    expect(hashes["policies/invoice-triage.wpc.json"].old).toBe("NUiXpoBsVhvLUCZwwq-He72dr1JtORsMUHoCzbws9LA");
    expect(hashes["policies/invoice-triage.wpc.json"].new).not.toBe(hashes["policies/invoice-triage.wpc.json"].old);
    expect(r.summary).toContain("| `policies/invoice-triage.wpc.json` | modified |");
    expect(r.summary).toContain("🔺 expansion");
    expect(r.summary).toContain("/tool_policy/allow");
    const warn = commands(r.stdout).find((c) => c.level === "warning" && c.message === "/tool_policy/allow: added web_search");
    expect(warn?.props).toMatchObject({ file: "policies/invoice-triage.wpc.json", line: "10", title: "wpc expansion" });
    const mine = gh.state.comments.filter((c) => c.user.login === "github-actions[bot]");
    expect(mine).toHaveLength(1);
    expect(mine[0]!.body).toContain("<!-- wpc:check -->");
    expect(gh.state.labels.get("acme/policies#7")).toEqual(["policy-expansion"]);
    expect(gh.violations).toEqual([]);
  });

  it("a later push that tightens: updates the same comment in place and removes the label", async () => {
    const before = gh.state.comments.filter((c) => c.user.login === "github-actions[bot]").map((c) => c.id);
    const p = join(repo, "policies/invoice-triage.wpc.json");
    const doc = JSON.parse(readFileSync(p, "utf8"));
    doc.tool_policy.allow = doc.tool_policy.allow.filter((t: string) => t !== "web_search" && t !== "browser");
    doc.token_requirements.cst_ttl_seconds_max = 900;
    writeFile(repo, "policies/invoice-triage.wpc.json", JSON.stringify(doc, null, 2) + "\n");
    const head = commitAll(repo, "tighten");
    const r = await run(head);
    expect(r.status, r.all).toBe(0);
    expect(r.outputs.expands).toBe("false");
    const mine = gh.state.comments.filter((c) => c.user.login === "github-actions[bot]");
    expect(mine.map((c) => c.id)).toEqual(before);
    expect(mine[0]!.body).toContain("🔻 tightening");
    expect(gh.state.comments.find((c) => c.user.login === "mallory")!.body).toBe("<!-- wpc:check --> quoted by a human");
    expect(gh.state.labels.get("acme/policies#7") ?? []).toEqual([]);
    expect(gh.requests.some((q) => q.method === "PATCH" && q.operationId === "issues/update-comment")).toBe(true);
    expect(gh.requests.some((q) => q.method === "DELETE" && q.operationId === "issues/remove-label")).toBe(true);
    expect(gh.violations).toEqual([]);
  });

  it("error-level findings fail the step with annotations at file and line", async () => {
    const p = join(repo, "policies/prod-deploy.wpc.json");
    const text = readFileSync(p, "utf8").replace('"allow": ["group:fs", "exec", "process"]', '"allow": ["group:fs", "exec", "process", "teleport"]');
    writeFile(repo, "policies/prod-deploy.wpc.json", text);
    const head = commitAll(repo, "unknown tool");
    const r = await run(head);
    expect(r.status).toBe(1);
    const err = commands(r.stdout).find((c) => c.level === "error" && c.props.title === "wpc WPC005");
    expect(err?.props).toMatchObject({ file: "policies/prod-deploy.wpc.json", line: "5", col: "46" });
    expect(err?.message).toContain('unknown tool or group "teleport"');
    expect(r.stdout).toContain("::error::1 error-level finding(s)");
    expect(r.summary).toContain("| `policies/prod-deploy.wpc.json` | 5:");
    expect(gh.violations).toEqual([]);
  });

  it("caps annotations at 10 per level and lists the rest in the summary", async () => {
    sh(repo, "checkout", "-q", "-B", "many", baseSha);
    const doc = JSON.parse(readFileSync(join(repo, "policies/research-readonly.wpc.json"), "utf8"));
    for (let i = 0; i < 14; i++) doc.tool_policy.allow.push(`nosuchtool${i}`);
    writeFile(repo, "policies/research-readonly.wpc.json", JSON.stringify(doc, null, 2));
    const head = commitAll(repo, "many findings");
    const r = await run(head, { comment: "false" });
    expect(r.status).toBe(1);
    const errors = commands(r.stdout).filter((c) => c.level === "error" && c.props.file);
    const warnings = commands(r.stdout).filter((c) => c.level === "warning" && c.props.file);
    expect(errors).toHaveLength(10);
    expect(warnings.length).toBeLessThanOrEqual(10);
    expect(r.summary).toContain("Annotations beyond the limit");
    expect(r.summary).toContain("nosuchtool13");
  });

  it("unusable JSON fails with its line and column", async () => {
    sh(repo, "checkout", "-q", "-B", "broken", baseSha);
    writeFile(repo, "policies/broken.wpc.json", '{\n  "wpc_version": "v1",\n  "wpc_version": "v1"\n}\n');
    const head = commitAll(repo, "broken");
    const r = await run(head, { comment: "false" });
    expect(r.status).toBe(1);
    const err = commands(r.stdout).find((c) => c.props.file === "policies/broken.wpc.json");
    expect(err?.props.title).toBe("wpc E_NOT_IJSON");
    expect(err?.message).toContain("3:3: duplicate member name");
    expect(r.outputs.expands).toBe("true");
  });
});
