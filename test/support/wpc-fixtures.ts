import { readFileSync } from "node:fs";
import { join } from "node:path";
import { SHARED } from "./paths.ts";

export const EXAMPLE_TEXT = readFileSync(join(SHARED, "examples/invoice-triage.wpc.json"), "utf8");

export type Doc = Record<string, any>;

/** A fresh copy of the source document's example WPC. */
export function example(): Doc {
  return JSON.parse(EXAMPLE_TEXT) as Doc;
}

/** The example with one named mutation applied. */
export function mutate(fn: (d: Doc) => void): Doc {
  const d = example();
  fn(d);
  return d;
}

export const ROUTES = ["OpenRouter_via_fal", "Anthropic_direct"];
