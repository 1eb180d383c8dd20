/**
 * The workflows `wpc init` writes into a consuming repository (pure: text from the pinned wpc repository
 * and commit). wpc's actions are pinned to that commit like every third-party action (by full SHA). The
 * registry writers (publish, refresh, revoke, rollback) push with a GitHub App installation token, never
 * with GITHUB_TOKEN: a push or a pull request made with GITHUB_TOKEN starts no workflow, so the rollback
 * pull request would never get its required `wpc / check`, and a ruleset could not tell the signing
 * environments' pushes from any other workflow's. The same pins and steps are used by wpc's own
 * .github/workflows (test/unit/init-templates.test.ts keeps them in step).
 */

/** Third-party actions, pinned by commit SHA to node24 releases (the tag in the trailing comment). */
export const PINNED = {
  checkout: "actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1",
  setupNode: "actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v7.0.0",
  uploadArtifact: "actions/upload-artifact@bbbca2ddaa5d8feaa63e36b76fdaad77386f024f # v7.0.0",
  downloadArtifact: "actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c # v8.0.1",
  appToken: "actions/create-github-app-token@1b10c78c7865c340bc4f6099eb2f838309f1e8c3 # v3.1.1",
} as const;

/** Where the wpc App's credentials live: environment secrets (the client ID is not secret, but actionlint and masking treat both alike). */
export const APP_CLIENT_ID_SECRET = "WPC_APP_CLIENT_ID";
export const APP_KEY_SECRET = "WPC_APP_PRIVATE_KEY";

export interface WorkflowPins {
  /** owner/name of the wpc repository whose actions are used. */
  repo: string;
  /** 40-hex commit of that repository. */
  sha: string;
}

/** The App token step and a checkout whose persisted credentials are that token (so `git push` uses it). */
function appCheckout(permissions: readonly string[]): string {
  return `      - name: Token of the wpc GitHub App (a push made with GITHUB_TOKEN would start no workflow)
        id: app
        uses: ${PINNED.appToken}
        with:
          client-id: \${{ secrets.${APP_CLIENT_ID_SECRET} }}
          private-key: \${{ secrets.${APP_KEY_SECRET} }}
${permissions.map((p) => `          permission-${p}: write`).join("\n")}
      - uses: ${PINNED.checkout}
        with:
          fetch-depth: 0
          token: \${{ steps.app.outputs.token }}
`;
}

const policyCheck = (p: WorkflowPins) => `name: policy-check
# Written by wpc init. Required status check \`wpc / check\` for pull requests that edit policies/.
# wpc's check action is pinned to a commit; this file is under CODEOWNERS, and a ruleset requires it
# from the default branch (a pull request could otherwise edit it).
on:
  pull_request:
    paths:
      - "policies/**"

permissions:
  contents: read
  pull-requests: write     # the sticky comment and the policy-expansion label

jobs:
  check:
    name: wpc / check
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: ${PINNED.checkout}
        with:
          fetch-depth: 0           # the merge-base must be in the clone
          persist-credentials: false
      - id: check
        uses: ${p.repo}/action/check@${p.sha}
      - name: Keep the result for the fork follow-up (policy-check-comment.yml re-computes it; never trusted)
        if: always() && steps.check.outputs.result != ''
        uses: ${PINNED.uploadArtifact}
        with:
          name: wpc-check-result
          path: \${{ steps.check.outputs.result }}
          retention-days: 7
`;

