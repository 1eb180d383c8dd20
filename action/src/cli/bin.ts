#!/usr/bin/env node
import { main } from "./main.ts";
import { oneLine, stdio } from "./output.ts";

// `wpc … | head` closes stdout early: stop quietly, never with a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    stdio.err(`wpc: internal error: ${oneLine(e instanceof Error ? e.message : String(e))}`);
    process.exitCode = 2;
  },
);
