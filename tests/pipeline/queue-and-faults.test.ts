import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  at,
  cleanup,
  fakePipelineEnv,
  LivePoller,
  makeArticles,
  payloadFor,
  PipelineProcess,
  present,
  readText,
  ROLLBACK,
  sendWebhook,
  setFakeMode,
  tempDir,
  waitFor,
  writeFakeDataset,
} from './helpers.ts';
import type { FakeArticle } from './helpers.ts';

const run = promisify(execFile);
const N = 8;
const PAGES = ['/', '/articles/topic-0/', '/articles/topic-3/', '/articles/topic-7/'];

async function pageText(siteUrl: string, slug: string): Promise<string> {
  const res = await fetch(`${siteUrl}/articles/${slug}/`);
  return res.text();
}

/**
 * Publishes a new version of every article: the dataset first, then one webhook per article
 * ('all') or a single webhook ('one', so exactly one build runs).
 */
async function publishVersion(
  pipeline: PipelineProcess,
  dir: string,
  version: string,
  deliveries: 'all' | 'one' = 'all',
): Promise<FakeArticle[]> {
  const articles = makeArticles(N, version);
  await writeFakeDataset(path.join(dir, 'data.ndjson'), articles);
  for (const a of deliveries === 'all' ? articles : articles.slice(3, 4)) {
    const res = await sendWebhook(pipeline.controlUrl, payloadFor(a));
    expect(res.status).toBe(202);
  }
  return articles;
}

describe('burst of deliveries', () => {
  let dir: string;
  let pipeline: PipelineProcess;

  beforeAll(async () => {
    dir = await tempDir('burst');
    await writeFakeDataset(path.join(dir, 'data.ndjson'), makeArticles(N, 'v0'));
    // A slow build makes the burst land while a build runs, the case coalescing is for.
    await setFakeMode(dir, 'ok', 300);
    pipeline = new PipelineProcess(fakePipelineEnv(dir));
    await pipeline.start();
    await pipeline.settle();
  });

  afterAll(async () => {
    await pipeline.stop();
    await cleanup(dir);
  });

  it('100 signed webhooks: never more than one running and one pending build; live ends with the latest content', async () => {
    const before = (await pipeline.status()).queue.stats.started;
    let last: FakeArticle[] = [];
    const maxSeen = { running: 0, pending: 0 };
    const watching = { on: true };
    const watcher = (async () => {
      while (watching.on) {
        const s = await pipeline.status();
        maxSeen.running = Math.max(maxSeen.running, s.queue.running ? 1 : 0);
        maxSeen.pending = Math.max(maxSeen.pending, s.queue.pending ? 1 : 0);
      }
    })();
    // 100 deliveries in 10 waves; every wave rewrites the dataset (a new revision of each article).
    const sends: Promise<Response>[] = [];
    for (let wave = 1; wave <= 10; wave += 1) {
      last = makeArticles(N, `burst${wave}`);
      await writeFakeDataset(path.join(dir, 'data.ndjson'), last);
      for (let i = 0; i < 10; i += 1) {
        sends.push(sendWebhook(pipeline.controlUrl, payloadFor(at(last, i % N))));
      }
    }
    const statuses = await Promise.all(sends.map(async (p) => (await p).status));
    expect(statuses.filter((s) => s === 202)).toHaveLength(100);
    const settled = await pipeline.settle();
    watching.on = false;
    await watcher;

    // The build itself records any overlap of two builds (an exclusive lock file).
    expect(existsSync(path.join(dir, 'fake-state', 'overlap'))).toBe(false);
    expect(settled.queue.stats.maxRunning).toBeLessThanOrEqual(1);
    expect(settled.queue.stats.maxPending).toBeLessThanOrEqual(1);
    expect(maxSeen.running).toBeLessThanOrEqual(1);
    // 100 deliveries coalesced into far fewer builds (each build takes ≥ 300 ms).
    const builds = settled.queue.stats.started - before;
    expect(builds).toBeGreaterThanOrEqual(1);
    expect(builds).toBeLessThan(100);
    expect(settled.queue.stats.deliveriesMerged).toBeGreaterThan(0);
    for (const a of last) {
      const html = await pageText(pipeline.siteUrl, a.slug);
      expect(html).toContain(a.text);
      expect(html).toContain(a.rev);
    }
  });
});

