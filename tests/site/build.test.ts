import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  BUNDLED_DATASET,
  publishedDocs,
  readExport,
  type ExportedDoc,
} from '../helpers/dataset-file.ts';
import { htmlPages, ids, jsonLd, readPage, tags } from '../helpers/html.ts';
import { bundledSiteBuild, type SiteBuild } from '../helpers/site-build.ts';

// One real `astro build` of the bundled dataset, shared with the browser tests.

let build: SiteBuild;
let pages: Map<string, string>;

beforeAll(async () => {
  build = await bundledSiteBuild();
  pages = htmlPages(build.outDir);
});

const published = publishedDocs(BUNDLED_DATASET);
const ofType = (t: string) => published.filter((d) => d._type === t);
const slug = (d: ExportedDoc) => d.slug?.current ?? '';
const page = (path: string) => readPage(build.outDir, path);

describe('every published document has its page, drafts none', () => {
  it('has a page for every article', () => {
    for (const d of ofType('article')) expect(pages.has(`/articles/${slug(d)}/`), d._id).toBe(true);
  });

  it('has a page for every condition', () => {
    for (const d of ofType('condition'))
      expect(pages.has(`/conditions/${slug(d)}/`), d._id).toBe(true);
  });

  it('has a page for every person', () => {
    for (const d of ofType('person')) expect(pages.has(`/people/${slug(d)}/`), d._id).toBe(true);
  });

  it('has an anchored entry on the FAQ page for every FAQ', () => {
    const faqIds = ids(page('/faq/'));
    for (const d of ofType('faq')) expect(faqIds.has(slug(d)), d._id).toBe(true);
  });

  it('has the fixed pages: home, lists, search, contact, 404', () => {
    for (const p of [
      '/',
      '/articles/',
      '/conditions/',
      '/faq/',
      '/search/',
      '/contact/',
      '/404.html',
    ]) {
      expect(pages.has(p), p).toBe(true);
    }
  });

  it('shows nothing that exists only in a draft', () => {
    const drafts = readExport(BUNDLED_DATASET).filter((d) => d._id.startsWith('drafts.'));
    expect(drafts.length).toBeGreaterThan(0);
    const all = [...pages.values()].map((f) => readFileSync(f, 'utf8')).join('\n');
    for (const draft of drafts) {
      const live = published.find((d) => d._id === draft._id.slice('drafts.'.length));
      const title = String(draft['title'] ?? draft['name'] ?? draft['question'] ?? '');
      if (!live || live['title'] !== draft['title']) expect(all).not.toContain(title);
      if (!live && slug(draft)) {
        expect([...pages.keys()].some((p) => p.endsWith(`/${slug(draft)}/`))).toBe(false);
      }
    }
  });
});

