import { describe, expect, it } from 'vitest';
import { isRecord, loadDataset, ofType, portableText, walk, type Doc } from './load.ts';

const docs = loadDataset();
const articles = ofType(docs, 'article');
const conditions = ofType(docs, 'condition');
const faqs = ofType(docs, 'faq');
const people = ofType(docs, 'person');

// Stricter than the Studio's warning list on purpose: inflected forms are caught too.
const CLAIM =
  /(?<![\p{L}\p{N}_])(guarantee[sd]?|guaranteeing|cure[sd]?|curing|100\s*%|permanent\s+results?)(?![\p{L}\p{N}_])/giu;

const today = new Date().toISOString().slice(0, 10);
const words = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
const blocks = (doc: Doc) => (doc['body'] as Record<string, unknown>[] | undefined) ?? [];
const slugOf = (doc: Doc) => (doc['slug'] as { current: string }).current;

describe('required content', () => {
  it('has at least 8 articles, 6 conditions, 24 FAQs and 2 people, and site settings', () => {
    expect(articles.length).toBeGreaterThanOrEqual(8);
    expect(conditions.length).toBeGreaterThanOrEqual(6);
    expect(faqs.length).toBeGreaterThanOrEqual(24);
    expect(people.length).toBeGreaterThanOrEqual(2);
    expect(docs.filter((d) => d._id === 'siteSettings')).toHaveLength(1);
  });

  it.each([
    'smp-for-alopecia-areata',
    'male-pattern-baldness-and-smp',
    'what-smp-is-and-is-not',
    'smp-procedure-step-by-step',
    'smp-aftercare',
    'scar-camouflage-fut-fue',
    'smp-for-women-and-diffuse-thinning',
    'choosing-an-smp-practitioner',
  ])('has the article %s', (slug) => {
    expect(articles.map(slugOf)).toContain(slug);
  });

  it.each(['alopecia-areata', 'male-pattern-baldness'])('has the condition %s', (slug) => {
    expect(conditions.map(slugOf)).toContain(slug);
  });
});

describe('no absolute health claims', () => {
  it('no string anywhere in the dataset uses a health-claim word', () => {
    const hits: string[] = [];
    for (const doc of docs) {
      walk(doc, (value, path) => {
        if (typeof value !== 'string') return;
        for (const m of value.matchAll(CLAIM)) hits.push(`${doc._id}${path}: "${m[0]}"`);
      });
    }
    expect(hits).toEqual([]);
  });
});

describe('conditions are medically reviewed and dated', () => {
  it.each(conditions.map((c) => [c._id, c] as const))('%s', (_id, c) => {
    expect(c['medicalReviewer']).toBeTruthy();
    const last = c['lastReviewed'] as string;
    const next = c['nextReviewDue'] as string;
    expect(last).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(next).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(last <= today, 'lastReviewed is in the future').toBe(true);
    expect(next > today, 'nextReviewDue has passed: the page needs review').toBe(true);
    expect(next > last).toBe(true);
    for (const field of [
      'summary',
      'causes',
      'signs',
      'howSmpHelps',
      'whoItSuits',
      'whenNotSuitable',
    ]) {
      expect(c[field], field).toBeTruthy();
    }
    expect((c['relatedFaqs'] as unknown[]).length).toBeGreaterThan(0);
    expect((c['relatedArticles'] as unknown[]).length).toBeGreaterThan(0);
  });
});

