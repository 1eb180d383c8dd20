/**
 * Input in GitHub Markdown (job summaries, PR comments, check-run output), inert: every input-derived
 * string is an inline code span. Inside a code span GitHub renders no links, images, autolinks, raw
 * HTML, emphasis, emoji, `@mentions` or `#references`; hidden characters (newlines among them, which
 * could end a table row or start a heading) are `\u{…}` text before the span is built.
 */
import { truncate, visible } from "./unicode.ts";

/** The longest run of backticks in `s`. */
function longestTicks(s: string): number {
  let best = 0;
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) === 96) best = Math.max(best, ++run);
    else run = 0;
  }
  return best;
}

/**
 * An inline code span showing `s` literally (CommonMark 6.1): the fence is one backtick longer than any
 * run inside, and content that starts or ends with a backtick or a space is padded with one space each
 * side (the parser strips exactly one). At most `max` characters of `s` are shown.
 */
export function mdCode(s: string, max = 1000): string {
  const body = truncate(visible(s), max);
  return span(body);
}

/** `mdCode` for a GFM table cell: `|` escaped as `\|`, which GFM undoes inside a cell, code spans included. */
export function mdCell(s: string, max = 1000): string {
  return span(truncate(visible(s), max).replace(/\|/g, "\\|"));
}

function span(body: string): string {
  if (body === "") return "_(empty)_";
  const fence = "`".repeat(longestTicks(body) + 1);
  const pad = /^[` ]|[` ]$/.test(body) && !/^ +$/.test(body) ? " " : "";
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** OWNER/NAME as GitHub allows them: the only repository text wpc puts into a link or a workflow file. */
export const GITHUB_REPOSITORY_RE = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}$/;

/** A run URL of a GitHub server: only scheme, host and path segments wpc itself forms. */
const RUN_URL = /^https:\/\/[A-Za-z0-9.-]+(:\d{1,5})?\/[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+\/actions\/runs\/\d+$/;

/** A link to a workflow run, or the bare text when the URL is not one (never a link to input). */
export function mdRunLink(text: string, url: string | undefined): string {
  return url && RUN_URL.test(url) ? `[${text}](${url})` : text;
}

/** The run URL from the runner's environment values (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID). */
export function runUrl(server: string | undefined, repository: string | undefined, runId: string | undefined): string | undefined {
  if (!server || !repository || !runId) return undefined;
  const url = `${server.replace(/\/+$/, "")}/${repository}/actions/runs/${runId}`;
  return RUN_URL.test(url) ? url : undefined;
}
