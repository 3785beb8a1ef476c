import { cp, readdir, readFile, readlink, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cleanup,
  PipelineProcess,
  REPO_ROOT,
  SECRET,
  sendWebhook,
  tempDir,
  waitFor,
} from './helpers.ts';

/**
 * The fast publish path on the real site: a scoped Astro build renders only the pages whose
 * cacheKey changed and the pipeline merges them into a hard-link copy of the live release. One
 * service (one initial full build) is shared by every case, in order, to spare the machine.
 */
describe('incremental publishing renders only what a change affects', () => {
  let dir: string;
  let datasetFile: string;
  let pipeline: PipelineProcess;

  type Doc = Record<string, unknown> & { _id: string; _type: string; _rev: string };

  interface ReleaseMeta {
    releaseId: string;
    mode: string;
    renderedPages?: string[];
    removedPages?: string[];
  }

  async function readDocs(): Promise<Doc[]> {
    return (await readFile(datasetFile, 'utf8'))
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Doc);
  }

  async function writeDocs(docs: Doc[]): Promise<void> {
    await writeFile(datasetFile, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  }

  /** Edits one published document as Sanity would (new `_rev`) and sends its webhook. */
  async function publishEdit(id: string, edit: (doc: Doc) => void): Promise<Doc> {
    const docs = await readDocs();
    const doc = docs.find((d) => d._id === id);
    if (!doc) throw new Error(`${id} is not in the dataset`);
    edit(doc);
    doc._rev = `incremental-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    await writeDocs(docs);
    await notify(doc, 'update');
    return doc;
  }

  async function notify(doc: Doc, operation: string): Promise<void> {
    const slug = (doc['slug'] as { current?: string } | undefined)?.current;
    const res = await sendWebhook(
      pipeline.controlUrl,
      JSON.stringify({ _id: doc._id, _type: doc._type, _rev: doc._rev, slug, operation }),
    );
    expect(res.status).toBe(202);
  }

  async function liveDir(): Promise<string> {
    return path.join(dir, 'pipeline', await readlink(path.join(dir, 'pipeline', 'live')));
  }

  async function liveMeta(): Promise<ReleaseMeta> {
    return JSON.parse(
      await readFile(path.join(await liveDir(), '_build', 'pipeline.json'), 'utf8'),
    ) as ReleaseMeta;
  }

  async function page(p: string): Promise<{ status: number; text: string }> {
    const res = await fetch(`${pipeline.siteUrl}${p}`);
    return { status: res.status, text: await res.text() };
  }

  /** Waits for a new live release after `before` and returns its metadata. */
  async function nextRelease(before: string): Promise<ReleaseMeta> {
    const status = await waitFor(
      'a new live release',
      async () => {
        const s = await pipeline.status();
        return s.live && s.live.release !== before && !s.queue.running && !s.queue.pending
          ? s
          : undefined;
      },
      300_000,
      200,
    );
    expect(status.lastBuild?.result, JSON.stringify(status.lastBuild)).toBe('live');
    return liveMeta();
  }

  interface SearchStatus {
    search: { reindexing: boolean; stale: boolean; last: { result: string } | null };
  }

  /** The live release once nothing builds and the background search re-index has finished. */
  async function liveRelease(): Promise<string> {
    await pipeline.settle(300_000);
    const s = await waitFor(
      'the search re-index to finish',
      async () => {
        const st = (await pipeline.status()) as Awaited<ReturnType<PipelineProcess['status']>> &
          SearchStatus;
        return !st.search.reindexing && !st.queue.running && !st.queue.pending ? st : undefined;
      },
      300_000,
      200,
    );
    return s.live?.release ?? '';
  }

  /** Text of every Pagefind fragment (gzip, with a short signature) of the live release. */
  async function searchFragments(): Promise<string[]> {
    const folder = path.join(await liveDir(), 'pagefind', 'fragment');
    const names = await readdir(folder);
    return Promise.all(
      names.map(async (n) => gunzipSync(await readFile(path.join(folder, n))).toString('utf8')),
    );
  }

  beforeAll(async () => {
    dir = await tempDir('incremental');
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
    expect(first.live?.mode).toBe('full');
  }, 700_000);

  afterAll(async () => {
    await pipeline?.stop();
    await cleanup(dir);
  });

  it('one edited article re-renders its page and the listings; every other article page is the same file as before', async () => {
    const docs = await readDocs();
    const articles = docs.filter((d) => d._type === 'article' && !d._id.startsWith('drafts.'));
    const target = articles[0];
    if (!target) throw new Error('the dataset needs a published article');
    const slug = (target['slug'] as { current: string }).current;
    // An article page that shows nothing of the target (no card, no link) must not be rebuilt.
    let otherSlug: string | undefined;
    for (const a of articles) {
      const s = (a['slug'] as { current: string }).current;
      if (s !== slug && !(await page(`/articles/${s}/`)).text.includes(`/articles/${slug}/`)) {
        otherSlug = s;
        break;
      }
    }
    if (!otherSlug) throw new Error('the dataset needs an article unrelated to the first one');
    const before = await liveRelease();
    const beforeDir = await liveDir();
    const otherBefore = await stat(path.join(beforeDir, 'articles', otherSlug, 'index.html'));
    const otherHtmlBefore = (await page(`/articles/${otherSlug}/`)).text;

    const marker = `Incrementally published at ${Date.now()}`;
    await publishEdit(target._id, (d) => {
      d['excerpt'] = marker;
    });
    const meta = await nextRelease(before);

    expect(meta.mode).toBe('incremental');
    expect(meta.renderedPages).toContain(`/articles/${slug}/`);
    expect(meta.renderedPages).toContain('/');
    expect(meta.renderedPages).toContain('/articles/');
    expect(meta.renderedPages).not.toContain(`/articles/${otherSlug}/`);
    expect(meta.removedPages).toEqual([]);
    expect((await page(`/articles/${slug}/`)).text).toContain(marker);
    // The listing shows the new excerpt too.
    expect((await page('/articles/')).text).toContain(marker);
    // Reused, not re-rendered: the unaffected page is a hard link to the previous release's file.
    const otherAfter = await stat(path.join(await liveDir(), 'articles', otherSlug, 'index.html'));
    expect(otherAfter.ino).toBe(otherBefore.ino);
    expect((await page(`/articles/${otherSlug}/`)).text).toBe(otherHtmlBefore);
    // The previous release was not written through the shared links.
    const oldHtml = await readFile(path.join(beforeDir, 'articles', slug, 'index.html'), 'utf8');
    expect(oldHtml).not.toContain(marker);
    const oldReport = await readFile(path.join(beforeDir, '_build', 'pipeline.json'), 'utf8');
    expect(JSON.parse(oldReport).releaseId).toBe(before);
    // The search index of the previous release is still present and served.
    expect((await fetch(`${pipeline.siteUrl}/pagefind/pagefind.js`)).status).toBe(200);

    // Then, in the background, the whole release is re-indexed and goes live atomically.
    const reindexed = await liveRelease();
    const status = (await pipeline.status()) as Awaited<ReturnType<PipelineProcess['status']>> &
      SearchStatus;
    expect(status.search.last?.result).toBe('live');
    expect(status.search.stale).toBe(false);
    expect(reindexed).not.toBe(meta.releaseId);
    const fragments = await searchFragments();
    const entry = fragments.find((f) => f.includes(`"url":"/articles/${slug}/"`));
    expect(entry).toContain(marker);
    // The site itself is unchanged by the re-index: the article page is the same file.
    expect((await page(`/articles/${slug}/`)).text).toContain(marker);
  }, 400_000);

  it('a changed person re-renders their profile and every article that shows them, and only those', async () => {
    const docs = await readDocs();
    const published = docs.filter((d) => !d._id.startsWith('drafts.'));
    const refTo = (d: Doc, field: string): string | undefined =>
      (d[field] as { _ref?: string } | undefined)?._ref;
    const person = published.find(
      (p) =>
        p._type === 'person' &&
        published.some((a) => a._type === 'article' && refTo(a, 'author') === p._id),
    );
    if (!person) throw new Error('the dataset needs a person who authored an article');
    const personSlug = (person['slug'] as { current: string }).current;
    const shows = (a: Doc): boolean =>
      refTo(a, 'author') === person._id || refTo(a, 'medicalReviewer') === person._id;
    const theirs = published.filter((a) => a._type === 'article' && shows(a));
    const notTheirs = published.filter((a) => a._type === 'article' && !shows(a));
    expect(theirs.length).toBeGreaterThan(0);
    expect(notTheirs.length).toBeGreaterThan(0);
    const before = await liveRelease();

    const newName = `Priya Test-Renamed ${Date.now() % 100000}`;
    await publishEdit(person._id, (d) => {
      d['name'] = newName;
    });
    const meta = await nextRelease(before);

    expect(meta.mode).toBe('incremental');
    expect(meta.renderedPages).toContain(`/people/${personSlug}/`);
    for (const a of theirs) {
      const p = `/articles/${(a['slug'] as { current: string }).current}/`;
      expect(meta.renderedPages).toContain(p);
      expect((await page(p)).text).toContain(newName);
    }
    for (const a of notTheirs) {
      expect(meta.renderedPages).not.toContain(
        `/articles/${(a['slug'] as { current: string }).current}/`,
      );
    }
  }, 400_000);

  it('an unpublished article loses its page and its listing entry', async () => {
    const docs = await readDocs();
    const victim = docs.findLast((d) => d._type === 'article' && !d._id.startsWith('drafts.'));
    if (!victim) throw new Error('the dataset needs a published article');
    const slug = (victim['slug'] as { current: string }).current;
    const pagePath = `/articles/${slug}/`;
    expect((await page(pagePath)).status).toBe(200);
    expect((await page('/articles/')).text).toContain(pagePath);
    const before = await liveRelease();

    await writeDocs(docs.filter((d) => d._id !== victim._id));
    await notify(victim, 'delete');
    const meta = await nextRelease(before);

    expect(meta.mode).toBe('incremental');
    expect(meta.removedPages).toEqual([pagePath]);
    expect((await page(pagePath)).status).toBe(404);
    expect((await page('/articles/')).text).not.toContain(pagePath);
    expect((await page('/sitemap.xml')).text).not.toContain(pagePath);
    expect((await page('/rss.xml')).text).not.toContain(pagePath);
    // Pages that linked to it or showed its card were re-rendered: no live page links to it.
    const report = JSON.parse(
      await readFile(path.join(await liveDir(), '_build', 'report.json'), 'utf8'),
    ) as { pages: Record<string, unknown> };
    expect(Object.keys(report.pages)).not.toContain(pagePath);
    // Search catches up too: once re-indexed, no result leads to the removed page.
    await liveRelease();
    expect((await searchFragments()).some((f) => f.includes(`"url":"${pagePath}"`))).toBe(false);
    for (const p of Object.keys(report.pages)) {
      expect((await page(p)).text, p).not.toContain(`href="${pagePath}"`);
    }
  }, 400_000);

  it('a full rebuild on demand (SIGHUP) renders every page again', async () => {
    const before = await liveRelease();
    pipeline.child?.kill('SIGHUP');
    const meta = await nextRelease(before);
    expect(meta.mode).toBe('full');
    expect(meta.renderedPages).toBeUndefined();
    const report = JSON.parse(
      await readFile(path.join(await liveDir(), '_build', 'report.json'), 'utf8'),
    ) as { scope: string; rendered: string[]; pages: Record<string, unknown> };
    expect(report.scope).toBe('full');
    expect(report.rendered.length).toBe(Object.keys(report.pages).length);
  }, 400_000);
});
