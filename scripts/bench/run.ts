/**
 * `pnpm bench`: measures the site at N generated articles and prints every figure beside the
 * machine it ran on; also writes them to a JSON file. A script that prints, not a timed test.
 *
 *   pnpm bench                                   # N = 1,000 and 10,000, every section
 *   pnpm bench --sizes 1000 --sections build,weight
 *   pnpm bench --sizes 100000 --sections build   # the optional scale check
 *
 * Sections: build (site vs bare-Astro floor), queries, publish, weight, lighthouse, pagefind.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  firstSearch,
  lighthouse,
  type FirstSearchFigures,
  type LighthouseFigures,
} from './browser.ts';
import {
  articleIdentity,
  conditionIdentity,
  generateDataset,
  type GenerateResult,
} from './generate.ts';
import {
  formatBytes,
  formatMs,
  machineInfo,
  type MachineInfo,
  type MeasuredRun,
} from './measure.ts';
import { measurePagefind, type PagefindFigures } from './pagefind.ts';
import { measurePublish, type PublishFigures } from './publish.ts';
import { serveStatic } from './serve.ts';
import {
  astroRenderSeconds,
  siteIndexSeconds,
  buildFloor,
  buildSite,
  countPages,
  readQueryFigures,
  REPO_ROOT,
  type QueryFigures,
} from './site.ts';
import { pageWeight, type PageWeight } from './weight.ts';

export const SECTIONS = [
  'build',
  'queries',
  'publish',
  'weight',
  'lighthouse',
  'pagefind',
] as const;
export type Section = (typeof SECTIONS)[number];

/** Bad command-line input; exit code 2 like other CLIs' usage errors. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  readonly exitCode = 2;
}

export interface BenchOptions {
  sizes: number[];
  sections: Section[];
  publishes: number;
  seed: string;
  workDir: string;
  jsonFile: string;
  searchQuery: string;
  /** Lighthouse runs per page; the run with the median performance score is reported. */
  lighthouseRuns: number;
  /** Site/floor build pairs for the build section; the fastest of each is reported. */
  repeat: number;
  /** Page types measured by the weight and Lighthouse sections. */
  pages: string[];
}

interface BuildFigures {
  pages: number;
  wallMs: number;
  cpuSeconds: number | undefined;
  runs: number;
  renderSeconds: number | undefined;
  /** Seconds of the site's build-done hook (Pagefind indexing), from log timestamps. */
  indexSeconds: number | undefined;
  peakTreeRssBytes: number;
  peakProcessRssBytes: number;
  peakProcessName: string;
  loadBefore: number;
}

interface SizeResult {
  articles: number;
  dataset: { documents: number; bytes: number; generateMs: number };
  site?: BuildFigures;
  floor?: BuildFigures;
  ratio?: { wall: number; cpu: number | undefined; peakMemory: number };
  queries?: QueryFigures | { missing: string };
  publish?: PublishFigures | { missing: string };
  weight?: Record<string, PageWeight | { missing: string }>;
  lighthouse?: Record<string, LighthouseFigures | { missing: string }>;
  pagefind?: PagefindFigures | { missing: string };
  firstSearch?: FirstSearchFigures | { missing: string };
}

export interface BenchResult {
  machine: MachineInfo;
  /** Commit measured, and the uncommitted files under site/ and scripts/ at the time. */
  code: { commit: string; uncommitted: string[] };
  startedAt: string;
  command: string;
  options: BenchOptions;
  sizes: SizeResult[];
}