describe('faults leave the previous release serving, and the next good publish goes live', () => {
  let dir: string;
  let pipeline: PipelineProcess;
  let version = 0;

  beforeAll(async () => {
    dir = await tempDir('faults');
    await writeFakeDataset(path.join(dir, 'data.ndjson'), makeArticles(N, 'v0'));
    await setFakeMode(dir, 'ok');
    pipeline = new PipelineProcess(fakePipelineEnv(dir, { PIPELINE_KEEP_RELEASES: '3' }));
    await pipeline.start();
    await pipeline.settle();
  });

  afterAll(async () => {
    await pipeline.stop('SIGKILL');
    await cleanup(dir);
  });

  /**
   * Runs one fault while polling the live site, then checks: the failed build is reported, the
   * old content kept serving without a single failed or mixed request, and a good publish after
   * it goes live.
   */
  async function faultCase(
    mode: string,
    expectedStep: string,
    duringFault?: () => Promise<void>,
  ): Promise<void> {
    const liveBefore = (await pipeline.status()).live?.release;
    const oldText = (await pageText(pipeline.siteUrl, 'topic-3')).match(
      /Text of topic 3, version [^.]+\./,
    )?.[0];
    expect(oldText).toBeDefined();
    const poller = new LivePoller(pipeline.siteUrl, PAGES);
    await setFakeMode(dir, mode);
    version += 1;
    await publishVersion(pipeline, dir, `bad${version}`, 'one');
    await duringFault?.();
    const failed = await waitFor('the faulty build to fail', async () => {
      const s = await pipeline.status();
      return s.lastBuild?.result === 'failed' && !s.queue.running && !s.queue.pending
        ? s
        : undefined;
    });
    expect(failed.lastBuild?.error?.step).toBe(expectedStep);
    expect(failed.live?.release).toBe(liveBefore);
    expect(await pageText(pipeline.siteUrl, 'topic-3')).toContain(present(oldText, 'the old text'));

    await setFakeMode(dir, 'ok');
    const good = await publishVersion(pipeline, dir, `good${version}`);
    await waitFor('the next good publish to go live', async () =>
      (await pageText(pipeline.siteUrl, 'topic-3')).includes(at(good, 3).text),
    );
    await poller.stop();
    expect(poller.failures).toEqual([]);
    expect(poller.requests).toBeGreaterThan(0);
    const after = await pipeline.settle();
    expect(after.live?.release).not.toBe(liveBefore);
    expect(
      after.builds.find((b) => b.id === after.live?.release)?.result,
      JSON.stringify(after.builds),
    ).toBe('live');
  }

  it('a build that exits non-zero', async () => {
    await faultCase('fail', 'build');
  });

  it('a build killed with SIGKILL half-way', async () => {
    const pidFile = path.join(dir, 'fake-state', 'hang.pid');
    await faultCase('hang', 'build', async () => {
      const pid = await waitFor('the build to reach half-way', async () => {
        const text = await readText(pidFile);
        return text.trim() ? Number(text) : undefined;
      });
      await rm(pidFile, { force: true });
      process.kill(pid, 'SIGKILL');
    });
    expect(
      (await pipeline.status()).builds.find((b) => b.result === 'failed')?.error?.message,
    ).toMatch(/SIGKILL/);
  });

  it('content that fails verification (the site reports a content error)', async () => {
    await faultCase('bad-content', 'verify');
  });

  it('a release without a search index fails verification', async () => {
    await faultCase('no-search', 'verify');
  });

  it('rollback is atomic and brings back the previous content', async () => {
    const before = await pipeline.status();
    const current = present(before.live, 'a live release').release;
    const currentText = await pageText(pipeline.siteUrl, 'topic-3');
    const good = await publishVersion(pipeline, dir, 'before-rollback');
    await waitFor('the new version to go live', async () =>
      (await pageText(pipeline.siteUrl, 'topic-3')).includes(at(good, 3).text),
    );
    const poller = new LivePoller(pipeline.siteUrl, PAGES);
    const { stdout } = await run(process.execPath, [ROLLBACK], {
      env: { ...process.env, PIPELINE_DIR: path.join(dir, 'pipeline') },
    });
    expect(stdout).toContain(`-> ${current}`);
    expect(await pageText(pipeline.siteUrl, 'topic-3')).toBe(currentText);
    await poller.stop();
    expect(poller.failures).toEqual([]);
    expect((await pipeline.status()).live?.release).toBe(current);
    const { stdout: list } = await run(process.execPath, [ROLLBACK, '--list'], {
      env: { ...process.env, PIPELINE_DIR: path.join(dir, 'pipeline') },
    });
    expect(list).toContain(`* ${current}`);
  });
});

