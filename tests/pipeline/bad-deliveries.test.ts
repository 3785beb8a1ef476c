import { createHmac } from 'node:crypto';
import { request } from 'node:http';
import path from 'node:path';
import { encodeSignatureHeader } from '@sanity/webhook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  at,
  cleanup,
  fakePipelineEnv,
  makeArticles,
  payloadFor,
  PipelineProcess,
  readText,
  SECRET,
  sendWebhook,
  tempDir,
  writeFakeDataset,
} from './helpers.ts';
import type { StatusJson } from './helpers.ts';

/** Each case: what is sent, and the status Sanity must get back. No case may start a build. */
describe('webhook endpoint refuses bad deliveries without starting a build', () => {
  let dir: string;
  let pipeline: PipelineProcess;
  let baseline: StatusJson;
  let baselineBuilds: number;
  const buildLog = (): Promise<number> =>
    readText(path.join(dir, 'fake-state', 'builds.log')).then(
      (t) => t.split('\n').filter(Boolean).length,
    );
  const articles = makeArticles(3, 'v1');
  const body = payloadFor(at(articles, 0));

  beforeAll(async () => {
    dir = await tempDir('bad');
    await writeFakeDataset(path.join(dir, 'data.ndjson'), articles);
    pipeline = new PipelineProcess(fakePipelineEnv(dir, { PIPELINE_MAX_BODY_BYTES: '4096' }));
    await pipeline.start();
    // The first start builds the initial release; every case below is measured against it.
    baseline = await pipeline.settle();
    expect(baseline.live).not.toBeNull();
    baselineBuilds = await buildLog();
  });

  afterAll(async () => {
    await pipeline.stop();
    await cleanup(dir);
  });

  async function expectNoBuild(): Promise<void> {
    const now = await pipeline.status();
    expect(now.queue.pending).toBeNull();
    expect(now.queue.running).toBeNull();
    expect(now.queue.stats.started).toBe(baseline.queue.stats.started);
    // The build command itself never ran either.
    expect(await buildLog()).toBe(baselineBuilds);
  }

  /** A raw request (for bodies fetch cannot send: chunked, oversized, odd headers). */
  function rawPost(headers: Record<string, string>, chunks: Buffer[]): Promise<number> {
    const url = new URL(`${pipeline.controlUrl}/webhooks/sanity`);
    return new Promise((resolve, reject) => {
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      // The server closes the connection after a 413 without reading the rest.
      req.on('error', (error: NodeJS.ErrnoException) =>
        error.code === 'ECONNRESET' || error.code === 'EPIPE' ? undefined : reject(error),
      );
      for (const chunk of chunks) req.write(chunk);
      req.end();
    });
  }

  it('missing signature header → 401', async () => {
    const res = await sendWebhook(pipeline.controlUrl, body, { signature: null });
    expect(res.status).toBe(401);
    await expectNoBuild();
  });

  it('garbled signature header → 401', async () => {
    const res = await sendWebhook(pipeline.controlUrl, body, {
      signature: 'this is not a signature',
    });
    expect(res.status).toBe(401);
    await expectNoBuild();
  });

  it('signature made with the wrong secret → 401', async () => {
    const res = await sendWebhook(pipeline.controlUrl, body, {
      secret: 'another-secret-of-enough-length',
    });
    expect(res.status).toBe(401);
    await expectNoBuild();
  });

  it('signature with one flipped bit → 401', async () => {
    const good = await encodeSignatureHeader(body, Date.now(), SECRET);
    const [prefix, hmac] = good.split('v1=') as [string, string];
    const bytes = Buffer.from(hmac, 'base64url');
    bytes.writeUInt8(bytes.readUInt8(5) ^ 0b0000_0100, 5);
    const res = await sendWebhook(pipeline.controlUrl, body, {
      signature: `${prefix}v1=${bytes.toString('base64url')}`,
    });
    expect(res.status).toBe(401);
    await expectNoBuild();
  });

  it('body changed by one byte after signing → 401', async () => {
    const signature = await encodeSignatureHeader(body, Date.now(), SECRET);
    const tampered = body.replace('"update"', '"updatf"');
    expect(tampered).not.toBe(body);
    const res = await sendWebhook(pipeline.controlUrl, tampered, { signature });
    expect(res.status).toBe(401);
    await expectNoBuild();
  });

  it('re-serialised JSON body (same data, different bytes) → 401', async () => {
    const signature = await encodeSignatureHeader(body, Date.now(), SECRET);
    const reserialised = JSON.stringify(JSON.parse(body), null, 2);
    const res = await sendWebhook(pipeline.controlUrl, reserialised, { signature });
    expect(res.status).toBe(401);
    await expectNoBuild();
  });

  it('stale timestamp, correctly signed (older than the freshness window) → 401', async () => {
    const res = await sendWebhook(pipeline.controlUrl, body, {
      timestamp: Date.now() - 2 * 3_600_000,
    });
    expect(res.status).toBe(401);
    await expectNoBuild();
  });

  it('timestamp from the future, correctly signed → 401', async () => {
    const res = await sendWebhook(pipeline.controlUrl, body, { timestamp: Date.now() + 3_600_000 });
    expect(res.status).toBe(401);
    await expectNoBuild();
  });

  it('timestamp in seconds instead of milliseconds → 401', async () => {
    // The library refuses to sign a seconds timestamp, so sign it by hand the same way.
    const seconds = Math.floor(Date.now() / 1000);
    const hmac = createHmac('sha256', SECRET).update(`${seconds}.${body}`).digest('base64url');
    const res = await sendWebhook(pipeline.controlUrl, body, {
      signature: `t=${seconds},v1=${hmac}`,
    });
    expect(res.status).toBe(401);
    await expectNoBuild();
  });

  it('unknown signature scheme (v0 instead of v1) → 401', async () => {
    const good = await encodeSignatureHeader(body, Date.now(), SECRET);
    const res = await sendWebhook(pipeline.controlUrl, body, {
      signature: good.replace('v1=', 'v0='),
    });
    expect(res.status).toBe(401);
    await expectNoBuild();
  });

  it('two signatures in one header → 401', async () => {
    const good = await encodeSignatureHeader(body, Date.now(), SECRET);
    const res = await sendWebhook(pipeline.controlUrl, body, { signature: `${good}, ${good}` });
    expect(res.status).toBe(401);
    await expectNoBuild();
  });

  it('empty body → 401', async () => {
    const status = await rawPost(
      {
        'content-type': 'application/json',
        'content-length': '0',
        'sanity-webhook-signature': await encodeSignatureHeader('{}', Date.now(), SECRET),
      },
      [],
    );
    expect(status).toBe(401);
    await expectNoBuild();
  });

  it('replayed idempotency key → 200 duplicate, no second build', async () => {
    const fresh = makeArticles(3, 'v1');
    const replayBody = payloadFor(at(fresh, 2));
    const headers = { 'idempotency-key': 'replay-me-once' };
    const first = await sendWebhook(pipeline.controlUrl, replayBody, { headers });
    expect(first.status).toBe(202);
    // Nothing changed in the dataset, so that build ends "up to date"; then it becomes the baseline.
    baseline = await pipeline.settle();
    expect(baseline.builds[0]?.result).toBe('up-to-date');
    const again = await sendWebhook(pipeline.controlUrl, replayBody, { headers });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ status: 'duplicate' });
    await expectNoBuild();
  });

  it('GET instead of POST → 405', async () => {
    const res = await fetch(`${pipeline.controlUrl}/webhooks/sanity`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    await expectNoBuild();
  });

  it('PUT instead of POST → 405', async () => {
    const res = await fetch(`${pipeline.controlUrl}/webhooks/sanity`, {
      method: 'PUT',
      headers: {
        'content-type': 'application/json',
        'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), SECRET),
      },
      body,
    });
    expect(res.status).toBe(405);
    await expectNoBuild();
  });

  it('wrong content type (text/plain) → 415', async () => {
    const res = await sendWebhook(pipeline.controlUrl, body, {
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.status).toBe(415);
    await expectNoBuild();
  });

  it('form-encoded content type → 415', async () => {
    const res = await sendWebhook(pipeline.controlUrl, body, {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
    await expectNoBuild();
  });

  it('oversized body with a declared Content-Length → 413', async () => {
    const big = JSON.stringify({
      _id: 'article-topic-0',
      _type: 'article',
      padding: 'x'.repeat(10_000),
    });
    const res = await sendWebhook(pipeline.controlUrl, big);
    expect(res.status).toBe(413);
    await expectNoBuild();
  });

  it('oversized chunked body without Content-Length → 413', async () => {
    const chunk = Buffer.from('x'.repeat(1024));
    const status = await rawPost(
      {
        'content-type': 'application/json',
        'transfer-encoding': 'chunked',
        'sanity-webhook-signature': await encodeSignatureHeader(body, Date.now(), SECRET),
      },
      Array.from({ length: 16 }, () => chunk),
    );
    expect(status).toBe(413);
    await expectNoBuild();
  });

  it('malformed JSON, correctly signed → 400', async () => {
    const res = await sendWebhook(pipeline.controlUrl, '{"_id": "article-topic-0", "_type": ');
    expect(res.status).toBe(400);
    await expectNoBuild();
  });

  it('JSON array instead of an object, correctly signed → 400', async () => {
    const res = await sendWebhook(pipeline.controlUrl, `[${body}]`);
    expect(res.status).toBe(400);
    await expectNoBuild();
  });

  it('payload without _id, correctly signed → 400', async () => {
    const res = await sendWebhook(
      pipeline.controlUrl,
      JSON.stringify({ _type: 'article', _rev: 'x' }),
    );
    expect(res.status).toBe(400);
    await expectNoBuild();
  });

  it('payload whose _id is not a document id, correctly signed → 400', async () => {
    const res = await sendWebhook(
      pipeline.controlUrl,
      JSON.stringify({ _id: '../../etc/passwd', _type: 'article' }),
    );
    expect(res.status).toBe(400);
    await expectNoBuild();
  });

  it('idempotency-key longer than 256 characters → 400', async () => {
    const res = await sendWebhook(pipeline.controlUrl, body, {
      headers: { 'idempotency-key': 'k'.repeat(300) },
    });
    expect(res.status).toBe(400);
    await expectNoBuild();
  });

  it('draft document change → 200 ignored (drafts never reach the site)', async () => {
    const res = await sendWebhook(
      pipeline.controlUrl,
      JSON.stringify({ _id: 'drafts.article-topic-0', _type: 'article', _rev: 'd1' }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ignored' });
    await expectNoBuild();
  });

  it('a good delivery is still accepted after all of the above (202)', async () => {
    const res = await sendWebhook(pipeline.controlUrl, body);
    expect(res.status).toBe(202);
  });
});