describe('articles are substantial and structured', () => {
  it.each(articles.map((a) => [slugOf(a), a] as const))('%s', (_slug, a) => {
    const body = blocks(a);
    const n = words(portableText(body));
    expect(n, 'word count').toBeGreaterThanOrEqual(600);
    expect(n, 'word count').toBeLessThanOrEqual(1200);
    expect(
      body.some((b) => b['style'] === 'h2'),
      'has an h2',
    ).toBe(true);
    expect(
      body.some((b) => b['style'] === 'h3'),
      'has an h3',
    ).toBe(true);
    expect(
      body.some((b) => typeof b['listItem'] === 'string'),
      'has a list',
    ).toBe(true);
    expect(
      body.some((b) => b['_type'] === 'callout'),
      'has a callout',
    ).toBe(true);
    const internal = body.flatMap((b) =>
      ((b['markDefs'] as { _type: string }[] | undefined) ?? []).filter(
        (d) => d._type === 'internalLink',
      ),
    );
    expect(internal.length, 'has an internal link').toBeGreaterThan(0);
    expect(a['author']).toBeTruthy();
    expect(a['medicalReviewer']).toBeTruthy();
    expect(a['lastReviewed']).toBeTruthy();
    expect((a['relatedConditions'] as unknown[]).length).toBeGreaterThan(0);
    expect(String(a['excerpt']).length).toBeLessThanOrEqual(200);
    expect(String(a['title']).length).toBeLessThanOrEqual(60);
  });

  it('some articles carry an inline image with a caption', () => {
    const withImage = articles.filter((a) =>
      blocks(a).some((b) => b['_type'] === 'imageWithAlt' && typeof b['caption'] === 'string'),
    );
    expect(withImage.length).toBeGreaterThanOrEqual(2);
  });

  it('headings never skip a level (h2 before h3, h3 before h4)', () => {
    for (const a of articles) {
      let depth = 1;
      for (const b of blocks(a)) {
        const level = /^h([2-4])$/.exec(String(b['style']))?.[1];
        if (!level) continue;
        expect(Number(level), `${a._id}`).toBeLessThanOrEqual(depth + 1);
        depth = Number(level);
      }
    }
  });
});

describe('SEO fields', () => {
  it('every meta title is at most 60 characters and description 50–160', () => {
    for (const doc of docs) {
      walk(doc, (value, path) => {
        if (!isRecord(value) || (!path.endsWith('seo') && !path.endsWith('defaultSeo'))) return;
        const title = String(value['metaTitle'] ?? '');
        const description = String(value['metaDescription'] ?? '');
        expect(title.length, `${doc._id}${path} title`).toBeGreaterThan(0);
        expect(title.length, `${doc._id}${path} title`).toBeLessThanOrEqual(60);
        expect(description.length, `${doc._id}${path} description`).toBeGreaterThanOrEqual(50);
        expect(description.length, `${doc._id}${path} description`).toBeLessThanOrEqual(160);
      });
    }
  });
});

describe('FAQs', () => {
  it('cover all six categories', () => {
    expect(new Set(faqs.map((f) => f['category']))).toEqual(
      new Set(['about-smp', 'suitability', 'procedure', 'aftercare', 'cost-and-booking', 'safety']),
    );
  });

  it('have a unique order within each category', () => {
    const seen = new Set<string>();
    for (const f of faqs) {
      const key = `${String(f['category'])}:${String(f['order'])}`;
      expect(seen.has(key), key).toBe(false);
      expect(Number.isInteger(f['order'])).toBe(true);
      seen.add(key);
    }
  });

  it('some link to related conditions', () => {
    expect(faqs.filter((f) => Array.isArray(f['relatedConditions'])).length).toBeGreaterThanOrEqual(
      4,
    );
  });
});

describe('site settings', () => {
  const settings = docs.find((d) => d._id === 'siteSettings');

  it('has the brand, a Manchester address, navigation and a medical disclaimer', () => {
    expect(settings?.['brandName']).toBe('Pointwell Scalp Clinic');
    expect((settings?.['address'] as Record<string, string>)['addressLocality']).toBe('Manchester');
    const hrefs = (settings?.['navigation'] as { href: string }[]).map((n) => n.href);
    expect(hrefs).toEqual(
      expect.arrayContaining(['/articles/', '/conditions/', '/faq/', '/search/']),
    );
    expect(String(settings?.['medicalDisclaimer'])).toMatch(/not medical advice/i);
  });
});
