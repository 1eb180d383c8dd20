/**
 * Every `wpc` command and subcommand: arguments, flags with their defaults, examples. The one source of
 * `wpc help`, `CMD --help`, docs/cli.md and the usage check run before any file, git or network access.
 */
import { HASH_B64U_RE } from "../core/crypto/hash.ts";
import { WpcError } from "../core/json/errors.ts";
import { checkPolicyHash, checkReason, tokenRevocation } from "../core/registry/incident.ts";
import { policyIdFromFileName } from "../core/policy/types.ts";
import { ROLES } from "../core/policy/trust.ts";
import { publicKeyFromDidKey } from "../core/crypto/did.ts";
import { controlsEndpoint } from "../io/clawcontrols.ts";
import { checkRevision } from "../io/git-args.ts";
import { parseDuration } from "../core/site/index.ts";
import { HELP_FLAG, intCheck, nonEmpty, registryCheck, sourceCheck, timeCheck, type ArgSpec, type CommandSpec, type FlagSpec } from "./spec.ts";

const policyId = (what: string) => (v: string) => {
  if (!policyIdFromFileName(`${v}.wpc.json`)) throw new WpcError("E_USAGE", `${what} "${v.slice(0, 80)}" is not a policy id (lowercase letters, digits and -)`);
};

const F = {
  json: { name: "json", description: "print one JSON document on stdout (docs/json-output.md), errors included", default: "off" },
  trust: { name: "trust", value: "FILE", description: "trust.json: keys, roles, routes", default: "policies/trust.json", path: true },
  policies: { name: "policies", value: "DIR", description: "folder holding the *.wpc.json contracts", default: "policies", path: true },
  registry: { name: "registry", value: "R", description: "the registry: a directory, or git:BRANCH in this repository (pushed to origin when there is one)", default: "git:wpc-registry", check: registryCheck },
  key: { name: "key", value: "FILE", description: "signing key file (mode 0600) from wpc keygen", default: "$WPC_SIGNING_KEY", path: true },
  at: { name: "at", value: "TIME", description: "the time to verify or sign at: RFC 3339 with an offset, or epoch seconds", default: "$WPC_NOW, else now", check: timeCheck("at") },
  minSeq: { name: "min-seq", value: "N", description: "refuse a registry whose checkpoint is older than seq N (rollback protection)", default: "0", check: intCheck("min-seq") },
  reason: { name: "reason", value: "TEXT", description: "why (1–256 printable characters; recorded in the registry)", default: "required", check: (v: string) => void checkReason(v) },
} satisfies Record<string, FlagSpec>;

const format = (json: boolean, github: string): FlagSpec => ({
  name: "format",
  value: "FMT",
  description: `output format: ${json ? "text, json (same as --json) or github" : "text or github"} (github: ${github} as GitHub workflow commands)`,
  default: "text",
  choices: json ? ["text", "json", "github"] : ["text", "github"],
});
const ERRORS_ONLY = "errors";
/** --format for a command printing more than the basic three (docs/formats-output.md). */
const formats = (choices: readonly string[]): FlagSpec => ({
  name: "format",
  value: "FMT",
  description: `output format: ${choices.join(", ")} (json: same as --json${choices.includes("github") ? "; github: findings and errors as GitHub workflow commands" : ""}${choices.includes("sarif") ? "; sarif: SARIF 2.1.0 for code scanning" : ""}${choices.includes("junit") ? "; junit: JUnit XML, one test case per check" : ""})`,
  default: "text",
  choices,
});
const withFormats = (choices: readonly string[], ...flags: FlagSpec[]): FlagSpec[] => [...flags, F.json, formats(choices), HELP_FLAG];
const SARIF_FINDINGS = ["text", "json", "github", "sarif"] as const;
const withJson = (...flags: FlagSpec[]): FlagSpec[] => [...flags, F.json, format(true, ERRORS_ONLY), HELP_FLAG];
const withFindings = (...flags: FlagSpec[]): FlagSpec[] => [...flags, F.json, format(true, "findings and errors"), HELP_FLAG];