describe('links', () => {
  it('no page links to a page, asset or fragment that does not exist', () => {
    const broken: string[] = [];
    let checked = 0;
    const idCache = new Map<string, Set<string>>();
    const idsOf = (p: string) => {
      let s = idCache.get(p);
      if (!s) idCache.set(p, (s = ids(page(p))));
      return s;
    };
    for (const [path] of pages) {
      const html = page(path);
      for (const t of tags(html, 'a', 'link', 'img', 'script')) {
        const urls = [
          t.attrs['href'],
          t.attrs['src'],
          ...(t.attrs['srcset'] ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]),
        ];
        for (const url of urls) {
          if (!url) continue;
          if (url.startsWith('#')) {
            if (url.length > 1 && !idsOf(path).has(decodeURIComponent(url.slice(1))))
              broken.push(`${path} → ${url}`);
            continue;
          }
          if (!url.startsWith('/') || url.startsWith('//')) continue;
          checked++;
          const [target = '', fragment] = url.split('#');
          const file = target.endsWith('/')
            ? join(build.outDir, target, 'index.html')
            : join(build.outDir, target);
          if (!existsSync(file)) broken.push(`${path} → ${url}`);
          else if (fragment && target.endsWith('/') && !idsOf(target).has(fragment))
            broken.push(`${path} → ${url}`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(pages.size * 10);
  });
});

describe('no client JavaScript on content pages', () => {
  const contentPages = () => [
    ...ofType('article').map((d) => `/articles/${slug(d)}/`),
    ...ofType('condition').map((d) => `/conditions/${slug(d)}/`),
    '/faq/',
  ];

  it('article, condition and FAQ pages have no script except JSON-LD', () => {
    for (const p of contentPages()) {
      for (const s of tags(page(p), 'script')) {
        expect(s.attrs, p).toEqual({ type: 'application/ld+json' });
      }
    }
  });

  it('content pages have no inline event handlers or javascript: URLs', () => {
    for (const p of contentPages()) {
      const html = page(p);
      expect(html, p).not.toMatch(/\son[a-z]+\s*=/i);
      expect(html, p).not.toMatch(/(href|src)\s*=\s*"\s*javascript:/i);
    }
  });

  it('only the search page loads Pagefind', () => {
    for (const [p] of pages) {
      const loads = page(p).includes('/pagefind/pagefind-ui.js');
      expect(loads, p).toBe(p === '/search/');
    }
    expect(existsSync(join(build.outDir, 'pagefind', 'pagefind-ui.js'))).toBe(true);
  });
});

describe('structured data', () => {
  const types = (p: string) => jsonLd(page(p)).map((d) => d['@type']);

  it('every JSON-LD block on every page parses and has a schema.org context', () => {
    for (const [p] of pages) {
      for (const d of jsonLd(page(p))) {
        expect(d['@context'], p).toBe('https://schema.org');
        expect(typeof d['@type'], p).toBe('string');
      }
    }
  });

  it('the home page describes the clinic', () => {
    const clinic = jsonLd(page('/')).find((d) => d['@type'] === 'MedicalClinic');
    expect(clinic?.['name']).toBeTruthy();
    expect((clinic?.['address'] as Record<string, unknown> | undefined)?.['@type']).toBe(
      'PostalAddress',
    );
  });

  it('article pages carry Article (author, dates, image, reviewer) and BreadcrumbList', () => {
    for (const d of ofType('article')) {
      const p = `/articles/${slug(d)}/`;
      expect(types(p)).toEqual(['Article', 'BreadcrumbList']);
      const a = jsonLd(page(p))[0] ?? {};
      expect(a['headline']).toBe(d['title']);
      expect((a['author'] as Record<string, unknown>)['@type']).toBe('Person');
      expect(a['datePublished']).toBe(d['publishedAt']);
      expect(String(a['image'])).toMatch(/^https?:\/\//);
      if (d['medicalReviewer']) {
        const pageLd = a['mainEntityOfPage'] as Record<string, unknown>;
        expect((pageLd['reviewedBy'] as Record<string, unknown>)['@type']).toBe('Person');
      }
    }
  });

  it('condition pages carry MedicalWebPage with lastReviewed, reviewedBy and a MedicalCondition', () => {
    for (const d of ofType('condition')) {
      const p = `/conditions/${slug(d)}/`;
      expect(types(p)).toEqual(['MedicalWebPage', 'BreadcrumbList']);
      const w = jsonLd(page(p))[0] ?? {};
      expect(w['lastReviewed']).toBe(d['lastReviewed']);
      expect((w['reviewedBy'] as Record<string, unknown>)['@type']).toBe('Person');
      const main = w['mainEntity'] as Record<string, unknown>;
      expect(main['@type']).toBe('MedicalCondition');
      expect(main['name']).toBe(d['name']);
    }
  });

  it('the FAQ page carries FAQPage with every question and its answer', () => {
    expect(types('/faq/')).toEqual(['FAQPage', 'BreadcrumbList']);
    const faq = jsonLd(page('/faq/'))[0] ?? {};
    const questions = faq['mainEntity'] as Record<string, unknown>[];
    expect(questions.map((q) => q['name']).sort()).toEqual(
      ofType('faq')
        .map((d) => d['question'])
        .sort(),
    );
    for (const q of questions) {
      expect((q['acceptedAnswer'] as Record<string, unknown>)['text']).toMatch(/\w/);
    }
  });
});

describe('pages a reader relies on', () => {
  it('every page has exactly one h1, a skip link and a main landmark', () => {
    for (const [p] of pages) {
      const html = page(p);
      expect(html.match(/<h1[\s>]/g)?.length, p).toBe(1);
      expect(html, p).toContain('href="#main"');
      expect(html, p).toMatch(/<main id="main"/);
    }
  });

  it('article pages show author, reviewer, dates, reading time, contents and the disclaimer', () => {
    const d = ofType('article').find((a) => a['medicalReviewer']) ?? ofType('article')[0];
    const html = page(`/articles/${slug(d as ExportedDoc)}/`);
    expect(html).toContain('Written by');
    expect(html).toContain('Medically reviewed by');
    expect(html).toMatch(/Published <time datetime=/);
    expect(html).toMatch(/\d+ min read/);
    expect(html).toContain('Medical disclaimer');
    expect(html).toContain('aria-label="Breadcrumb"');
  });

  it('every image has alt text, width and height', () => {
    for (const [p] of pages) {
      for (const img of tags(page(p), 'img')) {
        expect(img.attrs, p).toHaveProperty('alt');
        expect(Number(img.attrs['width']), p).toBeGreaterThan(0);
        expect(Number(img.attrs['height']), p).toBeGreaterThan(0);
      }
    }
  });

  it('canonical, description and Open Graph tags are set on every page', () => {
    for (const [p] of pages) {
      if (p === '/404.html') continue;
      const meta = tags(page(p), 'meta', 'link');
      const canonical = meta.find((t) => t.attrs['rel'] === 'canonical')?.attrs['href'];
      expect(canonical, p).toBe(`https://www.pointwell.example${p}`);
      expect(
        meta.some((t) => t.attrs['name'] === 'description' && t.attrs['content']),
        p,
      ).toBe(true);
      expect(
        meta.some((t) => t.attrs['property'] === 'og:title'),
        p,
      ).toBe(true);
    }
  });
});

describe('feeds and files for crawlers', () => {
  it('sitemap.xml lists every article and condition with a lastmod, and no build internals', () => {
    const xml = readFileSync(join(build.outDir, 'sitemap.xml'), 'utf8');
    for (const d of [...ofType('article'), ...ofType('condition')]) {
      const prefix = d._type === 'article' ? 'articles' : 'conditions';
      const loc = `<loc>https://www.pointwell.example/${prefix}/${slug(d)}/</loc><lastmod>${String(d['_updatedAt']).slice(0, 10)}</lastmod>`;
      expect(xml).toContain(loc);
    }
    expect(xml).not.toContain('_build');
    expect(xml).not.toContain('404');
  });

  it('robots.txt points at the sitemap', () => {
    const robots = readFileSync(join(build.outDir, 'robots.txt'), 'utf8');
    expect(robots).toContain('Sitemap: https://www.pointwell.example/sitemap.xml');
  });

  it('rss.xml has an item for every article', () => {
    const rss = readFileSync(join(build.outDir, 'rss.xml'), 'utf8');
    expect(rss.match(/<item>/g)?.length).toBe(ofType('article').length);
  });
});

describe('build report', () => {
  const report = () =>
    JSON.parse(readFileSync(join(build.outDir, '_build', 'report.json'), 'utf8')) as {
      pageCount: number;
      problems: unknown[];
      revisions: Record<string, string>;
      queries: { count: number };
      source: string;
    };

  it('lists the revisions of every published document, no drafts', () => {
    const expected = Object.fromEntries(published.map((d) => [d._id, d._rev]));
    expect(report().revisions).toEqual(expected);
  });

  it('counts pages, reports no problems for the bundled dataset, and seven queries', () => {
    const r = report();
    expect(r.pageCount).toBeGreaterThanOrEqual(pages.size);
    expect(r.problems).toEqual([]);
    expect(r.queries.count).toBe(7);
    expect(r.source).toMatch(/^embedded dataset/);
  });

  it('the build log names its content source and query count', () => {
    expect(build.log).toMatch(/\[content\] source: embedded dataset/);
    expect(build.log).toMatch(/content: 7 queries, \d+ ms/);
  });
});
