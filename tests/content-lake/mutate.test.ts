import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clientFor, dmp, startTestLake, TOKEN } from './helpers.ts';

let ctx: Awaited<ReturnType<typeof startTestLake>>;
beforeEach(async () => {
  ctx = await startTestLake();
});
afterEach(async () => ctx.close());

const get = (id: string) => clientFor(ctx.lake.url).getDocument(id);

async function actions(body: unknown): Promise<Response> {
  return fetch(`${ctx.lake.url}/v2025-02-19/data/actions/production`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe('data/mutate: documents', () => {
  it('create sets system fields and returns the document', async () => {
    const doc = await clientFor(ctx.lake.url).create({
      _id: 'faq-a',
      _type: 'faq',
      question: 'Does it hurt?',
    });
    expect(doc).toMatchObject({ _id: 'faq-a', _type: 'faq', question: 'Does it hurt?' });
    expect(doc._rev).toMatch(/^\w{22}$/);
    expect(doc._createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  });

  it('create on an existing id is a 409 and keeps the original', async () => {
    await expect(
      clientFor(ctx.lake.url).create({ _id: 'article-second', _type: 'article', title: 'x' }),
    ).rejects.toMatchObject({ statusCode: 409 });
    expect((await get('article-second'))?.['title']).toBe('Aftercare in the first week');
  });

  it('createIfNotExists leaves an existing document alone', async () => {
    await clientFor(ctx.lake.url).createIfNotExists({
      _id: 'article-second',
      _type: 'article',
      title: 'x',
    });
    expect((await get('article-second'))?.['title']).toBe('Aftercare in the first week');
    await clientFor(ctx.lake.url).createIfNotExists({
      _id: 'article-new',
      _type: 'article',
      title: 'new',
    });
    expect((await get('article-new'))?.['title']).toBe('new');
  });

  it('createOrReplace replaces the whole document but keeps _createdAt', async () => {
    const before = await get('article-second');
    await clientFor(ctx.lake.url).createOrReplace({
      _id: 'article-second',
      _type: 'article',
      title: 'Replaced',
    });
    const after = await get('article-second');
    expect(after).toMatchObject({ title: 'Replaced', _createdAt: before?._createdAt });
    expect(after?.['category']).toBeUndefined();
  });

  it('delete removes the document', async () => {
    await clientFor(ctx.lake.url).delete('article-second');
    expect(await get('article-second')).toBeUndefined();
  });

  it('delete by query removes every match', async () => {
    await clientFor(ctx.lake.url).delete({
      query: '*[_type == "article" && !(_id in path("drafts.**"))]',
    });
    expect(
      await clientFor(ctx.lake.url, { perspective: 'raw' }).fetch('*[_type == "article"]._id'),
    ).toEqual(['drafts.article-first']);
  });
});

describe('data/mutate: patches', () => {
  it('set, setIfMissing, unset, inc and dec', async () => {
    const client = clientFor(ctx.lake.url);
    await client.patch('article-second').set({ title: 'New title', 'seo.noIndex': true }).commit();
    await client
      .patch('article-second')
      .setIfMissing({ views: 10, title: 'ignored' })
      .unset(['category'])
      .commit();
    await client.patch('article-second').inc({ views: 5 }).commit();
    await client.patch('article-second').dec({ views: 2 }).commit();
    const doc = await get('article-second');
    expect(doc).toMatchObject({ title: 'New title', views: 13, seo: { noIndex: true } });
    expect(doc?.['category']).toBeUndefined();
  });

  it('insert before, after and replace in an array by _key', async () => {
    const client = clientFor(ctx.lake.url);
    await client
      .patch('article-second')
      .set({
        items: [
          { _key: 'a', v: 1 },
          { _key: 'c', v: 3 },
        ],
      })
      .commit();
    await client
      .patch('article-second')
      .insert('after', 'items[_key=="a"]', [{ _key: 'b', v: 2 }])
      .commit();
    await client
      .patch('article-second')
      .insert('before', 'items[0]', [{ _key: 'z', v: 0 }])
      .commit();
    await client
      .patch('article-second')
      .insert('replace', 'items[_key=="c"]', [{ _key: 'd', v: 4 }])
      .commit();
    expect((await get('article-second'))?.['items']).toEqual([
      { _key: 'z', v: 0 },
      { _key: 'a', v: 1 },
      { _key: 'b', v: 2 },
      { _key: 'd', v: 4 },
    ]);
  });

  it('diffMatchPatch edits a string in place', async () => {
    const before = 'Aftercare in the first week';
    const after = 'Aftercare in the first ten days';
    await clientFor(ctx.lake.url)
      .patch('article-second')
      .diffMatchPatch({ title: dmp.stringifyPatches(dmp.makePatches(before, after)) })
      .commit();
    expect((await get('article-second'))?.['title']).toBe(after);
  });

  it('patching a missing document fails and changes nothing', async () => {
    await expect(
      clientFor(ctx.lake.url).patch('nope').set({ a: 1 }).commit(),
    ).rejects.toMatchObject({ statusCode: 404 });
  });

  it('ifRevisionID conflict is a 409 and the patch is not applied', async () => {
    await expect(
      clientFor(ctx.lake.url)
        .patch('article-second')
        .ifRevisionId('stale')
        .set({ title: 'x' })
        .commit(),
    ).rejects.toMatchObject({ statusCode: 409 });
    expect((await get('article-second'))?.['title']).toBe('Aftercare in the first week');
  });

  it('ifRevisionID matching the current revision applies', async () => {
    const current = await get('article-second');
    await clientFor(ctx.lake.url)
      .patch('article-second')
      .ifRevisionId(current?._rev ?? '')
      .set({ title: 'ok' })
      .commit();
    expect((await get('article-second'))?.['title']).toBe('ok');
  });

  it('autoGenerateArrayKeys adds _key to array items', async () => {
    await clientFor(ctx.lake.url)
      .patch('article-second')
      .set({ list: [{ v: 1 }] })
      .commit({ autoGenerateArrayKeys: true });
    const list = (await get('article-second'))?.['list'] as { _key?: string }[];
    expect(list[0]?._key).toMatch(/^\w+$/);
  });
});

describe('data/mutate: transactions', () => {
  it('commits all mutations with one transaction id and revision', async () => {
    const result = await clientFor(ctx.lake.url)
      .transaction()
      .create({ _id: 'faq-x', _type: 'faq', question: 'Q' })
      .patch('article-second', (p) => p.set({ title: 'T' }))
      .commit({ returnDocuments: false });
    expect(result.results.map((r) => r.id)).toEqual(['faq-x', 'article-second']);
    expect((await get('faq-x'))?._rev).toBe(result.transactionId);
    expect((await get('article-second'))?._rev).toBe(result.transactionId);
  });

  it('a failing mutation rolls back the whole transaction', async () => {
    await expect(
      clientFor(ctx.lake.url)
        .transaction()
        .create({ _id: 'faq-y', _type: 'faq', question: 'Q' })
        .patch('article-second', (p) => p.ifRevisionId('stale').set({ title: 'T' }))
        .commit(),
    ).rejects.toMatchObject({ statusCode: 409 });
    expect(await get('faq-y')).toBeUndefined();
  });

  it('returnDocuments returns the resulting documents', async () => {
    const result = await clientFor(ctx.lake.url)
      .transaction()
      .createOrReplace({ _id: 'faq-z', _type: 'faq', question: 'Q' })
      .commit({ returnDocuments: true });
    expect(result).toEqual([expect.objectContaining({ _id: 'faq-z', question: 'Q' })]);
  });

  it('rejects malformed mutations with 400', async () => {
    const response = await fetch(`${ctx.lake.url}/v2025-02-19/data/mutate/production`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ mutations: [{ create: { title: 'no type' } }] }),
    });
    expect(response.status).toBe(400);
  });
});

