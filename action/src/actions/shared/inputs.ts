/** Typed action inputs and the runner environment, in one place (names are API). */
import * as core from "@actions/core";
import { WpcError } from "../../core/json/errors.ts";

export const ENV = {
  workspace: "GITHUB_WORKSPACE",
  eventPath: "GITHUB_EVENT_PATH",
  eventName: "GITHUB_EVENT_NAME",
  repository: "GITHUB_REPOSITORY",
  apiUrl: "GITHUB_API_URL",
  sha: "GITHUB_SHA",
  ref: "GITHUB_REF",
  runId: "GITHUB_RUN_ID",
  actor: "GITHUB_ACTOR",
  serverUrl: "GITHUB_SERVER_URL",
} as const;

export function env(name: keyof typeof ENV): string | undefined {
  const v = process.env[ENV[name]];
  return v === undefined || v === "" ? undefined : v;
}

export function requiredInput(name: string): string {
  const v = core.getInput(name).trim();
  if (!v) throw new WpcError("E_USAGE", `input "${name}" is required`);
  return v;
}

/** Empty means absent. */
export function optionalInput(name: string): string | undefined {
  const v = core.getInput(name).trim();
  return v === "" ? undefined : v;
}

export function booleanInput(name: string, dflt: boolean): boolean {
  const v = core.getInput(name).trim();
  if (v === "") return dflt;
  if (["true", "True", "TRUE"].includes(v)) return true;
  if (["false", "False", "FALSE"].includes(v)) return false;
  throw new WpcError("E_USAGE", `input "${name}" must be true or false`);
}
