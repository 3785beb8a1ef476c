import fs from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/content-lake/config.ts';
import { startTestLake, TOKEN, PROJECT_ID, DATASET } from './helpers.ts';

/**
 * The site's own queries, through the site's own content sources: the embedded dataset and the
 * hosted mode (@sanity/client) pointed at the local Content Lake seeded with the same export.
 * Both must give the same answers, apart from where image files are served from.
 */
const seedDir = path.join(REPO_ROOT, 'site/content');
const available = await fs
  .access(path.join(REPO_ROOT, 'site/src/lib/queries.ts'))
  .then(() => fs.access(path.join(seedDir, 'data.ndjson')))
  .then(
    () => true,
    () => false,
  );

interface Source {
  fetch<R>(query: string, params?: Record<string, unknown>): Promise<R>;
}

/** Image URLs differ by design (file path vs. served URL); everything else must match. */
function normalise(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) =>
      key === 'url' && typeof v === 'string' ? '<url>' : v,
    ),
  );
}

describe.skipIf(!available)('the site query contract against the local Content Lake', () => {
  let ctx: Awaited<ReturnType<typeof startTestLake>>;
  let embedded: Source;
  let hosted: Source;
  let queries: Record<string, unknown>;

  beforeAll(async () => {
    ctx = await startTestLake({ seedDir });
    const sources = await import('../../site/src/lib/sources.ts');
    queries = await import('../../site/src/lib/queries.ts');
    embedded = await sources.createSource(
      { kind: 'embedded', datasetFile: path.join(seedDir, 'data.ndjson') },
      REPO_ROOT,
    );
    hosted = await sources.createSource(
      {
        kind: 'hosted',
        projectId: PROJECT_ID,
        dataset: DATASET,
        token: TOKEN,
        apiHost: ctx.lake.url,
      },
      REPO_ROOT,
    );
  });
  afterAll(async () => ctx?.close());

  it('every exported query returns the same result from both sources', async () => {
    const names = Object.keys(queries).filter(
      (k) => k.endsWith('Query') && typeof queries[k] === 'string',
    );
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const query = queries[name] as string;
      // Parameterised queries get a value that exists in the dataset where one is needed.
      const params: Record<string, unknown> = {};
      for (const match of query.matchAll(/\$(\w+)/g)) params[match[1] as string] = '';
      const [a, b] = await Promise.all([
        embedded.fetch(query, params),
        hosted.fetch(query, params),
      ]);
      expect(normalise(b), name).toEqual(normalise(a));
    }
  });

  it('image URLs from the hosted source are served by the local server', async () => {
    const urls = await hosted.fetch<string[]>('*[_type == "sanity.imageAsset"].url');
    expect(urls.length).toBeGreaterThan(0);
    const response = await fetch(`${urls[0]}?w=64&auto=format`, {
      headers: { accept: 'image/webp' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
  });
});
