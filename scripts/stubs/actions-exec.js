// Bundled in place of @actions/exec (issue 14: bundle diet; it brings @actions/io along). Only
// @actions/core's platform.getDetails runs commands through it, and wpc never calls that (wpc runs git
// through io/git.ts with spawnSync). Failing loudly keeps that true.
const unused = () => {
  throw new Error("@actions/exec is not bundled with wpc (only @actions/core platform details need it, and wpc never calls them)");
};
export const exec = unused;
export const getExecOutput = unused;