const writerFlags = [F.registry, F.key, F.trust, F.at];
const WRITER_ENV = ["WPC_SIGNING_KEY", "WPC_NOW", "GITHUB_* (recorded as the entry's source)"];
const readerFlags = [F.registry, F.trust, F.at];
const H = "NUiXpoBsVhvLUCZwwq-He72dr1JtORsMUHoCzbws9LA";
const H2 = "QZWGL9MRjnVuvv8aMBWE5GFi6lG1_cFwGqQXP2Rggdc";

const source = (name: string, description: string): ArgSpec => ({ name, description, check: sourceCheck, path: true });

/** The gate's inputs: `wpc verify` and `wpc report BUNDLE` take the same. */
const VERIFY_FLAGS: FlagSpec[] = [
      { name: "policy", value: "ID", description: "the policy id the job ran under", default: "required", check: policyId("--policy") },
      {
        name: "expect-hash",
        value: "H",
        description: "also require this policy hash",
        default: "the registry's current hash",
        check: (v) => {
          if (!HASH_B64U_RE.test(v)) throw new WpcError("E_USAGE", "--expect-hash must be a 43-character base64url policy hash");
        },
      },
      { name: "subject", value: "SHA", description: "the commit the bundle must be about", default: "not checked" },
      F.registry,
      F.trust,
      { name: "urm", value: "FILE", description: "the run's URM document, checked against the bundle's hash of it", default: "not checked", path: true },
      F.at,
      F.minSeq,
      { name: "report-md", value: "FILE", description: "also write the report as Markdown to FILE", default: "not written", path: true },
];

