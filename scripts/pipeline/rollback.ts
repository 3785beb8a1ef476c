/**
 * `pnpm rollback [--to <release-id>] [--list]`: points the live site back at the previous
 * release. Deliberately imports nothing heavy so it returns in well under a second.
 */
import path from 'node:path';
import { DEFAULT_PIPELINE_DIR, REPO_ROOT } from './config.ts';
import { CliError } from './errors.ts';
import { listReleases, liveReleaseId, releasePaths, rollback } from './releases.ts';

const USAGE = `Usage: pnpm rollback [--to <release-id>] [--list]

  (no option)   make the release that was live before the current one live again
  --to <id>     make a specific kept release live
  --list        show kept releases and which one is live

Environment: PIPELINE_DIR (default .pipeline in the repository root)`;

async function main(argv: string[]): Promise<number> {
  const paths = releasePaths(
    path.resolve(REPO_ROOT, process.env['PIPELINE_DIR']?.trim() || DEFAULT_PIPELINE_DIR),
  );
  let to: string | undefined;
  let list = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    // `pnpm rollback -- --list` forwards the separator itself.
    if (arg === '--') continue;
    if (arg === '--to') {
      to = argv[i + 1];
      if (to === undefined) throw new CliError(2, `--to needs a release id\n\n${USAGE}`);
      i += 1;
    } else if (arg === '--list') {
      list = true;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    } else {
      throw new CliError(2, `Unknown argument "${arg}"\n\n${USAGE}`);
    }
  }
  if (list) {
    const live = await liveReleaseId(paths);
    const releases = await listReleases(paths);
    if (releases.length === 0) console.log('No releases yet.');
    for (const id of releases) console.log(`${id === live ? '* ' : '  '}${id}`);
    return 0;
  }
  const started = performance.now();
  const result = await rollback(paths, to);
  const ms = (performance.now() - started).toFixed(1);
  console.log(`live: ${result.from ?? '(none)'} -> ${result.to} (switched in ${ms} ms)`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      console.error(`rollback: ${error.message}`);
      process.exitCode = error.exitCode;
    } else {
      console.error('rollback: unexpected error', error);
      process.exitCode = 1;
    }
  },
);
