/**
 * action/publish (push to main): validate every policy, sign and publish those changed since the last
 * published commit to the registry branch (compare-and-swap push), job summary, outputs `published`
 * and `seq`. The signing key comes from the `signing-key` input (an environment secret) and is masked
 * at once; it never reaches a log, an output, the summary or an error message.
 *
 * With `clawcontrols-url`, every Claw WPC the run recorded (and every current one without evidence) is
 * pushed to clawcontrols with the `clawcontrols-cst` secret (masked at once like the key), and
 * clawcontrols' envelopes are kept in the registry. Everything a push needs is checked before the
 * registry write; a push that fails after it leaves the write standing and fails the step, naming
 * `wpc claw push` as the retry.
 */
import * as core from "@actions/core";
import { resolve } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import { loadSigner, KEY_ENV } from "../io/keys.ts";
import { publish } from "../io/publish.ts";
import { loadTrustFile } from "../io/policy-repo.ts";
import { openRegistry } from "../io/registry-store.ts";
import { clawPushTarget, pushClawWpcs, pushFailureMessage, type ClawPushResult } from "../io/claw-push.ts";
import { booleanInput, env, optionalInput } from "./shared/inputs.ts";
import { maskKey } from "./shared/secrets.ts";
import { entry, isProcessEntry } from "./shared/entry.ts";
import { info } from "./shared/log.ts";
import { mdCell, mdCode, plain } from "../core/escape/index.ts";

async function main(): Promise<void> {
  const key = maskKey(core.getInput("signing-key"));
  const cst = maskKey(core.getInput("clawcontrols-cst"));
  const cwd = resolve(optionalInput("working-directory") ?? env("workspace") ?? process.cwd());
  const signer = loadSigner(undefined, { [KEY_ENV]: key });
  const since = optionalInput("since");
  const trustFile = optionalInput("trust") ?? "policies/trust.json";
  const registry = optionalInput("registry") ?? "git:wpc-registry";
  const controlsUrl = optionalInput("clawcontrols-url");
  if (!controlsUrl && cst) throw new WpcError("E_USAGE", 'input "clawcontrols-cst" is given without "clawcontrols-url"');
  const target = controlsUrl ? clawPushTarget(controlsUrl, cst, loadTrustFile(resolve(cwd, trustFile)), Date.now(), { url: 'input "clawcontrols-url"', token: 'input "clawcontrols-cst"' }) : undefined;
  const r = publish({
    cwd,
    policiesDir: optionalInput("policies") ?? "policies",
    registry,
    trustFile,
    signer,
    all: booleanInput("all", false),
    ...(since ? { since, sinceLabel: 'input "since"' } : {}),
    now: () => Date.now(),
    env: process.env,
  });
  core.setOutput("published", JSON.stringify(r.published));
  core.setOutput("seq", String(r.seq));
  for (const p of r.published) info(`published ${plain(p.policy_id)} ${plain(p.policy_hash_b64u)} at seq ${p.seq}`);
  let push: ClawPushResult | undefined;
  if (target) {
    push = await pushClawWpcs({
      store: openRegistry(registry, cwd),
      trust: loadTrustFile(resolve(cwd, trustFile)),
      target,
      now: () => Date.now(),
      include: r.published.flatMap((p) => (p.claw_hash_b64u ? [p.claw_hash_b64u] : [])),
    });
    core.setOutput("clawcontrols-pushed", JSON.stringify(push.pushed.map((p) => p.claw_hash_b64u)));
    for (const p of push.pushed) info(`pushed ${plain(p.policy_id)} ${plain(p.claw_hash_b64u)} to clawcontrols (${p.existed ? "already stored" : "created"})`);
  }
  // Markdown from our own values only (ids from file names, base64url hashes, codes): server text stays in the log
  const rows = r.published.map((p) => `| ${mdCell(p.policy_id)} | ${mdCell(p.policy_hash_b64u)} | ${p.claw_hash_b64u ? mdCell(p.claw_hash_b64u) : "—"} | ${p.seq} | ${mdCell(p.file)} |`);
  const pushRows = push
    ? [
        ...push.pushed.map((p) => `| ${mdCell(p.policy_id)} | ${mdCell(p.claw_hash_b64u)} | ${p.existed ? "already stored" : "created"} |`),
        ...push.failed.map((f) => `| ${mdCell(f.policy_id)} | ${mdCell(f.claw_hash_b64u)} | **failed**: ${mdCell(f.code)} |`),
        ...push.not_attempted.map((f) => `| ${mdCell(f.policy_id)} | ${mdCell(f.claw_hash_b64u)} | not attempted |`),
      ]
    : [];
  await core.summary
    .addRaw(
      [
        `## wpc publish: ${r.published.length ? `${r.published.length} polic${r.published.length === 1 ? "y" : "ies"} published` : "nothing to publish"}`,
        "",
        `Registry ${mdCode(r.registry)} at seq **${r.seq}**, source commit ${mdCode(r.commit)}, signed by ${mdCode(signer.did)}.`,
        ...(rows.length ? ["", "| policy | policy_hash_b64u | Claw hash | seq | file |", "|---|---|---|---|---|", ...rows] : []),
        ...(push
          ? [
              "",
              `### clawcontrols: ${push.failed.length ? "push failed (the registry write stands; re-run, or run `wpc claw push`)" : push.pushed.length ? `${push.pushed.length} pushed` : "nothing to push"}`,
              ...(pushRows.length ? ["", "| policy | Claw hash | clawcontrols |", "|---|---|---|", ...pushRows] : []),
              ...(push.written.length ? ["", `${push.written.length} clawcontrols envelope(s) kept in the registry.`] : []),
            ]
          : []),
        "",
      ].join("\n"),
    )
    .write();
  if (push?.failed.length) throw new WpcError("E_CLAWCONTROLS", pushFailureMessage(push));
}

export const run = entry(main);

if (isProcessEntry(import.meta.url)) void run();
