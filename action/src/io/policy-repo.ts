/** Reading policies and trust.json from the working tree or from git, for the CLI and the actions. */
import { dirname, join, relative, resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { parseTrust, routeNames, type Trust } from "../core/policy/trust.ts";
import { MAX_POLICY_BYTES } from "../core/policy/wpc.ts";
import { exists, readFileLimited } from "./files.ts";
import { repoRoot, resolveCommit, showFile } from "./git.ts";
import { checkRevision } from "./git-args.ts";

export const TRUST_FILE = "trust.json";
export const MAX_TRUST_BYTES = 1024 * 1024;

export function loadTrustFile(path: string): Trust {
  return parseTrust(readFileLimited(path, MAX_TRUST_BYTES, "trust file", true), path);
}

/** trust.json for a policy: explicit path, else beside the policy, else policies/trust.json. */
export function findTrust(explicit: string | undefined, policyFile: string | undefined, cwd: string): Trust | undefined {
  if (explicit) return loadTrustFile(resolve(cwd, explicit));
  const candidates = [
    ...(policyFile ? [join(dirname(resolve(cwd, policyFile)), TRUST_FILE)] : []),
    resolve(cwd, "policies", TRUST_FILE),
  ];
  for (const c of candidates) if (exists(c)) return loadTrustFile(c);
  return undefined;
}

export function trustRoutes(t: Trust | undefined): string[] | undefined {
  return t ? routeNames(t) : undefined;
}

/** `git:REF:path` or a file path → bytes. */
export function readPolicySource(spec: string, cwd: string): { bytes: Uint8Array | undefined; name: string } {
  if (spec.startsWith("git:")) {
    const rest = spec.slice(4);
    const colon = rest.indexOf(":");
    if (colon <= 0) throw new WpcError("E_USAGE", `"${spec}": expected git:REF:path`);
    const ref = checkRevision(rest.slice(0, colon), `"${spec}"`);
    const path = rest.slice(colon + 1);
    const root = repoRoot(cwd);
    const commit = resolveCommit(ref, root);
    if (!commit) throw new WpcError("E_IO", `${spec}: unknown git ref "${ref}"`, spec);
    const rel = relative(root, resolve(cwd, path)).split("\\").join("/");
    const bytes = showFile(commit, rel, root);
    if (!bytes) throw new WpcError("E_IO", `${spec}: no such file at ${ref}`, spec);
    if (bytes.byteLength > MAX_POLICY_BYTES) throw new WpcError("E_TOO_LARGE", `${spec}: above the 1 MiB policy limit`, spec);
    return { bytes, name: spec };
  }
  return { bytes: readFileLimited(resolve(cwd, spec), MAX_POLICY_BYTES, "policy file", true), name: spec };
}
