/**
 * Builds measured by the bench: the real site (`pnpm --filter @smp/site run build`) and the
 * bare-Astro floor (scripts/bench/floor/ copied to a scratch dir), launched the same way.
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasured, type MeasuredRun } from './measure.ts';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = dirname(dirname(BENCH_DIR));
/** Pinned like .ci/run: the version the lockfile was written with. */
const PNPM_VERSION = '10.34.9';

/** A build failed: its log tail goes into the message so the cause is visible in the bench output. */
export class BuildFailedError extends Error {
  override readonly name = 'BuildFailedError';
  readonly exitCode = 1;
}

/** Command prefix that runs pnpm: the pnpm already running us when there is one, else npx. */
export function pnpmCommand(): { command: string; args: string[] } {
  const execPath = process.env['npm_execpath'];
  if (execPath !== undefined && /pnpm\.c?js$/.test(basename(execPath))) {
    return { command: process.execPath, args: [execPath] };
  }
  return { command: 'npx', args: ['-y', `pnpm@${PNPM_VERSION}`] };
}

/** Environment for child builds: this Node (24) first on PATH, telemetry off. */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    SANITY_TELEMETRY_DISABLED: '1',
    NO_UPDATE_NOTIFIER: '1',
    ...extra,
  };
}

/** Number of HTML pages in a build output (Pagefind's own files excluded). */
export function countPages(outDir: string): number {
  let count = 0;
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (entry.name !== 'pagefind' && entry.name !== '_build') walk(join(dir, entry.name));
      } else if (entry.name.endsWith('.html')) count++;
    }
  };
  walk(outDir);
  return count;
}

/** "56.08s", "1m 7s", "850ms" → seconds. */
function astroDuration(text: string): number | undefined {
  const match = /^(?:(\d+)m\s*)?(?:([\d.]+)s|(\d+)ms)?$/.exec(text.trim());
  if (match === null || text.trim() === '') return undefined;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0) + Number(match[3] ?? 0) / 1000;
}

/** Seconds Astro spent rendering pages: the "generating static routes" phase of its log. */
export function astroRenderSeconds(log: string): number | undefined {
  const phase = /generating static routes[\s\S]*?Completed in ([^.\n]+(?:\.\d+s)?)\.?\s*\n/.exec(
    log,
  );
  return phase?.[1] === undefined ? undefined : astroDuration(phase[1]);
}

/** Seconds between two timestamped Astro log lines ("HH:MM:SS ..."), one-second resolution. */
export function logSpanSeconds(log: string, from: RegExp, to: RegExp): number | undefined {
  const lines = log.split('\n');
  const endIndex = lines.findIndex((l) => to.test(l));
  // The start is the last `from` line before the end: Astro prints "Completed" for every phase.
  const stamp = (re: RegExp): number | undefined => {
    const line =
      re === to
        ? lines[endIndex]
        : lines.slice(0, Math.max(endIndex, 0)).findLast((l) => re.test(l));
    const m = line === undefined ? null : /(\d\d):(\d\d):(\d\d)/.exec(line);
    return m === null ? undefined : Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  };
  const start = stamp(from);
  const end = stamp(to);
  if (start === undefined || end === undefined) return undefined;
  return (end - start + 86_400) % 86_400;
}

/** Seconds the site's build-done hook spent, almost all of it Pagefind indexing. */
export function siteIndexSeconds(log: string): number | undefined {
  return logSpanSeconds(log, /\[build\] ✓ Completed in/, /search: indexed \d+ pages/);
}

function failIfBroken(what: string, run: MeasuredRun): void {
  if (run.exitCode === 0) return;
  const tail = run.output.split('\n').slice(-40).join('\n');
  throw new BuildFailedError(`${what} failed with exit code ${run.exitCode}:\n${tail}`);
}

/** Full build of the real site from `datasetFile` into `outDir`. */
export async function buildSite(
  datasetFile: string,
  outDir: string,
  logFile: string,
): Promise<MeasuredRun> {
  rmSync(outDir, { recursive: true, force: true });
  const pnpm = pnpmCommand();
  const run = await runMeasured(
    pnpm.command,
    [...pnpm.args, '--filter', '@smp/site', 'run', 'build'],
    {
      cwd: REPO_ROOT,
      env: buildEnv({ SMP_DATASET: datasetFile, SITE_OUT_DIR: outDir }),
      logFile,
    },
  );
  failIfBroken('site build', run);
  return run;
}

/** Build of the bare-Astro floor rendering `pages` trivial pages, launched like the site build. */
export async function buildFloor(
  pages: number,
  logFile: string,
): Promise<MeasuredRun & { pages: number }> {
  // Outside the workspace so pnpm treats it as a lone package, as a fresh Astro project would be.
  const dir = mkdtempSync(join(tmpdir(), 'smp-bench-floor-'));
  try {
    cpSync(join(BENCH_DIR, 'floor'), dir, { recursive: true });
    mkdirSync(join(dir, 'node_modules'));
    // Same Astro install as the site, so the two builds differ only in what the site does.
    symlinkSync(
      realpathSync(join(REPO_ROOT, 'site', 'node_modules', 'astro')),
      join(dir, 'node_modules', 'astro'),
    );
    const pnpm = pnpmCommand();
    // index.astro is one page; the dynamic route renders the rest.
    const dynamic = Math.max(0, pages - 1);
    const run = await runMeasured(pnpm.command, [...pnpm.args, 'run', 'build'], {
      cwd: dir,
      env: buildEnv({ BENCH_FLOOR_PAGES: String(dynamic), BENCH_FLOOR_OUT_DIR: join(dir, 'dist') }),
      logFile,
    });
    failIfBroken('floor build', run);
    return { ...run, pages: countPages(join(dir, 'dist')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Content-query figures of a site build. */
export interface QueryFigures {
  queries: number;
  ms: number;
  source: 'report' | 'log';
}

/** Reads the site's query counters: `_build/report.json` (`queries: {count, ms}`), else the build log. */
export function readQueryFigures(outDir: string, log: string): QueryFigures | undefined {
  const reportFile = join(outDir, '_build', 'report.json');
  if (existsSync(reportFile)) {
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
      queries?: { count?: unknown; ms?: unknown };
    };
    const { count, ms } = report.queries ?? {};
    if (typeof count === 'number' && typeof ms === 'number')
      return { queries: count, ms, source: 'report' };
  }
  // Astro's logger prints "content: 6 queries, 2480 ms (embedded)" at the end of the build.
  const matches = [...log.matchAll(/(\d+) quer(?:y|ies),? (?:in )?(\d+(?:\.\d+)?) ?ms/g)];
  const last = matches.at(-1);
  if (last === undefined) return undefined;
  return { queries: Number(last[1]), ms: Number(last[2]), source: 'log' };
}
