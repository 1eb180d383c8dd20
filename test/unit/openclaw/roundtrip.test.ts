/**
 * For every policy in policies/: the generated OpenClaw fragment shows no drift against its own WPC, and every
 * single-field loosening of it (enumerated from the fragment and the catalog, not listed by hand) is reported.
 */
import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../../support/paths.ts";
import type { Wpc } from "../../../action/src/core/policy/types.ts";
import { openclawConfigFor } from "../../../action/src/core/openclaw/config.ts";
import { driftCheck, type DriftRule } from "../../../action/src/core/openclaw/drift.ts";
import { OC_TOOLS, PROFILE_IDS, profileTools, SANDBOX_MODES, WORKSPACE_ACCESS } from "../../../action/src/core/openclaw/policy.ts";

type Cfg = { tools: any; agents: any };
interface Loosening {
  name: string;
  apply: (c: Cfg) => void;
  /** The finding expected (any of). */
  rules: DriftRule[];
}

const dir = join(ROOT, "policies");
const files = readdirSync(dir).filter((f) => f.endsWith(".wpc.json")).sort();
const load = (f: string): Wpc => JSON.parse(readFileSync(join(dir, f), "utf8")) as Wpc;
const WS = WORKSPACE_ACCESS as readonly string[];
const TOOL_RULES: DriftRule[] = ["OC001", "OC002", "OC010"];
const BINDS = ["/srv/data:/data", "/srv/data:/data:rw", "/etc:/host/etc:ro", "/var/run/docker.sock:/var/run/docker.sock:ro", "~/.ssh:/root/.ssh:ro", "/:/host:ro", "/var:/host/var:ro", "/home:/homes:ro", "cache-volume:/cache:ro"];

