// Bundled in place of colors/safe (issue 14: bundle diet). json-diff loads it for its colorize and
// diffString, which print coloured diffs; wpc calls only jsonDiff.diff (core/policy/diff.ts), so no code
// path of wpc colours anything. colorize.js reads `green` and `red` when it loads: they exist, and fail
// loudly if anything ever calls them.
const unused = () => {
  throw new Error("colors is not bundled with wpc (only json-diff's colorize uses it, and wpc never calls it)");
};
module.exports = { green: unused, red: unused };
