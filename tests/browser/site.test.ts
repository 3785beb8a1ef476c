import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, chromiumArgs, findChromium } from '../helpers/chromium.ts';
import { BUNDLED_DATASET, publishedDocs } from '../helpers/dataset-file.ts';
import { bundledSiteBuild } from '../helpers/site-build.ts';
import { serveStatic, type StaticServer } from '../../scripts/bench/serve.ts';

// Real Chromium against the real build, served like any static host.

const skip = browserSkipReason();
if (skip) console.warn(`[browser tests skipped] ${skip}`);

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

let browser: Browser;
let server: StaticServer;
const consoleErrors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(`${path}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e.message}`));
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  return page;
}

const published = publishedDocs(BUNDLED_DATASET);
const first = (type: string) => {
  const d = published.find((x) => x._type === type);
  return d?.slug?.current ?? '';
};

describe.skipIf(Boolean(skip))('the built site in Chromium', () => {
  beforeAll(async () => {
    const build = await bundledSiteBuild();
    server = await serveStatic(build.outDir);
    browser = await chromium.launch({ executablePath: findChromium() ?? '', args: chromiumArgs() });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a reader goes home → condition → article → FAQ by clicking', async () => {
    const page = await open('/');
    await page.locator('main .cards a[href^="/conditions/"]').first().click();
    await page.waitForURL(/\/conditions\/[a-z0-9-]+\/$/);
    const condition = await page.locator('h1').innerText();
    expect(condition.length).toBeGreaterThan(0);

    await page.locator('section[aria-labelledby="condition-articles"] .cards a').first().click();
    await page.waitForURL(/\/articles\/[a-z0-9-]+\/$/);
    await expect.poll(() => page.locator('article h1').count()).toBe(1);

    await page.locator('header nav a[href="/faq/"]').click();
    await page.waitForURL(/\/faq\/$/);
    expect(await page.locator('h1').innerText()).toBe('Frequently asked questions');
    await page.close();
  });

  it('search finds results for "alopecia"', async () => {
    const page = await open('/search/?q=alopecia');
    const results = page.locator('.pagefind-ui__result');
    await results.first().waitFor({ timeout: 15_000 });
    expect(await results.count()).toBeGreaterThan(0);
    const text = (await page.locator('.pagefind-ui__results').innerText()).toLowerCase();
    expect(text).toContain('alopecia');
    await page.close();
  });

  it('an FAQ opens and closes with the keyboard', async () => {
    const page = await open('/faq/');
    const details = page.locator('details.faq-item').first();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // Tab through the page like a keyboard user until the first question has focus.
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      const onSummary = await page.evaluate(
        () =>
          document.activeElement?.tagName === 'SUMMARY' &&
          document.activeElement.closest('details.faq-item') !== null,
      );
      if (onSummary) break;
    }
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    await page.keyboard.press('Enter');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await details.locator('.faq-answer').isVisible()).toBe(true);
    await page.keyboard.press('Space');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.close();
  });

  it('a deep link to a question opens it', async () => {
    const slug = first('faq');
    const page = await open(`/faq/#${slug}`);
    const details = page.locator(`details:has([id="${slug}"])`);
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.locator(`[id="${slug}"]`).isVisible()).toBe(true);
    await page.close();
  });

  const pageTypes = () => [
    '/',
    '/articles/',
    `/articles/${first('article')}/`,
    '/conditions/',
    `/conditions/${first('condition')}/`,
    '/faq/',
    '/search/?q=alopecia',
    `/people/${first('person')}/`,
    '/contact/',
    '/no-such-page/',
  ];

  it('axe-core finds no accessibility violations on any page type', async () => {
    const found: string[] = [];
    for (const path of pageTypes()) {
      const page = await open(path);
      if (path.startsWith('/search/'))
        await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
      await page.addScriptTag({ content: AXE_SOURCE });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: () => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
            };
          }
        ).axe;
        const r = await axe.run();
        return r.violations.map(
          (v) =>
            `${v.id} (${v.nodes.length}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`,
        );
      });
      for (const v of violations) found.push(`${path}: ${v}`);
      await page.close();
    }
    expect(found).toEqual([]);
  });

  it('no page logs a console error', async () => {
    for (const path of pageTypes().filter((p) => p !== '/no-such-page/')) {
      const page = await open(path);
      await page.waitForLoadState('networkidle');
      await page.close();
    }
    // The 404 page is served with status 404 on purpose; Chromium logs that as an error.
    const unexpected = consoleErrors.filter(
      (e) => !(e.startsWith('/no-such-page/:') && e.includes('status of 404')),
    );
    expect(unexpected).toEqual([]);
  });
});