/** Parses argv into options; every value checked, errors name the flag. */
export function parseBenchArgs(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      sections: { type: 'string', default: SECTIONS.join(',') },
      publishes: { type: 'string', default: '10' },
      seed: { type: 'string', default: 'smp' },
      work: { type: 'string', default: '.bench' },
      json: { type: 'string' },
      query: { type: 'string', default: 'aftercare' },
      pages: { type: 'string', default: PAGE_TYPES.join(',') },
      'lighthouse-runs': { type: 'string', default: '3' },
      repeat: { type: 'string', default: '1' },
    },
    strict: true,
  });
  const sizes = values.sizes.split(',').map((raw) => {
    const text = raw.trim().replace(/_/g, '');
    if (!/^\d+$/.test(text) || Number(text) < 1)
      throw new UsageError(`--sizes: "${raw}" is not a positive whole number`);
    return Number(text);
  });
  const sections = values.sections.split(',').map((raw) => {
    const name = raw.trim();
    if (!(SECTIONS as readonly string[]).includes(name)) {
      throw new UsageError(
        `--sections: unknown section "${name}" (choose from ${SECTIONS.join(', ')})`,
      );
    }
    return name as Section;
  });
  if (!/^\d+$/.test(values.publishes) || Number(values.publishes) < 1) {
    throw new UsageError(`--publishes: "${values.publishes}" is not a positive whole number`);
  }
  const pages = values.pages.split(',').map((raw) => {
    const name = raw.trim();
    if (!(PAGE_TYPES as readonly string[]).includes(name)) {
      throw new UsageError(
        `--pages: unknown page type "${name}" (choose from ${PAGE_TYPES.join(', ')})`,
      );
    }
    return name;
  });
  const lighthouseRuns = values['lighthouse-runs'];
  if (!/^\d+$/.test(lighthouseRuns) || Number(lighthouseRuns) < 1) {
    throw new UsageError(`--lighthouse-runs: "${lighthouseRuns}" is not a positive whole number`);
  }
  if (!/^\d+$/.test(values.repeat) || Number(values.repeat) < 1) {
    throw new UsageError(`--repeat: "${values.repeat}" is not a positive whole number`);
  }
  const workDir = resolve(REPO_ROOT, values.work);
  return {
    sizes,
    sections,
    publishes: Number(values.publishes),
    seed: values.seed,
    workDir,
    jsonFile: resolve(REPO_ROOT, values.json ?? join(values.work, 'results.json')),
    searchQuery: values.query,
    pages,
    lighthouseRuns: Number(lighthouseRuns),
    repeat: Number(values.repeat),
  };
}

const missing = (error: unknown): { missing: string } => ({
  missing: error instanceof Error ? (error.message.split('\n')[0] ?? error.name) : String(error),
});

/** Page types the weight and Lighthouse sections know ("articles" is the article list). */
export const PAGE_TYPES = ['home', 'article', 'condition', 'faq', 'search', 'articles'] as const;

/** Path of one representative page of each type (the middle article and condition). */
export function pageTypes(
  articles: number,
  conditions: number,
): Record<(typeof PAGE_TYPES)[number], string> {
  return {
    home: '/',
    article: `/articles/${articleIdentity(Math.floor(articles / 2)).slug}/`,
    condition: `/conditions/${conditionIdentity(Math.floor(conditions / 2)).slug}/`,
    faq: '/faq/',
    search: '/search/',
    articles: '/articles/',
  };
}

/**
 * Lighthouse's simulated throttling scales the main-thread time it observes, so one busy moment on
 * a shared machine moves the score; Lighthouse's own guidance is to report the median of runs.
 */
async function medianLighthouse(url: string, runs: number): Promise<LighthouseFigures> {
  const results: LighthouseFigures[] = [];
  for (let i = 0; i < runs; i++) results.push(await lighthouse(url));
  results.sort((a, b) => a.performance - b.performance || b.tbtMs - a.tbtMs);
  const median = results[Math.floor((results.length - 1) / 2)];
  if (median === undefined) throw new Error('no Lighthouse run');
  return { ...median, runs: results.map((r) => r.performance) };
}

/** The commit being measured and what differs from it in the code the figures depend on. */
function codeState(): { commit: string; uncommitted: string[] } {
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      // Only the end: porcelain lines start with a status column that may be a space.
    }).trimEnd();
  try {
    const status = git('status', '--porcelain', '--', 'site', 'scripts', 'pnpm-lock.yaml');
    return {
      commit: git('rev-parse', '--short', 'HEAD'),
      uncommitted: status === '' ? [] : status.split('\n').map((line) => line.slice(3)),
    };
  } catch {
    return { commit: 'unknown (not a git checkout)', uncommitted: [] };
  }
}

