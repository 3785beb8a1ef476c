import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, startTestLake, TOKEN } from './helpers.ts';

let ctx: Awaited<ReturnType<typeof startTestLake>>;
beforeAll(async () => {
  ctx = await startTestLake();
});
afterAll(async () => ctx.close());

describe('data/query through @sanity/client', () => {
  it('passes $params and returns the matching document', async () => {
    const title = await clientFor(ctx.lake.url).fetch<string>(
      '*[_type == "article" && slug.current == $slug][0].title',
      { slug: 'second' },
    );
    expect(title).toBe('Aftercare in the first week');
  });

  it('published perspective hides drafts', async () => {
    const ids = await clientFor(ctx.lake.url, { perspective: 'published' }).fetch<string[]>(
      '*[_type == "article"]._id | order(@)',
    );
    expect(ids.sort()).toEqual(['article-first', 'article-second']);
  });

  it('raw perspective shows drafts under their own ids', async () => {
    const ids = await clientFor(ctx.lake.url, { perspective: 'raw' }).fetch<string[]>(
      '*[_type == "article"]._id',
    );
    expect(ids.sort()).toEqual(['article-first', 'article-second', 'drafts.article-first']);
  });

  it('drafts perspective overlays the draft on the published id and sets _originalId', async () => {
    const docs = await clientFor(ctx.lake.url, { perspective: 'drafts' }).fetch<
      { _id: string; _originalId: string; title: string }[]
    >('*[_type == "article"]{_id, _originalId, title} | order(_id asc)');
    expect(docs).toEqual([
      {
        _id: 'article-first',
        _originalId: 'drafts.article-first',
        title: 'First steps (draft title)',
      },
      {
        _id: 'article-second',
        _originalId: 'article-second',
        title: 'Aftercare in the first week',
      },
    ]);
  });

  it('resolves image references to asset documents built from the export files', async () => {
    const asset = await clientFor(ctx.lake.url).fetch<{
      url: string;
      metadata: { dimensions: { width: number; height: number }; lqip: string };
    }>('*[_id == "article-first"][0].heroImage.asset->{url, metadata}');
    expect(asset.metadata.dimensions).toMatchObject({ width: 400, height: 200 });
    expect(asset.metadata.lqip).toMatch(/^data:image\/jpeg;base64,/);
    const response = await fetch(asset.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
  });

  it('long queries go as POST and still work', async () => {
    const padding = ' '.repeat(12_000);
    const count = await clientFor(ctx.lake.url).fetch<number>(`count(*[_type == $t${padding}])`, {
      t: 'article',
    });
    expect(count).toBe(2);
  });

  it('text::query() matches words anywhere in a document, with prefix wildcards', async () => {
    const client = clientFor(ctx.lake.url, { perspective: 'raw' });
    const ids = await client.fetch<string[]>('*[[@, _id] match text::query($q)]._id', {
      q: 'dermi*',
    });
    expect(ids).toEqual(['article-first']);
    const none = await client.fetch<string[]>('*[[@, _id] match text::query($q)]._id', {
      q: 'nonexistentword',
    });
    expect(none).toEqual([]);
  });

  it('text::query() works inside score()/boost() as the Studio search writes it', async () => {
    const hits = await clientFor(ctx.lake.url, { perspective: 'raw' }).fetch<{ _id: string }[]>(
      '*[_type in $types && ([@, _id] match text::query($q))] | score(boost(_type in ["article"] && title match text::query($q), 10)) | order(_score desc) {_id, _score}',
      { types: ['article'], q: 'aftercare' },
    );
    expect(hits.map((h) => h._id)).toEqual(['article-second']);
  });

  it('a syntax error is a 400 with the parser message', async () => {
    await expect(clientFor(ctx.lake.url).fetch('*[_type == ]')).rejects.toMatchObject({
      statusCode: 400,
    });
  });

  it('an unknown dataset is a 404', async () => {
    const response = await fetch(`${ctx.lake.url}/v2025-02-19/data/query/nope?query=*`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(404);
  });
});

describe('auth', () => {
  it('rejects queries without a token with 401', async () => {
    await expect(clientFor(ctx.lake.url, { token: null }).fetch('count(*)')).rejects.toMatchObject({
      statusCode: 401,
    });
  });

  it('rejects a wrong token with 401', async () => {
    await expect(
      clientFor(ctx.lake.url, { token: 'wrong-token-wrong-token' }).fetch('count(*)'),
    ).rejects.toMatchObject({ statusCode: 401 });
  });

  it('rejects mutations without a token with 401 and changes nothing', async () => {
    await expect(
      clientFor(ctx.lake.url, { token: null }).create({ _type: 'article', title: 'x' }),
    ).rejects.toMatchObject({ statusCode: 401 });
    expect(await clientFor(ctx.lake.url).fetch('count(*[_type == "article"])')).toBe(2);
  });

  it('answers /users/me with a role for a valid token, and an empty object without one', async () => {
    const me = (await (
      await fetch(`${ctx.lake.url}/v2021-06-07/users/me`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      })
    ).json()) as { roles: unknown[] };
    expect(me.roles.length).toBeGreaterThan(0);
    expect(await (await fetch(`${ctx.lake.url}/v2021-06-07/users/me`)).json()).toEqual({});
  });

  it('answers Studio start-up endpoints with a status instead of dropping the connection', async () => {
    const headers = { authorization: `Bearer ${TOKEN}` };
    const acl = await fetch(
      `${ctx.lake.url}/v2021-06-07/projects/testproj/datasets/production/acl`,
      { headers },
    );
    expect(await acl.json()).toEqual([
      { filter: '_id in path("**")', permissions: ['read', 'create', 'history', 'update'] },
    ]);
    for (const p of [
      '/v2021-06-07/projects/testproj',
      '/v2021-06-07/features',
      '/v2021-06-07/intake/telemetry-status',
      '/v2021-06-07/projects/testproj/user-applications',
      '/vX/something/unknown',
    ]) {
      const response = await fetch(`${ctx.lake.url}${p}`, { headers });
      expect([200, 204, 404]).toContain(response.status);
    }
  });
});
