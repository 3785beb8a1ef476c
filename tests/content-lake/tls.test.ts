import { execFile } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import http2 from 'node:http2';
import https from 'node:https';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/content-lake/config.ts';
import { ensureTls, spkiHashOf } from '../../scripts/content-lake/certs.ts';
import { PROJECT_ID, startTestLake, TOKEN } from './helpers.ts';

let ctx: Awaited<ReturnType<typeof startTestLake>>;
beforeAll(async () => {
  ctx = await startTestLake({ tls: true });
});
afterAll(async () => ctx.close());

describe('TLS and HTTP/2', () => {
  it('creates a CA and a leaf certificate naming localhost, *.localhost and <projectId>.localhost', () => {
    const tls = ctx.lake.tls;
    expect(tls).toBeDefined();
    const leaf = new X509Certificate(tls?.cert ?? '');
    const ca = new X509Certificate(tls?.caCert ?? '');
    expect(ca.ca).toBe(true);
    expect(leaf.verify(ca.publicKey)).toBe(true);
    for (const name of [
      'DNS:localhost',
      'DNS:*.localhost',
      `DNS:${PROJECT_ID}.localhost`,
      'IP Address:127.0.0.1',
    ]) {
      expect(leaf.subjectAltName).toContain(name);
    }
    expect(ctx.lake.url).toMatch(/^https:\/\/localhost:\d+$/);
  });

  it('keeps the CA across restarts so trusting it once is enough', async () => {
    const again = await ensureTls(`${ctx.dataDir}/tls`, PROJECT_ID);
    expect(again.caCert).toBe(ctx.lake.tls?.caCert);
    expect(spkiHashOf(again.cert)).toBe(ctx.lake.tls?.spkiHash);
  });

  it('speaks HTTP/2 to clients that trust the CA', async () => {
    const session = http2.connect(ctx.lake.url, { ca: ctx.lake.tls?.caCert });
    try {
      const body = await new Promise<string>((resolve, reject) => {
        const req = session.request({
          ':path': '/v2025-02-19/data/query/production?query=count(*)',
          authorization: `Bearer ${TOKEN}`,
        });
        let data = '';
        req.on('data', (c: Buffer) => (data += c.toString()));
        req.on('end', () => resolve(data));
        req.on('error', reject);
      });
      expect(session.alpnProtocol).toBe('h2');
      expect((JSON.parse(body) as { result: number }).result).toBe(4);
    } finally {
      session.close();
    }
  });

  it('still speaks HTTP/1.1 for @sanity/client in Node', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      https
        .get(
          `${ctx.lake.url}/v2025-02-19/users/me`,
          { ca: ctx.lake.tls?.caCert, headers: { authorization: `Bearer ${TOKEN}` } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        )
        .on('error', reject);
    });
    expect(status).toBe(200);
  });

  it('@sanity/client queries over TLS when Node trusts the CA (NODE_EXTRA_CA_CERTS)', async () => {
    const script = `
      import { createClient } from '@sanity/client';
      const client = createClient({ projectId: '${PROJECT_ID}', dataset: 'production', apiVersion: '2025-02-19', apiHost: process.env.LAKE_URL, useProjectHostname: false, useCdn: false, token: process.env.LAKE_TOKEN });
      console.log(await client.fetch('count(*[_type == "article"])'));`;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', script],
      {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          NODE_EXTRA_CA_CERTS: ctx.lake.tls?.caFile ?? '',
          LAKE_URL: ctx.lake.url,
          LAKE_TOKEN: TOKEN,
        },
      },
    );
    expect(stdout.trim()).toBe('2');
  });

  it('refuses clients that do not trust the certificate', async () => {
    await expect(fetch(`${ctx.lake.url}/v2025-02-19/users/me`)).rejects.toThrow();
  });
});