/** Folds one more build into the figures: fastest wall and CPU time, highest peak memory. */
function mergeRuns(
  previous: BuildFigures | undefined,
  run: MeasuredRun,
  pages: number,
): BuildFigures {
  const minDefined = (a: number | undefined, b: number | undefined): number | undefined =>
    a === undefined ? b : b === undefined ? a : Math.min(a, b);
  if (previous === undefined) {
    return {
      pages,
      wallMs: run.wallMs,
      cpuSeconds: run.cpuSeconds,
      runs: 1,
      renderSeconds: astroRenderSeconds(run.output),
      indexSeconds: siteIndexSeconds(run.output),
      peakTreeRssBytes: run.peakTreeRssBytes,
      peakProcessRssBytes: run.peakProcessRssBytes,
      peakProcessName: run.peakProcessName,
      loadBefore: run.loadBefore,
    };
  }
  const faster = run.wallMs < previous.wallMs;
  return {
    pages,
    wallMs: Math.min(previous.wallMs, run.wallMs),
    cpuSeconds: minDefined(previous.cpuSeconds, run.cpuSeconds),
    runs: previous.runs + 1,
    renderSeconds: faster ? astroRenderSeconds(run.output) : previous.renderSeconds,
    indexSeconds: faster ? siteIndexSeconds(run.output) : previous.indexSeconds,
    peakTreeRssBytes: Math.max(previous.peakTreeRssBytes, run.peakTreeRssBytes),
    peakProcessRssBytes: Math.max(previous.peakProcessRssBytes, run.peakProcessRssBytes),
    peakProcessName:
      run.peakProcessRssBytes > previous.peakProcessRssBytes
        ? run.peakProcessName
        : previous.peakProcessName,
    loadBefore: faster ? run.loadBefore : previous.loadBefore,
  };
}

/** Where a build's time went, as far as its log says. */
function phases(output: string): string {
  const render = astroRenderSeconds(output);
  const index = siteIndexSeconds(output);
  return (
    (render === undefined ? '' : `, Astro render ${render.toFixed(1)} s`) +
    (index === undefined ? '' : `, Pagefind in build ~${index} s`)
  );
}

const cpu = (seconds: number | undefined): string =>
  seconds === undefined ? '' : `${seconds.toFixed(1)} s CPU, `;

const pct = (value: number): string => `${value.toFixed(2)}×`;
const mb = (bytes: number): string => `${Math.round(bytes / 1e6)} MB`;

