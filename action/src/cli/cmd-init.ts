/**
 * `wpc init`: turn an empty or existing git repository into a working policy repository in one command
 * — policies/ with a starter contract, trust.json with the roles filled (the registry key generated
 * outside the repository, or DIDs given), CODEOWNERS, the workflows pinned to a wpc commit, the
 * .gitignore lines for key files — and print the GitHub settings left to do. Idempotent: an existing file
 * is kept unless --force (the key file never). Usage is checked before any I/O; file contents come from
 * pure functions (init-templates.ts, init-workflows.ts, init-checklist.ts) and are written at the end.
 */
import { homedir } from "node:os";
import { join, resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { publicKeyFromDidKey } from "../core/crypto/did.ts";
import { ROLES, parseTrust, type Role } from "../core/policy/trust.ts";
import { POLICY_FILE_SUFFIX } from "../core/policy/types.ts";
import { GITHUB_REPOSITORY_RE, plain } from "../core/escape/index.ts";
import { repoRoot } from "../io/git.ts";
import { KEY_FILE_NAME, keygen, loadSigner } from "../io/keys.ts";
import { dirHolds, isInside, readRepoFile, writeRepoFile } from "../io/repo-files.ts";
import { codeownersFile, gitignoreFile, starterContract, STARTER_FILE, TRUST_FILE, trustFile, type RoleKeys } from "./init-templates.ts";
import { workflowFiles } from "./init-workflows.ts";
import { checklist, checklistText } from "./init-checklist.ts";
import { printJson } from "./output.ts";
import { runningCommit } from "./version.ts";
import { flag, str, type Ctx } from "./common.ts";

export const INIT_USAGE =
  "wpc init [DIR] [--wpc-ref SHA] [--wpc-repo OWNER/NAME] [--key-out DIR | --did registry=DID] [--did ROLE=DID …] [--owners @ORG/TEAM …] [--force] [--json]";

export const DEFAULT_WPC_REPO = "wpc-org/wpc";
const CODEOWNERS_PLACES = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];

interface InitOptions {
  dir: string;
  wpcRef: string | undefined;
  wpcRepo: string;
  keyOut: string | undefined;
  keys: RoleKeys;
  owners: string[];
  force: boolean;
}

export type FileStatus = "written" | "overwritten" | "updated" | "skipped";
export interface FileResult {
  path: string;
  status: FileStatus;
  reason?: string;
}

/** A repeatable flag, each value also split at commas. */
function list(c: Ctx, name: string): string[] {
  const v = (c.values as Record<string, unknown>)[name];
  const raw = Array.isArray(v) ? v.map(String) : typeof v === "string" ? [v] : [];
  return raw.flatMap((s) => s.split(",")).map((s) => s.trim()).filter((s) => s !== "");
}

const OWNER = /^(?:@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?|[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,190}\.[A-Za-z]{2,24})$/;
const SHA = /^[0-9a-f]{40}$/;

