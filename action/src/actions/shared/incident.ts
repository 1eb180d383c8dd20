/** The registry-writing options the revoke and rollback actions share (read after their own inputs). */
import { KEY_ENV, loadSigner } from "../../io/keys.ts";
import type { IncidentOptions } from "../../io/incident.ts";
import { optionalInput } from "./inputs.ts";

export function incidentOptions(key: string, cwd: string): IncidentOptions {
  return {
    cwd,
    registry: optionalInput("registry") ?? "git:wpc-registry",
    trustFile: optionalInput("trust") ?? "policies/trust.json",
    signer: loadSigner(undefined, { [KEY_ENV]: key }),
    now: () => Date.now(),
    env: process.env,
  };
}
