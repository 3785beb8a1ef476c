import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import { REPO_ROOT } from './config.ts';
import { cloneRelease, writeFresh } from './merge.ts';
import type { SearchState } from './merge.ts';
import type { ReleaseMeta } from './publish.ts';
import { META_PATH } from './publish.ts';
import {
  activateRelease,
  liveReleaseId,
  newReleaseId,
  promoteBuild,
  pruneReleases,
} from './releases.ts';
import type { ReleasePaths } from './releases.ts';
import { runCommand } from './run-command.ts';
import { REPORT_PATH, verifyRelease } from './verify.ts';

// Search is eventually consistent. A merged release goes live with the previous release's
// Pagefind index (still right for every unchanged page), then this re-indexes the whole merged
// release in the background and switches again, atomically as always. A new publish aborts it
// (the next merged release carries the stale flag on, so the re-index simply runs after that).

/** Pagefind's CLI from the site's own dependencies (same version the site build uses). */
const PAGEFIND = path.join(REPO_ROOT, 'site', 'node_modules', '.bin', 'pagefind');

/**
 * Same settings as the site's build-report integration: English, and only the folders with
 * `data-pagefind-body` pages (articles, conditions, FAQ), so listings are not even parsed.
 */
const PAGEFIND_ARGS = ['--force-language', 'en', '--glob', "'{articles,conditions,faq}/**/*.html'"];

export interface ReindexDeps {
  paths: ReleasePaths;
  logger: Logger;
  signal: AbortSignal;
  keepReleases: number;
  timeoutMs: number;
  onRunning?: (running: boolean) => void;
}

/** Outcome of one background re-index, for /status. */
export interface ReindexResult {
  result: 'live' | 'not-needed' | 'superseded' | 'failed';
  release?: string;
  from?: string;
  indexedPages?: number;
  durationMs: number;
  error?: string;
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Re-indexes the live release if its search index is stale; resolves when done or aborted. */
export async function reindexSearch(deps: ReindexDeps): Promise<ReindexResult> {
  const { paths, signal } = deps;
  const started = Date.now();
  const done = (r: Omit<ReindexResult, 'durationMs'>): ReindexResult => ({
    ...r,
    durationMs: Date.now() - started,
  });
  const liveId = await liveReleaseId(paths);
  if (!liveId) return done({ result: 'not-needed' });
  const liveDir = path.join(paths.releases, liveId);
  const report = await readJson<Record<string, unknown> & { search?: SearchState }>(
    path.join(liveDir, REPORT_PATH),
  );
  if (!report?.search?.stale) return done({ result: 'not-needed' });

  const id = newReleaseId();
  const workDir = path.join(paths.work, id);
  const log = deps.logger.child({ searchReindex: id, from: liveId });
  deps.onRunning?.(true);
  try {
    log.info('search: re-indexing the live release in the background');
    await cloneRelease(liveDir, workDir);
    // Removing the copy's links leaves the live release's index untouched.
    await rm(path.join(workDir, 'pagefind'), { recursive: true, force: true });
    let indexedPages: number | undefined;
    await runCommand({
      command: [JSON.stringify(PAGEFIND), '--site', JSON.stringify(workDir), ...PAGEFIND_ARGS].join(
        ' ',
      ),
      cwd: REPO_ROOT,
      env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '/tmp' },
      timeoutMs: deps.timeoutMs,
      step: 'build',
      signal,
      onLine: (line) => {
        const m = /Indexed (\d+) pages?/i.exec(line);
        if (m?.[1]) indexedPages = Number(m[1]);
        log.debug({ line }, 'pagefind');
      },
    });
    if (signal.aborted) return done({ result: 'superseded', from: liveId });
    const search: SearchState = {
      indexedPages: indexedPages ?? report.search.indexedPages,
      errors: [],
      stale: false,
      builtFrom: id,
    };
    await writeFresh(path.join(workDir, REPORT_PATH), `${JSON.stringify({ ...report, search })}\n`);
    const meta = await readJson<ReleaseMeta>(path.join(liveDir, META_PATH));
    await writeFresh(
      path.join(workDir, META_PATH),
      `${JSON.stringify({ ...meta, releaseId: id, searchIndexedFrom: liveId, builtAt: new Date().toISOString() }, null, 2)}\n`,
    );
    await verifyRelease(workDir, {
      minPages: 1,
      maxPageDrop: 0,
      livePageCount: undefined,
      allowShrink: true,
      sample: [],
    });
    // Only while nothing else has gone live meanwhile (a publish aborts this before it builds).
    if (signal.aborted || (await liveReleaseId(paths)) !== liveId) {
      return done({ result: 'superseded', from: liveId });
    }
    await promoteBuild(paths, id);
    await activateRelease(paths, id);
    log.info(
      { indexedPages: search.indexedPages },
      `search: release ${id} with a fresh index is live`,
    );
    await pruneReleases(paths, deps.keepReleases).catch((error: unknown) =>
      log.warn({ err: error }, 'pruning old releases failed'),
    );
    return done({ result: 'live', release: id, from: liveId, indexedPages: search.indexedPages });
  } catch (error) {
    if (signal.aborted) return done({ result: 'superseded', from: liveId });
    log.error(
      { err: error },
      'search: background re-index failed; the live release keeps its index',
    );
    return done({ result: 'failed', from: liveId, error: (error as Error).message });
  } finally {
    await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
    deps.onRunning?.(false);
  }
}
