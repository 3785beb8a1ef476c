import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allArticlesQuery,
  allConditionsQuery,
  allImageAssetsQuery,
  allFaqsQuery,
  allPeopleQuery,
  documentRevisionsQuery,
  siteSettingsQuery,
} from '../../site/src/lib/queries.ts';
import {
  createSource,
  getQueryStats,
  type HostedSource,
  resetQueryStats,
  type ContentSource,
} from '../../site/src/lib/sources.ts';
import { buildSiteContent, fetchRawContent } from '../../site/src/lib/content.ts';
import { startContentLakeServer, type ContentLakeServer } from '../helpers/content-lake-server.ts';
import { BUNDLED_DATASET, publishedDocs, readExport, REPO_ROOT } from '../helpers/dataset-file.ts';

// Every query runs against both sources over the bundled dataset: in-process groq-js and the
// real @sanity/client talking HTTP to a loopback Content Lake. Both must return the same thing.

let server: ContentLakeServer;
const sources: Record<'embedded' | 'hosted', ContentSource> = {} as never;

beforeAll(async () => {
  server = await startContentLakeServer({ datasetFile: BUNDLED_DATASET, dataset: 'production' });
  sources.embedded = await createSource(
    { kind: 'embedded', datasetFile: BUNDLED_DATASET },
    REPO_ROOT,
  );
  sources.hosted = await createSource(
    {
      kind: 'hosted',
      projectId: 'test123',
      dataset: 'production',
      token: 'sk-test-token',
      apiHost: server.url,
    },
    REPO_ROOT,
  );
});

afterAll(async () => {
  await server.close();
});

const published = publishedDocs(BUNDLED_DATASET);
const ofType = (t: string) => published.filter((d) => d._type === t);
const drafts = readExport(BUNDLED_DATASET).filter((d) => d._id.startsWith('drafts.'));

type Row = Record<string, unknown>;

