/**
 * `node scripts/pipeline/verify-release.ts <dir>`: the pipeline's release checks for a build
 * made elsewhere (the GitHub Actions workflow): writes `_headers`, then verifies the report,
 * page count, search index and CSP-safe pages. Exit code 0 = deployable, 1 = not.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BuildStepError, CliError } from './errors.ts';
import { headersFile } from './headers.ts';
import { verifyRelease } from './verify.ts';

async function main(argv: string[]): Promise<void> {
  const dir = argv.find((a) => a !== '--');
  if (!dir) throw new CliError(2, 'Usage: verify-release.ts <release-dir>');
  const releaseDir = path.resolve(dir);
  await writeFile(path.join(releaseDir, '_headers'), headersFile());
  const report = await verifyRelease(releaseDir, {
    minPages: Number(process.env['PIPELINE_MIN_PAGES'] ?? '1'),
    maxPageDrop: 1,
    livePageCount: undefined,
    allowShrink: true,
  });
  console.log(
    `release ok: ${report.pageCount} pages, ${report.revisions.size} documents, ${report.warnings} content warning(s)`,
  );
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof BuildStepError) {
    console.error(`release rejected (${error.step}): ${error.message}`);
    process.exitCode = 1;
  } else if (error instanceof CliError) {
    console.error(error.message);
    process.exitCode = error.exitCode;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
});
