/**
 * SARIF 2.1.0 logs (OASIS; what GitHub code scanning ingests), pure. Input-derived text goes only into
 * `message.text`, through `sarifText`: hidden characters as `\u{…}` and the embedded-link syntax of
 * SARIF plain-text messages (§3.11.6, `[text](target)`) escaped as `\[`, `\]` (and `\\`), so a viewer
 * renders no link from input. File names become URI references segment by segment (`sarifUri`). Rule
 * ids, names, descriptions and help URIs are wpc's own constants, never input.
 */
import { truncate, visible } from "./unicode.ts";

export type SarifLevel = "error" | "warning" | "note";

export interface SarifRule {
  id: string;
  /** PascalCase name (SARIF §3.49.7: a readable identifier). */
  name: string;
  /** One line: what the rule finds. */
  short: string;
  /** What it means and how to fix it (plain text). */
  help: string;
  level: SarifLevel;
  helpUri?: string;
}

export interface SarifFinding {
  ruleId: string;
  level: SarifLevel;
  /** Input-derived: shown as text. */
  message: string;
  /** The file as given (relative to the repository root for code scanning). */
  file?: string;
  line?: number;
  column?: number;
}

export interface SarifTool {
  name: string;
  version: string;
  informationUri?: string;
  rules: readonly SarifRule[];
}

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
const MESSAGE_MAX = 4000;

/** Input as SARIF plain text: visible, embedded-link syntax escaped, at most 4,000 characters. */
export function sarifText(s: string, max = MESSAGE_MAX): string {
  return truncate(visible(s), max).replace(/[\\[\]]/g, (c) => `\\${c}`);
}

/**
 * A file path as a relative (or absolute-path) URI reference: each `/`-separated segment
 * percent-encoded, so `:`, `?`, `#`, `%`, spaces, backslashes and non-ASCII cannot make it a scheme, a
 * query or a fragment. Hidden characters are encoded like any other (the path stays the path).
 */
export function sarifUri(path: string): string {
  return path
    .split("/")
    .map((seg) => encodeURIComponent(seg.replace(/[\ud800-\udfff]/g, (c, i: number, whole: string) => (isPaired(whole, i) ? c : "\ufffd"))))
    .join("/");
}

function isPaired(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c <= 0xdbff) return i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  return i > 0 && (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;
}

const posInt = (n: number | undefined): n is number => typeof n === "number" && Number.isInteger(n) && n >= 1;

/**
 * One run of `tool` with `findings`, in the given order. A finding whose rule the tool does not list
 * gets a rule of its own (id only, generic text), so every result resolves to a rule by index.
 */
export function sarifLog(tool: SarifTool, findings: readonly SarifFinding[]): Record<string, unknown> {
  const rules: SarifRule[] = [...tool.rules];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  for (const f of findings)
    if (!index.has(f.ruleId)) {
      index.set(f.ruleId, rules.length);
      rules.push({ id: f.ruleId, name: "WpcFinding", short: "a wpc finding", help: "See the message.", level: f.level });
    }
  const results = findings.map((f) => {
    const region = posInt(f.line) ? { region: { startLine: f.line, ...(posInt(f.column) ? { startColumn: f.column } : {}) } } : {};
    const uri = f.file ? sarifUri(f.file) : "";
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      level: f.level,
      message: { text: sarifText(f.message) || "(no message)" },
      ...(uri ? { locations: [{ physicalLocation: { artifactLocation: { uri }, ...region } }] } : {}),
    };
  });
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules: rules.map((r) => ({
              id: r.id,
              name: r.name,
              shortDescription: { text: r.short },
              fullDescription: { text: r.help },
              ...(r.helpUri ? { helpUri: r.helpUri } : {}),
              help: { text: r.helpUri ? `${r.help} (${r.helpUri})` : r.help },
              defaultConfiguration: { level: r.level },
            })),
          },
        },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}
