/**
 * action/check (pull_request): validate + lint + risk diff of changed policies against the merge-base,
 * annotations (≤ 10 per level), job summary, one sticky PR comment, the `policy-expansion` label,
 * outputs `expands` and `hashes`. Fails on error-level findings or unusable files, never on an expansion.
 */
import * as core from "@actions/core";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { CHECK_MARKER, capAnnotations, checkAnnotations, checkMarkdown } from "../core/policy/render.ts";
import { plain, runUrl } from "../core/escape/index.ts";
import { checkWorkingTree } from "../io/policy-repo.ts";
import { git, isShallow } from "../io/git.ts";
import { octokit, repoFromEnv, setLabel, upsertMarkedComment } from "../io/github.ts";
import { booleanInput, env, optionalInput } from "./shared/inputs.ts";
import { failWith } from "./shared/secrets.ts";
import { annotate, fail, info } from "./shared/log.ts";

interface PullRequestEvent {
  pull_request?: { number: number; base: { sha: string; ref: string }; head: { sha: string } };
}

function readEvent(): PullRequestEvent {
  const path = env("eventPath");
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, "utf8")) as PullRequestEvent;
  } catch {
    throw new WpcError("E_BAD_INPUT", `cannot read the event payload at ${path}`);
  }
}

async function run(): Promise<void> {
  const cwd = resolve(optionalInput("working-directory") ?? env("workspace") ?? process.cwd());
  const event = readEvent();
  const pr = event.pull_request;
  const base = optionalInput("base") ?? pr?.base.sha;
  if (!base) throw new WpcError("E_USAGE", 'no base: run on pull_request or set the "base" input');

  // A shallow checkout lacks the merge-base: fetch the base and enough history.
  if (isShallow(cwd)) {
    git(["fetch", "--no-tags", "--quiet", "--unshallow", "origin"], cwd);
    git(["fetch", "--no-tags", "--quiet", "origin", base], cwd);
  }

  const result = checkWorkingTree({
    base,
    cwd,
    policiesDir: optionalInput("policies") ?? "policies",
    ...(optionalInput("trust") ? { trust: optionalInput("trust")! } : {}),
  });

  const { shown, overflow } = capAnnotations(checkAnnotations(result));
  for (const a of shown) annotate(a.level, a.message, { file: a.file, startLine: a.line, startColumn: a.column, title: a.title });
  // the summary lists what the comment leaves out; both are fitted under GitHub's size limits
  await core.summary.addRaw(checkMarkdown(result, { target: "summary", overflow })).write();

  const hashes: Record<string, { old: string | null; new: string | null }> = {};
  for (const f of result.files) hashes[f.file] = { old: f.base_hash, new: f.head_hash };
  core.setOutput("expands", result.expands ? "true" : "false");
  core.setOutput("hashes", JSON.stringify(hashes));

  const token = optionalInput("github-token");
  const repo = repoFromEnv(env("repository"));
  if (pr && token && repo && booleanInput("comment", true)) {
    const gh = octokit(token, env("apiUrl"));
    const bot = optionalInput("bot-login") ?? "github-actions[bot]";
    const run = runUrl(env("serverUrl"), env("repository"), env("runId"));
    const body = checkMarkdown(result, { target: "comment", overflow, ...(run ? { runUrl: run } : {}) });
    const c = await upsertMarkedComment(gh, repo, pr.number, CHECK_MARKER, body, bot);
    info(`PR comment ${c.action} (id ${c.id})`);
    const label = optionalInput("label") ?? "policy-expansion";
    const l = await setLabel(gh, repo, pr.number, label, result.expands);
    info(`label ${plain(label)}: ${l}`);
  } else if (pr) {
    info("no github-token: PR comment and label skipped");
  }

  if (result.unusable || result.errors)
    fail(`${result.errors} error-level finding(s)${result.unusable ? `, ${result.unusable} unusable file(s)` : ""} in changed policies`);
}

run().catch((e: unknown) => failWith(e));
