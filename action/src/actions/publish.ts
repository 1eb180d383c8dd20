/**
 * action/publish (push to main): validate every policy, sign and publish those changed since the last
 * published commit to the registry branch (compare-and-swap push), job summary, outputs `published`
 * and `seq`. The signing key comes from the `signing-key` input (an environment secret) and is masked
 * at once; it never reaches a log, an output, the summary or an error message.
 */
import * as core from "@actions/core";
import { resolve } from "node:path";
import { loadSigner, KEY_ENV } from "../io/keys.ts";
import { publish } from "../io/publish.ts";
import { booleanInput, env, optionalInput } from "./shared/inputs.ts";
import { failWith, maskKey } from "./shared/secrets.ts";
import { info } from "./shared/log.ts";
import { mdCell, mdCode, plain } from "../core/escape/index.ts";

async function run(): Promise<void> {
  const key = maskKey(core.getInput("signing-key"));
  const cwd = resolve(optionalInput("working-directory") ?? env("workspace") ?? process.cwd());
  const signer = loadSigner(undefined, { [KEY_ENV]: key });
  const since = optionalInput("since");
  const r = publish({
    cwd,
    policiesDir: optionalInput("policies") ?? "policies",
    registry: optionalInput("registry") ?? "git:wpc-registry",
    trustFile: optionalInput("trust") ?? "policies/trust.json",
    signer,
    all: booleanInput("all", false),
    ...(since ? { since, sinceLabel: 'input "since"' } : {}),
    now: () => Date.now(),
    env: process.env,
  });
  const rows = r.published.map((p) => `| ${mdCell(p.policy_id)} | ${mdCell(p.policy_hash_b64u)} | ${p.seq} | ${mdCell(p.file)} |`);
  await core.summary
    .addRaw(
      [
        `## wpc publish: ${r.published.length ? `${r.published.length} polic${r.published.length === 1 ? "y" : "ies"} published` : "nothing to publish"}`,
        "",
        `Registry ${mdCode(r.registry)} at seq **${r.seq}**, source commit ${mdCode(r.commit)}, signed by ${mdCode(signer.did)}.`,
        ...(rows.length ? ["", "| policy | policy_hash_b64u | seq | file |", "|---|---|---|---|", ...rows] : []),
        "",
      ].join("\n"),
    )
    .write();
  core.setOutput("published", JSON.stringify(r.published));
  core.setOutput("seq", String(r.seq));
  for (const p of r.published) info(`published ${plain(p.policy_id)} ${plain(p.policy_hash_b64u)} at seq ${p.seq}`);
}

run().catch((e: unknown) => failWith(e));
