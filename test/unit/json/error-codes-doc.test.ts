/** Error codes are API: every code is documented, with the exit status the CLI gives it. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ERROR_CODES, exitCodeFor } from "../../../action/src/core/json/errors.ts";
import { ROOT } from "../../support/paths.ts";

describe("docs/json-output.md lists every error code", () => {
  const doc = readFileSync(join(ROOT, "docs/json-output.md"), "utf8");
  for (const code of ERROR_CODES)
    it(code, () => {
      const row = doc.split("\n").find((l) => l.startsWith(`| \`${code}\` |`));
      expect(row, `${code} documented`).toBeDefined();
      expect(row!.split("|")[2]!.trim()).toBe(String(exitCodeFor(code)));
    });
});
