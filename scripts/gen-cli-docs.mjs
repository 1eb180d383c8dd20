#!/usr/bin/env node
// Write docs/cli.md from the CLI's spec table (action/src/cli/spec-table.ts). test/unit/cli/spec.test.ts
// fails when the committed file differs from what this writes.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { withBundledTs } from "./run-ts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
await withBundledTs(join(root, "action/src/cli/help.ts"), async (m) => {
  writeFileSync(join(root, "docs/cli.md"), m.docsMarkdown());
  console.log("wrote docs/cli.md");
});
