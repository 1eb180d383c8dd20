#!/usr/bin/env node
// Runs the simulators of scripts/sim (clawscope, clawproxy, approver, harness) from the command line:
// scripts/sim/cli.ts, bundled on the fly, with the given arguments.
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { withBundledTs } from "./run-ts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.argv = [process.argv[0], "simulate", ...process.argv.slice(2)];
await withBundledTs(join(root, "scripts/sim/cli.ts"));
