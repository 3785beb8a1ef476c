import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from 'pino';
import type { PipelineConfig } from './config.ts';
import { DEFAULT_BUILD_COMMAND, REPO_ROOT } from './config.ts';
import { diffRevisions, isEmptyDiff, readRevisions } from './content.ts';
import type { RevisionDiff } from './content.ts';
import { BuildStepError } from './errors.ts';
import { headersFile } from './headers.ts';
import {
  cloneRelease,
  mergeScopedBuild,
  readPageMap,
  writeFresh,
  writeMergedReport,
} from './merge.ts';
import type { PageMap, SearchState } from './merge.ts';
import type { Work } from './queue.ts';
import {
  activateRelease,
  liveReleaseId,
  newReleaseId,
  promoteBuild,
  pruneReleases,
} from './releases.ts';
import type { ReleasePaths } from './releases.ts';
import { runCommand } from './run-command.ts';
import { readReport, REPORT_PATH, verifyRelease } from './verify.ts';
import type { BuildReport } from './verify.ts';

/** Written by the pipeline next to the site's report: what a release was built from. */
export interface ReleaseMeta {
  releaseId: string;
  mode: 'full' | 'incremental';
  codeHash: string;
  builtAt: string;
  triggers: string[];
  reasons: string[];
  /** Scoped builds: pages rendered for this release (the rest are the previous release's). */
  renderedPages?: string[];
  /** Scoped builds: pages dropped because their document was deleted, unpublished or renamed. */
  removedPages?: string[];
}

export const META_PATH = path.join('_build', 'pipeline.json');

type StepName = 'prepare' | 'build' | 'clone' | 'merge' | 'verify' | 'deploy' | 'switch' | 'prune';

/** One build as shown on /status. */
export interface BuildRecord {
  id: string;
  result: 'running' | 'live' | 'failed' | 'up-to-date' | 'hook-called';
  mode: 'full' | 'incremental' | undefined;
  reasons: string[];
  triggers: string[];
  startedAt: string;
  finishedAt: string | undefined;
  durationMs: number | undefined;
  stepsMs: Partial<Record<StepName, number>>;
  pageCount: number | undefined;
  diff: { changed: number; added: number; removed: number } | undefined;
  /** Scoped builds: how many pages were rendered and how many dropped. */
  pages?: { rendered: number; removed: number };
  /** True when the release went live with the previous release's search index. */
  searchStale?: boolean;
  error: { step: string; message: string } | undefined;
}

