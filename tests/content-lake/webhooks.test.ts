import { isValidSignature, SIGNATURE_HEADER_NAME } from '@sanity/webhook';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clientFor, startTestLake, tempDir, TOKEN } from './helpers.ts';

const SECRET = 'webhook-secret-for-tests';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A receiver that answers with the given statuses in turn (then 200) and records every request. */
async function receiver(
  statuses: number[] = [],
): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.statusCode = statuses.shift() ?? 200;
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhooks/sanity`,
    received,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(hook: Record<string, unknown>, statuses: number[] = []) {
  const rx = await receiver(statuses);
  cleanups.push(rx.close);
  const dir = await tempDir('hooks');
  cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'webhooks.json');
  await fs.writeFile(
    file,
    JSON.stringify([{ name: 'pipeline', url: rx.url, secret: SECRET, ...hook }]),
  );
  const ctx = await startTestLake({ webhooksFile: file, webhookRetryBaseMs: 20 });
  cleanups.push(ctx.close);
  return { rx, ctx, client: clientFor(ctx.lake.url) };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function publish(url: string, id: string): Promise<void> {
  const response = await fetch(`${url}/v2025-02-19/data/actions/production`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      actions: [
        { actionType: 'sanity.action.document.publish', draftId: `drafts.${id}`, publishedId: id },
      ],
    }),
  });
  expect(response.status).toBe(200);
}

describe('GROQ-powered webhooks', () => {
  it('publishing fires one signed delivery with the projection, headers and an idempotency key', async () => {
    const { rx, ctx } = await setup({
      filter: '_type == "article"',
      projection: '{_id, "slug": slug.current, "op": delta::operation()}',
    });
    await publish(ctx.lake.url, 'article-first');
    await until(() => rx.received.length === 1, 'one delivery');
    const [delivery] = rx.received as [Received];
    expect(JSON.parse(delivery.body)).toEqual({
      _id: 'article-first',
      slug: 'first',
      op: 'update',
    });
    const signature = delivery.headers[SIGNATURE_HEADER_NAME] as string;
    expect(signature).toMatch(/^t=\d+,v1=[\w-]+$/);
    expect(await isValidSignature(delivery.body, signature, SECRET)).toBe(true);
    expect(await isValidSignature(delivery.body, signature, 'another-secret')).toBe(false);
    expect(delivery.headers['idempotency-key']).toMatch(/^msg_/);
    expect(delivery.headers['sanity-operation']).toBe('update');
    expect(delivery.headers['sanity-document-id']).toBe('article-first');
    expect(delivery.headers['content-type']).toBe('application/json');
  });

  it('draft changes do not fire by default', async () => {
    const { rx, client, ctx } = await setup({ filter: '_type == "article"' });
    await client.patch('drafts.article-first').set({ title: 'draft only' }).commit();
    await client.create({ _id: 'article-third', _type: 'article', title: 'published' });
    await until(() => rx.received.length >= 1, 'the published create');
    await ctx.lake.close();
    expect(rx.received.map((r) => r.headers['sanity-document-id'])).toEqual(['article-third']);
  });

  it('includeDrafts fires for drafts too', async () => {
    const { rx, client } = await setup({ filter: '_type == "article"', includeDrafts: true });
    await client.patch('drafts.article-first').set({ title: 'draft only' }).commit();
    await until(() => rx.received.length === 1, 'the draft delivery');
    expect(rx.received[0]?.headers['sanity-document-id']).toBe('drafts.article-first');
  });

  it('the filter and the `on` list select documents and operations', async () => {
    const { rx, client } = await setup({ filter: '_type == "faq"', on: ['create', 'delete'] });
    await client.create({ _id: 'person-x', _type: 'person', name: 'not matched' });
    await client.create({ _id: 'faq-x', _type: 'faq', question: 'Q' });
    await client.patch('faq-x').set({ question: 'update is not subscribed' }).commit();
    await client.delete('faq-x');
    await until(() => rx.received.length === 2, 'create and delete');
    expect(
      rx.received.map((r) => [r.headers['sanity-document-id'], r.headers['sanity-operation']]),
    ).toEqual([
      ['faq-x', 'create'],
      ['faq-x', 'delete'],
    ]);
  });

  it('retries 429 and 5xx with the same idempotency key until a 2xx', async () => {
    const { rx, client, ctx } = await setup({ filter: '_type == "faq"' }, [503, 429]);
    await client.create({ _id: 'faq-r', _type: 'faq', question: 'retry me' });
    await until(() => rx.received.length === 3, 'three attempts');
    expect(new Set(rx.received.map((r) => r.headers['idempotency-key'])).size).toBe(1);
    for (const r of rx.received)
      expect(
        await isValidSignature(r.body, r.headers[SIGNATURE_HEADER_NAME] as string, SECRET),
      ).toBe(true);
    expect(ctx.lake.webhooks.log.map((l) => l.status)).toEqual([503, 429, 200]);
  });

  it('does not retry other 4xx answers', async () => {
    const { rx, client, ctx } = await setup({ filter: '_type == "faq"' }, [400]);
    await client.create({ _id: 'faq-bad', _type: 'faq', question: 'rejected' });
    await until(
      () => ctx.lake.webhooks.log.length === 1 && ctx.lake.webhooks.inFlight === 0,
      'the rejected attempt',
    );
    await new Promise((r) => setTimeout(r, 200));
    expect(rx.received.length).toBe(1);
  });

  it('a webhook file that is not JSON fails start-up with its name', async () => {
    const dir = await tempDir('badhooks');
    cleanups.push(() => fs.rm(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'hooks.json');
    await fs.writeFile(file, '{not json');
    await expect(startTestLake({ webhooksFile: file })).rejects.toThrow(/CONTENT_LAKE_WEBHOOKS/);
  });
});
