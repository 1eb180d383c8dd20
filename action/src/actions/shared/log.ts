/**
 * The actions' print edge: every log line, annotation and failure message goes through core/escape.
 * @actions/core escapes CR, LF and % in an annotation's message and properties, but `core.info` writes
 * its text as it is, and neither touches `##[` (the runner's legacy command form, found anywhere in a
 * line) or bidi and invisible characters. So values are made `plain` here, in one place, for all five
 * actions: a file name, a policy string or a bundle field is shown, never obeyed.
 */
import * as core from "@actions/core";
import { plain, propertyText, safeLines } from "../../core/escape/index.ts";

export interface AnnotationProps {
  file?: string;
  startLine?: number;
  startColumn?: number;
  title?: string;
}

function props(p: AnnotationProps): core.AnnotationProperties {
  return {
    ...(p.file !== undefined ? { file: propertyText(p.file) } : {}),
    ...(p.startLine !== undefined ? { startLine: p.startLine } : {}),
    ...(p.startColumn !== undefined ? { startColumn: p.startColumn } : {}),
    ...(p.title !== undefined ? { title: propertyText(p.title) } : {}),
  };
}

/** A log line (or lines: the text's own line breaks stay, none can start a command). */
export function info(text: string): void {
  core.info(safeLines(text));
}

export function annotate(level: "error" | "warning" | "notice", message: string, p: AnnotationProps = {}): void {
  const fn = level === "error" ? core.error : level === "warning" ? core.warning : core.notice;
  fn(plain(message), props(p));
}

/** Fail the step with a one-line reason (the toolkit prints it as an error annotation). */
export function fail(message: string): void {
  core.setFailed(plain(message));
}