/** Every single-field loosening of a generated fragment. */
function loosenings(gen: Cfg): Loosening[] {
  const out: Loosening[] = [];
  const allow: string[] = gen.tools.allow;
  const sb = gen.agents.defaults.sandbox;
  const notAllowed = OC_TOOLS.filter((t) => !allow.includes(t));
  for (const t of notAllowed) {
    out.push({ name: `tools.allow += ${t}`, apply: (c) => c.tools.allow.push(t), rules: TOOL_RULES });
    out.push({ name: `tools.alsoAllow = [${t}]`, apply: (c) => (c.tools.alsoAllow = [t]), rules: TOOL_RULES });
    out.push({ name: `tools.sandbox.tools.allow += ${t}`, apply: (c) => c.tools.sandbox.tools.allow.push(t), rules: TOOL_RULES });
    out.push({ name: `agent tools.alsoAllow = [${t}]`, apply: (c) => (c.agents.list = [{ id: "worker", tools: { alsoAllow: [t] } }]), rules: TOOL_RULES });
    out.push({ name: `agent tools.sandbox.tools.allow = [${t}]`, apply: (c) => (c.agents.list = [{ id: "worker", tools: { sandbox: { tools: { allow: [t] } } } }]), rules: TOOL_RULES });
  }
  out.push({ name: "tools.allow += *", apply: (c) => c.tools.allow.push("*"), rules: TOOL_RULES });
  out.push({ name: "tools.allow removed", apply: (c) => delete c.tools.allow, rules: TOOL_RULES });
  (gen.tools.deny as string[]).forEach((d, i) => {
    out.push({ name: `tools.deny -= ${d}`, apply: (c) => c.tools.deny.splice(i, 1), rules: ["OC001", "OC002", "OC011"] });
  });
  if (gen.tools.deny.length) out.push({ name: "tools.deny removed", apply: (c) => delete c.tools.deny, rules: ["OC001", "OC002", "OC011"] });
  const current = profileTools(gen.tools.profile);
  for (const p of PROFILE_IDS) {
    if ([...profileTools(p)].every((t) => current.has(t))) continue;
    out.push({ name: `tools.profile = ${p}`, apply: (c) => (c.tools.profile = p), rules: TOOL_RULES });
    out.push({ name: `agent tools.profile = ${p}`, apply: (c) => (c.agents.list = [{ id: "worker", tools: { profile: p } }]), rules: TOOL_RULES });
  }
  if (gen.tools.profile !== "full") out.push({ name: "tools.profile removed", apply: (c) => delete c.tools.profile, rules: TOOL_RULES });
  if (!gen.tools.elevated.enabled) {
    out.push({ name: "tools.elevated.enabled = true", apply: (c) => (c.tools.elevated.enabled = true), rules: ["OC005"] });
    out.push({ name: "tools.elevated removed (default on)", apply: (c) => delete c.tools.elevated, rules: ["OC005"] });
  }
  for (const m of SANDBOX_MODES.filter((m) => m !== sb.mode)) {
    out.push({ name: `sandbox.mode = ${m}`, apply: (c) => (c.agents.defaults.sandbox.mode = m), rules: ["OC003", "OC004"] });
    out.push({ name: `agent sandbox.mode = ${m}`, apply: (c) => (c.agents.list = [{ id: "worker", sandbox: { mode: m } }]), rules: ["OC003", "OC004"] });
  }
  if (sb.mode !== "off") out.push({ name: "sandbox.mode removed (default off)", apply: (c) => delete c.agents.defaults.sandbox.mode, rules: ["OC003", "OC004"] });
  for (const w of WS.slice(WS.indexOf(sb.workspaceAccess) + 1)) {
    out.push({ name: `workspaceAccess = ${w}`, apply: (c) => (c.agents.defaults.sandbox.workspaceAccess = w), rules: ["OC004"] });
    out.push({ name: `agent workspaceAccess = ${w}`, apply: (c) => (c.agents.list = [{ id: "worker", sandbox: { workspaceAccess: w } }]), rules: ["OC004"] });
  }
  for (const b of BINDS) {
    out.push({ name: `docker.binds += ${b}`, apply: (c) => (c.agents.defaults.sandbox.docker.binds = [b]), rules: ["OC006"] });
    out.push({ name: `agent docker.binds += ${b}`, apply: (c) => (c.agents.list = [{ id: "worker", sandbox: { docker: { binds: [b] } } }]), rules: ["OC006"] });
  }
  const nets = ["host", "container:other", ...(sb.docker.network === "none" ? ["bridge", "my-net"] : [])];
  for (const n of nets) {
    out.push({ name: `docker.network = ${n}`, apply: (c) => (c.agents.defaults.sandbox.docker.network = n), rules: ["OC007"] });
    out.push({ name: `agent docker.network = ${n}`, apply: (c) => (c.agents.list = [{ id: "worker", sandbox: { docker: { network: n } } }]), rules: ["OC007"] });
  }
  return out;
}

describe("openclawConfigFor ∘ driftCheck round trip", () => {
  it("covers the four policies of policies/", () => {
    expect(files).toEqual(["invoice-triage.wpc.json", "prod-deploy.wpc.json", "research-readonly.wpc.json", "user-provisioning.wpc.json"]);
  });

  for (const f of files) {
    describe(f, () => {
      const wpc = load(f);
      const gen = openclawConfigFor(wpc) as unknown as Cfg;

      it("the generated fragment shows no drift", () => {
        expect(driftCheck(wpc, gen).drift).toEqual([]);
      });

      it("is deterministic (same bytes twice, stable key order)", () => {
        expect(JSON.stringify(openclawConfigFor(load(f)))).toBe(JSON.stringify(gen));
        expect(Object.keys(gen.tools)).toEqual(["profile", "allow", "deny", "elevated", "sandbox"]);
      });

      const all = loosenings(gen);
      it(`enumerates enough loosenings (${all.length})`, () => {
        expect(all.length).toBeGreaterThan(60);
      });

      it.each(all.map((l) => [l.name, l] as const))("reports loosening: %s", (_name, l) => {
        const cfg = structuredClone(gen);
        l.apply(cfg);
        const drift = driftCheck(wpc, cfg).drift;
        expect(drift.length, `${l.name}: no drift reported`).toBeGreaterThan(0);
        expect(drift.map((d) => d.rule).some((r) => l.rules.includes(r)), `${l.name}: got ${drift.map((d) => d.rule).join(",")}`).toBe(true);
      });
    });
  }
});
