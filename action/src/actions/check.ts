/**
 * action/check (pull_request): validate + lint + risk diff of changed policies against the merge-base,
 * annotations (≤ 10 per level), job summary, one sticky PR comment, the `policy-expansion` label,
 * outputs `expands` and `hashes`. Fails on error-level findings or unusable files, never on an expansion.
 */
import * as core from "@actions/core";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { CHECK_MARKER, capAnnotations, checkAnnotations, checkMarkdown, type Annotation } from "../core/policy/render.ts";
import { checkWorkingTree } from "../io/policy-check.ts";
import { git, isShallow } from "../io/git.ts";
import { checkRevision } from "../io/git-args.ts";
import { octokit, repoFromEnv, setLabel, upsertMarkedComment } from "../io/github.ts";
import { booleanInput, env, optionalInput } from "./shared/inputs.ts";
import { failWith } from "./shared/secrets.ts";

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

function annotate(a: Annotation): void {
  const props = { file: a.file, startLine: a.line, startColumn: a.column, title: a.title };
  if (a.level === "error") core.error(a.message, props);
  else if (a.level === "warning") core.warning(a.message, props);
  else core.notice(a.message, props);
}

async function run(): Promise<void> {
  const cwd = resolve(optionalInput("working-directory") ?? env("workspace") ?? process.cwd());
  const event = readEvent();
  const pr = event.pull_request;
  const baseInput = optionalInput("base");
  const base = baseInput ?? pr?.base.sha;
  if (!base) throw new WpcError("E_USAGE", 'no base: run on pull_request or set the "base" input');
  const baseLabel = baseInput !== undefined ? 'input "base"' : "pull_request.base.sha";
  checkRevision(base, baseLabel); // before any git call: a leading "-" would be an option

  // A shallow checkout lacks the merge-base: fetch the base and enough history.
  if (isShallow(cwd)) {
    git(["fetch", "--no-tags", "--quiet", "--unshallow", "--end-of-options", "origin"], cwd);
    git(["fetch", "--no-tags", "--quiet", "--end-of-options", "origin", base], cwd);
  }

  // What git stores for the checked-out commit, never the working tree (the same bytes publish reads).
  const result = checkWorkingTree({
    base,
    baseLabel,
    head: "HEAD",
    cwd,
    policiesDir: optionalInput("policies") ?? "policies",
    ...(optionalInput("trust") ? { trust: optionalInput("trust")! } : {}),
  });

  const { shown, overflow } = capAnnotations(checkAnnotations(result));
  for (const a of shown) annotate(a);
  const body = checkMarkdown(result, { overflow: overflow.length });
  let summary = body;
  if (overflow.length) {
    summary += `\n### Annotations beyond the limit\n\n${overflow.map((a) => `- \`${a.file}:${a.line}:${a.column}\` ${a.level} ${a.title}: ${a.message.replace(/[\r\n]+/g, " ")}`).join("\n")}\n`;
  }
  await core.summary.addRaw(summary).write();

  const hashes: Record<string, { old: string | null; new: string | null }> = {};
  for (const f of result.files) hashes[f.file] = { old: f.base_hash, new: f.head_hash };
  core.setOutput("expands", result.expands ? "true" : "false");
  core.setOutput("hashes", JSON.stringify(hashes));

  const token = optionalInput("github-token");
  const repo = repoFromEnv(env("repository"));
  if (pr && token && repo && booleanInput("comment", true)) {
    const gh = octokit(token, env("apiUrl"));
    const bot = optionalInput("bot-login") ?? "github-actions[bot]";
    const c = await upsertMarkedComment(gh, repo, pr.number, CHECK_MARKER, checkMarkdown(result, { marker: true, overflow: overflow.length }), bot);
    core.info(`PR comment ${c.action} (id ${c.id})`);
    const label = optionalInput("label") ?? "policy-expansion";
    const l = await setLabel(gh, repo, pr.number, label, result.expands);
    core.info(`label ${label}: ${l}`);
  } else if (pr) {
    core.info("no github-token: PR comment and label skipped");
  }

  if (result.unusable || result.errors)
    core.setFailed(`${result.errors} error-level finding(s)${result.unusable ? `, ${result.unusable} unusable file(s)` : ""} in changed policies`);
}

run().catch((e: unknown) => failWith(e));
