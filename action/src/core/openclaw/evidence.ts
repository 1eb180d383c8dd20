/**
 * Drift evidence beyond the config file: `openclaw sandbox explain --json` (what the running OpenClaw
 * resolved), `openclaw security audit --json` ({ts, summary{critical,warn,info}, findings[{checkId, severity,
 * title, detail, remediation?}]}), and the Docker bind-mount rules (writable or host-sensitive sources).
 */
import { WpcError } from "../json/errors.ts";
import type { Wpc } from "../policy/types.ts";
import { at, effectiveTools, findAgent, isObj, ocEntryTools, ptr, type Setting } from "./policy.ts";
import type { ContractTools } from "./config.ts";
import { Findings, sandboxFindings } from "./rules.ts";

function bad(what: string, detail: string): never {
  throw new WpcError("E_BAD_INPUT", `${what}: ${detail}`);
}

function strings(v: unknown, what: string, path: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((e) => typeof e !== "string")) bad(what, `${path} is not an array of strings`);
  return v as string[];
}

export interface Explain {
  mode: string;
  workspaceAccess: string;
  sessionIsSandboxed: unknown;
  /** undefined when the output has no sandbox.tools. */
  tools: { allow: string[]; deny: string[] } | undefined;
  elevated: boolean | undefined;
  agentId: string | undefined;
}

/** The parts of `openclaw sandbox explain --json` output drift needs; throws E_BAD_INPUT on another shape. */
export function parseExplain(explain: unknown): Explain {
  const what = "sandbox explain output";
  if (!isObj(explain) || !isObj(explain.sandbox)) bad(what, "not an `openclaw sandbox explain --json` object (no sandbox)");
  const sb = explain.sandbox;
  if (typeof sb.mode !== "string" || typeof sb.workspaceAccess !== "string") bad(what, "sandbox.mode and sandbox.workspaceAccess must be strings");
  if (sb.tools !== undefined && !isObj(sb.tools)) bad(what, "sandbox.tools is not an object");
  const tools = sb.tools === undefined ? undefined : { allow: strings(at(sb.tools, "allow"), what, "sandbox.tools.allow"), deny: strings(at(sb.tools, "deny"), what, "sandbox.tools.deny") };
  const elevated = at(at(explain, "elevated"), "enabled");
  if (elevated !== undefined && typeof elevated !== "boolean") bad(what, "elevated.enabled is not a boolean");
  return { mode: sb.mode, workspaceAccess: sb.workspaceAccess, sessionIsSandboxed: sb.sessionIsSandboxed, tools, elevated, agentId: typeof explain.agentId === "string" ? explain.agentId : undefined };
}

/** OC009: the explain output against the contract; tools count only when the config's main layers reach them. */
export function explainFindings(f: Findings, wpc: Wpc, c: ContractTools, config: unknown, raw: unknown): void {
  const x = parseExplain(raw);
  const tmp = new Findings();
  const setting = (value: string, key: string): Setting => ({ value, path: ptr("/sandbox", key), set: true });
  sandboxFindings(tmp, wpc, setting(x.mode, "mode"), setting(x.workspaceAccess, "workspaceAccess"), "explain");
  for (const t of tmp.list()) f.add("OC009", "explain", t.path, t.message);
  if (wpc.sandbox_expectations.tools_run_in_sandbox && x.sessionIsSandboxed === false)
    f.add("OC009", "explain", "/sandbox/sessionIsSandboxed", "the explained session is not sandboxed: the contract requires every tool to run sandboxed");
  if (x.elevated === true && !c.allowed.has("elevated"))
    f.add("OC009", "explain", "/elevated/enabled", "elevated execution is enabled but the contract does not allow elevated");
  if (!x.tools) return;
  const { allow, deny } = x.tools;
  const agentId = x.agentId !== undefined && findAgent(config, x.agentId) ? x.agentId : undefined;
  const main = effectiveTools(config, { ...(agentId ? { agentId } : {}), sandboxed: false });
  const names = (l: string[], t: string) => l.findIndex((e) => ocEntryTools(e).includes(t));
  for (const t of [...main.tools].sort()) {
    if (t === "elevated" || c.allowed.has(t) || names(deny, t) >= 0) continue;
    const i = allow.length ? names(allow, t) : -1;
    if (allow.length && i < 0) continue;
    const path = i >= 0 ? ptr("/sandbox/tools/allow", i) : "/sandbox/tools/allow";
    f.add("OC009", "explain", path, `the effective sandbox tool policy allows ${t}, which the contract ${c.denied.has(t) ? "denies" : "does not allow"}`, { tool: t });
  }
}

