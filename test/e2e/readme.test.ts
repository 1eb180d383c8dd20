/**
 * The README as a newcomer reads it: its shell commands are run, not just shown. The quick start is
 * exactly `npm ci && npm run demo` and `npm test` (asserted to be scripts of package.json: the suite
 * itself is `npm test`, and scripts/demo.mjs has its own test); every other `sh` block is run as written
 * by bash, in a fresh directory, with only what names the outside world replaced: the wpc repository URL
 * by this checkout, `<commit-sha>` by its HEAD, `your-policy-repository` by a fresh git repository.
 * And every relative link of the README and docs/ names a file and a heading that exist.
 */
import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ROOT } from "../support/paths.ts";
import { cleanEnv, git, removeTemps, tempDir } from "../support/registry-harness.ts";

afterAll(removeTemps);

const README = readFileSync(join(ROOT, "README.md"), "utf8");

/** The fenced blocks of a Markdown text with their info string. */
function blocks(md: string): Array<{ lang: string; body: string }> {
  return [...md.matchAll(/^```([a-z]*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1]!, body: m[2]! }));
}

/** Command lines of a shell block (comments and blank lines dropped). */
const commands = (body: string): string[] =>
  body
    .split("\n")
    .map((l) => l.replace(/\s+#.*$/, "").trim())
    .filter((l) => l !== "" && !l.startsWith("#"));

const shell = blocks(README).filter((b) => b.lang === "sh" || b.lang === "bash" || b.lang === "shell");

describe("README commands", () => {
  it("has no console transcripts or untested command blocks: only sh blocks hold commands", () => {
    expect(blocks(README).filter((b) => b.lang === "console")).toEqual([]);
    expect(shell.length).toBe(2);
  });

  it("the quick start is exactly the two commands, and both are package.json scripts", () => {
    expect(commands(shell[0]!.body)).toEqual(["npm ci && npm run demo", "npm test"]);
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts.demo).toBe("node scripts/demo.mjs");
    expect(pkg.scripts.test).toMatch(/vitest run/);
    expect(existsSync(join(ROOT, "package-lock.json")), "npm ci needs the lock file").toBe(true);
  });

  it("'adopt it in your repository' runs as written: clone at a commit, init, commit", () => {
    const head = git(ROOT, ["rev-parse", "HEAD"]);
    const top = tempDir("wpc-readme-");
    const home = join(top, "home");
    mkdirSync(home);
    const repo = join(top, "your-policy-repository");
    mkdirSync(repo);
    git(repo, ["init", "-q", "-b", "main"]);
    const script = commands(shell[1]!.body)
      .join("\n")
      .replaceAll("https://github.com/wpc-org/wpc", ROOT)
      .replaceAll("<commit-sha>", head);
    expect(script).not.toMatch(/<[a-z-]+>/); // nothing left to fill in by hand
    const r = spawnSync("bash", ["-euo", "pipefail", "-c", script], { cwd: top, encoding: "utf8", env: cleanEnv({ HOME: home, XDG_CONFIG_HOME: "", GIT_CONFIG_GLOBAL: "/dev/null" }) });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    // init pinned the workflows to the commit the checkout is at, and said what is left to do
    expect(readFileSync(join(repo, ".github/workflows/publish.yml"), "utf8")).toContain(`wpc-org/wpc/action/publish@${head}`);
    expect(r.stdout).toMatch(/Left to do in GitHub/);
    expect(r.stdout).toMatch(/policy-expansion/);
    // the key is outside the repository, 0600, and never entered the commit
    const key = join(home, ".config/wpc/your-policy-repository/wpc-signing.key");
    expect(statSync(key).mode & 0o777).toBe(0o600);
    const committed = git(repo, ["ls-tree", "-r", "--name-only", "HEAD"]).split("\n");
    expect(committed).toEqual(expect.arrayContaining(["policies/trust.json", "policies/starter.wpc.json", "CODEOWNERS", ".gitignore", ".github/workflows/policy-check.yml"]));
    expect(committed.some((f) => f.endsWith(".key"))).toBe(false);
    expect(r.stdout + r.stderr).not.toContain(readFileSync(key, "utf8").trim());
    // and the repository it made validates
    const v = spawnSync(process.execPath, [join(top, "home/wpc/action/dist/cli.js"), "validate"], { cwd: repo, encoding: "utf8", env: cleanEnv() });
    expect(v.status, v.stdout + v.stderr).toBe(0);
  });
});

/** GitHub's heading anchor: lower case, punctuation dropped, spaces as hyphens. */
const slug = (h: string): string =>
  h
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, "")
    .replace(/ /g, "-");

function anchors(file: string): Set<string> {
  const text = readFileSync(file, "utf8").replace(/^```[\s\S]*?^```$/gm, "");
  return new Set([...text.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));
}

describe("links of the README and docs/", () => {
  const files = [join(ROOT, "README.md"), ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => join(ROOT, "docs", f))];
  for (const file of files)
    it(`${file.slice(ROOT.length + 1)}: every relative link names an existing file and heading`, () => {
      const text = readFileSync(file, "utf8").replace(/^```[\s\S]*?^```$/gm, "");
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const href = m[1]!;
        if (/^[a-z]+:/.test(href)) continue;
        const [path, anchor] = href.split("#") as [string, string | undefined];
        const target = path === "" ? file : resolve(dirname(file), path);
        expect(existsSync(target), `${href}`).toBe(true);
        if (anchor !== undefined && target.endsWith(".md")) expect([...anchors(target)], `${href}`).toContain(anchor);
      }
    });
});
