// Colour for the scripts' human output: only on a terminal and never with NO_COLOR set to anything but
// the empty string (no-color.org); FORCE_COLOR (other than "0"/"false") forces it, e.g. for CI logs.
export function colourWanted(stream = process.stdout, env = process.env) {
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== "0" && force !== "false") return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return stream.isTTY === true;
}

/** `s` wrapped in the SGR `code` (1 bold, 31 red, 32 green) when colour is wanted, else `s` as is. */
export function painter(stream = process.stdout, env = process.env) {
  const on = colourWanted(stream, env);
  return (code, s) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);
}
