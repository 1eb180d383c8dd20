/**
 * The OpenClaw configuration fragment that enforces a WPC locally (the WPC is the contract; OpenClaw's
 * settings are the enforcement layer that should match it). Deterministic: fixed key order, sorted lists.
 *
 * WPC tool_policy → tools.profile (tightest profile covering the allowed tools), tools.allow (the allowed
 * concrete tools), tools.deny (the denied concrete tools, plus `apply_patch` when `exec` is allowed and it is
 * not: OpenClaw lets `apply_patch` through an allow list naming `exec`), tools.elevated.enabled (`elevated`
 * allowed), tools.sandbox.tools (the same allow list and an empty deny list, so the sandbox layer neither
 * widens nor silently drops what the contract allows) · sandbox_expectations → agents.defaults.sandbox.mode
 * ("all" when tools must run sandboxed, or when the workspace bound is below "rw": on the host a tool has the
 * whole workspace) and .workspaceAccess · docker.network "none" unless an allowed tool needs egress.
 */
import { CATALOG, effectiveTools as wpcEffective, expandToolList } from "../policy/tool-catalog.ts";
import { OC_TOOLS, PROFILE_IDS, profileTools, type ProfileId } from "./policy.ts";
import type { JsonObject } from "../json/ijson.ts";
import type { Wpc } from "../policy/types.ts";

export interface ContractTools {
  /** Concrete tools the WPC allows and does not deny (may include the capability `elevated`). */
  allowed: Set<string>;
  /** Concrete tools the WPC denies (may include `elevated`). */
  denied: Set<string>;
}

export function contractTools(wpc: Wpc): ContractTools {
  return { allowed: wpcEffective(wpc.tool_policy.allow, wpc.tool_policy.deny), denied: expandToolList(wpc.tool_policy.deny) };
}

/** The allowed tools OpenClaw policies can name (catalog tools; not the capability `elevated`). */
export function allowedOcTools(c: ContractTools): string[] {
  return OC_TOOLS.filter((t) => c.allowed.has(t));
}

/** Narrowest OpenClaw profile whose base allowlist covers `tools`. */
export function tightestProfile(tools: Iterable<string>): ProfileId {
  const want = [...tools];
  return PROFILE_IDS.find((p) => {
    const set = profileTools(p);
    return want.every((t) => set.has(t));
  })!;
}

export function needsEgress(allowed: Iterable<string>): boolean {
  const egress = new Set(CATALOG.egress_tools);
  return [...allowed].some((t) => egress.has(t));
}

/** Sandbox mode the WPC calls for: "all" when required, or when the workspace bound needs the sandbox. */
export function expectedSandboxMode(wpc: Wpc): "all" | "off" {
  const s = wpc.sandbox_expectations;
  return s.tools_run_in_sandbox || s.workspace_access !== "rw" ? "all" : "off";
}

/** Deny entries of the fragment: denied tools, and OpenClaw's implicit grants the contract does not allow. */
export function generatedDeny(c: ContractTools): string[] {
  const allow = allowedOcTools(c);
  if (allow.length === 0) return ["*"];
  const deny = new Set(OC_TOOLS.filter((t) => c.denied.has(t)));
  if (c.allowed.has("exec") && !c.allowed.has("apply_patch")) deny.add("apply_patch");
  return [...deny].sort();
}

export function openclawConfigFor(wpc: Wpc): JsonObject {
  const c = contractTools(wpc);
  const allow = allowedOcTools(c);
  const mode = expectedSandboxMode(wpc);
  return {
    tools: {
      profile: tightestProfile(allow),
      allow: [...allow],
      deny: generatedDeny(c),
      elevated: { enabled: c.allowed.has("elevated") },
      sandbox: { tools: { allow: [...allow], deny: [] } },
    },
    agents: {
      defaults: {
        sandbox: {
          mode,
          workspaceAccess: wpc.sandbox_expectations.workspace_access,
          docker: { network: needsEgress(allow) ? "bridge" : "none" },
        },
      },
    },
  };
}
