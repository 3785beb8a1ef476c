/**
 * Each editorial rule, exercised through Sanity's real `validateDocument`: a document that breaks
 * the rule gets a marker with the rule's message at the right path and level; the valid set gets
 * none. Every case starts from the valid fixtures and breaks one thing.
 */
import { describe, expect, it } from 'vitest';
import { healthClaimMessage, messages } from '../../schemas/validation/index.ts';
import * as fixtures from './fixtures.ts';
import { type InputDocument, validateDataset } from './validate.ts';

type Level = 'error' | 'warning' | 'info';

/** Validates the valid set with `changed` swapped in, returning the markers of `changed`. */
async function markersOf(changed: InputDocument, extra: InputDocument[] = []) {
  const docs = [
    ...fixtures.validDocuments.filter((doc) => doc._id !== changed._id),
    changed,
    ...extra,
  ];
  const reports = await validateDataset(docs);
  const report = reports.find((entry) => entry.id === changed._id);
  if (report === undefined) throw new Error(`no report for ${changed._id}`);
  return report.markers.map((marker) => ({
    level: marker.level as Level,
    path: marker.path,
    message: marker.message,
  }));
}

describe('a valid document set', () => {
  it('passes with no errors and no warnings', async () => {
    const reports = await validateDataset(fixtures.validDocuments);
    expect(reports.map((report) => [report.id, report.markers])).toEqual(
      fixtures.validDocuments.map((doc) => [doc._id, []]),
    );
  });
});

describe('required fields', () => {
  it('reports a missing article title as an error', async () => {
    const { title: _omit, ...untitled } = fixtures.article;
    expect(await markersOf(untitled as InputDocument)).toContainEqual({
      level: 'error',
      path: ['title'],
      message: 'Required',
    });
  });

  it('reports a hero image with no file as an error, even with alt text', async () => {
    const markers = await markersOf(
      fixtures.variant(fixtures.article, { heroImage: { _type: 'imageWithAlt', alt: 'A scalp' } }),
    );
    expect(markers).toContainEqual(
      expect.objectContaining({ level: 'error', path: ['heroImage'] }),
    );
  });

  it('reports a condition without a medical reviewer as an error', async () => {
    const { medicalReviewer: _omit, ...unreviewed } = fixtures.condition;
    expect(await markersOf(unreviewed as InputDocument)).toContainEqual({
      level: 'error',
      path: ['medicalReviewer'],
      message: 'Required',
    });
  });
});

describe('alt text on every image', () => {
  it('reports a hero image without alt text as an error', async () => {
    const heroImage = { ...(fixtures.article['heroImage'] as object), alt: undefined };
    expect(await markersOf(fixtures.variant(fixtures.article, { heroImage }))).toContainEqual({
      level: 'error',
      path: ['heroImage', 'alt'],
      message: messages.altRequired,
    });
  });

  it('reports an inline body image without alt text as an error', async () => {
    const body = (fixtures.article['body'] as Record<string, unknown>[]).map((block) =>
      block['_key'] === 'img1' ? { ...block, alt: '' } : block,
    );
    expect(await markersOf(fixtures.variant(fixtures.article, { body }))).toContainEqual({
      level: 'error',
      path: ['body', { _key: 'img1' }, 'alt'],
      message: messages.altRequired,
    });
  });
});

describe('SEO lengths (warnings)', () => {
  it('warns when an article title is over 60 characters', async () => {
    const title = 'Scalp micropigmentation for alopecia areata: a long practical guide';
    expect(title.length).toBeGreaterThan(60);
    expect(await markersOf(fixtures.variant(fixtures.article, { title }))).toContainEqual({
      level: 'warning',
      path: ['title'],
      message: messages.titleTooLong,
    });
  });

  it('warns when a meta description is under 50 characters', async () => {
    const seo = { _type: 'seo', metaDescription: 'Aftercare tips.' };
    expect(await markersOf(fixtures.variant(fixtures.article, { seo }))).toContainEqual({
      level: 'warning',
      path: ['seo', 'metaDescription'],
      message: messages.metaDescriptionLength,
    });
  });

  it('warns when a meta description is over 160 characters', async () => {
    const seo = { _type: 'seo', metaDescription: 'Aftercare advice. '.repeat(10) };
    expect(await markersOf(fixtures.variant(fixtures.article, { seo }))).toContainEqual({
      level: 'warning',
      path: ['seo', 'metaDescription'],
      message: messages.metaDescriptionLength,
    });
  });

  it('accepts a title of exactly 60 characters', async () => {
    const title = 'A'.repeat(60);
    const markers = await markersOf(fixtures.variant(fixtures.article, { title }));
    expect(markers.filter((marker) => marker.path[0] === 'title')).toEqual([]);
  });
});