describe.each(['embedded', 'hosted'] as const)('queries on the %s source', (kind) => {
  const run = <T>(q: string) => sources[kind].fetch<T>(q);

  it('siteSettingsQuery returns the singleton with brand, disclaimer and navigation', async () => {
    const s = await run<Row>(siteSettingsQuery);
    expect(s['_id']).toBe('siteSettings');
    expect(typeof s['brandName']).toBe('string');
    expect(typeof s['medicalDisclaimer']).toBe('string');
    expect(Array.isArray(s['navigation'])).toBe(true);
  });

  it('allArticlesQuery returns every published article, newest first, no drafts', async () => {
    const rows = await run<Row[]>(allArticlesQuery);
    expect(rows.map((r) => r['_id']).sort()).toEqual(
      ofType('article')
        .map((d) => d._id)
        .sort(),
    );
    const dates = rows.map((r) => String(r['publishedAt']));
    expect(dates).toEqual([...dates].sort().reverse());
    for (const d of drafts) expect(rows.some((r) => r['_id'] === d._id)).toBe(false);
  });

  it('allImageAssetsQuery returns every image asset with dimensions and LQIP', async () => {
    const rows = await run<Row[]>(allImageAssetsQuery);
    expect(rows.length).toBeGreaterThan(0);
    for (const a of rows) {
      expect(a['_id']).toMatch(/^image-[a-f0-9]{40}-\d+x\d+-[a-z]+$/);
      expect(a['width']).toBeGreaterThan(0);
      expect(a['height']).toBeGreaterThan(0);
      expect(String(a['lqip'])).toMatch(/^data:image\/jpeg;base64,/);
    }
  });

  it('every article hero image references an asset the asset list has', async () => {
    const [rows, assets] = await Promise.all([
      run<Row[]>(allArticlesQuery),
      run<Row[]>(allImageAssetsQuery),
    ]);
    const ids = new Set(assets.map((a) => a['_id']));
    for (const r of rows) {
      const hero = r['heroImage'] as { asset: { _ref: string }; alt: string };
      expect(ids.has(hero.asset._ref), String(r['_id'])).toBe(true);
      expect(typeof hero.alt).toBe('string');
    }
  });

  it('article references come back as stored and point at published people', async () => {
    const rows = await run<Row[]>(allArticlesQuery);
    const people = new Set(ofType('person').map((d) => d._id));
    for (const r of rows) {
      const author = r['author'] as { _ref: string };
      expect(people.has(author._ref), String(r['_id'])).toBe(true);
    }
  });

  it('Portable Text bodies come back whole, internal links with their reference', async () => {
    const rows = await run<Row[]>(allArticlesQuery);
    const pages = new Set([...ofType('article'), ...ofType('condition')].map((d) => d._id));
    const links = rows.flatMap((r) =>
      ((r['body'] as Row[] | null) ?? []).flatMap((b) =>
        ((b['markDefs'] as Row[] | null) ?? []).filter((m) => m['_type'] === 'internalLink'),
      ),
    );
    for (const l of links) {
      expect(pages.has((l['reference'] as { _ref: string })._ref)).toBe(true);
    }
    const stored = ofType('article').find((d) => d._id === rows[0]?.['_id']);
    const shape = (body: unknown) =>
      (body as Row[]).map((b) => `${String(b['_type'])}:${String(b['_key'])}`);
    expect(shape(rows[0]?.['body'])).toEqual(shape(stored?.['body']));
  });

  it('allConditionsQuery returns every published condition with reviewer and review dates', async () => {
    const rows = await run<Row[]>(allConditionsQuery);
    expect(rows.map((r) => r['_id']).sort()).toEqual(
      ofType('condition')
        .map((d) => d._id)
        .sort(),
    );
    for (const r of rows) {
      expect((r['medicalReviewer'] as { _ref: string })._ref).toMatch(/^person-/);
      expect(r['lastReviewed']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(r['nextReviewDue']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(Array.isArray(r['howSmpHelps'])).toBe(true);
    }
  });

  it('allFaqsQuery returns every published FAQ sorted by category then order', async () => {
    const rows = await run<Row[]>(allFaqsQuery);
    expect(rows.map((r) => r['_id']).sort()).toEqual(
      ofType('faq')
        .map((d) => d._id)
        .sort(),
    );
    const keys = rows.map((r) => [String(r['category']), Number(r['order'] ?? 0)] as const);
    const sorted = [...keys].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
    expect(keys).toEqual(sorted);
  });

  it('allPeopleQuery returns every published person with roles', async () => {
    const rows = await run<Row[]>(allPeopleQuery);
    expect(rows.map((r) => r['_id']).sort()).toEqual(
      ofType('person')
        .map((d) => d._id)
        .sort(),
    );
    for (const r of rows) expect((r['roles'] as string[]).length).toBeGreaterThan(0);
  });

  it('documentRevisionsQuery maps every published content document to its _rev', async () => {
    const rows = await run<{ _id: string; _rev: string }[]>(documentRevisionsQuery);
    const expected = Object.fromEntries(published.map((d) => [d._id, d._rev]));
    expect(Object.fromEntries(rows.map((r) => [r._id, r._rev]))).toEqual(expected);
  });
});

describe('both sources agree', () => {
  it.each([
    ['siteSettingsQuery', siteSettingsQuery],
    ['allArticlesQuery', allArticlesQuery],
    ['allConditionsQuery', allConditionsQuery],
    ['allFaqsQuery', allFaqsQuery],
    ['allPeopleQuery', allPeopleQuery],
    ['allImageAssetsQuery', allImageAssetsQuery],
    ['documentRevisionsQuery', documentRevisionsQuery],
  ])('%s returns identical results', async (_name, query) => {
    const [a, b] = await Promise.all([sources.embedded.fetch(query), sources.hosted.fetch(query)]);
    expect(b).toEqual(a);
  });

  it('the hosted source asks for the published perspective with its read token', () => {
    expect(server.requests.length).toBeGreaterThan(0);
    for (const r of server.requests) {
      expect(r.path).toMatch(/^\/v2025-02-19\/data\/query\/production$/);
      expect(r.perspective).toBe('published');
      expect(r.authorization).toBe('Bearer sk-test-token');
    }
  });

  it('the loopback server answers $params on GET and POST like the Content Lake', async () => {
    const hosted = sources.hosted as HostedSource;
    const id = ofType('article')[0]?._id ?? '';
    const q = '*[_id == $id][0]{_id}';
    expect(await hosted.client.fetch(q, { id })).toEqual({ _id: id });
    // A long query makes @sanity/client switch to POST.
    const long = `${q} ${' '.repeat(12000)}`;
    expect(await hosted.client.fetch(long, { id })).toEqual({ _id: id });
    const methods = server.requests.filter((r) => r.params['id'] === id).map((r) => r.method);
    expect(methods).toEqual(['GET', 'POST']);
  });

  it('drafts stay invisible to the hosted source even when asked for by id', async () => {
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) {
      expect(await sources.hosted.fetch('*[_id == $id][0]', { id: d._id })).toBeNull();
    }
  });
});

describe('build query budget', () => {
  it('loading the whole site costs seven queries, whatever the dataset size', async () => {
    resetQueryStats();
    const content = buildSiteContent(await fetchRawContent(sources.embedded), 'embedded');
    expect(getQueryStats().queries).toBe(7);
    expect(content.articles.length).toBe(ofType('article').length);
  });
});
