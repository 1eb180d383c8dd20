/**
 * `*` glob matching (any run of characters, including `/`), linear in the text length per pattern
 * segment: the pattern is split on `*` and literal segments are located left to right, greedily,
 * with no backtracking (leftmost placement of each middle segment is always optimal).
 */
export function globMatch(pattern: string, text: string): boolean {
  if (!pattern.includes("*")) return pattern === text;
  const parts = pattern.split("*");
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (text.length < first.length + last.length) return false;
  if (!text.startsWith(first) || !text.endsWith(last)) return false;
  let pos = first.length;
  const end = text.length - last.length;
  for (let i = 1; i < parts.length - 1; i++) {
    const seg = parts[i]!;
    if (seg === "") continue;
    const at = text.indexOf(seg, pos);
    if (at < 0 || at + seg.length > end) return false;
    pos = at + seg.length;
  }
  return true;
}

/** Case-insensitive variant. */
export function globMatchCi(pattern: string, text: string): boolean {
  return globMatch(pattern.toLowerCase(), text.toLowerCase());
}
