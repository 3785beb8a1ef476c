import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteContent, fetchRawContent, type SiteContent } from '../../site/src/lib/content.ts';
import { renderBody } from '../../site/src/lib/portable-text.ts';
import { createSource } from '../../site/src/lib/sources.ts';
import { BROKEN, writeBrokenDataset } from '../helpers/broken-dataset.ts';
import { FIXTURE_DATASET, REPO_ROOT } from '../helpers/dataset-file.ts';

// Broken content never fails the build: each document is left out or rendered without the
// broken part, and named by _id in the problem list.

let content: SiteContent;

beforeAll(async () => {
  const file = await writeBrokenDataset(FIXTURE_DATASET);
  const source = await createSource({ kind: 'embedded', datasetFile: file }, REPO_ROOT);
  content = buildSiteContent(await fetchRawContent(source), 'embedded');
});

const problemsOf = (id: string) => content.problems.filter((p) => p.id === id).map((p) => p.kind);
const article = (id: string) => content.articles.find((a) => a.id === id);

describe('content problems', () => {
  it('a document without a slug is left out and reported', () => {
    expect(problemsOf(BROKEN.noSlug)).toEqual(['missing-slug']);
    expect(article(BROKEN.noSlug)).toBeUndefined();
  });

  it('a slug that is not a safe path segment is left out and reported', () => {
    expect(problemsOf(BROKEN.badSlug)).toEqual(['invalid-slug']);
    expect(content.conditions.some((c) => c.id === BROKEN.badSlug)).toBe(false);
  });

  it('a second document with the same slug is left out and reported', () => {
    expect(problemsOf(BROKEN.duplicateSlug)).toEqual(['duplicate-slug']);
    expect(content.faqs.some((f) => f.id === BROKEN.duplicateSlug)).toBe(false);
  });

  it('a dangling author reference is reported; the article renders without a byline', () => {
    expect(problemsOf(BROKEN.danglingAuthor)).toEqual(['dangling-reference']);
    const a = article(BROKEN.danglingAuthor);
    expect(a).toBeDefined();
    expect(a?.author).toBeUndefined();
  });

  it('an unknown block type is dropped and reported; the rest of the body stays', () => {
    expect(problemsOf(BROKEN.unknownBlock)).toEqual(['unknown-block-type']);
    const a = article(BROKEN.unknownBlock);
    expect(a?.body.blocks.map((b) => b._type)).toEqual(['block']);
    expect(renderBody(a?.body.blocks ?? [])).toBe('<p>Kept paragraph.</p>');
  });

  it('a missing image asset is reported; the article renders without the image', () => {
    expect(problemsOf(BROKEN.missingImage)).toEqual(['missing-image-asset']);
    const a = article(BROKEN.missingImage);
    expect(a).toBeDefined();
    expect(a?.heroImage).toBeUndefined();
  });

  it('an internal link to a missing document is reported and rendered as plain text', () => {
    expect(problemsOf(BROKEN.danglingLink)).toEqual(['dangling-reference']);
    const html = renderBody(article(BROKEN.danglingLink)?.body.blocks ?? []);
    expect(html).toBe('<p>Link to nowhere</p>');
  });

  it('a navigation link to a page that does not exist is reported and dropped', () => {
    expect(problemsOf('siteSettings')).toEqual(['dangling-reference']);
    expect(content.settings.navigation.some((n) => n.href === '/nowhere/')).toBe(false);
    expect(content.settings.navigation.length).toBeGreaterThan(0);
  });

  it('healthy documents are untouched and nothing else is reported', () => {
    expect(content.problems).toHaveLength(8);
    expect(content.articles.find((a) => a.slug === 'smp-for-alopecia-areata')?.author?.name).toBe(
      'Alex Morgan',
    );
  });
});

describe('cache keys', () => {
  it('differ between pages and are stable for the same content', async () => {
    const keys = content.articles.map((a) => a.cacheKey);
    expect(new Set(keys).size).toBe(keys.length);
    const source = await createSource(
      { kind: 'embedded', datasetFile: FIXTURE_DATASET },
      REPO_ROOT,
    );
    const again = buildSiteContent(await fetchRawContent(source), 'embedded');
    const a1 = again.articles.find((a) => a.slug === 'what-is-smp');
    const a2 = content.articles.find((a) => a.slug === 'what-is-smp');
    expect(a1?.cacheKey).toBe(a2?.cacheKey);
  });

  it('change when a referenced document changes', async () => {
    const source = await createSource(
      { kind: 'embedded', datasetFile: FIXTURE_DATASET },
      REPO_ROOT,
    );
    const raw = await fetchRawContent(source);
    const before = buildSiteContent(raw, 'embedded');
    const revisions = (raw.revisions as { _id: string; _rev: string }[]).map((r) =>
      r._id === 'person-priya-shah' ? { ...r, _rev: 'changed' } : r,
    );
    const after = buildSiteContent({ ...raw, revisions }, 'embedded');
    const key = (c: SiteContent, slug: string) => c.articles.find((a) => a.slug === slug)?.cacheKey;
    // Reviewed by Dr Shah: changes. Not reviewed by her: stays.
    expect(key(after, 'smp-for-alopecia-areata')).not.toBe(key(before, 'smp-for-alopecia-areata'));
    expect(key(after, 'what-is-smp')).toBe(key(before, 'what-is-smp'));
  });
});