export interface AuditFinding {
  checkId: string;
  severity: string;
  title: string | undefined;
}

/** The findings of `openclaw security audit --json` output; throws E_BAD_INPUT on another shape. */
export function parseAudit(audit: unknown): { findings: AuditFinding[]; critical: number | undefined } {
  const what = "security audit output";
  if (!isObj(audit) || !Array.isArray(audit.findings)) bad(what, "not an `openclaw security audit --json` object (no findings array)");
  const findings = audit.findings.map((x, i): AuditFinding => {
    if (!isObj(x) || typeof x.severity !== "string" || typeof x.checkId !== "string") bad(what, `findings[${i}] needs string checkId and severity`);
    return { checkId: x.checkId, severity: x.severity, title: typeof x.title === "string" ? x.title : undefined };
  });
  const critical = at(at(audit, "summary"), "critical");
  return { findings, critical: typeof critical === "number" ? critical : undefined };
}

/** OC008: every critical audit finding (and a critical count with no finding listed). */
export function auditFindings(f: Findings, raw: unknown): void {
  const audit = parseAudit(raw);
  let critical = 0;
  audit.findings.forEach((x, i) => {
    if (x.severity.trim().toLowerCase() !== "critical") return;
    critical++;
    f.add("OC008", "audit", ptr("/findings", i), `critical audit finding ${x.checkId}${x.title ? `: ${x.title}` : ""}`);
  });
  if (audit.critical !== undefined && audit.critical > critical)
    f.add("OC008", "audit", "/summary/critical", `the audit summary counts ${audit.critical} critical finding(s), ${critical} listed`);
}

/** Host paths a sandbox must never see (OpenClaw's own blocklist plus credential folders in a home). */
const BLOCKED = ["/etc", "/private/etc", "/proc", "/sys", "/dev", "/root", "/boot", "/run", "/var/run", "/private/var/run", "/var/lib/docker"];
const HOME_SECRETS = [".aws", ".cargo", ".config", ".docker", ".gnupg", ".kube", ".netrc", ".npm", ".openclaw", ".ssh"];

/** POSIX normalisation: resolve `.` and `..`, collapse `//`, drop the trailing `/`. */
export function normalizePosix(p: string): string {
  const out: string[] = [];
  for (const seg of p.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return `/${out.join("/")}`;
}

/** Why a Docker bind `source:target[:options]` weakens the sandbox (empty when it does not). */
export function bindProblems(spec: string): string[] {
  const parts = spec.trim().split(":");
  const [src = "", target, opts = ""] = parts;
  if (parts.length < 2 || parts.length > 3 || !target) return ["not a source:target[:mode] bind, so it cannot be checked"];
  const out: string[] = [];
  const flags = opts.split(",").map((o) => o.trim().toLowerCase());
  if (!flags.includes("ro") && !flags.includes("readonly")) out.push(flags.includes("rw") ? "mounted read-write" : "no mode given: Docker mounts it read-write");
  const home = /^(~|\/home\/[^/]+|\/Users\/[^/]+)(\/.*)?$/.exec(src.startsWith("~") ? src : normalizePosix(src));
  if (!src.startsWith("/") && !src.startsWith("~")) out.push(`source ${JSON.stringify(src)} is not an absolute host path (OpenClaw refuses it; it cannot be checked)`);
  else if (home) {
    const rest = normalizePosix(home[2] ?? "/");
    const secret = HOME_SECRETS.find((s) => rest === `/${s}` || rest.startsWith(`/${s}/`));
    if (rest === "/") out.push(`source ${JSON.stringify(src)} exposes a whole home directory, credentials included`);
    else if (secret) out.push(`source ${JSON.stringify(src)} exposes credentials (${secret})`);
  } else {
    const n = normalizePosix(src);
    const hit = BLOCKED.find((b) => n === b || n.startsWith(`${b}/`));
    const covers = BLOCKED.find((b) => b.startsWith(`${n === "/" ? "" : n}/`)) ?? (["/home", "/Users"].includes(n) ? n : undefined);
    if (n.endsWith("/docker.sock") || n.endsWith("/podman.sock")) out.push(`source ${JSON.stringify(src)} is the container engine socket: host control`);
    else if (n === "/") out.push("source \"/\" is the whole host file system");
    else if (hit) out.push(`source ${JSON.stringify(src)} is under the host path ${hit}`);
    else if (covers) out.push(`source ${JSON.stringify(src)} contains the host path ${covers}`);
  }
  return out;
}
