/**
 * Browser-based figures: Lighthouse (npm `lighthouse` CLI driving Debian's Chromium, mobile
 * profile) and the bytes a first Pagefind search downloads (playwright-core, same Chromium).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SCRIPTS_DIR = dirname(dirname(fileURLToPath(import.meta.url)));

/** Flags that let Chromium run here (see FIELD-NOTES): no sandbox as root, no background traffic. */
export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Thrown when no Chromium is available; says how to get one. */
export class BrowserMissingError extends Error {
  override readonly name = 'BrowserMissingError';
  readonly exitCode = 69; // EX_UNAVAILABLE
}

/** CHROME_PATH, else Debian's /usr/bin/chromium. */
export function chromePath(): string {
  const path = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new BrowserMissingError(
      `CHROME_PATH: no Chromium at ${path}; install it with "apt-get install -y chromium" or set CHROME_PATH`,
    );
  }
  return path;
}

export interface LighthouseFigures {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  cls: number;
  tbtMs: number;
  /** Titles of failing audits that cost points, so a missed 100 says why. */
  failing: string[];
  /** Performance scores of every run when several were made (see run.ts). */
  runs: number[];
}

interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<
    string,
    { title: string; score: number | null; numericValue?: number; scoreDisplayMode: string }
  >;
  runtimeError?: { message: string };
}

/** Runs Lighthouse's mobile profile against `url`. */
export async function lighthouse(url: string): Promise<LighthouseFigures> {
  const work = mkdtempSync(join(tmpdir(), 'smp-lh-'));
  const reportFile = join(work, 'report.json');
  const cli = join(SCRIPTS_DIR, 'node_modules', 'lighthouse', 'cli', 'index.js');
  const args = [
    cli,
    url,
    '--output=json',
    `--output-path=${reportFile}`,
    '--quiet',
    '--only-categories=performance,accessibility,best-practices,seo',
    `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
  ];
  try {
    const code = await new Promise<number>((resolveRun, rejectRun) => {
      const child = spawn(process.execPath, args, {
        env: { ...process.env, CHROME_PATH: chromePath() },
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', rejectRun);
      child.on('close', (exit) => {
        if (exit !== 0) process.stderr.write(stderr.slice(-2000));
        resolveRun(exit ?? 1);
      });
    });
    if (code !== 0 || !existsSync(reportFile))
      throw new Error(`lighthouse exited with ${code} for ${url}`);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as LighthouseReport;
    if (report.runtimeError !== undefined)
      throw new Error(`lighthouse: ${report.runtimeError.message}`);
    const score = (id: string): number => Math.round((report.categories[id]?.score ?? 0) * 100);
    const numeric = (id: string): number => report.audits[id]?.numericValue ?? Number.NaN;
    const failing = new Set<string>();
    for (const category of Object.values(report.categories)) {
      for (const ref of category.auditRefs) {
        const audit = report.audits[ref.id];
        if (ref.weight > 0 && audit?.score !== null && audit !== undefined && audit.score < 1)
          failing.add(audit.title);
      }
    }
    return {
      url,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: numeric('largest-contentful-paint'),
      cls: numeric('cumulative-layout-shift'),
      tbtMs: numeric('total-blocking-time'),
      failing: [...failing],
      runs: [score('performance')],
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export interface FirstSearchFigures {
  query: string;
  /** Transferred bytes (headers + encoded body) the search page needs to load. */
  pageLoadBytes: number;
  /** Transferred bytes fetched by the first search, until its results are shown. */
  firstSearchBytes: number;
  firstSearchRequests: number;
  results: number;
  /** How the search was driven: the page's own search box, or Pagefind's API directly. */
  via: 'ui' | 'api';
}

/** Loads the search page, runs one query and counts what the network carried. */
export async function firstSearch(
  origin: string,
  searchPath: string,
  query: string,
): Promise<FirstSearchFigures> {
  const browser = await chromium.launch({
    executablePath: chromePath(),
    args: CHROMIUM_FLAGS.slice(1),
  });
  try {
    const page = await browser.newPage();
    let phase: 'load' | 'search' = 'load';
    const totals = { load: 0, search: 0, searchRequests: 0 };
    const pending: Promise<void>[] = [];
    page.on('requestfinished', (request) => {
      const current = phase;
      pending.push(
        request.sizes().then((sizes) => {
          const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
          if (current === 'load') totals.load += bytes;
          else {
            totals.search += bytes;
            totals.searchRequests++;
          }
        }),
      );
    });
    await page.goto(`${origin}${searchPath}`, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    phase = 'search';
    // Pagefind UI draws its own text input; a hand-made search page would use type=search.
    const input = page.locator('.pagefind-ui__search-input, input[type="search"]').first();
    let via: 'ui' | 'api' = 'api';
    let results = 0;
    if ((await input.count()) > 0) {
      via = 'ui';
      await input.fill(query);
      await page
        .locator('.pagefind-ui__result, [data-search-result]')
        .first()
        .waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      results = await page.locator('.pagefind-ui__result, [data-search-result]').count();
    } else {
      results = await page.evaluate(async (q: string) => {
        const pagefindUrl = '/pagefind/pagefind.js';
        const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as {
          search(term: string): Promise<{ results: { data(): Promise<unknown> }[] }>;
        };
        const found = await pagefind.search(q);
        // A results list shows the first few hits, so their fragments are part of a first search.
        await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
        return found.results.length;
      }, query);
      await page.waitForLoadState('networkidle');
    }
    await Promise.all(pending);
    return {
      query,
      pageLoadBytes: totals.load,
      firstSearchBytes: totals.search,
      firstSearchRequests: totals.searchRequests,
      results,
      via,
    };
  } finally {
    await browser.close();
  }
}
