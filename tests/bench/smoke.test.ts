/**
 * Smoke run of `pnpm bench` at a tiny N, so the bench cannot rot: it drives the real site build,
 * the bare-Astro floor, the real publish pipeline, Chromium and Lighthouse end to end and must
 * print every figure. Values and timings are never asserted: they are what the bench reports.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO_ROOT = join(import.meta.dirname, '..', '..');
const RUNNER = join(REPO_ROOT, 'scripts', 'bench', 'run.ts');
const TSX = join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

interface Run {
  code: number | null;
  output: string;
}

function bench(args: string[]): Promise<Run> {
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn(process.execPath, [TSX, RUNNER, ...args], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', rejectRun);
    child.on('close', (code) => resolveRun({ code, output }));
  });
}

let work: string;
let run: Run;

beforeAll(async () => {
  // A fixed scratch dir (gitignored): the site keys a build cache on the output path, so a fresh
  // temp dir per run would leave a new cache entry behind every time.
  work = join(REPO_ROOT, '.bench', 'smoke');
  rmSync(work, { recursive: true, force: true });
  // Every section once, on the smallest useful slice: one page type, one publish.
  run = await bench([
    '--sizes',
    '20',
    '--sections',
    'build,queries,weight,pagefind,lighthouse,publish',
    '--pages',
    'article',
    '--publishes',
    '1',
    '--lighthouse-runs',
    '1',
    '--work',
    work,
  ]);
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('pnpm bench at N = 20', () => {
  it('exits with 0 and measures every selected section', () => {
    expect(run.code, run.output).toBe(0);
    expect(run.output).not.toMatch(/not measured|not reported/);
  });

  it('prints the machine it ran on', () => {
    expect(run.output).toMatch(/^machine: .+, \d+ cores, [\d.]+ GiB RAM, Node v\d+/m);
  });

  it('prints the site build, the bare-Astro floor and their ratio', () => {
    expect(run.output).toMatch(
      /^build: site [\d.]+ m?s wall, (?:[\d.]+ s CPU, )?peak \d+ MB \(process tree\)/m,
    );
    expect(run.output).toMatch(
      /^build: floor [\d.]+ m?s wall, (?:[\d.]+ s CPU, )?peak \d+ MB \(process tree\), \d+ trivial pages/m,
    );
    expect(run.output).toMatch(
      /^build: ratio site\/floor [\d.]+× wall time, (?:[\d.]+× CPU time, )?[\d.]+× peak memory/m,
    );
  });

  it('prints the content queries of the build and the time in them', () => {
    expect(run.output).toMatch(
      /^queries: \d+ content queries per build, [\d.]+ m?s in them \(from report\)/m,
    );
  });

  it('prints HTML, CSS and JS weight and the script count of the article page', () => {
    expect(run.output).toMatch(
      /^weight\[article\]: HTML [\d.]+ k?B \([\d.]+ k?B gz\), CSS .+, JS .+, <script> \d+ \(\d+ executable\)/m,
    );
  });

  it('prints Pagefind index time and the bytes of a first search', () => {
    expect(run.output).toMatch(/^pagefind: index [\d.]+ m?s for \d+ pages/m);
    expect(run.output).toMatch(
      /^pagefind: first search "aftercare" downloads [\d.]+ k?B in \d+ requests/m,
    );
  });

  it('prints the four Lighthouse scores and LCP, CLS, TBT', () => {
    expect(run.output).toMatch(
      /^lighthouse\[article\]: performance \d+, accessibility \d+, best practices \d+, SEO \d+; LCP .+, CLS [\d.]+, TBT .+/m,
    );
  });

  it('prints publish-to-live percentiles beside a full build', () => {
    expect(run.output).toMatch(
      /^publish: p50 [\d.]+ m?s, p95 [\d.]+ m?s webhook → new text live, over 1 publishes/m,
    );
    expect(run.output).toMatch(/first full build \(start to live\) [\d.]+ m?s/);
  });

  it('writes the figures to a JSON file as well', () => {
    const file = join(work, 'results.json');
    expect(existsSync(file)).toBe(true);
    const result = JSON.parse(readFileSync(file, 'utf8')) as {
      machine: unknown;
      sizes: Record<string, unknown>[];
    };
    expect(result.machine).toBeTypeOf('object');
    expect(Object.keys(result.sizes[0] ?? {})).toEqual(
      expect.arrayContaining([
        'site',
        'floor',
        'ratio',
        'queries',
        'weight',
        'pagefind',
        'firstSearch',
        'lighthouse',
        'publish',
      ]),
    );
  });

  it('rejects an unknown section with a usage error naming the flag', async () => {
    const bad = await bench(['--sections', 'build,speed']);
    expect(bad.code).toBe(2);
    expect(bad.output).toMatch(/--sections: unknown section "speed"/);
  });
});
