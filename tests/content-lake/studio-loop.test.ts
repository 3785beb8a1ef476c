import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readConfig, REPO_ROOT } from '../../scripts/content-lake/config.ts';
import { startContentLake, type RunningContentLake } from '../../scripts/content-lake/server.ts';
import { serveSpa, type StaticServer } from '../../scripts/content-lake/static-server.ts';
import { buildStudio } from '../../scripts/content-lake/studio-build.ts';
import { browserSkipReason, chromiumArgs, findChromium } from '../helpers/chromium.ts';
import { tempDir, TOKEN } from './helpers.ts';

/**
 * The whole authoring loop in Chromium: the real Studio built against the local Content Lake,
 * token login, an article written and published in the Studio, the signed webhook, the real
 * pipeline rebuilding the site from the Content Lake, and the page served with its text.
 */
// Throws when CI is set and no browser is installed, so the loop can never be skipped silently.
const browserMissing = browserSkipReason();
const CHROMIUM = findChromium();
const PIPELINE_MAIN = path.join(REPO_ROOT, 'scripts/pipeline/main.ts');
const SEED = path.join(REPO_ROOT, 'site/content');
const PROJECT = 'e2eproj';
const ready =
  browserMissing === undefined &&
  CHROMIUM !== undefined &&
  existsSync(PIPELINE_MAIN) &&
  existsSync(path.join(SEED, 'data.ndjson')) &&
  existsSync(path.join(REPO_ROOT, 'studio/node_modules/sanity/bin/sanity'));

/** Loose timeouts: a 2-core machine builds the Studio and the site while the browser runs. */
const UI_TIMEOUT = 60_000;
const SITE_TIMEOUT = 180_000;

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

