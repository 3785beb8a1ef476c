import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROKEN, writeBrokenDataset } from '../helpers/broken-dataset.ts';
import { startContentLakeServer, type ContentLakeServer } from '../helpers/content-lake-server.ts';
import { BUNDLED_DATASET, publishedDocs } from '../helpers/dataset-file.ts';
import { htmlPages, readPage, tags } from '../helpers/html.ts';
import { sharedSiteBuild, type SiteBuild } from '../helpers/site-build.ts';

// A full build through @sanity/client against the loopback Content Lake, serving the bundled
// dataset plus one broken document per failure mode: the build must succeed, leave the broken
// parts out and name each document in its report.

let server: ContentLakeServer;
let build: SiteBuild;

beforeAll(async () => {
  server = await startContentLakeServer({ datasetFile: await writeBrokenDataset(BUNDLED_DATASET) });
  build = await sharedSiteBuild('hosted', {
    SANITY_PROJECT_ID: 'pointwell',
    SANITY_DATASET: server.dataset,
    SANITY_API_HOST: server.url,
    SANITY_API_READ_TOKEN: 'sk-secret-read-token',
  });
});

afterAll(async () => {
  await server.close();
});

const published = publishedDocs(BUNDLED_DATASET);
const report = () =>
  JSON.parse(readFileSync(join(build.outDir, '_build', 'report.json'), 'utf8')) as {
    source: string;
    problems: { id: string; kind: string }[];
    queries: { count: number };
  };

describe('build against a Content Lake', () => {
  it('logs the hosted source and makes seven queries through the client', () => {
    expect(build.log).toMatch(
      /\[content\] source: hosted Content Lake \(project pointwell, dataset production, http:\/\/127\.0\.0\.1:\d+, with read token\)/,
    );
    expect(report().queries.count).toBe(7);
    expect(
      server.requests.filter((r) => r.authorization === 'Bearer sk-secret-read-token'),
    ).toHaveLength(7);
  });

  it('builds a page for every published article and condition of the dataset', () => {
    const pages = htmlPages(build.outDir);
    for (const d of published) {
      const slug = (d.slug as { current: string } | undefined)?.current;
      if (d._type === 'article') expect(pages.has(`/articles/${slug}/`), d._id).toBe(true);
      if (d._type === 'condition') expect(pages.has(`/conditions/${slug}/`), d._id).toBe(true);
    }
  });

  it('serves images from the Sanity CDN with auto=format', () => {
    const d = published.find((x) => x._type === 'article');
    const html = readPage(build.outDir, `/articles/${(d?.slug as { current: string }).current}/`);
    const imgs = tags(html, 'img');
    expect(imgs.length).toBeGreaterThan(0);
    for (const img of imgs) {
      expect(img.attrs['src']).toMatch(
        /^https:\/\/cdn\.sanity\.io\/images\/pointwell\/production\/.+auto=format/,
      );
    }
    expect(existsSync(join(build.outDir, '_content-images'))).toBe(false);
  });

  it('never writes the read token into the output', () => {
    for (const [, file] of htmlPages(build.outDir)) {
      expect(readFileSync(file, 'utf8')).not.toContain('sk-secret-read-token');
    }
    expect(readFileSync(join(build.outDir, '_build', 'report.json'), 'utf8')).not.toContain(
      'sk-secret',
    );
  });
});

describe('content problems in a real build', () => {
  it('names every broken document by _id in report.json and in the log', () => {
    const ids = report().problems.map((p) => p.id);
    for (const id of Object.values(BROKEN)) {
      expect(ids).toContain(id);
      expect(build.log).toContain(id);
    }
  });

  it('leaves out documents that cannot have a page and keeps the rest of the broken ones', () => {
    const pages = htmlPages(build.outDir);
    expect(pages.has('/articles/broken-no-slug/')).toBe(false);
    expect([...pages.keys()].some((p) => p.includes('Bad'))).toBe(false);
    const noAuthor = readPage(build.outDir, '/articles/broken-dangling-author/');
    expect(noAuthor).not.toContain('Written by');
    const noImage = readPage(build.outDir, '/articles/broken-missing-image/');
    expect(tags(noImage, 'img').some((i) => i.attrs['alt'] === 'Gone')).toBe(false);
    expect(readPage(build.outDir, '/articles/broken-dangling-link/')).toContain(
      '<p>Link to nowhere</p>',
    );
  });
});
