import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { getContentReport } from '../lib/site-data.ts';
import { registeredPages, scopeBaseline } from '../lib/render-scope.ts';
import { getQueryStats } from '../lib/sources.ts';

/** Shape of `<outDir>/_build/report.json`, read by the publish pipeline to verify a release. */
export interface BuildReport {
  generatedAt: string;
  source: string;
  pageCount: number;
  queries: { count: number; ms: number };
  problems: { id: string; type: string; kind: string; detail: string }[];
  /** `_id` → `_rev` of every published content document the build saw. */
  revisions: Record<string, string>;
  search: { indexedPages: number; errors: string[]; skipped?: boolean };
  /**
   * Every page of the site (`/path/` → cacheKey; null for pages that are always rendered), also
   * in a scoped build, so the pipeline knows which pages of the previous release to drop.
   */
  pages: Record<string, string | null>;
  /** Pages this build rendered (all of them unless SMP_RENDER_SCOPE limited it). */
  rendered: string[];
  /** `changed-pages` when SMP_RENDER_SCOPE limited the build to new or changed pages. */
  scope: 'full' | 'changed-pages';
}

/** Relative location of the report inside the output directory. */
export const REPORT_PATH = '_build/report.json';

async function buildSearchIndex(dir: string): Promise<{ indexedPages: number; errors: string[] }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) return { indexedPages: 0, errors };
    // Only pages marked `data-pagefind-body` (articles, conditions, FAQs) are indexed. The glob
    // names exactly those files: Pagefind parses every file it is given just to find the marker,
    // and the article list pages alone are ~800 files at 10,000 articles.
    const added = await index.addDirectory({
      path: dir,
      glob: '{articles/*/index.html,conditions/*/index.html,faq/index.html}',
    });
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    return {
      indexedPages: added.page_count,
      errors: [...errors, ...added.errors, ...written.errors],
    };
  } finally {
    await pagefind.close();
  }
}

/** After the build: search index, content problem summary, query counts and report.json. */
export function buildReport(): AstroIntegration {
  return {
    name: 'smp:build-report',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const outDir = fileURLToPath(dir);
        const content = getContentReport();
        const stats = getQueryStats();
        const scoped = scopeBaseline() !== null;
        const rendered = pages.map((p) => `/${p.pathname}`.replace(/^\/+/, '/'));
        const allPages: Record<string, string | null> = {};
        for (const path of rendered) allPages[path] = null;
        Object.assign(allPages, registeredPages());
        // A scoped build holds a handful of pages: the pipeline keeps the previous index and
        // re-indexes the merged release itself.
        const search = scoped
          ? { indexedPages: 0, errors: [], skipped: true }
          : await buildSearchIndex(outDir);
        if (search.errors.length) {
          throw new Error(`Pagefind failed: ${search.errors.join('; ')}`);
        }
        if (scoped) {
          logger.info(
            `scoped build: rendered ${rendered.length} of ${Object.keys(allPages).length} pages; search index left to the pipeline`,
          );
        } else {
          logger.info(`search: indexed ${search.indexedPages} pages with Pagefind`);
        }

        const problems = content?.problems ?? [];
        const report: BuildReport = {
          generatedAt: new Date().toISOString(),
          source: content?.source ?? 'unknown',
          pageCount: scoped ? Object.keys(allPages).length : pages.length,
          queries: { count: stats.queries, ms: Math.round(stats.ms) },
          problems,
          revisions: content?.revisions ?? {},
          search,
          pages: allPages,
          rendered,
          scope: scoped ? 'changed-pages' : 'full',
        };
        await mkdir(join(outDir, '_build'), { recursive: true });
        await writeFile(join(outDir, REPORT_PATH), `${JSON.stringify(report, null, 2)}\n`);

        if (problems.length) {
          logger.warn(
            `content problems: ${problems.length} (left out or rendered without the broken part)`,
          );
          for (const p of problems) logger.warn(`  ${p.id} [${p.type}] ${p.kind}: ${p.detail}`);
        } else {
          logger.info('content problems: none');
        }
        logger.info(
          `content: ${stats.queries} queries, ${Math.round(stats.ms)} ms (${stats.source})`,
        );
      },
    },
  };
}