/** Every flag checked, nothing read or written: a usage error never leaves a half-made repository. */
export function initOptions(c: Ctx): InitOptions {
  const usage = (why: string) => new WpcError("E_USAGE", `${why} (usage: ${INIT_USAGE})`);
  if (c.positionals.length > 1) throw usage("at most one DIR");
  const wpcRef = str(c, "wpc-ref");
  if (wpcRef !== undefined && !SHA.test(wpcRef)) throw usage("--wpc-ref must be the full 40-hex commit SHA of the wpc repository (a tag or branch can move)");
  const wpcRepo = str(c, "wpc-repo") ?? DEFAULT_WPC_REPO;
  if (!GITHUB_REPOSITORY_RE.test(wpcRepo) || wpcRepo.endsWith(".") || wpcRepo.includes("..")) throw usage("--wpc-repo must be OWNER/NAME of a GitHub repository");
  const keys: RoleKeys = {};
  for (const d of list(c, "did")) {
    const eq = d.indexOf("=");
    const role = d.slice(0, Math.max(eq, 0));
    if (eq < 1 || !(ROLES as readonly string[]).includes(role)) throw usage(`--did takes ROLE=DID with ROLE one of ${ROLES.join(", ")} (got ${JSON.stringify(plain(d.slice(0, 80)))})`);
    const did = d.slice(eq + 1);
    publicKeyFromDidKey(did); // E_BAD_KEY for a malformed, non-canonical or small-order key
    const r = (keys[role as Role] ??= []);
    if (!r.includes(did)) r.push(did);
  }
  const keyOut = str(c, "key-out");
  if (keyOut !== undefined && keys.registry) throw usage("--key-out and --did registry=… exclude each other (a registry key is generated only when none is given)");
  if (keyOut === "") throw usage("--key-out needs a directory");
  const owners = list(c, "owners");
  for (const o of owners) if (!OWNER.test(o)) throw usage(`--owners takes @org/team, @user or an e-mail address (got ${JSON.stringify(plain(o.slice(0, 80)))})`);
  // one key, one role: refused now rather than after a key was generated
  trustFile({ ...keys, registry: keys.registry ?? [] });
  return { dir: c.positionals[0] ?? ".", wpcRef, wpcRepo, keyOut, keys, owners, force: flag(c, "force") };
}

/** Where the registry key goes when --key-out is not given: the user's config directory, per repository. */
function defaultKeyDir(env: NodeJS.ProcessEnv, root: string): string | undefined {
  const base = env.XDG_CONFIG_HOME || (env.HOME ? join(env.HOME, ".config") : homedir() || undefined);
  const name = root.split(/[\\/]/).filter(Boolean).pop() ?? "repository";
  return base ? join(base, "wpc", name) : undefined;
}

function findRoot(dir: string): string {
  try {
    return repoRoot(dir);
  } catch {
    throw new WpcError("E_USAGE", `${plain(dir)} is not inside a git repository: create or clone it first (git init, or git clone URL), then run wpc init there`);
  }
}

/** The registry key: given, read from trust.json when that is kept, else reused or generated in the key directory. */
function registryKey(o: InitOptions, c: Ctx, root: string, trustKept: string | undefined): { dids: string[]; keyFile?: string; generated: boolean } {
  if (trustKept !== undefined) return { dids: parseTrust(new TextEncoder().encode(trustKept), TRUST_FILE).roles.registry?.keys ?? [], generated: false };
  if (o.keys.registry) return { dids: o.keys.registry, generated: false };
  const dir = o.keyOut !== undefined ? resolve(c.cwd, o.keyOut) : defaultKeyDir(c.env, root);
  if (dir === undefined) throw new WpcError("E_USAGE", "no home directory to keep the registry key in: give --key-out DIR (outside the repository)");
  if (isInside(root, dir)) throw new WpcError("E_USAGE", `--key-out ${plain(dir)} is inside the repository: the registry key must live outside it (give a directory elsewhere)`);
  const file = join(dir, KEY_FILE_NAME);
  const there = readRepoFile(dir, KEY_FILE_NAME);
  if (there.kind === "other") throw new WpcError("E_IO", `${plain(file)}: ${plain(there.what)}, not a key file (never followed)`, file);
  if (there.kind === "file") return { dids: [loadSigner(file).did], keyFile: file, generated: false };
  return { dids: [keygen(dir).signer.did], keyFile: file, generated: true };
}

