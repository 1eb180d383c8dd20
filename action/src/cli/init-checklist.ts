/**
 * What `wpc init` cannot do from a checkout: the GitHub settings left to the user, in the order they are
 * needed (pure; printed as text or carried in `--json`). The same list, with the reasons, is
 * docs/setup.md.
 */
import { APP_CLIENT_ID_SECRET, APP_KEY_SECRET } from "./init-workflows.ts";

export interface ChecklistItem {
  /** Stable id (API of `wpc init --json`). */
  id: "app" | "environments" | "signing-key" | "main-ruleset" | "registry-ruleset" | "label" | "actions-pr-setting" | "codeowners" | "first-pr";
  /** Where in GitHub. */
  where: string;
  /** What to do, one paragraph. */
  do: string;
  /** Commands that do it (gh CLI), if any. */
  commands: string[];
}

export interface ChecklistInput {
  /** The registry key file init wrote or reused, or undefined when a registry DID was given. */
  keyFile: string | undefined;
  /** CODEOWNERS was written with owners (false: the user must fill it). */
  codeowners: boolean;
}

const quote = (s: string): string => (/^[A-Za-z0-9_./~+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

export function checklist(o: ChecklistInput): ChecklistItem[] {
  const key = o.keyFile === undefined ? "<your registry key file>" : quote(o.keyFile);
  return [
    {
      id: "app",
      where: "Settings → Developer settings → GitHub Apps (organisation or user)",
      do: `Create a GitHub App for registry writes (no webhook; repository permissions Contents: read and write, Pull requests: read and write), install it on this repository only, and keep its client ID and a private key. Registry pushes and the rollback pull request use its token: a push or pull request made with GITHUB_TOKEN starts no workflow, so the rollback pull request would never get its required check.`,
      commands: [],
    },
    {
      id: "environments",
      where: "Settings → Environments",
      do: `Create wpc-signing (deployment branches: main only; no required reviewers: publish, refresh and token revocation must not wait) and wpc-signing-reviewed (main only; required reviewers, prevent self-review: policy revocation and rollback). In both: the secrets ${APP_CLIENT_ID_SECRET} and ${APP_KEY_SECRET}.`,
      commands: ["wpc-signing", "wpc-signing-reviewed"].flatMap((env) => [
        `gh api -X PUT repos/{owner}/{repo}/environments/${env}`,
        `gh secret set ${APP_CLIENT_ID_SECRET} --env ${env} --body <app client id>`,
        `gh secret set ${APP_KEY_SECRET} --env ${env} < <app private key .pem>`,
      ]),
    },
    {
      id: "signing-key",
      where: "Settings → Environments → both signing environments",
      do: `Store the registry key as the secret WPC_SIGNING_KEY of both environments, then move the file to offline storage. Never commit it (.gitignore lists *.key).`,
      commands: [`gh secret set WPC_SIGNING_KEY --env wpc-signing < ${key}`, `gh secret set WPC_SIGNING_KEY --env wpc-signing-reviewed < ${key}`],
    },
    {
      id: "main-ruleset",
      where: "Settings → Rules → Rulesets → new branch ruleset on main",
      do: "Require a pull request with review from Code Owners, require the status check `wpc / check` (source: GitHub Actions), and (organisation rulesets) require the workflow .github/workflows/policy-check.yml at ref main, so a pull request cannot edit its own check away.",
      commands: [],
    },
    {
      id: "registry-ruleset",
      where: "Settings → Rules → Rulesets → new branch ruleset on wpc-registry",
      do: "Block deletions and force pushes, restrict updates, and put only the wpc App on the bypass list: then only the signing environments (which hold its key) can push the registry.",
      commands: [],
    },
    {
      id: "label",
      where: "Issues → Labels",
      do: "Create the label policy-expansion: the check sets it while a pull request widens what agents may do, for the Code Owners' review.",
      commands: ["gh label create policy-expansion --color d93f0b --description 'Widens what AI agents may do: security review'"],
    },
    {
      id: "actions-pr-setting",
      where: "Settings → Actions → General → Workflow permissions",
      do: 'Leave "Allow GitHub Actions to create and approve pull requests" off: the rollback pull request is opened with the App token. Turn it on only if you remove the App token from rollback.yml (rollback then opens its pull request with GITHUB_TOKEN, and no check runs on it until someone pushes).',
      commands: [],
    },
    {
      id: "codeowners",
      where: "CODEOWNERS",
      do: o.codeowners
        ? "Make sure every team named in CODEOWNERS exists and has write access (GitHub marks unknown owners in the file view)."
        : "No owners were given: run wpc init again with --owners @org/team (or edit CODEOWNERS) so policies/, trust.json and the workflows need their review.",
      commands: [],
    },
    {
      id: "first-pr",
      where: "your clone",
      do: "Commit and push. In an empty repository push main itself (publish then signs the starter contract into the wpc-registry branch); otherwise open a pull request: `wpc / check` comments on it, and its merge publishes.",
      commands: ["git add -A", "git commit -m 'wpc init'", "git push origin HEAD"],
    },
  ];
}

/** The checklist as text lines. */
export function checklistText(items: readonly ChecklistItem[]): string[] {
  return items.flatMap((it, i) => [`${i + 1}. [${it.where}] ${it.do}`, ...it.commands.map((c) => `     $ ${c}`)]);
}
