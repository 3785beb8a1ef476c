import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  at,
  cleanup,
  LivePoller,
  PipelineProcess,
  REPO_ROOT,
  SECRET,
  sendWebhook,
  tempDir,
  waitFor,
} from './helpers.ts';

/**
 * The real Astro site, built by the pipeline from a copy of the bundled dataset: one service
 * (and so one initial full build) shared by both cases to spare the two-core machine.
 */
describe('publishing with the real site build', () => {
  let dir: string;
  let datasetFile: string;
  let pipeline: PipelineProcess;

  interface Doc {
    _id: string;
    _type: string;
    _rev: string;
    slug: { current: string };
    excerpt: string;
  }

  /** Rewrites one published article in the dataset copy (a new revision, as Sanity would). */
  async function editArticle(edit: (doc: Doc) => void): Promise<Doc> {
    const lines = (await readFile(datasetFile, 'utf8')).split('\n');
    const index = lines.findIndex(
      (l) => l.includes('"_type":"article"') && !l.includes('"_id":"drafts.'),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    const doc = JSON.parse(at(lines, index)) as Doc;
    edit(doc);
    lines[index] = JSON.stringify(doc);
    await writeFile(datasetFile, lines.join('\n'));
    return doc;
  }

  async function sendFor(doc: Doc): Promise<void> {
    const res = await sendWebhook(
      pipeline.controlUrl,
      JSON.stringify({
        _id: doc._id,
        _type: doc._type,
        _rev: doc._rev,
        slug: doc.slug.current,
        operation: 'update',
      }),
    );
    expect(res.status).toBe(202);
  }

  async function articleHtml(slug: string): Promise<string> {
    return (await fetch(`${pipeline.siteUrl}/articles/${slug}/`)).text();
  }

  beforeAll(async () => {
    dir = await tempDir('real');
    await cp(path.join(REPO_ROOT, 'site', 'content'), path.join(dir, 'content'), {
      recursive: true,
    });
    datasetFile = path.join(dir, 'content', 'data.ndjson');
    pipeline = new PipelineProcess({
      SANITY_WEBHOOK_SECRET: SECRET,
      PORT: '0',
      PIPELINE_SITE_PORT: '0',
      PIPELINE_DIR: path.join(dir, 'pipeline'),
      SMP_DATASET: datasetFile,
      PIPELINE_DEBOUNCE_MS: '50',
      PIPELINE_MAX_ATTEMPTS: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    await pipeline.start();
    const first = await pipeline.settle(600_000);
    expect(first.builds[0]?.result, JSON.stringify(first.builds[0])).toBe('live');
  });

  afterAll(async () => {
    await pipeline?.stop();
    await cleanup(dir);
  });

  it('publish to live: an edited article is served after its signed webhook', async () => {
    const marker = `Edited through the publish pipeline at ${Date.now()}.`;
    const doc = await editArticle((d) => {
      d.excerpt = marker;
      d._rev = `pipeline-test-${Date.now()}`;
    });
    expect(await articleHtml(doc.slug.current)).not.toContain(marker);
    const poller = new LivePoller(pipeline.siteUrl, [
      '/',
      `/articles/${doc.slug.current}/`,
      '/articles/',
    ]);
    await sendFor(doc);
    await waitFor(
      'the edit to be served',
      async () => (await articleHtml(doc.slug.current)).includes(marker),
      300_000,
      250,
    );
    await poller.stop();
    expect(poller.failures).toEqual([]);
    const status = await pipeline.settle(300_000);
    expect(status.live?.mode).toBe('incremental');
    // The release carries the security headers for static hosts, and the server sends them.
    const res = await fetch(`${pipeline.siteUrl}/articles/${doc.slug.current}/`);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('content-security-policy')).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(res.headers.get('strict-transport-security')).toContain('max-age=');
  }, 600_000);

  it('the real build SIGKILLed half-way (as an out-of-memory kill would) leaves the live site serving; the next publish goes live', async () => {
    const liveBefore = (await pipeline.status()).live?.release;
    const first = await editArticle((d) => {
      d.excerpt = `Never served: this build is killed at ${Date.now()}.`;
      d._rev = `pipeline-killed-${Date.now()}`;
    });
    const servedBefore = await articleHtml(first.slug.current);
    const poller = new LivePoller(pipeline.siteUrl, ['/', `/articles/${first.slug.current}/`]);
    await sendFor(first);
    // Half-way: Astro has bundled the site and started writing its output (a publish renders
    // into work/scoped while the live release is copied beside it).
    const scopedDir = path.join(dir, 'pipeline', 'work', 'scoped');
    const pidFile = path.join(dir, 'pipeline', 'state', 'build.pid');
    await waitFor(
      'the real build to start writing its output',
      async () => {
        const entries = await readdir(scopedDir, { recursive: true }).catch(() => []);
        const running = await readFile(pidFile, 'utf8').catch(() => '');
        return entries.length > 0 && running !== '';
      },
      300_000,
      20,
    );
    const pid = Number(await readFile(pidFile, 'utf8'));
    expect(pid).toBeGreaterThan(1);
    process.kill(-pid, 'SIGKILL');
    const failed = await waitFor(
      'the killed build to be reported',
      async () => {
        const s = await pipeline.status();
        return s.lastBuild?.result === 'failed' && !s.queue.running && !s.queue.pending
          ? s
          : undefined;
      },
      300_000,
      250,
    );
    expect(failed.lastBuild?.error?.step).toBe('build');
    expect(failed.lastBuild?.error?.message).toMatch(/SIGKILL/);
    expect(failed.live?.release).toBe(liveBefore);
    expect(await articleHtml(first.slug.current)).toBe(servedBefore);

    const marker = `Republished after the killed build at ${Date.now()}.`;
    const doc = await editArticle((d) => {
      d.excerpt = marker;
      d._rev = `pipeline-after-kill-${Date.now()}`;
    });
    await sendFor(doc);
    await waitFor(
      'the next publish to be served',
      async () => (await articleHtml(doc.slug.current)).includes(marker),
      300_000,
      250,
    );
    await poller.stop();
    expect(poller.failures).toEqual([]);
    // A killed build may leave Astro's cache half-written, so the next build was a full one.
    expect((await pipeline.settle(300_000)).live?.mode).toBe('full');
  }, 900_000);
});