describe('a failing deploy step', () => {
  let dir: string;
  let pipeline: PipelineProcess;

  beforeAll(async () => {
    dir = await tempDir('deploy');
    await writeFakeDataset(path.join(dir, 'data.ndjson'), makeArticles(N, 'v0'));
    await setFakeMode(dir, 'ok');
    // The deploy step fails while a marker file exists (a CDN upload that errors, say).
    const marker = path.join(dir, 'deploy-fails');
    pipeline = new PipelineProcess(
      fakePipelineEnv(dir, {
        PIPELINE_DEPLOY_COMMAND: `if [ -e "${marker}" ]; then echo "upload refused" >&2; exit 7; fi; test -f "$RELEASE_DIR/_headers"`,
      }),
    );
    await pipeline.start();
    await pipeline.settle();
  });

  afterAll(async () => {
    await pipeline.stop();
    await cleanup(dir);
  });

  it('keeps the previous release live and serving; the next good publish goes live', async () => {
    const marker = path.join(dir, 'deploy-fails');
    const liveBefore = (await pipeline.status()).live?.release;
    const poller = new LivePoller(pipeline.siteUrl, PAGES);
    await writeFile(marker, '');
    const bad = await publishVersion(pipeline, dir, 'undeployable');
    const failed = await waitFor('the deploy step to fail', async () => {
      const s = await pipeline.status();
      return s.lastBuild?.result === 'failed' && !s.queue.running && !s.queue.pending
        ? s
        : undefined;
    });
    expect(failed.lastBuild?.error?.step).toBe('deploy');
    expect(failed.lastBuild?.error?.message).toContain('exited with code 7');
    expect(failed.live?.release).toBe(liveBefore);
    expect(await pageText(pipeline.siteUrl, 'topic-3')).not.toContain(at(bad, 3).text);

    await rm(marker);
    const good = await publishVersion(pipeline, dir, 'deployable');
    await waitFor('the next publish to go live', async () =>
      (await pageText(pipeline.siteUrl, 'topic-3')).includes(at(good, 3).text),
    );
    await poller.stop();
    expect(poller.failures).toEqual([]);
  });
});

describe('service restart with a build pending', () => {
  let dir: string;
  let pipeline: PipelineProcess;

  beforeAll(async () => {
    dir = await tempDir('restart');
    await writeFakeDataset(path.join(dir, 'data.ndjson'), makeArticles(N, 'v0'));
    await setFakeMode(dir, 'ok');
    pipeline = new PipelineProcess(fakePipelineEnv(dir));
    await pipeline.start();
    await pipeline.settle();
  });

  afterAll(async () => {
    await pipeline.stop();
    await cleanup(dir);
  });

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`pending work survives ${signal} of the service and goes live after the restart`, async () => {
      const liveBefore = present((await pipeline.status()).live, 'a live release').release;
      const poller = new LivePoller(pipeline.siteUrl, PAGES);
      // First publish: its build hangs, so the second publish has to wait as pending work.
      await setFakeMode(dir, 'hang');
      await publishVersion(pipeline, dir, `${signal}-a`, 'one');
      await waitFor('a build to be running', async () => (await pipeline.status()).queue.running);
      const latest = await publishVersion(pipeline, dir, `${signal}-b`);
      await waitFor('work to be pending', async () => (await pipeline.status()).queue.pending);
      const replayKey = `replay-after-${signal}`;
      expect(
        (
          await sendWebhook(pipeline.controlUrl, payloadFor(at(latest, 0)), {
            headers: { 'idempotency-key': replayKey },
          })
        ).status,
      ).toBe(202);
      await poller.stop();
      await pipeline.stop(signal);
      expect(poller.failures).toEqual([]);

      const queueFile = JSON.parse(
        await readFile(path.join(dir, 'pipeline', 'state', 'queue.json'), 'utf8'),
      ) as {
        pending: unknown;
        running: unknown;
      };
      expect(queueFile.pending ?? queueFile.running).toBeTruthy();

      await setFakeMode(dir, 'ok');
      await pipeline.start();
      // The idempotency store survived the restart too.
      const replay = await sendWebhook(pipeline.controlUrl, payloadFor(at(latest, 0)), {
        headers: { 'idempotency-key': replayKey },
      });
      expect(replay.status).toBe(200);
      const poller2 = new LivePoller(pipeline.siteUrl, PAGES);
      await waitFor('the pending publish to go live after the restart', async () =>
        (await pageText(pipeline.siteUrl, 'topic-3')).includes(at(latest, 3).text),
      );
      await poller2.stop();
      expect(poller2.failures).toEqual([]);
      const after = await pipeline.settle();
      expect(after.live?.release).not.toBe(liveBefore);
      // No build of the old process kept running (the exclusive lock saw no overlap).
      expect(
        await readText(path.join(dir, 'fake-state', 'overlap')),
        pipeline.output.join('\n'),
      ).toBe('');
    });
  }
});
