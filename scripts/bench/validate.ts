/** `wpc validate` on 10,000 generated policy files against `sha256sum` over the same files. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../action/src/cli/main.ts";
import { timeMs, timeProcessMs, type Row } from "./harness.ts";

const TOOLS = ["read", "write", "edit", "web_fetch", "web_search", "browser", "message", "image", "memory_get", "sessions_list"];

export async function benchValidate(root: string, count = 10_000): Promise<Row> {
  const dir = mkdtempSync(join(tmpdir(), "wpc-bench-validate-"));
  try {
    const pol = join(dir, "policies");
    mkdirSync(pol);
    const example = JSON.parse(readFileSync(join(root, "policies/invoice-triage.wpc.json"), "utf8"));
    for (let i = 0; i < count; i++) {
      const d = structuredClone(example);
      d.purpose = `Generated policy ${i}: ${example.purpose}`;
      d.tool_policy.allow = [TOOLS[i % TOOLS.length], TOOLS[(i * 7 + 3) % TOOLS.length], "read"].filter((t, j, a) => a.indexOf(t) === j);
      d.token_requirements.cst_ttl_seconds_max = 60 + (i % 3000);
      writeFileSync(join(pol, `p${String(i).padStart(5, "0")}.wpc.json`), JSON.stringify(d, null, 2) + "\n");
    }
    copyFileSync(join(root, "policies/trust.json"), join(pol, "trust.json"));
    const files = Array.from({ length: count }, (_, i) => `policies/p${String(i).padStart(5, "0")}.wpc.json`);
    const baselineMs = timeProcessMs("sha256sum", files, 5, { cwd: dir });
    const quiet = { out: () => {}, err: () => {}, command: () => {} };
    let exit = -1;
    const ms = await timeMs(async () => {
      exit = await main(["validate", "policies", "--json"], quiet, dir);
    });
    if (exit !== 0) throw new Error(`validate exited ${exit}`);
    return { name: `wpc validate, ${count} files (in process, warm)`, ms, baseline: "sha256sum (process)", baselineMs, target: 3 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
