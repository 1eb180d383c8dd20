/**
 * The actions' entry convention (GitHub's typescript-action layout): each action module exports
 * `run()`, which never throws (a failure is `setFailed`), and starts it itself only when it is the
 * process entry — `node action/dist/<name>.js`, as action.yml runs it. Imported by another program
 * (GitHub's `@github/local-action`, a test), it does nothing until that program calls `run()`.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { failWith } from "./secrets.ts";

/** True when `moduleUrl` (the caller's `import.meta.url`) is the script node was started with. */
export function isProcessEntry(moduleUrl: string, argv1: string | undefined = process.argv[1]): boolean {
  if (!argv1 || !moduleUrl.startsWith("file:")) return false;
  try {
    // both sides resolved: the runner may start the bundle through a symlinked path
    return realpathSync(argv1) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/** `body` as an action's `run()`: any error becomes the step's one-line failure, never a rejection. */
export function entry(body: () => Promise<void>): () => Promise<void> {
  return async () => {
    try {
      await body();
    } catch (e) {
      failWith(e);
    }
  };
}
