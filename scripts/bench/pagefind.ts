/**
 * Pagefind index time, measured by indexing the built site again into a scratch directory with
 * the site's own Pagefind install (the HTML carries the site's data-pagefind-* markup, so the
 * index is the one the site ships), and the size of the index the site ships.
 */
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runMeasured } from './measure.ts';
import { REPO_ROOT } from './site.ts';

export interface PagefindFigures {
  indexMs: number;
  pagesIndexed: number | undefined;
  /** Bytes of the index (whole pagefind/ directory) the site ships, or of the scratch index. */
  indexBytes: number;
  indexFiles: number;
  shippedBySite: boolean;
}

function directorySize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

/** Indexes `outDir` into `scratchDir` and reports time and index size. */
export async function measurePagefind(
  outDir: string,
  scratchDir: string,
): Promise<PagefindFigures> {
  rmSync(scratchDir, { recursive: true, force: true });
  const bin = join(REPO_ROOT, 'site', 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
  const run = await runMeasured(
    process.execPath,
    [bin, '--site', outDir, '--output-path', scratchDir, '--force-language', 'en'],
    {
      cwd: REPO_ROOT,
    },
  );
  if (run.exitCode !== 0)
    throw new Error(`pagefind exited with ${run.exitCode}: ${run.output.slice(-500)}`);
  const indexed = /Indexed (\d+) pages?/i.exec(run.output);
  const shipped = join(outDir, 'pagefind');
  const shippedBySite = existsSync(shipped);
  const size = directorySize(shippedBySite ? shipped : scratchDir);
  rmSync(scratchDir, { recursive: true, force: true });
  return {
    indexMs: run.wallMs,
    pagesIndexed: indexed === null ? undefined : Number(indexed[1]),
    indexBytes: size.bytes,
    indexFiles: size.files,
    shippedBySite,
  };
}
