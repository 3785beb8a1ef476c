import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../scripts/content-lake/config.ts';
import { clientFor, makeSeed, readPersisted, startTestLake, tempDir, TOKEN } from './helpers.ts';

const CLI = path.join(REPO_ROOT, 'scripts/content-lake/cli.ts');
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('persistence', () => {
  it('keeps the export format: _sanityAsset image fields, no asset documents in data.ndjson', async () => {
    const ctx = await startTestLake();
    cleanups.push(ctx.close);
    await clientFor(ctx.lake.url).patch('article-first').set({ title: 'Persisted' }).commit();
    const docs = await readPersisted(ctx.dataDir);
    const article = docs.find((d) => d['_id'] === 'article-first') as {
      title: string;
      heroImage: Record<string, unknown>;
    };
    expect(article.title).toBe('Persisted');
    expect(article.heroImage['_sanityAsset']).toMatch(
      /^image@file:\/\/\.\/images\/[a-f0-9]{40}-400x200\.png$/,
    );
    expect(article.heroImage['asset']).toBeUndefined();
    expect(docs.some((d) => String(d['_type']).startsWith('sanity.'))).toBe(false);
  });

  it('a restarted server sees every acknowledged change', async () => {
    const ctx = await startTestLake();
    cleanups.push(ctx.close);
    await clientFor(ctx.lake.url).create({
      _id: 'faq-persist',
      _type: 'faq',
      question: 'Still here?',
    });
    await clientFor(ctx.lake.url).delete('article-second');
    await ctx.lake.close();
    const { startContentLake } = await import('../../scripts/content-lake/server.ts');
    const again = await startContentLake({ ...ctx.lake.config, port: 0 });
    try {
      const client = clientFor(again.url);
      expect((await client.getDocument('faq-persist'))?.['question']).toBe('Still here?');
      expect(await client.getDocument('article-second')).toBeUndefined();
      // The seed is copied only once: the deleted document does not come back from it.
      expect(await client.fetch('count(*[_type == "article"])')).toBe(1);
    } finally {
      await again.close();
    }
  });
});

function spawnServer(
  dataDir: string,
  seedDir: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      CONTENT_LAKE_DIR: dataDir,
      CONTENT_LAKE_SEED: seedDir,
      CONTENT_LAKE_PORT: '0',
      CONTENT_LAKE_TLS: '0',
      CONTENT_LAKE_TOKEN: TOKEN,
      CONTENT_LAKE_PROJECT_ID: 'testproj',
      CONTENT_LAKE_DATASET: 'production',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /CONTENT_LAKE_READY (\{.*\})/.exec(out);
      if (match?.[1]) resolve({ child, url: (JSON.parse(match[1]) as { url: string }).url });
    });
    child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
  });
}

describe('crash safety', () => {
  it('after SIGKILL during a stream of mutations, every acknowledged mutation is there and the file parses', async () => {
    const root = await tempDir('crash');
    cleanups.push(() => fs.rm(root, { recursive: true, force: true }));
    const seedDir = path.join(root, 'seed');
    await makeSeed(seedDir);
    const dataDir = path.join(root, 'data');
    const first = await spawnServer(dataDir, seedDir);
    const client = clientFor(first.url);
    await client.create({ _id: 'counter', _type: 'counter', n: 0 });

    const acknowledged = new Set<string>();
    let counterAck = 0;
    let stop = false;
    // Four writers race, so the kill lands while several commits are queued or mid-write.
    const writer = async (w: number): Promise<void> => {
      for (let i = 0; !stop; i++) {
        try {
          const id = `crash-${w}-${i}`;
          await client
            .transaction()
            .create({
              _id: id,
              _type: 'faq',
              question: `Question ${w}/${i}`,
              padding: 'x'.repeat(2000),
            })
            .patch('counter', (p) => p.inc({ n: 1 }))
            .commit({ visibility: 'sync' });
          acknowledged.add(id);
          counterAck++;
        } catch {
          return; // the server is gone
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    while (acknowledged.size < 80) await new Promise((r) => setTimeout(r, 10));
    first.child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    if (first.child.exitCode === null && first.child.signalCode === null)
      await once(first.child, 'exit');

    // The file parses on its own, before any server touches it again.
    const persisted = await readPersisted(dataDir);
    const ids = new Set(persisted.map((d) => d['_id']));
    for (const id of acknowledged) expect(ids.has(id), id).toBe(true);

    const second = await spawnServer(dataDir, seedDir);
    try {
      const after = clientFor(second.url);
      const count = await after.fetch<number>('count(*[_id in $ids])', { ids: [...acknowledged] });
      expect(count).toBe(acknowledged.size);
      const counter = await after.getDocument('counter');
      expect(counter?.['n']).toBeGreaterThanOrEqual(counterAck);
      console.info(`crash test: ${acknowledged.size} acknowledged transactions survived SIGKILL`);
    } finally {
      second.child.kill('SIGTERM');
    }
  });
});