export const SPECS: readonly CommandSpec[] = [
  {
    path: ["validate"],
    summary: "check contracts against the WPC schema and lint rules",
    details: ["A directory means its *.wpc.json files. Exit 1 on an error-level finding, 2 when a file is unusable (unreadable, not JSON, not a WPC)."],
    args: [{ name: "PATH", description: "policy files or folders", optional: true, variadic: true, default: "policies", path: true }],
    flags: withFormats(SARIF_FINDINGS, { ...F.trust, default: "trust.json beside the first policy, else policies/trust.json" }),
    examples: ["wpc validate", "wpc validate policies/invoice-triage.wpc.json --json", "wpc validate policies --format github", "wpc validate policies --format sarif"],
  },
  {
    path: ["hash"],
    summary: "print a contract's policy hash (SHA-256 over its JCS form)",
    args: [source("SOURCE", "a policy file, or git:REF:PATH")],
    flags: withJson(),
    examples: ["wpc hash policies/invoice-triage.wpc.json", "wpc hash git:main:policies/invoice-triage.wpc.json --json"],
  },
  {
    path: ["diff"],
    summary: "semantic diff of two contracts, each change classified as expansion, tightening or neutral",
    args: [source("BASE", "the old contract: a file or git:REF:PATH"), source("HEAD", "the new contract: a file or git:REF:PATH")],
    flags: withFindings(),
    examples: ["wpc diff git:main:policies/invoice-triage.wpc.json policies/invoice-triage.wpc.json", "wpc diff old.wpc.json new.wpc.json --json"],
  },
  {
    path: ["check"],
    summary: "the pull-request check: every changed contract of the working tree against the merge-base with --base",
    args: [],
    flags: withFormats(
      SARIF_FINDINGS,
      { name: "base", value: "REF", description: "the branch or commit the change is measured against", default: "required", check: (v) => void checkRevision(v, "--base") },
      F.policies,
      F.trust,
      { name: "replay", value: "DIR", description: "impact replay: re-judge the proof bundles in DIR (*.json, or wpc-proof-*/bundle.json) under the proposed contracts (docs/impact-replay.md)", default: "no replay", path: true },
      { name: "replay-live", description: "also replay bundles whose CST is still live (they carry a usable token)", default: "off (skipped and counted)" },
      { name: "fail-on-impact", description: "exit 1 when a replayed bundle would now fail (the impact is advisory otherwise)", default: "off" },
      F.at,
    ),
    rules: [
      { kind: "requires", flag: "replay-live", needs: "replay" },
      { kind: "requires", flag: "fail-on-impact", needs: "replay" },
    ],
    examples: ["wpc check --base main", "wpc check --base origin/main --json", "wpc check --base main --replay proofs --fail-on-impact"],
  },
  {
    path: ["schema"],
    summary: "print the WPC JSON Schema (always JSON)",
    args: [],
    flags: withJson(),
    examples: ["wpc schema"],
  },
  {
    path: ["init"],
    summary: "turn an empty (or existing) git repository into a policy repository: contracts, trust.json, CODEOWNERS, workflows pinned to a wpc commit, .gitignore; prints the GitHub settings left to do",
    details: [
      "Idempotent: an existing file is kept (reported as skipped) unless --force; a link is never written through.",
      "The registry key is generated outside the repository (mode 0600) unless --did registry=DID names one; it is never printed.",
    ],
    args: [{ name: "DIR", description: "the repository (or a folder inside it)", optional: true, default: ".", path: true }],
    flags: withJson(
      { name: "wpc-ref", value: "SHA", description: "the wpc commit (40 hex) the workflows pin", default: "the commit this wpc runs from (required when unknown)" },
      { name: "wpc-repo", value: "OWNER/NAME", description: "the GitHub repository of wpc the workflows use", default: "wpc-org/wpc" },
      { name: "key-out", value: "DIR", description: "where to write the generated registry key (outside the repository)", default: "$XDG_CONFIG_HOME/wpc/<repo> or ~/.config/wpc/<repo>", path: true },
      { name: "did", value: "ROLE=DID", description: "a key for a role instead of generating one (repeatable; comma-separated lists too)", default: "registry key generated, other roles empty", multiple: true },
      { name: "owners", value: "OWNER", description: "CODEOWNERS of policies/ and .github/: @org/team, @user or an e-mail (repeatable)", default: "none (CODEOWNERS left for you)", multiple: true },
      { name: "force", description: "overwrite files that exist", default: "off" },
    ),
    examples: [
      "wpc init --wpc-ref 0123456789abcdef0123456789abcdef01234567 --key-out ../wpc-keys",
      "wpc init repo --wpc-ref 0123456789abcdef0123456789abcdef01234567 --owners @acme/security --did approver=did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK --json",
    ],
  },
  {
    path: ["keygen"],
    summary: "create an Ed25519 signing key: writes DIR/wpc-signing.key (mode 0600), prints its did:key",
    args: [],
    flags: withJson({ name: "out", value: "DIR", description: "folder to write wpc-signing.key into (created if missing; an existing key is never overwritten)", default: "required", path: true, check: nonEmpty("out") }),
    examples: ["wpc keygen --out secrets", "wpc keygen --out secrets --json"],
  },
  {
    path: ["trust"],
    summary: "edit trust.json",
    args: [],
    flags: [HELP_FLAG],
    subcommands: ["add-key"],
    examples: ["wpc trust add-key --role registry did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"],
  },
  {
    path: ["trust", "add-key"],
    summary: "give a did:key a role in trust.json (idempotent)",
    args: [{ name: "DID", description: "an Ed25519 did:key", check: (v) => void publicKeyFromDidKey(v) }],
    flags: withJson({ name: "role", value: "ROLE", description: `the role: ${ROLES.join(", ")}`, default: "required", choices: ROLES }, F.trust),
    examples: ["wpc trust add-key --role registry did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK", "wpc trust add-key --role approver did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK --trust policies/trust.json --json"],
  },
  {
    path: ["publish"],
    summary: "sign the changed contracts into the registry (and push them to clawcontrols with --clawcontrols)",
    args: [],
    flags: withJson(
      F.policies,
      ...writerFlags,
      { name: "since", value: "REV", description: "publish the contracts changed since this commit", default: "the last published commit", check: (v) => void checkRevision(v, "--since") },
      { name: "all", description: "publish every contract, changed or not", default: "off" },
      { name: "clawcontrols", value: "URL", description: "also push the compiled Claw WPCs to this clawcontrols (https base URL; CST from $WPC_CLAWCONTROLS_CST)", default: "no push", check: (v) => void controlsEndpoint(v) },
    ),
    rules: [{ kind: "exclusive", flags: ["since", "all"] }],
    env: [...WRITER_ENV, "WPC_CLAWCONTROLS_CST"],
    examples: ["wpc publish --key secrets/wpc-signing.key", "wpc publish --all --registry git:wpc-registry --json"],
  },
  {
    path: ["verify"],
    summary: "the promotion gate: judge a proof bundle against the registry's current contract",
    details: ["Exit 0 on pass, 1 on fail (every check is reported), 2 when the bundle, registry or trust file cannot be used."],
    args: [{ name: "BUNDLE", description: "the proof bundle (a proof_bundle envelope, JSON)", path: true }],
    flags: withFormats(["text", "json", "junit"], ...VERIFY_FLAGS),
    env: ["WPC_NOW"],
    examples: ["wpc verify bundle.json --policy invoice-triage", `wpc verify bundle.json --policy invoice-triage --expect-hash ${H} --min-seq 4 --json`, "wpc verify bundle.json --policy invoice-triage --format junit"],
  },
  {
    path: ["report"],
    summary: "one self-contained HTML page for a verification it runs itself: verdict, every check with its evidence, the job timeline, the CST, the policy version and its risk diff, the audit record",
    details: [
      "Either a bundle with verify's flags, or --from a saved JSON report: the verification is re-run against the registry and trust.json its audit record names (the saved verdict is never taken on trust).",
      "Exit codes as wpc verify; the page is written either way (docs/report.md).",
    ],
    args: [{ name: "BUNDLE", description: "the proof bundle (not with --from)", optional: true, default: "none (with --from)", path: true }],
    flags: withJson(
      { name: "out", value: "FILE", description: "the HTML file to write", default: "required", path: true, check: nonEmpty("out") },
      { name: "from", value: "REPORT", description: "a saved JSON report (wpc verify --json, the wpc-proof artifact) whose audit record names what to re-run", default: "none", path: true },
      { name: "bundle", value: "FILE", description: "with --from: the bundle, when the saved report's path no longer holds it", default: "the path the audit record names", path: true },
      ...VERIFY_FLAGS.map((f) => (f.name === "policy" ? { ...f, default: "required without --from" } : f)),
    ),
    rules: [
      { kind: "exclusive", flags: ["from", "policy"] },
      { kind: "requires", flag: "bundle", needs: "from" },
    ],
    env: ["WPC_NOW"],
    examples: ["wpc report bundle.json --policy invoice-triage --out report.html", "wpc report --from wpc-report.json --bundle bundle.json --out report.html --json"],
  },
  {
    path: ["revoke"],
    summary: "revoke a token or a contract in the registry, or import revocations",
    args: [],
    flags: [HELP_FLAG],
    subcommands: ["token", "policy", "import"],
    examples: ["wpc revoke token --jti 7f3e --reason \"leaked in a log\""],
  },
  {
    path: ["revoke", "token"],
    summary: "revoke one CST, named by the token, its hash or its jti (idempotent)",
    args: [],
    flags: withJson(
      { name: "token", value: "JWT", description: "the compact CST itself (only its SHA-256 is recorded)", default: "— (exactly one of the three)" },
      { name: "token-hash", value: "HEX", description: "SHA-256 of the compact CST, 64 lowercase hex", default: "— (exactly one of the three)" },
      { name: "jti", value: "ID", description: "the CST's jti claim", default: "— (exactly one of the three)" },
      F.reason,
      ...writerFlags,
    ),
    rules: [{ kind: "one-of", flags: ["token", "token-hash", "jti"] }],
    env: WRITER_ENV,
    examples: ["wpc revoke token --jti 7f3e --reason \"leaked in a log\"", `wpc revoke token --token-hash ${"ab".repeat(32)} --reason "stolen laptop" --json`],
  },
  {
    path: ["revoke", "policy"],
    summary: "revoke a published contract version: jobs under it fail the gate",
    args: [{ name: "HASH", description: "the policy_hash_b64u to revoke", check: (v) => void checkPolicyHash(v) }],
    flags: withJson(F.reason, ...writerFlags),
    env: WRITER_ENV,
    examples: [`wpc revoke policy ${H} --reason "allows exec by mistake"`],
  },
  {
    path: ["revoke", "import"],
    summary: "import token revocations from an events document (clawscope's revocation stream)",
    args: [{ name: "FILE", description: "the events document (JSON)", path: true }],
    flags: withJson(...writerFlags),
    env: WRITER_ENV,
    examples: ["wpc revoke import revocations.json", "wpc revoke import revocations.json --registry git:wpc-registry --json"],
  },
  {
    path: ["rollback"],
    summary: "make an earlier published version of a contract current again",
    args: [{ name: "POLICY_ID", description: "the policy id", check: policyId("POLICY_ID") }],
    flags: withJson({ name: "to", value: "HASH", description: "the earlier policy_hash_b64u to restore", default: "required", check: (v) => void checkPolicyHash(v, "--to") }, F.reason, ...writerFlags),
    env: WRITER_ENV,
    examples: [`wpc rollback invoice-triage --to ${H2} --reason "v3 broke invoicing"`],
  },
  ...registrySpecs(),
  {
    path: ["openclaw"],
    summary: "derive or check an OpenClaw config from a contract",
    args: [],
    flags: [HELP_FLAG],
    subcommands: ["config", "check"],
    examples: ["wpc openclaw check policies/invoice-triage.wpc.json openclaw.json5"],
  },
  {
    path: ["openclaw", "config"],
    summary: "print the OpenClaw config fragment a contract implies (always JSON)",
    args: [{ name: "POLICY", description: "the contract (*.wpc.json)", path: true }],
    flags: withJson(),
    examples: ["wpc openclaw config policies/invoice-triage.wpc.json"],
  },
  {
    path: ["openclaw", "check"],
    summary: "drift check: does an OpenClaw config (and its sandbox explain / security audit output) match the contract",
    details: ["Exit 1 when there is drift."],
    args: [{ name: "POLICY", description: "the contract (*.wpc.json)", path: true }, { name: "CONFIG", description: "openclaw.json (JSON5)", path: true }],
    flags: withFormats(
      ["text", "json", "sarif"],
      { name: "explain", value: "FILE", description: "output of `openclaw sandbox explain --json`", default: "not checked", path: true },
      { name: "audit", value: "FILE", description: "output of `openclaw security audit --json`", default: "not checked", path: true },
    ),
    examples: ["wpc openclaw check policies/invoice-triage.wpc.json openclaw.json5", "wpc openclaw check policies/invoice-triage.wpc.json openclaw.json5 --explain explain.json --audit audit.json --json"],
  },
  {
    path: ["claw"],
    summary: "the Claw WPC v1 form of contracts (clawcontrols, clawproxy)",
    args: [],
    flags: [HELP_FLAG],
    subcommands: ["compile", "push"],
    examples: ["wpc claw compile policies/invoice-triage.wpc.json"],
  },
  {
    path: ["claw", "compile"],
    summary: "print a contract as the Claw WPC v1 payload (JCS)",
    args: [{ name: "POLICY", description: "a file named <id>.wpc.json, or git:REF:PATH", path: true, check: compileSource }],
    flags: withJson(F.trust),
    examples: ["wpc claw compile policies/invoice-triage.wpc.json", "wpc claw compile policies/invoice-triage.wpc.json --json"],
  },
  {
    path: ["claw", "push"],
    summary: "push current versions whose clawcontrols evidence is missing, keeping clawcontrols' envelopes in the registry",
    args: [{ name: "POLICY_ID", description: "only these policies", optional: true, variadic: true, default: "every current policy", check: policyId("POLICY_ID") }],
    flags: withJson(
      { name: "clawcontrols", value: "URL", description: "clawcontrols' https base URL (CST from $WPC_CLAWCONTROLS_CST)", default: "required", check: (v) => void controlsEndpoint(v) },
      F.registry,
      F.trust,
      { ...F.key, description: "signing key: also check it is a registry key before pushing", default: "not checked" },
      F.at,
    ),
    env: ["WPC_CLAWCONTROLS_CST", "WPC_SIGNING_KEY", "WPC_NOW"],
    examples: ["wpc claw push --clawcontrols https://clawcontrols.com", "wpc claw push invoice-triage --clawcontrols https://clawcontrols.com --json"],
  },
];