describe('link schemes', () => {
  const withHref = (href: string) =>
    fixtures.variant(fixtures.article, {
      body: [fixtures.paragraph('p1', 'Click here', [{ _type: 'link', _key: 'l1', href }], ['l1'])],
    });
  const hrefPath = ['body', { _key: 'p1' }, 'markDefs', { _key: 'l1' }, 'href'];

  it('reports a javascript: link as an error', async () => {
    expect(await markersOf(withHref('javascript:alert(document.cookie)'))).toContainEqual({
      level: 'error',
      path: hrefPath,
      message: messages.linkScheme,
    });
  });

  it('reports a data: link as an error', async () => {
    expect(await markersOf(withHref('data:text/html,<script>alert(1)</script>'))).toContainEqual({
      level: 'error',
      path: hrefPath,
      message: messages.linkScheme,
    });
  });

  it.each(['https://www.nhs.uk/', 'mailto:hello@pointwell.example', 'tel:+441614960734'])(
    'accepts %s',
    async (href) => {
      expect(await markersOf(withHref(href))).toEqual([]);
    },
  );
});

describe('condition review dates', () => {
  it('reports a nextReviewDue in the past as an error, which blocks publishing', async () => {
    const overdue = fixtures.variant(fixtures.condition, {
      lastReviewed: fixtures.isoDateFromToday(-400),
      nextReviewDue: fixtures.isoDateFromToday(-1),
    });
    expect(await markersOf(overdue)).toContainEqual({
      level: 'error',
      path: ['nextReviewDue'],
      message: messages.reviewOverdue,
    });
  });

  it('accepts a review due today', async () => {
    const dueToday = fixtures.variant(fixtures.condition, {
      nextReviewDue: fixtures.isoDateFromToday(0),
    });
    expect(await markersOf(dueToday)).toEqual([]);
  });
});

describe('absolute health claims (warnings)', () => {
  it('warns on "guaranteed" in a text field', async () => {
    const excerpt = 'Natural-looking results, guaranteed.';
    expect(await markersOf(fixtures.variant(fixtures.article, { excerpt }))).toContainEqual({
      level: 'warning',
      path: ['excerpt'],
      message: healthClaimMessage('guaranteed'),
    });
  });

  it('warns on "permanent results" in a string field, whatever the case', async () => {
    const question = 'Does SMP give Permanent Results?';
    expect(await markersOf(fixtures.variant(fixtures.faq, { question }))).toContainEqual({
      level: 'warning',
      path: ['question'],
      message: healthClaimMessage('Permanent Results'),
    });
  });

  it('warns on "cure" inside a Portable Text block, pointing at that block', async () => {
    const answer = [
      fixtures.paragraph('a1', 'Most people feel mild discomfort.'),
      fixtures.paragraph('a2', 'SMP is a cure for baldness.'),
    ];
    expect(await markersOf(fixtures.variant(fixtures.faq, { answer }))).toContainEqual({
      level: 'warning',
      path: ['answer', { _key: 'a2' }],
      message: healthClaimMessage('cure'),
    });
  });

  it('warns on "100%" inside a callout in the body', async () => {
    const body = [
      ...(fixtures.article['body'] as object[]),
      { _type: 'callout', _key: 'c2', tone: 'info', text: '100% of clients are happy.' },
    ];
    expect(await markersOf(fixtures.variant(fixtures.article, { body }))).toContainEqual(
      expect.objectContaining({ level: 'warning', message: healthClaimMessage('100%') }),
    );
  });

  it('does not flag words that merely contain a claim ("secure", "curated")', async () => {
    const excerpt = 'A secure booking system and a curated aftercare kit for every client.';
    expect(await markersOf(fixtures.variant(fixtures.article, { excerpt }))).toEqual([]);
  });
});

describe('unique slugs', () => {
  it('reports two articles with the same slug as an error on the new one', async () => {
    const duplicate = fixtures.variant(fixtures.article, { _id: 'article-copy' });
    expect(await markersOf(duplicate)).toContainEqual({
      level: 'error',
      path: ['slug'],
      message: 'Slug is already in use',
    });
  });

  it('allows the same slug on different document types', async () => {
    const faq = fixtures.variant(fixtures.faq, {
      slug: { _type: 'slug', current: 'smp-aftercare' },
    });
    expect(await markersOf(faq)).toEqual([]);
  });

  it("allows a draft to share its published document's slug", async () => {
    const draft = fixtures.variant(fixtures.article, { _id: 'drafts.article-smp-aftercare' });
    expect(await markersOf(draft)).toEqual([]);
  });

  it('reports a slug that is not lowercase-hyphenated as an error', async () => {
    const faq = fixtures.variant(fixtures.faq, {
      slug: { _type: 'slug', current: 'Does SMP Hurt' },
    });
    expect(await markersOf(faq)).toContainEqual({
      level: 'error',
      path: ['slug'],
      message: messages.slugFormat,
    });
  });
});

describe('references', () => {
  it('reports a reference to a document that is not published as an error', async () => {
    const article = fixtures.variant(fixtures.article, {
      author: { _type: 'reference', _ref: 'person-nobody' },
    });
    expect(await markersOf(article)).toContainEqual(
      expect.objectContaining({ level: 'error', path: ['author'] }),
    );
  });
});
