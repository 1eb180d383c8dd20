/**
 * Log lines the Actions runner cannot read a command from. The runner (actions/runner
 * ActionCommandManager) reads stdout and stderr line by line — a line ends at LF, CR or CRLF — and
 * takes a line as a command when, after leading whitespace, it starts with `::` (`::error::…`,
 * `::add-mask::…`, `::stop-commands::…`), or when `##[` occurs anywhere in it (the legacy
 * `##[command]data` form). @actions/core escapes CR, LF and % in a command's data and properties, but
 * `core.info` writes its text as it is, so nothing here relies on the toolkit.
 */
import { visible } from "./unicode.ts";

const LEGACY = /##\[/g;
/** `::` after leading whitespace; \s over-approximates .NET's TrimStart (hidden characters are escaped first). */
const LEADING = /^(\s*):(?=:)/;

/**
 * One input-derived value for a log line or a command's data: hidden characters (CR and LF included)
 * as `\u{…}`, `##[` as `#\u{23}[`, and a leading `::` as `\u{3A}:`. Readable, and inert in any position.
 */
export function plain(s: string): string {
  return visible(s).replace(LEGACY, "#\\u{23}[").replace(LEADING, "$1\\u{3A}");
}

/**
 * The print edge for whole text blocks: each `\n`-separated line goes through `plain`, so the block's
 * own line structure stays and no line can become a command, whatever the values embedded in it were.
 * (Values must still go through `plain` where they are embedded, or an input LF would start a line.)
 */
export function safeLines(text: string): string {
  return text.split("\n").map(plain).join("\n");
}

/**
 * JSON text for stdout: the same value, with the same guarantees as `safeLines`. JSON.stringify leaves
 * bidi, zero-width, C1 and separator characters raw; they become `\uXXXX` escapes, and `##[` (which can
 * only occur inside a string) becomes `#\u0023[`. Lines of pretty JSON never start with `::`.
 */
export function jsonText(v: unknown, indent = 2): string {
  const text = JSON.stringify(v, null, indent) ?? "null";
  return text
    .replace(/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff]|\udb40[\udc00-\udc7f]/g, (c) => [...Array(c.length).keys()].map((i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, "0")}`).join(""))
    .replace(LEGACY, "#\\u0023[");
}

/**
 * A command's property value (an annotation's `file`): CR and LF stay, for the toolkit's lossless %0D /
 * %0A (the runner decodes them into the value, so an annotation still finds a file whose name has a
 * newline); every other hidden character becomes `\u{…}` and `##[` becomes `#\u{23}[`.
 */
export function propertyText(s: string): string {
  return s
    .split(/(\r|\n)/)
    .map((part) => (part === "\r" || part === "\n" ? part : visible(part).replace(LEGACY, "#\\u{23}[")))
    .join("");
}

/** A workflow command line built by `workflowCommand`; only these may bypass `safeLines`. */
export type WorkflowCommand = string & { readonly __brand: "WorkflowCommand" };

/** actions/toolkit command.ts: a command's data. */
function escapeData(s: string): string {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** actions/toolkit command.ts: a command's property value. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * `::name k=v,…::message`, one line. The message goes through `plain` (an input newline or `##[` is
 * shown, not obeyed), property values through `propertyText`, then both through the toolkit's escaping.
 */
export function workflowCommand(name: "error" | "warning" | "notice", props: Record<string, string | number | undefined>, message: string): WorkflowCommand {
  const kv = Object.entries(props)
    .filter(([, v]) => v !== undefined && v !== "")
    .map(([k, v]) => `${k}=${escapeProperty(propertyText(String(v)))}`);
  return `::${name}${kv.length ? ` ${kv.join(",")}` : ""}::${escapeData(plain(message))}` as WorkflowCommand;
}