function compileSource(v: string): void {
  sourceCheck(v);
  const base = v.startsWith("git:") ? v.slice(v.lastIndexOf(":") + 1) : v;
  if (!policyIdFromFileName(base.slice(base.lastIndexOf("/") + 1))) throw new WpcError("E_USAGE", `${v.slice(0, 200)}: a policy file is named <id>.wpc.json`);
}

function registrySpecs(): CommandSpec[] {
  const reader = (...extra: FlagSpec[]) => withJson(...readerFlags, ...extra);
  return [
    {
      path: ["registry"],
      summary: "read, verify, refresh or serve the registry",
      args: [],
      flags: [HELP_FLAG],
      subcommands: ["verify", "show", "log", "history", "refresh", "site"],
      examples: ["wpc registry verify"],
    },
    {
      path: ["registry", "verify"],
      summary: "verify the whole registry: chain, signatures, checkpoint (exit 1 when it does not verify)",
      args: [],
      flags: reader(F.minSeq),
      env: ["WPC_NOW"],
      examples: ["wpc registry verify", "wpc registry verify --registry git:wpc-registry --min-seq 12 --json"],
    },
    {
      path: ["registry", "show"],
      summary: "the current version of every contract and the revocations",
      args: [],
      flags: reader(F.minSeq),
      env: ["WPC_NOW"],
      examples: ["wpc registry show", "wpc registry show --json"],
    },
    {
      path: ["registry", "log"],
      summary: "every registry entry, oldest first",
      args: [],
      flags: reader(F.minSeq),
      env: ["WPC_NOW"],
      examples: ["wpc registry log", "wpc registry log --registry ./registry --json"],
    },
    {
      path: ["registry", "history"],
      summary: "every version of one contract, with its status (current, replaced, revoked)",
      args: [{ name: "POLICY_ID", description: "the policy id", check: policyId("POLICY_ID") }],
      flags: reader(),
      env: ["WPC_NOW"],
      examples: ["wpc registry history invoice-triage", "wpc registry history invoice-triage --json"],
    },
    {
      path: ["registry", "refresh"],
      summary: "renew the signed checkpoint (HEAD.json) before it expires",
      args: [],
      flags: withJson(...writerFlags),
      env: WRITER_ENV,
      examples: ["wpc registry refresh --key secrets/wpc-signing.key", "wpc registry refresh --json"],
    },
    {
      path: ["registry", "site"],
      summary: "write the registry as a static site under DIR: HTML pages for people (policies, version timelines, risk diffs, token revocations, checkpoint expiry) and the clawcontrols-compatible read API (the Claw WPCs by hash)",
      details: ["DIR must be empty or a site written before (it holds .nojekyll); docs/registry-site.md says what the site exposes."],
      args: [{ name: "DIR", description: "output folder", path: true }],
      flags: reader(F.minSeq, { name: "warn-within", value: "DURATION", description: "warn when the checkpoint expires within this long (14d, 36h, 90m)", default: "a quarter of the checkpoint's lifetime", check: (v: string) => void parseDuration(v) }),
      env: ["WPC_NOW", "GITHUB_SERVER_URL"],
      examples: ["wpc registry site public", "wpc registry site public --warn-within 14d --json"],
    },
  ];
}

/** Cross-flag rules a spec cannot say with one flag: the token named by exactly one flag is also checked for shape. */
export function tokenRefCheck(values: Record<string, string | boolean | undefined>): void {
  const s = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : undefined);
  const ref = { ...(s("token") !== undefined ? { token: s("token")! } : {}), ...(s("token-hash") !== undefined ? { tokenHash: s("token-hash")! } : {}), ...(s("jti") !== undefined ? { jti: s("jti")! } : {}) };
  tokenRevocation(ref, "x");
}