export function cmdInit(c: Ctx): number {
  const o = initOptions(c);
  const running = runningCommit(c.env);
  const sha = o.wpcRef ?? (SHA.test(running) ? running : undefined);
  if (!sha)
    throw new WpcError("E_USAGE", "the wpc commit to pin is unknown (this CLI does not run from a git checkout of wpc): give --wpc-ref SHA, the full commit of the wpc repository whose actions the workflows will run");
  const root = findRoot(resolve(c.cwd, o.dir));

  // plan: which files exist (nothing written yet)
  const existing = (rel: string) => readRepoFile(root, rel);
  const trustNow = existing(TRUST_FILE);
  const trustKept = trustNow.kind === "file" && !o.force ? trustNow.text : undefined;
  if (trustNow.kind === "other") throw new WpcError("E_IO", `${trustNow.what}: not touched (links are never followed)`, TRUST_FILE);
  const codeownersPath = CODEOWNERS_PLACES.find((p) => existing(p).kind !== "missing") ?? "CODEOWNERS";
  const key = registryKey(o, c, root, trustKept);

  const wanted: Array<[string, string | undefined, string?]> = [
    [TRUST_FILE, trustKept === undefined ? trustFile({ ...o.keys, registry: key.dids }) : undefined, "exists: add keys with wpc trust add-key (--force rewrites it)"],
    [STARTER_FILE, existing(STARTER_FILE).kind === "missing" && dirHolds(root, "policies", POLICY_FILE_SUFFIX) ? undefined : starterContract(), "policies/ already holds contracts"],
    [codeownersPath, o.owners.length ? codeownersFile(o.owners, codeownersPath) : undefined, existing(codeownersPath).kind === "missing" ? "no --owners given" : "exists (no --owners given)"],
    ...workflowFiles({ repo: o.wpcRepo, sha }).map(([p, t]): [string, string] => [p, t]),
  ];
  const files: FileResult[] = [];
  const writes: Array<[string, string]> = [];
  for (const [path, text, whyNot] of wanted) {
    const now = existing(path);
    if (text === undefined) files.push({ path, status: "skipped", reason: whyNot ?? "" });
    else if (now.kind === "other") files.push({ path, status: "skipped", reason: `${now.what} (never written through)` });
    else if (now.kind === "missing") (files.push({ path, status: "written" }), writes.push([path, text]));
    else if (now.text === text) files.push({ path, status: "skipped", reason: "up to date" });
    else if (o.force) (files.push({ path, status: "overwritten" }), writes.push([path, text]));
    else files.push({ path, status: "skipped", reason: "exists (--force overwrites)" });
  }
  const ignore = existing(".gitignore");
  const ignoreText = ignore.kind === "other" ? undefined : gitignoreFile(ignore.kind === "file" ? ignore.text : undefined);
  if (ignore.kind === "other") files.push({ path: ".gitignore", status: "skipped", reason: `${ignore.what} (never written through)` });
  else if (ignoreText === undefined) files.push({ path: ".gitignore", status: "skipped", reason: "up to date" });
  else (files.push({ path: ".gitignore", status: ignore.kind === "file" ? "updated" : "written" }), writes.push([".gitignore", ignoreText]));

  for (const [path, text] of writes) writeRepoFile(root, path, text);

  const items = checklist({ keyFile: key.keyFile, codeowners: files.some((f) => f.path === codeownersPath && f.status !== "skipped") || existing(codeownersPath).kind === "file" });
  if (flag(c, "json")) {
    printJson(c.io, { root, wpc_repo: o.wpcRepo, wpc_ref: sha, registry_did: key.dids[0] ?? null, key_file: key.keyFile ?? null, key_generated: key.generated, files, checklist: items });
    return 0;
  }
  c.io.out(`wpc init in ${plain(root)}: workflows pinned to ${o.wpcRepo}@${sha}`);
  for (const f of files) c.io.out(`  ${f.status.padEnd(11)} ${plain(f.path)}${f.reason ? ` (${plain(f.reason)})` : ""}`);
  if (key.dids[0]) c.io.out(`registry key: ${key.dids[0]}`);
  if (key.keyFile) c.io.out(`  private key ${key.generated ? "written to" : "kept in"} ${plain(key.keyFile)} (mode 0600, outside the repository): never commit it, never paste it`);
  c.io.out("");
  c.io.out("Left to do in GitHub (docs/setup.md says why):");
  for (const l of checklistText(items)) c.io.out(plain(l));
  return 0;
}
