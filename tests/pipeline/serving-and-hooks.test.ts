import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  at,
  cleanup,
  fakePipelineEnv,
  makeArticles,
  payloadFor,
  PipelineProcess,
  present,
  sendWebhook,
  tempDir,
  waitFor,
  writeFakeDataset,
} from './helpers.ts';

describe('static server of the live release', () => {
  let dir: string;
  let pipeline: PipelineProcess;

  beforeAll(async () => {
    dir = await tempDir('serve');
    await writeFakeDataset(path.join(dir, 'data.ndjson'), makeArticles(3, 'v1'));
    pipeline = new PipelineProcess(fakePipelineEnv(dir));
    await pipeline.start();
    await pipeline.settle();
  });

  afterAll(async () => {
    await pipeline.stop();
    await cleanup(dir);
  });

  it('serves pages as UTF-8 HTML with the security headers and revalidation', async () => {
    const res = await fetch(`${pipeline.siteUrl}/articles/topic-1/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = present(res.headers.get('content-security-policy'), 'a CSP');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('cache-control')).toContain('must-revalidate');
  });

  it('caches hashed /_astro/ assets for a year as immutable, with their content type', async () => {
    const html = await (await fetch(`${pipeline.siteUrl}/`)).text();
    const css = present(/href="(\/_astro\/[^"]+\.css)"/.exec(html)?.[1], 'a stylesheet link');
    const res = await fetch(`${pipeline.siteUrl}${css}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('redirects a directory without its trailing slash', async () => {
    const res = await fetch(`${pipeline.siteUrl}/articles/topic-1`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/articles/topic-1/');
  });

  it('answers unknown paths with the site 404 page and status 404', async () => {
    const res = await fetch(`${pipeline.siteUrl}/no/such/page/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Not found');
  });

  it('does not serve files outside the release (encoded path traversal)', async () => {
    const res = await fetch(`${pipeline.siteUrl}/..%2f..%2f..%2fstate%2fqueue.json`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('"version"');
  });

  it('does not serve the pipeline metadata inside a release', async () => {
    expect((await fetch(`${pipeline.siteUrl}/_build/report.json`)).status).toBe(404);
    expect((await fetch(`${pipeline.siteUrl}/_headers`)).status).toBe(404);
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await fetch(`${pipeline.siteUrl}/`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
  });

  it('writes the same headers as a _headers file into the release, for static hosts', async () => {
    const live = present((await pipeline.status()).live, 'a live release').release;
    const file = await readFile(path.join(dir, 'pipeline', 'releases', live, '_headers'), 'utf8');
    const res = await fetch(`${pipeline.siteUrl}/`);
    expect(file).toContain(
      `Content-Security-Policy: ${res.headers.get('content-security-policy')}`,
    );
    expect(file).toContain('Strict-Transport-Security:');
    expect(file).toMatch(
      /\/_astro\/\*\n {2}! Cache-Control\n {2}Cache-Control: public, max-age=31536000, immutable/,
    );
  });

  it('shows status as JSON and as a small HTML page without scripts', async () => {
    const json = await pipeline.status();
    expect(json.live?.pageCount).toBe(5);
    const page = await fetch(`${pipeline.controlUrl}/`);
    const html = await page.text();
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toContain(json.live?.release);
    expect(html).not.toContain('<script');
    expect((await fetch(`${pipeline.controlUrl}/healthz`)).status).toBe(200);
  });
});

describe('deploy-hook mode (Netlify, Vercel, Cloudflare Pages build the site themselves)', () => {
  let dir: string;
  let pipeline: PipelineProcess;
  let hook: Server;
  const calls: string[] = [];

  beforeAll(async () => {
    dir = await tempDir('hook');
    await writeFakeDataset(path.join(dir, 'data.ndjson'), makeArticles(3, 'v1'));
    hook = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        calls.push(body);
        // A slow host: deliveries arriving meanwhile must coalesce into one more call.
        setTimeout(() => res.writeHead(201).end('{}'), 300);
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    const port = (hook.address() as AddressInfo).port;
    pipeline = new PipelineProcess(
      fakePipelineEnv(dir, {
        PIPELINE_DEPLOY_HOOK_URL: `http://127.0.0.1:${port}/build_hooks/abc`,
      }),
    );
    await pipeline.start();
  });

  afterAll(async () => {
    await pipeline.stop();
    await new Promise((resolve) => hook.close(resolve));
    await cleanup(dir);
  });

  it('calls the hook once per coalesced batch of signed deliveries, never for bad ones', async () => {
    const articles = makeArticles(3, 'v2');
    const bad = await sendWebhook(pipeline.controlUrl, payloadFor(at(articles, 0)), {
      signature: 't=1,v1=bad',
    });
    expect(bad.status).toBe(401);
    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        sendWebhook(pipeline.controlUrl, payloadFor(at(articles, i % 3))).then((r) => r.status),
      ),
    );
    expect(statuses.every((s) => s === 202)).toBe(true);
    const settled = await pipeline.settle();
    await waitFor('the hook calls to be recorded', async () => calls.length > 0);
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.length).toBeLessThanOrEqual(3);
    expect(settled.lastBuild?.result).toBe('hook-called');
    // The fake build never ran: the host builds.
    expect(settled.live).toBeNull();
  });
});
