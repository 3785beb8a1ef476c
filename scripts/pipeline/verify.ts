import { access, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Revisions } from './content.ts';
import { BuildStepError } from './errors.ts';
import { pageFile } from './merge.ts';

/** What the pipeline needs from the site's `_build/report.json`. */
export interface BuildReport {
  pageCount: number;
  revisions: Revisions;
  errors: string[];
  warnings: number;
  /** The release went live with an earlier release's search index (re-index pending). */
  searchStale: boolean;
}

/** Where the site writes its build report inside a release. */
export const REPORT_PATH = path.join('_build', 'report.json');

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Parses report.json. The site's report names its fields `pageCount`, `revisions` (`_id` ->
 * `_rev`) and `problems` (`{ severity | level, message }`); a few synonyms are accepted so a
 * renamed field fails loudly here only when the data is really missing.
 */
export function parseReport(text: string): BuildReport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new BuildStepError('verify', 'report.json is not valid JSON');
  }
  const report = asRecord(raw);
  if (!report) throw new BuildStepError('verify', 'report.json is not an object');

  const pagesValue = report['pageCount'] ?? report['pages'];
  const pageCount = Array.isArray(pagesValue) ? pagesValue.length : pagesValue;
  if (typeof pageCount !== 'number' || !Number.isInteger(pageCount) || pageCount < 0) {
    throw new BuildStepError('verify', 'report.json has no page count');
  }

  const revisionsValue = asRecord(report['revisions'] ?? report['revs'] ?? report['documents']);
  if (!revisionsValue) throw new BuildStepError('verify', 'report.json has no revisions map');
  const revisions: Revisions = new Map();
  for (const [id, rev] of Object.entries(revisionsValue)) {
    if (typeof rev === 'string') revisions.set(id, rev);
  }

  const problemsValue = report['problems'] ?? report['contentProblems'] ?? [];
  const errors: string[] = [];
  let warnings = 0;
  if (Array.isArray(problemsValue)) {
    for (const problem of problemsValue) {
      const record = asRecord(problem);
      const severity = record?.['severity'] ?? record?.['level'];
      const message = record?.['message'];
      const where = record?.['documentId'] ?? record?.['id'] ?? record?.['path'];
      if (severity === 'error') {
        errors.push(
          `${typeof where === 'string' ? `${where}: ` : ''}${typeof message === 'string' ? message : 'content problem'}`,
        );
      } else {
        warnings += 1;
      }
    }
  }
  const search = asRecord(report['search']);
  return { pageCount, revisions, errors, warnings, searchStale: search?.['stale'] === true };
}

/** Reads a release's report, or undefined when it has none. */
export async function readReport(releaseDir: string): Promise<BuildReport | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(releaseDir, REPORT_PATH), 'utf8');
  } catch {
    return undefined;
  }
  return parseReport(text);
}

export interface VerifyOptions {
  minPages: number;
  maxPageDrop: number;
  /** Page count of the live release, to catch a build that silently lost most of the site. */
  livePageCount: number | undefined;
  /** A full rebuild on demand may shrink the site on purpose. */
  allowShrink: boolean;
  /**
   * Page paths to check for inline scripts instead of a walk of the whole release: a merged
   * release passes the pages it rendered (the rest were checked when they were built).
   */
  sample?: string[] | undefined;
}

async function mustExist(dir: string, relative: string, what: string): Promise<void> {
  try {
    await access(path.join(dir, relative));
  } catch {
    throw new BuildStepError('verify', `${what} is missing (${relative})`);
  }
}

/** Checks a finished build before it may go live; throws BuildStepError('verify') when it may not. */
export async function verifyRelease(
  releaseDir: string,
  options: VerifyOptions,
): Promise<BuildReport> {
  await mustExist(releaseDir, REPORT_PATH, 'the build report');
  const report = await readReport(releaseDir);
  if (!report) throw new BuildStepError('verify', 'the build report could not be read');
  if (report.errors.length > 0) {
    const shown = report.errors.slice(0, 5).join('; ');
    throw new BuildStepError(
      'verify',
      `the site reported ${report.errors.length} content error(s): ${shown}`,
    );
  }
  if (report.pageCount < options.minPages) {
    throw new BuildStepError(
      'verify',
      `only ${report.pageCount} page(s) built, at least ${options.minPages} expected`,
    );
  }
  if (
    !options.allowShrink &&
    options.livePageCount !== undefined &&
    report.pageCount < options.livePageCount * (1 - options.maxPageDrop)
  ) {
    throw new BuildStepError(
      'verify',
      `page count fell from ${options.livePageCount} to ${report.pageCount} (more than ${Math.round(options.maxPageDrop * 100)}%)`,
    );
  }
  if (report.revisions.size === 0) {
    throw new BuildStepError('verify', 'the build report lists no document revisions');
  }
  await mustExist(releaseDir, 'index.html', 'the home page');
  await mustExist(releaseDir, path.join('pagefind', 'pagefind.js'), 'the search index');
  await mustExist(releaseDir, path.join('pagefind', 'pagefind-entry.json'), 'the search index');
  await checkNoInlineScripts(releaseDir, options.sample);
  return report;
}

/** Pages sampled for inline scripts: enough to catch a layout-wide mistake, cheap at 10k pages. */
const INLINE_SCRIPT_SAMPLE = 200;

/**
 * The Content-Security-Policy forbids inline scripts; a page that relies on one would ship
 * broken. A `<script>` without `src` is allowed only as a data block (JSON-LD, JSON).
 */
async function checkNoInlineScripts(releaseDir: string, sample?: string[]): Promise<void> {
  const files: string[] = ['index.html'];
  if (sample) {
    for (const page of sample.slice(0, INLINE_SCRIPT_SAMPLE)) {
      const file = pageFile(page);
      if (file?.endsWith('.html') && file !== 'index.html') files.push(file);
    }
  } else {
    const entries = await readdir(releaseDir, { recursive: true });
    for (const entry of entries) {
      if (files.length >= INLINE_SCRIPT_SAMPLE) break;
      if (entry.endsWith('.html') && entry !== 'index.html') files.push(entry);
    }
  }
  const scriptTag = /<script\b([^>]*)>/gi;
  for (const file of files) {
    const html = await readFile(path.join(releaseDir, file), 'utf8').catch(() => '');
    for (const match of html.matchAll(scriptTag)) {
      const attrs = match[1] ?? '';
      if (/\bsrc\s*=/i.test(attrs)) continue;
      const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
      if (type === 'application/ld+json' || type === 'application/json') continue;
      throw new BuildStepError(
        'verify',
        `${file} has an inline script, which the Content-Security-Policy blocks`,
      );
    }
  }
}
