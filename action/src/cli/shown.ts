/**
 * Paths shown as the user gave them. Commands resolve paths against the working directory before any
 * read (so nothing depends on process.cwd()), and the edge errors (files.ts, keys.ts, trust.ts, …) name
 * the path they were handed. The CLI maps each resolved path back to its spelling before printing an
 * error: `policies/trust.json` stays relative, `/abs/trust.json` stays absolute. A sibling found beside
 * a given path (trust.json beside a policy) is shown relative to that path's folder the same way.
 */
import { dirname, resolve, sep } from "node:path";
import { WpcError } from "../core/json/errors.ts";
import type { CommandSpec } from "./spec.ts";

export type PathPairs = ReadonlyArray<readonly [resolved: string, given: string]>;

/** Every path the command line names (path-typed arguments and flags, their defaults), resolved → given. */
export function givenPaths(spec: CommandSpec, values: Record<string, string | boolean | undefined>, positionals: readonly string[], cwd: string): PathPairs {
  const given: string[] = [];
  positionals.forEach((v, i) => {
    const a = spec.args[Math.min(i, spec.args.length - 1)];
    if (a?.path && !v.startsWith("git:")) given.push(v);
  });
  for (const f of spec.flags) {
    const v = values[f.name];
    if (typeof v === "string" && (f.path || (f.name === "registry" && !v.startsWith("git:")))) given.push(v);
    else if (v === undefined && f.path && /^[\w./-]+$/.test(f.default)) given.push(f.default);
  }
  const pairs = new Map<string, string>();
  for (const g of given) {
    pairs.set(resolve(cwd, g), g);
    // a folder's entries and a file's siblings keep the spelling of the folder
    const d = dirname(g);
    const abs = resolve(cwd, d);
    if (!pairs.has(abs + sep)) pairs.set(abs + sep, d === "." && !g.startsWith(`.${sep}`) ? "" : d + sep);
    pairs.set(resolve(cwd, g) + sep, g.endsWith(sep) ? g : g + sep);
  }
  // the working directory itself (git: "… is not inside a git repository") is "."
  if (!pairs.has(resolve(cwd))) pairs.set(resolve(cwd), ".");
  return [...pairs].filter(([r]) => r !== sep).sort(([a], [b]) => b.length - a.length);
}

const BOUNDARY = /[\w.~\-/]/;

/** `text` with every resolved path (at a path boundary) spelled as given; longest first, one pass. */
export function asGiven(text: string, pairs: PathPairs): string {
  if (!pairs.length) return text;
  let out = "";
  for (let i = 0; i < text.length; ) {
    const hit = i === 0 || !BOUNDARY.test(text[i - 1]!) ? pairs.find(([r]) => text.startsWith(r, i)) : undefined;
    if (hit) {
      out += hit[1];
      i += hit[0].length;
    } else out += text[i++];
  }
  return out;
}

/** The error with its message and file spelled as given. */
export function errorAsGiven(e: unknown, pairs: PathPairs): unknown {
  if (!(e instanceof WpcError) || !pairs.length) return e;
  return new WpcError(e.code, asGiven(e.message, pairs), e.file === undefined ? undefined : asGiven(e.file, pairs));
}
