/**
 * A strict reading of GitHub-flavoured Markdown for tests: splits a table row into cells as GFM does
 * (an unescaped `|` ends a cell; `\|` is a pipe inside it, code spans included) and reads a cell that
 * must be exactly one inline code span (CommonMark 6.1), returning what GitHub would show literally.
 * Returns null when the cell is anything but one code span, i.e. when Markdown could be interpreted.
 */
export function cells(row: string): string[] {
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < row.length; i++) {
    if (row[i] === "\\" && row[i + 1] === "|") {
      cur += "|";
      i++;
    } else if (row[i] === "|") {
      out.push(cur);
      cur = "";
    } else cur += row[i];
  }
  out.push(cur);
  // a row "| a | b |" has an empty first and last piece
  return out.slice(1, -1).map((c) => c.trim());
}

export function codeSpanContent(cell: string): string | null {
  const open = /^`+/.exec(cell)?.[0];
  if (!open) return null;
  const rest = cell.slice(open.length);
  if (!rest.endsWith(open) || rest.length < open.length + 1) return null;
  if (rest.length > open.length && rest[rest.length - open.length - 1] === "`") return null; // closer longer than opener
  let body = rest.slice(0, rest.length - open.length);
  // the closing run must be the first run of exactly open.length backticks
  const runs = body.match(/`+/g) ?? [];
  if (runs.some((r) => r.length === open.length)) return null;
  if (/[\r\n]/.test(body)) return null;
  if (body.length > 1 && body.startsWith(" ") && body.endsWith(" ") && !/^ +$/.test(body)) body = body.slice(1, -1);
  return body;
}

/**
 * The text of a Markdown line outside its inline code spans (CommonMark 6.1: a backtick run opens a
 * span closed by the next run of the same length; an unmatched run is literal). In a table row, `\|`
 * is read as GFM does first. Whatever this returns is what GitHub would interpret as Markdown.
 */
export function outsideCodeSpans(line: string): string {
  const s = line.replace(/\\\|/g, "|");
  let out = "";
  let i = 0;
  while (i < s.length) {
    if (s[i] === "\\" && i + 1 < s.length) {
      out += s.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (s[i] !== "`") {
      out += s[i++];
      continue;
    }
    let j = i;
    while (s[j] === "`") j++;
    const n = j - i;
    // find the next run of exactly n backticks
    let k = j;
    let close = -1;
    while (k < s.length) {
      if (s[k] === "`") {
        let m = k;
        while (s[m] === "`") m++;
        if (m - k === n) {
          close = k;
          break;
        }
        k = m;
      } else k++;
    }
    if (close < 0) {
      out += s.slice(i, j);
      i = j;
    } else {
      out += "␣"; // the span, inert
      i = close + n;
    }
  }
  return out;
}