const policyCheckComment = (p: WorkflowPins) => `name: policy-check-comment
# Written by wpc init. The PR comment and label for pull requests from forks, whose own check runs with a
# read-only token. Runs from the default branch with a write token and runs nothing the pull request
# controls: the pull request is found through the API and its commits are read as git objects only.
on:
  workflow_run:
    workflows: [policy-check]
    types: [completed]

permissions:
  contents: read
  actions: read            # the triggering run's artifact
  pull-requests: write     # the comment and the policy-expansion label

jobs:
  comment:
    name: wpc / check comment
    if: github.event.workflow_run.event == 'pull_request' && (github.event.workflow_run.conclusion == 'success' || github.event.workflow_run.conclusion == 'failure')
    runs-on: ubuntu-latest
    timeout-minutes: 10
    steps:
      - uses: ${PINNED.checkout}
        with:
          ref: \${{ github.event.repository.default_branch }}
          fetch-depth: 0
          persist-credentials: true   # git fetch of refs/pull/N/head (objects only, never checked out)
      - uses: ${PINNED.downloadArtifact}
        continue-on-error: true
        with:
          name: wpc-check-result
          path: \${{ runner.temp }}/wpc-check-result
          run-id: \${{ github.event.workflow_run.id }}
          github-token: \${{ github.token }}
      - uses: ${p.repo}/action/check@${p.sha}
        with:
          result: \${{ runner.temp }}/wpc-check-result/wpc-check-result.json
`;

const publish = (p: WorkflowPins) => `name: publish
# Written by wpc init. Sign and publish changed policies on merge. No \`concurrency\`: registry writes are
# compare-and-swap, and each run publishes everything changed since the last published commit.
on:
  push:
    branches: [main]
    paths:
      - "policies/**"
  workflow_dispatch: {}

permissions:
  contents: read           # the registry branch is pushed with the App token

jobs:
  publish:
    name: wpc / publish
    runs-on: ubuntu-latest
    timeout-minutes: 15
    environment: wpc-signing
    steps:
${appCheckout(["contents"])}      - id: publish
        uses: ${p.repo}/action/publish@${p.sha}
        with:
          signing-key: \${{ secrets.WPC_SIGNING_KEY }}
      - env:
          SEQ: \${{ steps.publish.outputs.seq }}
        run: echo "registry at seq $SEQ"
`;

const registryRefresh = (p: WorkflowPins) => `name: registry-refresh
# Written by wpc init. Renew the registry checkpoint (it expires 90 days after signing) when nothing
# else writes. There is no action for it: this runs the CLI bundle of the pinned wpc commit.
on:
  schedule:
    - cron: "17 4 * * 1"
  workflow_dispatch: {}

permissions:
  contents: read

jobs:
  refresh:
    name: wpc / registry-refresh
    runs-on: ubuntu-latest
    timeout-minutes: 10
    environment: wpc-signing
    steps:
${appCheckout(["contents"])}      - uses: ${PINNED.checkout}
        with:
          repository: ${p.repo}
          ref: ${p.sha}
          path: .wpc
          persist-credentials: false
      - uses: ${PINNED.setupNode}
        with:
          node-version: 24
      - env:
          WPC_SIGNING_KEY: \${{ secrets.WPC_SIGNING_KEY }}
        run: node .wpc/action/dist/cli.js registry refresh --registry git:wpc-registry
`;

const revoke = (p: WorkflowPins) => `name: revoke
# Written by wpc init. A token is named by its hash or jti, never pasted (dispatch inputs are visible to
# every reader of the run). A token revocation never waits; a policy revocation needs a reviewer.
on:
  workflow_dispatch:
    inputs:
      target: { description: "What to revoke", type: choice, options: [token, policy], required: true }
      token-hash: { description: "Lowercase hex SHA-256 of the CST (target token)", type: string, required: false }
      jti: { description: "Token jti (target token, instead of the hash)", type: string, required: false }
      policy-hash: { description: "policy_hash_b64u (target policy)", type: string, required: false }
      reason: { description: "Reason (recorded in the signed entry)", type: string, required: true }

permissions:
  contents: read

jobs:
  revoke:
    name: wpc / revoke
    runs-on: ubuntu-latest
    timeout-minutes: 10
    environment: \${{ inputs.target == 'token' && 'wpc-signing' || 'wpc-signing-reviewed' }}
    steps:
${appCheckout(["contents"])}      - uses: ${p.repo}/action/revoke@${p.sha}
        with:
          signing-key: \${{ secrets.WPC_SIGNING_KEY }}
          target: \${{ inputs.target }}
          token-hash: \${{ inputs.token-hash }}
          jti: \${{ inputs.jti }}
          policy-hash: \${{ inputs.policy-hash }}
          reason: \${{ inputs.reason }}
`;

