/**
 * Fetch the proof artifacts of recent verify runs for the impact replay: GitHub's list of the
 * repository's artifacts (newest first), those named `wpc-proof-<run_id>-<run_attempt>` and not
 * expired, at most `max` of them, each downloaded as a ZIP (bounded) and its `wpc-report.json` and
 * `bundle.json` written to `<dir>/<artifact name>/` (names wpc forms itself, never the archive's paths).
 * Needs `actions: read`. A failure is a warning naming it: the replay is advisory.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Octokit } from "@octokit/rest";
import type { Repo } from "./github.ts";
import { BUNDLE_FILE, REPORT_FILE } from "./impact-replay.ts";
import { zipEntries } from "./zip-entries.ts";
import { MAX_BUNDLE_BYTES } from "./bundle.ts";

export const PROOF_ARTIFACT = /^wpc-proof-[1-9][0-9]{0,19}-[1-9][0-9]{0,5}$/;
/** Pages of 100 artifacts looked through at most (older proof artifacts are not "recent"). */
const MAX_PAGES = 10;
/** An artifact's ZIP above this is skipped unread (a bundle is bounded by MAX_BUNDLE_BYTES). */
const MAX_ZIP_BYTES = 64 * 1024 * 1024;

export interface FetchedArtifacts {
  listed: number;
  fetched: number;
  skipped: string[];
}

export async function fetchProofArtifacts(gh: Octokit, repo: Repo, max: number, dir: string): Promise<FetchedArtifacts> {
  const picked: Array<{ id: number; name: string; size: number }> = [];
  let listed = 0;
  const skippedForks: string[] = [];
  for (let page = 1; page <= MAX_PAGES && picked.length < max; page++) {
    const { data } = await gh.rest.actions.listArtifactsForRepo({ ...repo, per_page: 100, page });
    for (const a of data.artifacts) {
      listed++;
      if (picked.length >= max || a.expired || !PROOF_ARTIFACT.test(a.name) || picked.some((p) => p.name === a.name)) continue;
      // a pull request from a fork runs its own workflow files and may upload any artifact name: its
      // bundles would fill the window of recent jobs and push the real ones out
      const run = a.workflow_run;
      if (run && run.head_repository_id !== undefined && run.repository_id !== undefined && run.head_repository_id !== run.repository_id) {
        skippedForks.push(`${a.name}: made by a workflow run from a fork, not replayed`);
        continue;
      }
      picked.push({ id: a.id, name: a.name, size: a.size_in_bytes });
    }
    if (data.artifacts.length < 100) break;
  }
  mkdirSync(dir, { recursive: true });
  const out: FetchedArtifacts = { listed, fetched: 0, skipped: skippedForks };
  for (const a of picked) {
    if (a.size > MAX_ZIP_BYTES) {
      out.skipped.push(`${a.name}: ${a.size} bytes, above ${MAX_ZIP_BYTES}`);
      continue;
    }
    const res = await gh.rest.actions.downloadArtifact({ ...repo, artifact_id: a.id, archive_format: "zip" });
    const zip = new Uint8Array(res.data as ArrayBuffer);
    if (zip.byteLength > MAX_ZIP_BYTES) {
      out.skipped.push(`${a.name}: archive above ${MAX_ZIP_BYTES} bytes`);
      continue;
    }
    const entries = zipEntries(zip, [REPORT_FILE, BUNDLE_FILE], MAX_BUNDLE_BYTES);
    if (entries.length === 0) {
      out.skipped.push(`${a.name}: no ${REPORT_FILE} or ${BUNDLE_FILE} in the archive`);
      continue;
    }
    const to = join(dir, a.name);
    mkdirSync(to, { recursive: true });
    for (const e of entries) writeFileSync(join(to, e.name === BUNDLE_FILE ? BUNDLE_FILE : REPORT_FILE), e.bytes, { mode: 0o600 });
    out.fetched++;
  }
  return out;
}