/** Hashes the site's code (sources, config, lockfile): a different hash forces a full rebuild. */
export async function hashCode(paths: string[]): Promise<string> {
  const hash = createHash('sha256');
  const files: string[] = [];
  const walk = async (p: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(p, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOTDIR') files.push(p);
      else if (code !== 'ENOENT') throw error;
      return;
    }
    for (const entry of entries) {
      if (['node_modules', 'dist', '.astro'].includes(entry.name)) continue;
      const child = path.join(p, entry.name);
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  for (const p of paths) await walk(p);
  for (const file of files.sort()) {
    hash.update(path.relative(REPO_ROOT, file)).update('\0');
    hash.update(await readFile(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

async function readMeta(releaseDir: string): Promise<ReleaseMeta | undefined> {
  try {
    return JSON.parse(await readFile(path.join(releaseDir, META_PATH), 'utf8')) as ReleaseMeta;
  } catch {
    return undefined;
  }
}

/** Progress lines from a long build are logged at most this often (plus every warning/error). */
const PROGRESS_INTERVAL_MS = 5_000;

export interface PublisherDeps {
  config: PipelineConfig;
  paths: ReleasePaths;
  logger: Logger;
  signal: AbortSignal;
  /** Called whenever a build record changes (status page). */
  onRecord: (record: BuildRecord) => void;
  /** Called with the build's process group id while it runs (to reap orphans after a crash). */
  onBuildProcess?: (pid: number | undefined) => void;
}

/** The shell command for a build of the given mode. */
export function buildCommandFor(config: PipelineConfig, mode: 'full' | 'incremental'): string {
  if (config.buildCommand !== DEFAULT_BUILD_COMMAND) return config.buildCommand;
  // The real site, on the same Node as this service. Astro's incremental build (switched on by
  // SITE_INCREMENTAL_BUILD) reuses pages whose cacheKey is unchanged; --force discards that
  // cache for a full rebuild and records a fresh one.
  const node = JSON.stringify(process.execPath);
  return `${node} ${config.buildCommand}${mode === 'full' ? ' --force' : ''}`;
}

/** Runs one unit of work end to end; resolves true when the result is live (or nothing changed). */
export async function publish(work: Work, deps: PublisherDeps): Promise<boolean> {
  const { config, paths, signal } = deps;
  const id = newReleaseId();
  const started = Date.now();
  const triggers = Object.keys(work.changes);
  const log = deps.logger.child({ buildId: id });
  const record: BuildRecord = {
    id,
    result: 'running',
    mode: undefined,
    reasons: work.reasons,
    triggers,
    startedAt: new Date(started).toISOString(),
    finishedAt: undefined,
    durationMs: undefined,
    stepsMs: {},
    pageCount: undefined,
    diff: undefined,
    error: undefined,
  };
  deps.onRecord(record);
  const step = async <T>(name: StepName, fn: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    log.info({ step: name }, `${name}: started`);
    try {
      return await fn();
    } finally {
      const ms = Math.round(performance.now() - t0);
      record.stepsMs[name] = ms;
      log.info({ step: name, durationMs: ms }, `${name}: finished in ${ms} ms`);
      deps.onRecord(record);
    }
  };
  const finish = (result: BuildRecord['result']): void => {
    record.result = result;
    record.finishedAt = new Date().toISOString();
    record.durationMs = Date.now() - started;
    deps.onRecord(record);
  };

  log.info(
    { triggers, reasons: work.reasons, full: work.full, attempt: work.attempt },
    'build started',
  );
  const workDir = path.join(paths.work, id);
  try {
    if (config.deploy.kind === 'hook') {
      await step('deploy', () =>
        callDeployHook(config.deploy.kind === 'hook' ? config.deploy.url : '', triggers, signal),
      );
      finish('hook-called');
      log.info({ durationMs: record.durationMs }, 'deploy hook called');
      return true;
    }

    const prepared = await step('prepare', async () => {
      const liveId = await liveReleaseId(paths);
      const liveDir = liveId ? path.join(paths.releases, liveId) : undefined;
      const [liveReport, liveMeta, livePages, current, codeHash] = await Promise.all([
        liveDir ? readReport(liveDir).catch(() => undefined) : Promise.resolve(undefined),
        liveDir ? readMeta(liveDir) : Promise.resolve(undefined),
        liveDir ? readPageMap(liveDir) : Promise.resolve(undefined),
        readRevisions(config.source).catch((error: unknown) => {
          throw new BuildStepError('prepare', `cannot read content: ${(error as Error).message}`);
        }),
        hashCode(config.codePaths),
      ]);
      const diff: RevisionDiff | undefined = liveReport
        ? diffRevisions(liveReport.revisions, current)
        : undefined;
      const codeChanged = liveMeta?.codeHash !== codeHash;
      const mode: 'full' | 'incremental' =
        work.full || !liveReport || codeChanged || !config.incremental ? 'full' : 'incremental';
      // Scoped: render only changed pages and merge them into a copy of the live release. Needs
      // the live release's page map (releases built before page maps existed get a full build).
      const scoped = mode === 'incremental' && livePages !== undefined && liveDir !== undefined;
      return { liveId, liveDir, liveReport, livePages, diff, codeHash, codeChanged, mode, scoped };
    });
    record.mode = prepared.mode;
    if (prepared.diff) {
      record.diff = {
        changed: prepared.diff.changed.length,
        added: prepared.diff.added.length,
        removed: prepared.diff.removed.length,
      };
    }
    if (!work.full && prepared.diff && isEmptyDiff(prepared.diff) && !prepared.codeChanged) {
      // Late, duplicate or out-of-order deliveries: the live release already has every revision.
      record.pageCount = prepared.liveReport?.pageCount;
      finish('up-to-date');
      log.info({ live: prepared.liveId }, 'live release is already up to date: nothing to build');
      return true;
    }

    const changedIds = prepared.diff
      ? [...prepared.diff.changed, ...prepared.diff.added, ...prepared.diff.removed]
      : [];
    // A fixed folder for scoped output keeps Astro's per-output-dir working folder (and its
    // caches) the same from one publish to the next.
    const scopedDir = path.join(paths.work, 'scoped');
    const outDir = prepared.scoped ? scopedDir : workDir;
    if (prepared.scoped) await rm(scopedDir, { recursive: true, force: true });
    else await mkdir(workDir, { recursive: true });
    const build = step('build', async () => {
      let lastProgress = 0;
      const heartbeat = setInterval(() => {
        log.info({ step: 'build', elapsedMs: Date.now() - started }, 'build still running');
      }, PROGRESS_INTERVAL_MS);
      try {
        await runCommand({
          command: buildCommandFor(config, prepared.mode),
          cwd: config.buildCwd,
          env: {
            ...process.env,
            SITE_OUT_DIR: outDir,
            ...(config.source.kind === 'ndjson' ? { SMP_DATASET: config.source.datasetPath } : {}),
            PIPELINE_BUILD_ID: id,
            PIPELINE_BUILD_MODE: prepared.mode,
            // Scoped builds do their own reuse; Astro's cache would be cold in a fresh folder anyway.
            SITE_INCREMENTAL_BUILD: config.incremental && !prepared.scoped ? '1' : '0',
            ...(prepared.scoped && prepared.liveDir
              ? { SMP_RENDER_SCOPE: path.join(prepared.liveDir, REPORT_PATH) }
              : {}),
            PIPELINE_CHANGED_IDS: changedIds.slice(0, 1000).join(','),
            // The webhook secret is the service's alone: the build (and so the site) never sees it.
            SANITY_WEBHOOK_SECRET: undefined,
          },
          timeoutMs: config.buildTimeoutMs,
          step: 'build',
          signal,
          onSpawn: deps.onBuildProcess,
          onLine: (line, stream) => {
            const now = Date.now();
            if (
              stream === 'stderr' ||
              /error|warn/i.test(line) ||
              now - lastProgress > PROGRESS_INTERVAL_MS
            ) {
              lastProgress = now;
              log.info({ step: 'build', stream }, line.slice(0, 500));
            } else {
              log.debug({ step: 'build', stream }, line.slice(0, 500));
            }
          },
        });
      } finally {
        clearInterval(heartbeat);
        deps.onBuildProcess?.(undefined);
      }
    });
    // The copy of the live release runs while Astro starts up and renders: disk against CPU.
    const clone =
      prepared.scoped && prepared.liveDir
        ? step('clone', () => cloneRelease(prepared.liveDir ?? '', workDir))
        : Promise.resolve();
    const [built, cloned] = await Promise.allSettled([build, clone]);
    if (built.status === 'rejected') throw built.reason;
    if (cloned.status === 'rejected') throw cloned.reason;

    let merged: { rendered: string[]; removed: string[] } | undefined;
    if (prepared.scoped && prepared.livePages) {
      const previous: PageMap = prepared.livePages;
      merged = await step('merge', async () => {
        const next = await readPageMap(scopedDir);
        if (!next || next.scope !== 'changed-pages') {
          throw new BuildStepError('verify', 'the scoped build did not report a scoped page map');
        }
        const liveSearch = await readSearchState(prepared.liveDir ?? '');
        const search: SearchState = {
          ...liveSearch,
          stale: true,
          builtFrom: liveSearch.builtFrom ?? prepared.liveId ?? '',
        };
        const result = await mergeScopedBuild(scopedDir, workDir, previous, next);
        await writeMergedReport(scopedDir, workDir, search);
        await rm(scopedDir, { recursive: true, force: true });
        log.info(
          {
            renderedPages: next.rendered.length,
            sitePages: Object.keys(next.pages).length,
            removedPages: result.removed,
            filesOverlaid: result.overlaid,
          },
          `merged ${next.rendered.length} rendered page(s) into a copy of release ${prepared.liveId ?? ''}`,
        );
        return { rendered: next.rendered, removed: result.removed };
      });
      record.pages = { rendered: merged.rendered.length, removed: merged.removed.length };
      record.searchStale = true;
    }

    const report: BuildReport = await step('verify', async () => {
      const meta: ReleaseMeta = {
        releaseId: id,
        mode: prepared.mode,
        codeHash: prepared.codeHash,
        builtAt: new Date().toISOString(),
        triggers,
        reasons: work.reasons,
        ...(merged ? { renderedPages: merged.rendered, removedPages: merged.removed } : {}),
      };
      // writeFresh: in a merged release these files are hard links shared with the live one.
      await writeFresh(path.join(workDir, META_PATH), JSON.stringify(meta, null, 2) + '\n');
      await writeFresh(path.join(workDir, '_headers'), headersFile());
      return verifyRelease(workDir, {
        minPages: config.minPages,
        maxPageDrop: config.maxPageDrop,
        livePageCount: prepared.liveReport?.pageCount,
        allowShrink: work.reasons.includes('manual'),
        // The pages this build rendered are checked first; the rest were checked before.
        sample: merged?.rendered,
      });
    });
    record.pageCount = report.pageCount;

    if (config.deploy.kind === 'local' && config.deploy.command) {
      const command = config.deploy.command;
      await step('deploy', () =>
        runCommand({
          command,
          cwd: REPO_ROOT,
          env: {
            ...process.env,
            RELEASE_DIR: workDir,
            RELEASE_ID: id,
            SANITY_WEBHOOK_SECRET: undefined,
          },
          timeoutMs: config.buildTimeoutMs,
          step: 'deploy',
          signal,
          onLine: (line, stream) => log.info({ step: 'deploy', stream }, line.slice(0, 500)),
        }),
      );
    }

    if (signal.aborted) throw new BuildStepError('switch', 'service is shutting down');
    await step('switch', async () => {
      await promoteBuild(paths, id);
      await activateRelease(paths, id);
    });
    finish('live');
    log.info(
      {
        durationMs: record.durationMs,
        stepsMs: record.stepsMs,
        pageCount: report.pageCount,
        mode: prepared.mode,
      },
      `release ${id} is live`,
    );
    await step('prune', async () => {
      const removed = await pruneReleases(paths, config.keepReleases);
      if (removed.length > 0) log.info({ removed }, 'pruned old releases');
    }).catch((error: unknown) => log.warn({ err: error }, 'pruning old releases failed'));
    return true;
  } catch (error) {
    const failure =
      error instanceof BuildStepError
        ? { step: error.step, message: error.message }
        : { step: 'internal', message: (error as Error).message ?? String(error) };
    record.error = failure;
    finish('failed');
    log.error(
      { err: failure, durationMs: record.durationMs },
      `build failed in ${failure.step}; the live release is unchanged`,
    );
    await rm(workDir, { recursive: true, force: true }).catch(() => undefined);
    await rm(path.join(paths.work, 'scoped'), { recursive: true, force: true }).catch(
      () => undefined,
    );
    return false;
  }
}

/** The search block of a release's report (what a merged release carries over). */
async function readSearchState(releaseDir: string): Promise<SearchState> {
  try {
    const report = JSON.parse(await readFile(path.join(releaseDir, REPORT_PATH), 'utf8')) as {
      search?: Partial<SearchState>;
    };
    const s = report.search ?? {};
    return {
      indexedPages: typeof s.indexedPages === 'number' ? s.indexedPages : 0,
      errors: Array.isArray(s.errors) ? s.errors : [],
      ...(typeof s.builtFrom === 'string' ? { builtFrom: s.builtFrom } : {}),
    };
  } catch {
    return { indexedPages: 0, errors: [] };
  }
}

/** Deploy-hook mode: a host (Netlify, Vercel, Cloudflare Pages) builds and deploys the site itself. */
async function callDeployHook(url: string, triggers: string[], signal: AbortSignal): Promise<void> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ trigger: 'sanity-publish', documents: triggers.slice(0, 100) }),
      signal: AbortSignal.any([signal, AbortSignal.timeout(30_000)]),
    });
  } catch (error) {
    throw new BuildStepError('deploy', `deploy hook unreachable: ${(error as Error).message}`);
  }
  if (!response.ok) throw new BuildStepError('deploy', `deploy hook answered ${response.status}`);
}
