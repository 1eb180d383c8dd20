/** owner/repo from GITHUB_REPOSITORY (kept apart from Octokit so it loads only when needed). */
export interface Repo {
  owner: string;
  repo: string;
}

export function repoFromEnv(value: string | undefined): Repo | undefined {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(value ?? "");
  return m ? { owner: m[1]!, repo: m[2]! } : undefined;
}
