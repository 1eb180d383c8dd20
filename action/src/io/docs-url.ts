/**
 * Where SARIF rule help links point (docs/formats-output.md#<rule>): wpc's own docs, at the version that
 * ran — never the consuming repository (which has no docs/ of wpc's). Deterministic for one environment:
 *
 * 1. `WPC_DOCS_URL`: an https base ending in "/" under which docs/*.md are found (wpc's own
 *    policy-check.yml sets it to the base branch's docs/);
 * 2. running as a published action (`uses: OWNER/REPO/action/check@REF`): the runner's
 *    GITHUB_SERVER_URL, GITHUB_ACTION_REPOSITORY and GITHUB_ACTION_REF → `…/OWNER/REPO/blob/REF/docs/`;
 * 3. otherwise none: rules keep their help text, without a link.
 * Values that do not have the expected shape are ignored (an input never builds a link).
 */
import pkg from "../../../package.json" with { type: "json" };
import type { SarifContext } from "../core/policy/sarif.ts";
import { openclawRules } from "../core/openclaw/sarif.ts";

const SERVER = /^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?$/;
const REPO = /^(?!.*\.\.)[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const REF = /^(?!.*\.\.)[A-Za-z0-9._/-]{1,200}$/;
const BASE = /^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?\/[A-Za-z0-9._~%/+-]*\/$/;

export function docsBaseFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const explicit = env.WPC_DOCS_URL;
  if (explicit) return BASE.test(explicit) && !explicit.includes("..") ? explicit : undefined;
  const server = (env.GITHUB_SERVER_URL ?? "").replace(/\/+$/, "");
  const repo = env.GITHUB_ACTION_REPOSITORY ?? "";
  const ref = env.GITHUB_ACTION_REF ?? "";
  if (SERVER.test(server) && REPO.test(repo) && REF.test(ref)) return `${server}/${repo}/blob/${ref}/docs/`;
  return undefined;
}

/** The SARIF context of this run: wpc's version, the docs base, and OpenClaw's rules beside the policy rules. */
export function sarifContext(env: NodeJS.ProcessEnv): SarifContext {
  const docsBase = docsBaseFromEnv(env);
  return { version: pkg.version, ...(docsBase ? { docsBase } : {}), extraRules: openclawRules(docsBase) };
}
