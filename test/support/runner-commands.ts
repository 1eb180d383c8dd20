/**
 * How the Actions runner reads workflow commands out of a step's stdout and stderr (actions/runner
 * ActionCommandManager): a line ends at LF, CR or CRLF; a line is a command when, after .NET
 * `TrimStart()` (Char.IsWhiteSpace), it starts with `::`, or when it contains `##[` anywhere (the legacy
 * `##[name]data` form). Tests use this to prove output is inert, not only that it looks escaped.
 */
const DOTNET_WS = /^[\u0009-\u000d\u0020\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

export function runnerLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** The lines of `text` the runner would try to run as commands. */
export function commandLines(text: string): string[] {
  return runnerLines(text).filter((l) => l.replace(DOTNET_WS, "").startsWith("::") || l.includes("##["));
}

/** Bidi controls and zero-width characters (issue 12's list), which no rendered output may carry raw. */
export const BIDI_ZW = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b-\u200d\u2060\ufeff]/;
