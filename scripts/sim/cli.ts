/**
 * The simulated parties from the command line (demo and examples):
 *   simulate keys --seed S                       → JSON {role: did} of every simulated party
 *   simulate job --seed S [--world W] --policy-id ID --policy-hash H --out FILE [--subject SHA] [--start ISO]
 *                [--jti ID] [--tamper forge-receipt|drop-receipt]
 *                [--pin-hash H --wpc-site DIR --wpc-signer DID]   (clawproxy fetches, verifies and enforces
 *                the pinned contract from the served tree)   → writes the signed proof bundle,
 *                prints {bundle, token_hash, jti, run_id}
 */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { partySigner } from "./keys.ts";
import { runJob, resign } from "./harness.ts";

const [cmd, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    seed: { type: "string", default: "demo" },
    world: { type: "string" },
    "policy-id": { type: "string" },
    "policy-hash": { type: "string" },
    out: { type: "string" },
    subject: { type: "string" },
    start: { type: "string" },
    jti: { type: "string" },
    tamper: { type: "string" },
    "pin-hash": { type: "string" },
    "wpc-site": { type: "string" },
    "wpc-signer": { type: "string" },
  },
});
const seed = values.seed!;
if (cmd === "keys") {
  const roles = ["registry", "agent", "token_issuer", "gateway", "approver"] as const;
  process.stdout.write(JSON.stringify(Object.fromEntries(roles.map((r) => [r, partySigner(seed, r).did])), null, 2) + "\n");
} else if (cmd === "job") {
  if (!values["policy-id"] || !values["policy-hash"] || !values.out) throw new Error("job needs --policy-id, --policy-hash and --out");
  const job = runJob({
    seed,
    ...(values.world ? { world: values.world } : {}),
    policyId: values["policy-id"],
    policyHash: values["policy-hash"],
    ...(values.start ? { start: values.start } : {}),
    ...(values.jti ? { jti: values.jti } : {}),
    ...(values["pin-hash"] ? { pinHash: values["pin-hash"] } : {}),
    ...(values["wpc-site"] ? { wpcTree: { dir: values["wpc-site"], signers: values["wpc-signer"] ? [values["wpc-signer"]] : [] } } : {}),
    ...(values.subject ? { subject: { repository: "acme/app", commit: values.subject } } : {}),
  });
  let bundle = job.bundle;
  if (values.tamper === "forge-receipt") {
    // a receipt whose model was edited after clawproxy signed it; the agent re-signs the bundle
    const receipts = bundle.payload.receipts as Array<{ payload: { model: string } }>;
    receipts[0]!.payload.model = "openrouter/openai/o3-pro";
    bundle = resign(bundle, job.agent);
  } else if (values.tamper === "drop-receipt") {
    (bundle.payload.receipts as unknown[]).pop();
    bundle = resign(bundle, job.agent);
  } else if (values.tamper) throw new Error(`unknown --tamper ${values.tamper}`);
  writeFileSync(values.out, JSON.stringify(bundle, null, 2) + "\n");
  process.stdout.write(JSON.stringify({ bundle: values.out, token_hash: job.token_hash, jti: job.jti, run_id: job.run_id }) + "\n");
} else {
  process.stderr.write("usage: simulate keys --seed S | simulate job --seed S --policy-id ID --policy-hash H --out FILE\n");
  process.exit(2);
}
