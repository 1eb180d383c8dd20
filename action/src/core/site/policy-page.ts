/**
 * One page per policy: its current version and every registry entry about it, newest first, each with
 * reason, actor, commit and run, and the risk-classified diff (core/policy/diff.ts, the PR check's)
 * between the version it brought in and the one before. Bounded: the newest `maxEvents` entries and
 * `maxChanges` changes per diff are shown, the rest counted.
 */
import { SourceMap, type JsonValue } from "../json/ijson.ts";
import { sha256Hex } from "../crypto/crypto.ts";
import { diffPolicies, type DiffResult } from "../policy/diff.ts";
import { describeChange } from "../policy/render.ts";
import { POLICY_ID_RE } from "../policy/types.ts";
import type { PolicyEvent, PolicyView } from "./model.ts";
import { badge, code, kv, sourceLinks, t } from "./html.ts";

export const POLICY_DIR = "policy/";

/** The page's path in the site. Ids are `[a-z0-9._-]` (the replay enforces it); any other gets a hash. */
export function policyPagePath(id: string): string {
  return `${POLICY_DIR}${POLICY_ID_RE.test(id) ? id : `x-${sha256Hex(id).slice(0, 32)}`}.html`;
}

export interface PolicyPageOptions {
  server: string;
  maxEvents: number;
  maxChanges: number;
}

// positions are not shown on the site: one empty map serves every diff
const NO_POSITIONS = new SourceMap("");

/** Diffs by "from to", so a version pair that comes back (rollbacks) is diffed once. */
export type DiffCache = Map<string, DiffResult | null>;

function diffOf(contracts: ReadonlyMap<string, JsonValue>, from: string, to: string, cache: DiffCache): DiffResult | null {
  const key = `${from} ${to}`;
  if (cache.has(key)) return cache.get(key)!;
  const a = contracts.get(from);
  const b = contracts.get(to);
  const d = a === undefined || b === undefined ? null : diffPolicies({ value: a, hash: from, map: () => NO_POSITIONS }, { value: b, hash: to, map: () => NO_POSITIONS });
  cache.set(key, d);
  return d;
}

const KIND_TEXT: Record<PolicyEvent["kind"], string> = {
  published: "Published",
  "re-recorded": "Claw hash re-recorded",
  "rolled back": "Rolled back",
  revoked: "Revoked",
};

function diffSection(e: PolicyEvent, contracts: ReadonlyMap<string, JsonValue>, cache: DiffCache, maxChanges: number): string {
  if (e.kind === "revoked") return "";
  if (e.previous === null) return `<p>First version of this policy: nothing to compare with.</p>`;
  if (e.previous === e.policy_hash_b64u) return `<p>Same contract as before: only the compiled Claw hash changed (trust.json or the compiler changed).</p>`;
  const d = diffOf(contracts, e.previous, e.policy_hash_b64u, cache);
  if (!d) return `<p>The registry holds no contract for one of the two versions: no diff.</p>`;
  const head = `<p>Risk diff from ${code(e.previous)}: ${d.changes.length} change(s), ${d.expands ? badge("expansion", "expands permissions") : badge("tightening", "does not expand permissions")}</p>`;
  if (d.changes.length === 0) return `${head}`;
  const rows = d.changes
    .slice(0, maxChanges)
    .map((c) => `<tr><td>${badge(c.risk, c.risk)}</td><td>${t(c.kind)}</td><td>${code(describeChange(c), 400)}</td></tr>`)
    .join("\n");
  const more = d.changes.length > maxChanges ? `<p>${d.changes.length - maxChanges} more change(s) not shown: <code>wpc diff</code> lists them all.</p>` : "";
  return `${head}<table><caption class="note">Changes from ${code(e.previous.slice(0, 12))} to ${code(e.policy_hash_b64u.slice(0, 12))}</caption><thead><tr><th scope="col">Risk</th><th scope="col">Kind</th><th scope="col">Change</th></tr></thead><tbody>\n${rows}\n</tbody></table>${more}`;
}

function eventItem(e: PolicyEvent, contracts: ReadonlyMap<string, JsonValue>, cache: DiffCache, o: PolicyPageOptions): string {
  const links = sourceLinks(e.source, o.server);
  const rows: Array<[string, string]> = [
    ["Version", code(e.policy_hash_b64u)],
    ...(e.claw_hash_b64u ? ([["Claw hash", code(e.claw_hash_b64u)]] as Array<[string, string]>) : []),
    ["Now", badge(e.status, e.status)],
    ["Reason", e.reason === null ? "—" : t(e.reason)],
    ["Actor", e.source.actor === null ? "—" : t(e.source.actor, 100)],
    ["Commit", links.commit],
    ["Run", links.run],
    ["Signed by", code(e.signer, 120)],
  ];
  return `<li id="seq-${e.seq}"><h3>${KIND_TEXT[e.kind]} · seq ${e.seq} · ${t(e.issued_at, 40)}</h3>${kv(rows)}${diffSection(e, contracts, cache, o.maxChanges)}</li>`;
}

export function policyPageBody(v: PolicyView, contracts: ReadonlyMap<string, JsonValue>, o: PolicyPageOptions): string {
  const cache: DiffCache = new Map();
  const current = v.current
    ? kv([
        ["Current version", code(v.current)],
        ["Claw hash", v.claw ? code(v.claw) : "—"],
      ])
    : `<p class="warn"><strong>No current version:</strong> its last version was revoked, so every verification under this policy fails closed until a new version is published or a rollback names a good one.</p>`;
  const shown = v.events.slice(Math.max(0, v.events.length - o.maxEvents)).reverse();
  const hidden = v.events.length - shown.length;
  const items = shown.map((e) => eventItem(e, contracts, cache, o)).join("\n");
  const more = hidden > 0 ? `<p class="note">${hidden} older entr${hidden === 1 ? "y" : "ies"} not shown: <code>wpc registry history ${t(v.id)}</code> lists every one.</p>` : "";
  return `<h1>Policy ${code(v.id, 128)}</h1>
${current}
<h2>Timeline (newest first, ${v.events.length} entr${v.events.length === 1 ? "y" : "ies"})</h2>
<ol class="timeline">
${items}
</ol>
${more}`;
}