/** Runs every selected section for each size, printing as it goes. */
export async function runBench(
  options: BenchOptions,
  log: (line: string) => void = console.log,
): Promise<BenchResult> {
  const result: BenchResult = {
    machine: machineInfo(),
    code: codeState(),
    startedAt: new Date().toISOString(),
    command: `pnpm bench ${process.argv.slice(2).join(' ')}`.trim(),
    options,
    sizes: [],
  };
  const m = result.machine;
  log(
    `machine: ${m.cpuModel}, ${m.cores} cores, ${m.memoryGiB} GiB RAM, Node ${m.node}, Linux ${m.kernel}, load ${m.loadAverage1m}`,
  );
  const { commit, uncommitted } = result.code;
  log(
    `code: ${commit}` +
      (uncommitted.length > 0 ? ` plus uncommitted changes to ${uncommitted.join(', ')}` : ''),
  );
  mkdirSync(options.workDir, { recursive: true });
  const has = (section: Section): boolean => options.sections.includes(section);
  const needsBuild = ['build', 'queries', 'weight', 'lighthouse', 'pagefind'].some((s) =>
    has(s as Section),
  );

  for (const articles of options.sizes) {
    log(`\n== N = ${articles.toLocaleString('en-GB')} articles ==`);
    const dataDir = join(options.workDir, `data-${articles}`);
    const started = performance.now();
    const dataset: GenerateResult = await generateDataset({
      outDir: dataDir,
      seed: options.seed,
      articles,
      force: true,
    });
    const size: SizeResult = {
      articles,
      dataset: {
        documents: dataset.documents,
        bytes: dataset.bytes,
        generateMs: performance.now() - started,
      },
    };
    result.sizes.push(size);
    log(
      `dataset: ${dataset.documents} documents (${dataset.plan.conditions} conditions, ${dataset.plan.faqs} FAQs, ` +
        `${dataset.plan.people} people), ${formatBytes(dataset.bytes)} ndjson, generated in ${formatMs(size.dataset.generateMs)}`,
    );
    const outDir = join(options.workDir, `site-${articles}`);
    const logFile = join(options.workDir, `build-${articles}.log`);
    writeFileSync(logFile, '');

    let siteLog = '';
    // With --repeat, site and floor builds alternate and the fastest of each counts: contention
    // from other work can only add time, so the minimum is the least disturbed measurement.
    const repeats = has('build') ? options.repeat : 1;
    for (let round = 0; round < repeats && needsBuild; round++) {
      const site = await buildSite(dataset.ndjsonPath, outDir, logFile);
      siteLog = site.output;
      size.site = mergeRuns(size.site, site, countPages(outDir));
      log(
        `build: site ${formatMs(site.wallMs)} wall, ${cpu(site.cpuSeconds)}peak ${mb(site.peakTreeRssBytes)} (process tree) / ` +
          `${mb(site.peakProcessRssBytes)} (largest process: ${site.peakProcessName}), ${size.site.pages} pages` +
          phases(site.output) +
          `, load ${site.loadBefore.toFixed(1)}`,
      );
      if (!has('build')) break;
      const floor = await buildFloor(
        size.site.pages,
        join(options.workDir, `floor-${articles}.log`),
      );
      size.floor = mergeRuns(size.floor, floor, floor.pages);
      log(
        `build: floor ${formatMs(floor.wallMs)} wall, ${cpu(floor.cpuSeconds)}peak ${mb(floor.peakTreeRssBytes)} (process tree), ${floor.pages} trivial pages` +
          phases(floor.output) +
          `, load ${floor.loadBefore.toFixed(1)}`,
      );
    }
    if (has('build') && size.site !== undefined && size.floor !== undefined) {
      size.ratio = {
        wall: size.site.wallMs / size.floor.wallMs,
        cpu:
          size.site.cpuSeconds === undefined || size.floor.cpuSeconds === undefined
            ? undefined
            : size.site.cpuSeconds / size.floor.cpuSeconds,
        peakMemory: size.site.peakTreeRssBytes / size.floor.peakTreeRssBytes,
      };
      log(
        `build: ratio site/floor ${pct(size.ratio.wall)} wall time` +
          (size.ratio.cpu === undefined ? '' : `, ${pct(size.ratio.cpu)} CPU time`) +
          `, ${pct(size.ratio.peakMemory)} peak memory` +
          (repeats > 1 ? ` (fastest of ${repeats} alternating runs each)` : ''),
      );
    }

    if (has('queries')) {
      const figures = readQueryFigures(outDir, siteLog);
      if (figures === undefined) {
        const reason = 'the build printed no query counters and wrote no report.json with them';
        size.queries = { missing: reason };
        log(`queries: not reported (${reason})`);
      } else {
        size.queries = figures;
        log(
          `queries: ${figures.queries} content queries per build, ${formatMs(figures.ms)} in them (from ${figures.source})`,
        );
      }
    }

    const allTypes = pageTypes(articles, dataset.plan.conditions);
    const types = Object.fromEntries(
      Object.entries(allTypes).filter(([type]) => options.pages.includes(type)),
    );
    if (has('weight')) {
      size.weight = {};
      for (const [type, path] of Object.entries(types)) {
        try {
          const w = pageWeight(outDir, path);
          size.weight[type] = w;
          log(
            `weight[${type}]: HTML ${formatBytes(w.htmlBytes)} (${formatBytes(w.htmlGzip)} gz), ` +
              `CSS ${formatBytes(w.cssBytes)} (${formatBytes(w.cssGzip)} gz), JS ${formatBytes(w.jsBytes)} (${formatBytes(w.jsGzip)} gz), ` +
              `<script> ${w.scriptElements} (${w.executableScripts} executable), HTML+CSS ${formatBytes(w.htmlCssGzip)} gz  ${path}`,
          );
        } catch (error) {
          size.weight[type] = missing(error);
          log(`weight[${type}]: not measured (${missing(error).missing})`);
        }
      }
    }

    if (has('pagefind') || has('lighthouse')) {
      const server = await serveStatic(outDir);
      try {
        if (has('pagefind')) {
          try {
            const figures = await measurePagefind(
              outDir,
              join(options.workDir, `pagefind-${articles}`),
            );
            size.pagefind = figures;
            log(
              `pagefind: index ${formatMs(figures.indexMs)} for ${figures.pagesIndexed ?? '?'} pages, ` +
                `${formatBytes(figures.indexBytes)} in ${figures.indexFiles} files`,
            );
          } catch (error) {
            size.pagefind = missing(error);
            log(`pagefind: index not measured (${missing(error).missing})`);
          }
          try {
            const search = await firstSearch(
              server.origin,
              types['search'] ?? '/search/',
              options.searchQuery,
            );
            size.firstSearch = search;
            log(
              `pagefind: first search "${search.query}" downloads ${formatBytes(search.firstSearchBytes)} in ` +
                `${search.firstSearchRequests} requests (search page itself ${formatBytes(search.pageLoadBytes)}; via ${search.via}, ${search.results} results)`,
            );
          } catch (error) {
            size.firstSearch = missing(error);
            log(`pagefind: first search not measured (${missing(error).missing})`);
          }
        }
        if (has('lighthouse')) {
          size.lighthouse = {};
          for (const [type, path] of Object.entries(types)) {
            // The issue asks Lighthouse for five page types; the article list is weighed only.
            if (type === 'articles') continue;
            try {
              const lh = await medianLighthouse(`${server.origin}${path}`, options.lighthouseRuns);
              size.lighthouse[type] = lh;
              log(
                `lighthouse[${type}]: performance ${lh.performance}, accessibility ${lh.accessibility}, ` +
                  `best practices ${lh.bestPractices}, SEO ${lh.seo}; LCP ${formatMs(lh.lcpMs)}, CLS ${lh.cls.toFixed(3)}, TBT ${formatMs(lh.tbtMs)}` +
                  (lh.runs.length > 1
                    ? ` (median of ${lh.runs.length} runs, performance ${lh.runs.join('/')})`
                    : '') +
                  (lh.failing.length > 0 ? `; losing points on: ${lh.failing.join('; ')}` : ''),
              );
            } catch (error) {
              size.lighthouse[type] = missing(error);
              log(`lighthouse[${type}]: not measured (${missing(error).missing})`);
            }
          }
        }
      } finally {
        await server.close();
      }
    }

    if (has('publish')) {
      try {
        const figures = await measurePublish({
          datasetFile: dataset.ndjsonPath,
          workDir: join(options.workDir, `publish-${articles}`),
          plan: dataset.plan,
          publishes: options.publishes,
          log,
        });
        size.publish = figures;
        const rebuild =
          `; the pipeline's first full build (start to live) ${formatMs(figures.initialFullBuildMs)}` +
          (size.site === undefined ? '' : `, bench full site build ${formatMs(size.site.wallMs)}`) +
          `; build modes: ${[...new Set(figures.modes)].join('/')}`;
        log(
          `publish: p50 ${formatMs(figures.p50Ms)}, p95 ${formatMs(figures.p95Ms)} webhook → new text live, ` +
            `over ${figures.samplesMs.length} publishes (min ${formatMs(Math.min(...figures.samplesMs))}, max ${formatMs(Math.max(...figures.samplesMs))})${rebuild}`,
        );
      } catch (error) {
        size.publish = missing(error);
        log(`publish: not measured (${missing(error).missing})`);
      }
    }
    writeFileSync(options.jsonFile, `${JSON.stringify(result, null, 2)}\n`);
  }
  writeFileSync(options.jsonFile, `${JSON.stringify(result, null, 2)}\n`);
  log(`\nresults: ${options.jsonFile}`);
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  (async () => {
    const options = parseBenchArgs(process.argv.slice(2));
    await runBench(options);
  })().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    const code = (error as { exitCode?: unknown }).exitCode;
    process.exitCode = typeof code === 'number' ? code : 1;
  });
}