describe('data/actions', () => {
  it('create → edit → publish → unpublish → discard/delete', async () => {
    const create = await actions({
      actions: [
        {
          actionType: 'sanity.action.document.create',
          publishedId: 'article-new',
          attributes: { _id: 'drafts.article-new', _type: 'article', title: 'Draft' },
          ifExists: 'fail',
        },
      ],
    });
    const { transactionId } = (await create.json()) as { transactionId: string };
    expect((await get('drafts.article-new'))?._rev).toBe(transactionId);

    await actions({
      actions: [
        {
          actionType: 'sanity.action.document.edit',
          draftId: 'drafts.article-new',
          publishedId: 'article-new',
          patch: { set: { title: 'Edited' } },
        },
      ],
    });
    expect((await get('drafts.article-new'))?.['title']).toBe('Edited');

    const publish = await actions({
      actions: [
        {
          actionType: 'sanity.action.document.publish',
          draftId: 'drafts.article-new',
          publishedId: 'article-new',
        },
      ],
    });
    expect(publish.status).toBe(200);
    expect(await get('drafts.article-new')).toBeUndefined();
    expect((await get('article-new'))?.['title']).toBe('Edited');

    await actions({
      actions: [
        {
          actionType: 'sanity.action.document.unpublish',
          draftId: 'drafts.article-new',
          publishedId: 'article-new',
        },
      ],
    });
    expect(await get('article-new')).toBeUndefined();
    expect((await get('drafts.article-new'))?.['title']).toBe('Edited');

    await actions({
      actions: [{ actionType: 'sanity.action.document.discard', draftId: 'drafts.article-new' }],
    });
    expect(await get('drafts.article-new')).toBeUndefined();
  });

  it('edit of a published document creates its draft from the published copy', async () => {
    await actions({
      actions: [
        {
          actionType: 'sanity.action.document.edit',
          draftId: 'drafts.article-second',
          publishedId: 'article-second',
          patch: { set: { title: 'Draft edit' } },
        },
      ],
    });
    expect(await get('drafts.article-second')).toMatchObject({
      title: 'Draft edit',
      category: 'aftercare',
    });
    expect((await get('article-second'))?.['title']).toBe('Aftercare in the first week');
  });

  it('publish with a stale ifPublishedRevisionId is a 409 and changes nothing', async () => {
    const response = await actions({
      actions: [
        {
          actionType: 'sanity.action.document.publish',
          draftId: 'drafts.article-first',
          publishedId: 'article-first',
          ifPublishedRevisionId: 'stale',
        },
      ],
    });
    expect(response.status).toBe(409);
    expect(await get('drafts.article-first')).toBeDefined();
  });

  it('publish with the current ifPublishedRevisionId succeeds', async () => {
    const published = await get('article-first');
    const response = await actions({
      actions: [
        {
          actionType: 'sanity.action.document.publish',
          draftId: 'drafts.article-first',
          publishedId: 'article-first',
          ifPublishedRevisionId: published?._rev,
        },
      ],
    });
    expect(response.status).toBe(200);
    expect((await get('article-first'))?.['title']).toBe('First steps (draft title)');
  });

  it('delete removes the published document and listed drafts', async () => {
    await actions({
      actions: [
        {
          actionType: 'sanity.action.document.delete',
          publishedId: 'article-first',
          includeDrafts: ['drafts.article-first'],
        },
      ],
    });
    expect(await get('article-first')).toBeUndefined();
    expect(await get('drafts.article-first')).toBeUndefined();
  });

  it('replaceDraft replaces the draft wholesale', async () => {
    await actions({
      actions: [
        {
          actionType: 'sanity.action.document.replaceDraft',
          publishedId: 'article-first',
          attributes: { _id: 'drafts.article-first', _type: 'article', title: 'Replaced draft' },
        },
      ],
    });
    const draft = await get('drafts.article-first');
    expect(draft?.['title']).toBe('Replaced draft');
    expect(draft?.['category']).toBeUndefined();
  });

  it('an unknown action type is a 400', async () => {
    expect(
      (await actions({ actions: [{ actionType: 'sanity.action.document.explode' }] })).status,
    ).toBe(400);
  });
});
