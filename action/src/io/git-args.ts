/**
 * Values from flags and action inputs that reach git as arguments (revisions, remotes, branch names),
 * checked before any git call: a leading `-` would be read as an option (`--upload-pack=…` runs a
 * command), so every one is refused here with E_USAGE naming its input, and git.ts also puts
 * `--end-of-options` before revisions and `--` before paths.
 */
import { WpcError } from "../core/json/errors.ts";

const MAX_LEN = 255;

function refuse(label: string, value: string, why: string): never {
  throw new WpcError("E_USAGE", `${label}: ${why} (got ${JSON.stringify(value.slice(0, 80))})`);
}

/** What every git-bound value must satisfy: non-empty, bounded, no leading `-`, no control character or space. */
export function checkGitValue(value: string, label: string): string {
  common(value, label);
  return value;
}

function common(value: string, label: string): void {
  if (value === "") refuse(label, value, "must not be empty");
  if (value.length > MAX_LEN) refuse(label, value, `longer than ${MAX_LEN} characters`);
  if (value.startsWith("-")) refuse(label, value, "must not start with '-' (git would read it as an option)");
  if (/[\u0000-\u0020\u007f]/.test(value)) refuse(label, value, "must not contain spaces or control characters");
}

/**
 * A revision (`main`, `origin/main`, a commit id, `HEAD~2`): no range (`..`), no `rev:path` (`:`), no
 * pathspec magic or glob characters, no reflog expression `@{`.
 */
export function checkRevision(value: string, label: string): string {
  common(value, label);
  if (value.includes("..")) refuse(label, value, "a range (..) is not a revision");
  if (/[:\\?*[]/.test(value) || value.includes("@{")) refuse(label, value, "must be a branch, tag or commit (no ':', '\\', '?', '*', '[' or '@{')");
  return value;
}

/** A branch name (`main`, `wpc-registry`, `team/policies`): what `git check-ref-format --branch` accepts, stricter. */
export function checkBranch(value: string, label: string): string {
  common(value, label);
  if (!/^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(value) || value.includes("..") || value.includes("//") || value.endsWith("/") || value.endsWith(".") || value.endsWith(".lock") || value.split("/").some((s) => s.startsWith(".")))
    refuse(label, value, "not a valid branch name");
  return value;
}

/** A remote name (`origin`, `upstream`): letters, digits, `.`, `_`, `-`, starting with a letter or digit. */
export function checkRemote(value: string, label: string): string {
  common(value, label);
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value) || value.includes("..")) refuse(label, value, "not a valid remote name");
  return value;
}
