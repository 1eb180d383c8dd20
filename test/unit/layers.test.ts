/**
 * The house's layering, enforced (docs/layers.md): every import in action/src, type-only ones
 * included, runs down the order below or stays inside its folder; a folder with an index.ts is entered
 * through it; the core reaches node: only through crypto/crypto.ts; there is no import cycle.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { ROOT } from "../support/paths.ts";

const SRC = join(ROOT, "action/src");

/** Bottom up; folders on one rank are peers and never import each other. */
const ORDER: ReadonlyArray<readonly string[]> = [
  ["core/json"],
  ["core/escape"], // the output-escaping layer (workflow commands, Markdown, HTML, XML)
  ["core/crypto"],
  ["core/claw"],
  ["core/policy"],
  ["core/openclaw", "core/registry"],
  ["core/gate", "core/site"], // site: the registry rendered as HTML pages
  ["core/report"], // the HTML report of a verification (wpc report)
  ["io"],
  ["actions", "cli"],
];
const RANK = new Map(ORDER.flatMap((group, rank) => group.map((folder) => [folder, rank] as const)));
const CORE_FOLDERS = ORDER.flat().filter((f) => f.startsWith("core/"));

/** The layer folder a source file belongs to ("core/claw", "io", …), or null when it sits in none. */
export function layerOf(relPath: string): string | null {
  const parts = relPath.split("/");
  const folder = parts[0] === "core" ? `core/${parts[1]}` : parts[0]!;
  if (parts[0] === "core" && parts.length < 3) return null; // a loose file directly in core/
  return RANK.has(folder) ? folder : null;
}

/** Why an import from `from` to `to` (both relative to action/src) breaks the layering, or null. */
export function importProblem(from: string, to: string, hasIndex: (folder: string) => boolean): string | null {
  const a = layerOf(from);
  const b = layerOf(to);
  if (a === null) return `${from} is in no layer folder`;
  if (b === null) return `${from} imports ${to}, which is in no layer folder`;
  if (a === b) return null;
  const ra = RANK.get(a)!;
  const rb = RANK.get(b)!;
  if (rb > ra) return `${from} imports ${to}: ${a} sits below ${b}`;
  if (rb === ra) return `${from} imports ${to}: ${a} and ${b} are peers`;
  if (hasIndex(b) && to !== `${b}/index.ts`) return `${from} imports ${to}: ${b} is entered through ${b}/index.ts`;
  return null;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.ts$/.test(n) && !n.endsWith(".d.ts") ? [p] : [];
  });
}

interface Edge {
  from: string;
  spec: string;
  to: string | null; // relative to action/src when the spec is relative
}

function importsOf(file: string): Edge[] {
  const info = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  const from = relative(SRC, file);
  return info.importedFiles.map(({ fileName: spec }) => ({
    from,
    spec,
    to: spec.startsWith(".") ? relative(SRC, resolve(dirname(file), spec)) : null,
  }));
}

const files = sourceFiles(SRC);
const edges = files.flatMap(importsOf);
const hasIndex = (folder: string) => existsSync(join(SRC, folder, "index.ts"));

describe("layers", () => {
  it("the rule itself catches upward, peer, side-door and loose imports (the test can fail)", () => {
    const no = () => false;
    expect(importProblem("core/claw/cst.ts", "core/policy/trust.ts", no)).toMatch(/sits below/);
    expect(importProblem("core/json/jcs.ts", "core/crypto/hash.ts", no)).toMatch(/sits below/);
    expect(importProblem("core/registry/state.ts", "core/openclaw/policy.ts", no)).toMatch(/peers/);
    expect(importProblem("core/gate/verify.ts", "io/files.ts", no)).toMatch(/sits below/);
    expect(importProblem("cli/main.ts", "actions/verify.ts", no)).toMatch(/peers/);
    expect(importProblem("io/verify-run.ts", "core/gate/verify.ts", (f) => f === "core/gate")).toMatch(/index\.ts/);
    expect(importProblem("core/foo.ts", "core/json/own.ts", no)).toMatch(/no layer/);
    expect(importProblem("core/policy/trust.ts", "core/claw/cst.ts", no)).toBeNull();
    expect(importProblem("io/verify-run.ts", "core/gate/index.ts", (f) => f === "core/gate")).toBeNull();
  });

  it("reads a real import graph (hundreds of edges, type-only imports included)", () => {
    expect(files.length).toBeGreaterThan(80);
    expect(edges.filter((e) => e.to !== null).length).toBeGreaterThan(300);
    // verify.ts imports `type Trust` on its own line: type-only imports are edges too
    expect(edges.some((e) => e.from === "core/gate/verify.ts" && e.to === "core/policy/trust.ts")).toBe(true);
  });

  it("every import runs down the order or stays in its folder", () => {
    // data outside the source tree (the package's own package.json, for --version) is no layer
    const outside = (to: string) => to.startsWith("../") && to.endsWith(".json");
    const problems = edges.filter((e) => e.to !== null && !e.to.startsWith("types/") && !outside(e.to)).map((e) => importProblem(e.from, e.to!, hasIndex)).filter((p) => p !== null);
    expect(problems).toEqual([]);
  });

  it("the core imports nothing of node: but through crypto/crypto.ts, and nothing of GitHub", () => {
    const bad = edges.filter((e) => e.from.startsWith("core/") && e.to === null && ((e.spec.startsWith("node:") && e.from !== "core/crypto/crypto.ts") || /^@actions\/|^@octokit\//.test(e.spec)));
    expect(bad.map((e) => `${e.from} → ${e.spec}`)).toEqual([]);
  });

  it("no import cycle anywhere in action/src", () => {
    const graph = new Map<string, string[]>();
    for (const e of edges) if (e.to !== null) graph.set(e.from, [...(graph.get(e.from) ?? []), e.to]);
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const visit = (n: string, path: string[]) => {
      if (state.get(n) === "done") return;
      if (state.get(n) === "open") {
        cycles.push([...path.slice(path.indexOf(n)), n].join(" → "));
        return;
      }
      state.set(n, "open");
      for (const m of graph.get(n) ?? []) visit(m, [...path, n]);
      state.set(n, "done");
    };
    for (const n of [...graph.keys()].sort()) visit(n, []);
    expect(cycles).toEqual([]);
  });

  it("each core folder states what it owns and exactly which folders it may import", () => {
    for (const folder of CORE_FOLDERS) {
      if (!existsSync(join(SRC, folder))) continue; // a layer reserved for code still to come
      const readme = join(SRC, folder, "README.md");
      expect(existsSync(readme), `${folder}/README.md`).toBe(true);
      const line = readFileSync(readme, "utf8").split("\n").find((l) => l.startsWith("May import:"));
      expect(line, `${folder}/README.md has a "May import:" line`).toBeDefined();
      const below = CORE_FOLDERS.filter((f) => RANK.get(f)! < RANK.get(folder)!).map((f) => f.slice(5));
      const stated = line!.slice("May import:".length).replace(/\(.*\)|\.$/g, "").split(",").map((s) => s.trim()).filter((s) => s && s !== "nothing in core");
      expect(stated, folder).toEqual(below);
    }
  });

  it("no loose source file directly in core/", () => {
    expect(readdirSync(join(SRC, "core")).filter((n) => !statSync(join(SRC, "core", n)).isDirectory())).toEqual([]);
  });
});