/** Polls a site URL until `check` accepts the response. */
async function waitForSite(
  url: string,
  check: (status: number, body: string) => boolean,
  what: string,
): Promise<string> {
  const deadline = Date.now() + SITE_TIMEOUT;
  let last = '';
  while (Date.now() < deadline) {
    const response = await fetch(url).catch(() => undefined);
    if (response) {
      const body = await response.text();
      last = `${response.status}`;
      if (check(response.status, body)) return body;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what} at ${url} (last status ${last})`);
}

if (browserMissing) console.warn(`offline authoring loop skipped: ${browserMissing}`);

describe.skipIf(!ready)('offline authoring loop in Chromium', { timeout: 400_000 }, () => {
  let root: string;
  let lake: RunningContentLake;
  let studio: StaticServer;
  let pipeline: ChildProcess;
  let siteUrl: string;
  let browser: Browser;
  let page: Page;
  const title = `Offline loop ${Date.now().toString(36)}`;
  let slug = '';
  let articleId = '';

  beforeAll(async () => {
    root = await tempDir('loop');
    const [pipelinePort, sitePort] = [await freePort(), await freePort()];
    const secret = 'loop-test-webhook-secret-0123456789';
    const webhooksFile = path.join(root, 'webhooks.json');
    await fs.writeFile(
      webhooksFile,
      JSON.stringify([
        {
          name: 'pipeline',
          url: `http://127.0.0.1:${pipelinePort}/webhooks/sanity`,
          filter: '!(_type in ["sanity.imageAsset", "sanity.fileAsset"])',
          projection: '{_id, _type, _rev, "slug": slug.current, "operation": delta::operation()}',
          secretEnv: 'SANITY_WEBHOOK_SECRET',
        },
      ]),
    );
    const config = readConfig(
      {},
      {
        dataDir: path.join(root, 'lake'),
        seedDir: SEED,
        port: 0,
        tls: true,
        projectId: PROJECT,
        token: TOKEN,
        webhooksFile,
      },
    );
    lake = await startContentLake(config, { SANITY_WEBHOOK_SECRET: secret });
    const studioDir = path.join(root, 'studio');
    await buildStudio({
      outDir: studioDir,
      apiHost: lake.url,
      projectId: PROJECT,
      dataset: 'production',
    });
    studio = await serveSpa(studioDir, 0);

    pipeline = spawn(process.execPath, ['--import', 'tsx', PIPELINE_MAIN, '--full'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        PORT: String(pipelinePort),
        PIPELINE_SITE_PORT: String(sitePort),
        PIPELINE_DIR: path.join(root, 'pipeline'),
        SANITY_WEBHOOK_SECRET: secret,
        SANITY_PROJECT_ID: PROJECT,
        SANITY_DATASET: 'production',
        SANITY_API_HOST: lake.url,
        SANITY_API_READ_TOKEN: TOKEN,
        NODE_EXTRA_CA_CERTS: lake.tls?.caFile ?? '',
        LOG_LEVEL: 'warn',
      },
    });
    siteUrl = `http://127.0.0.1:${sitePort}`;
    await waitForSite(`${siteUrl}/`, (status) => status === 200, 'the first site build');

    browser = await chromium.launch({
      executablePath: CHROMIUM ?? '/usr/bin/chromium',
      args: [
        ...chromiumArgs(),
        // Trust exactly the local server's key, nothing else.
        `--ignore-certificate-errors-spki-list=${lake.tls?.spkiHash ?? ''}`,
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(UI_TIMEOUT);
  });

  afterEach(async (test) => {
    // A failing browser step leaves a screenshot to look at.
    if (test.task.result?.state === 'fail' && page) {
      await fs.mkdir(path.join(REPO_ROOT, '.content-lake'), { recursive: true });
      await page
        .screenshot({ path: path.join(REPO_ROOT, '.content-lake', 'loop-failure.png') })
        .catch(() => undefined);
    }
  });

  afterAll(async () => {
    await browser?.close();
    if (pipeline?.pid && pipeline.exitCode === null) {
      pipeline.kill('SIGTERM');
      await new Promise((r) => pipeline.once('exit', r));
    }
    await studio?.close();
    await lake?.close();
    if (root) await fs.rm(root, { recursive: true, force: true });
  });

  it('logs in to the Studio with the token', async () => {
    await page.goto(`${studio.url}/`);
    await page.getByText('Local token').click();
    await page.waitForURL(/\/auth\/login\/local/);
    await page.fill('#token', TOKEN);
    await page.click('button[type=submit]');
    await page.waitForURL(new RegExp(`${studio.url}/structure`));
    await page.getByText('Articles', { exact: true }).first().waitFor();
  });

  it('creates and publishes an article in the Studio; the site serves its page', async () => {
    await page.goto(`${studio.url}/intent/create/template=article;type=article/`);
    const titleInput = page.locator('[data-testid="field-title"] input');
    await titleInput.waitFor();
    await titleInput.fill(title);
    await page
      .locator('[data-testid="field-slug"]')
      .getByRole('button', { name: /generate/i })
      .click();
    await page
      .locator('[data-testid="field-excerpt"] textarea')
      .fill('Written in the offline Studio to check the whole loop.');
    const images = await fs.readdir(path.join(SEED, 'images'));
    await page
      .locator('[data-testid="file-input-upload-button-sanity-default"] input[type=file]')
      .first()
      .setInputFiles(path.join(SEED, 'images', images[0] ?? ''));
    await page.locator('[data-testid="field-heroImage.alt"] input').fill('A test illustration');
    await page.locator('[data-testid="field-body"] [contenteditable="true"]').click();
    await page.keyboard.type(
      'This paragraph was typed in Chromium through the local Content Lake.',
    );
    await page.locator('[data-testid="group-tab-review"]').click();
    await page.getByPlaceholder('Type to search').first().fill('Jordan');
    await page.locator('#author-listbox [role="option"], #author-listbox button').first().click();
    await page.locator('[data-testid="group-tab-organise"]').click();
    await page
      .locator('[data-testid="field-category"]')
      .getByText('The procedure', { exact: true })
      .click();

    // The Studio saves edits asynchronously (the image upload and the author search the slowest):
    // publish only once the draft in the Content Lake holds every required field, or a click can
    // land on a draft that is still invalid and the Studio shows its validation instead.
    const draftQuery = `*[_type == "article" && title == $title && _id in path("drafts.**")][0]{
      "slug": defined(slug.current), "excerpt": defined(excerpt), "body": count(body) > 0,
      "image": defined(heroImage.asset._ref), "alt": defined(heroImage.alt),
      "author": defined(author._ref), "category": defined(category)}`;
    await expect
      .poll(() => lakeQuery(draftQuery, { title }), { timeout: UI_TIMEOUT })
      .toEqual({
        slug: true,
        excerpt: true,
        body: true,
        image: true,
        alt: true,
        author: true,
        category: true,
      });

    const publish = page.locator('[data-testid="action-publish"]');
    await expect.poll(() => publish.isEnabled(), { timeout: UI_TIMEOUT }).toBe(true);
    const publishedQuery =
      '*[_type == "article" && title == $title && !(_id in path("drafts.**"))][0]{_id, "slug": slug.current}';
    // Seen on a loaded machine: a click right after the last field is saved is sometimes taken
    // by the Studio with no visible effect (where the publish action was logged, the server
    // published it). An editor would click again; so does the test, a few times at most.
    for (let attempt = 1; attempt <= 4; attempt++) {
      if (await publish.isEnabled()) await publish.click();
      const published = await expect
        .poll(() => lakeQuery(publishedQuery, { title }), { timeout: UI_TIMEOUT / 4 })
        .toBeTruthy()
        .then(() => true)
        .catch(() => false);
      if (published) break;
    }
    const doc = await lakeQuery<{ _id: string; slug: string } | null>(publishedQuery, { title });
    expect(doc, 'the article was never published').toBeTruthy();
    if (!doc) return;
    articleId = doc._id;
    slug = doc.slug;
    const body = await waitForSite(
      `${siteUrl}/articles/${slug}/`,
      (status, text) => status === 200 && text.includes(title),
      'the new article page',
    );
    expect(body).toContain('This paragraph was typed in Chromium through the local Content Lake.');
  });

  it('edits the title in the Studio and publishes; the page shows the new title', async () => {
    const renamed = `${title} (edited)`;
    await page.goto(`${studio.url}/intent/edit/id=${articleId};type=article/`);
    const titleInput = page.locator('[data-testid="field-title"] input');
    await titleInput.waitFor();
    await titleInput.fill(renamed);
    const publish = page.locator('[data-testid="action-publish"]');
    await expect.poll(() => publish.isEnabled(), { timeout: UI_TIMEOUT }).toBe(true);
    await publish.click();
    await waitForSite(
      `${siteUrl}/articles/${slug}/`,
      (status, text) => status === 200 && text.includes('(edited)'),
      'the edited page',
    );
  });

  it('unpublishes in the Studio; the page disappears from the site', async () => {
    // Studio 6 offers Unpublish in the "Published" perspective.
    await page.goto(`${studio.url}/structure/article;${articleId}?perspective=published`);
    await page.locator('[data-testid="field-title"] input').waitFor();
    const unpublish = page.locator('[data-testid="action-unpublish"]');
    await expect.poll(() => unpublish.isEnabled(), { timeout: UI_TIMEOUT }).toBe(true);
    await unpublish.click();
    await page
      .locator('[role="dialog"]')
      .getByRole('button', { name: /Unpublish/ })
      .last()
      .click();
    await expect
      .poll(() => lakeQuery('*[_id == $id][0]._id', { id: articleId }), { timeout: UI_TIMEOUT })
      .toBeNull();
    await waitForSite(
      `${siteUrl}/articles/${slug}/`,
      (status) => status === 404,
      'the page to disappear',
    );
  });

  /** Queries the Content Lake over HTTP/2 with the CA trusted (the Studio's own view). */
  async function lakeQuery<T>(query: string, params: Record<string, unknown>): Promise<T> {
    return page.evaluate(
      async ({ url, token, query, params }) => {
        const search = new URLSearchParams({ query, perspective: 'raw' });
        for (const [k, v] of Object.entries(params)) search.set(`$${k}`, JSON.stringify(v));
        const r = await fetch(`${url}/v2025-02-19/data/query/production?${search}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        return ((await r.json()) as { result: unknown }).result;
      },
      { url: lake.url, token: TOKEN, query, params },
    ) as Promise<T>;
  }
});
