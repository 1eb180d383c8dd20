/** Commits built from bytes with `git fast-import`: no working tree, no index. */
import { randomBytes } from "node:crypto";
import { WpcError } from "../core/json/errors.ts";
import { git, firstLine } from "./git.ts";

/** A commit with `changes` (and `removed` paths deleted) on top of `parent` (or an orphan), built by fast-import into the object store. */
export function buildCommit(cwd: string, parent: string | null, changes: ReadonlyMap<string, Uint8Array>, message: string, removed: readonly string[] = []): string {
  const tmpRef = `refs/wpc-tmp/${process.pid}-${randomBytes(6).toString("hex")}`;
  const when = Math.floor(Date.now() / 1000);
  const parts: Buffer[] = [];
  const msg = Buffer.from(message, "utf8");
  parts.push(Buffer.from(`commit ${tmpRef}\ncommitter wpc <wpc@localhost> ${when} +0000\ndata ${msg.length}\n`), msg, Buffer.from("\n"));
  if (parent) parts.push(Buffer.from(`from ${parent}\n`));
  for (const path of [...removed].sort()) if (!changes.has(path)) parts.push(Buffer.from(`D ${path}\n`));
  for (const path of [...changes.keys()].sort()) {
    const data = changes.get(path)!;
    parts.push(Buffer.from(`M 100644 inline ${path}\ndata ${data.byteLength}\n`), Buffer.from(data), Buffer.from("\n"));
  }
  parts.push(Buffer.from("\n"));
  const r = git(["fast-import", "--quiet", "--done", "--force"], cwd, Buffer.concat([...parts, Buffer.from("done\n")]));
  if (r.status !== 0) throw new WpcError("E_IO", `git fast-import: ${firstLine(r.stderr)}`);
  const rev = git(["rev-parse", "--verify", "--end-of-options", tmpRef], cwd);
  git(["update-ref", "-d", "--end-of-options", tmpRef], cwd);
  if (rev.status !== 0) throw new WpcError("E_IO", "git fast-import did not produce a commit");
  return rev.stdout.toString("utf8").trim();
}