const rollback = (p: WorkflowPins) => `name: rollback
# Written by wpc init. A signed rollback entry (effective at the next verification), then a pull request
# restoring the policy file, opened by the wpc App so that its \`wpc / check\` runs.
on:
  workflow_dispatch:
    inputs:
      policy-id: { description: "Policy to roll back", type: string, required: true }
      to: { description: "Known-good policy_hash_b64u (wpc registry history ID)", type: string, required: true }
      reason: { description: "Reason (recorded in the signed entry)", type: string, required: true }

permissions:
  contents: read

jobs:
  rollback:
    name: wpc / rollback
    runs-on: ubuntu-latest
    timeout-minutes: 10
    environment: wpc-signing-reviewed
    steps:
${appCheckout(["contents", "pull-requests"])}      - uses: ${p.repo}/action/rollback@${p.sha}
        with:
          signing-key: \${{ secrets.WPC_SIGNING_KEY }}
          policy-id: \${{ inputs.policy-id }}
          to: \${{ inputs.to }}
          reason: \${{ inputs.reason }}
          app-token: \${{ steps.app.outputs.token }}
`;

const verify = (p: WorkflowPins) => `name: wpc-verify
# Written by wpc init. The reusable promotion gate: a deploy job \`needs\` it and runs only on pass.
# trust.json is read from the default branch and the registry from wpc-registry, both fetched fresh.
on:
  workflow_call:
    inputs:
      policy-id: { type: string, required: true }
      bundle-artifact: { type: string, required: true }
      bundle-path: { type: string, required: false, default: proof-bundle.json }
      expected-hash: { type: string, required: false, default: "" }
      subject: { type: string, required: false, default: "" }
    outputs:
      verdict: { value: "\${{ jobs.verify.outputs.verdict }}" }
      policy-hash: { value: "\${{ jobs.verify.outputs.policy-hash }}" }

permissions:
  contents: read
  checks: write            # the \`wpc / verify\` check run

jobs:
  verify:
    name: wpc / verify
    runs-on: ubuntu-latest
    timeout-minutes: 10
    outputs:
      verdict: \${{ steps.gate.outputs.verdict }}
      policy-hash: \${{ steps.gate.outputs.policy-hash }}
    steps:
      - uses: ${PINNED.checkout}
        with:
          fetch-depth: 1
          persist-credentials: true   # the action fetches trust.json and wpc-registry
      - uses: ${PINNED.downloadArtifact}
        with:
          name: \${{ inputs.bundle-artifact }}
          path: .wpc-bundle
      - id: gate
        uses: ${p.repo}/action/verify@${p.sha}
        with:
          bundle: .wpc-bundle/\${{ inputs.bundle-path }}
          policy-id: \${{ inputs.policy-id }}
          expected-hash: \${{ inputs.expected-hash }}
          subject: \${{ inputs.subject }}
`;

/** Path → contents of every workflow init writes. */
export function workflowFiles(p: WorkflowPins): Array<[string, string]> {
  return [
    [".github/workflows/policy-check.yml", policyCheck(p)],
    [".github/workflows/policy-check-comment.yml", policyCheckComment(p)],
    [".github/workflows/publish.yml", publish(p)],
    [".github/workflows/registry-refresh.yml", registryRefresh(p)],
    [".github/workflows/revoke.yml", revoke(p)],
    [".github/workflows/rollback.yml", rollback(p)],
    [".github/workflows/wpc-verify.yml", verify(p)],
  ];
}
