/**
 * HTML and XML 1.0 text and attribute values. Hidden characters first become `\u{…}` (`visible`), which
 * also removes every character XML 1.0 forbids (C0 other than tab/LF/CR — those are escaped too —,
 * lone surrogates, U+FFFE/U+FFFF); then the five markup characters become entities, so one function is
 * safe in element text and in single- or double-quoted attributes alike.
 */
import { visible } from "./unicode.ts";

const ENTITY: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function xmlEscape(s: string): string {
  return visible(s).replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

/** The same rules serve HTML text and attributes (reports rendered as HTML). */
export const htmlEscape = xmlEscape;
