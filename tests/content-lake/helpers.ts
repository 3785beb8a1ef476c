import { createClient, type SanityClient } from '@sanity/client';
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type SharpModule from '../../scripts/node_modules/sharp/lib/index.js';
import type * as MendozaModule from '../../scripts/node_modules/mendoza/dist/index.js';
import type * as DmpModule from '../../scripts/node_modules/@sanity/diff-match-patch/dist/index.js';
import { readConfig, type ContentLakeConfig } from '../../scripts/content-lake/config.ts';
import { startContentLake, type RunningContentLake } from '../../scripts/content-lake/server.ts';

/** sharp, mendoza and diff-match-patch live in the scripts package; tests borrow them from there. */
const requireFromScripts = createRequire(new URL('../../scripts/package.json', import.meta.url));
export const sharp = requireFromScripts('sharp') as typeof SharpModule;
export const mendoza = requireFromScripts('mendoza') as typeof MendozaModule;
export const dmp = requireFromScripts('@sanity/diff-match-patch') as typeof DmpModule;

export const TOKEN = 'test-token-0123456789abcdef';
export const PROJECT_ID = 'testproj';
export const DATASET = 'production';
export const API_VERSION = '2025-02-19';

/** A fresh temporary directory, removed by the returned cleanup. */
export async function tempDir(prefix: string): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), `content-lake-${prefix}-`));
}

/** A test image: a horizontal gradient, so crops and resizes have visibly different pixels. */
export async function makeImage(
  width: number,
  height: number,
  format: 'png' | 'jpeg' = 'png',
): Promise<Buffer> {
  const raw = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      raw[i] = Math.round((x / width) * 255);
      raw[i + 1] = Math.round((y / height) * 255);
      raw[i + 2] = 90;
    }
  }
  const img = sharp(raw, { raw: { width, height, channels: 3 } });
  return format === 'png' ? img.png().toBuffer() : img.jpeg().toBuffer();
}

/**
 * A small bundled export in Sanity's format (NDJSON + images/, `_sanityAsset` image fields),
 * with one published article, its draft, an author and one image.
 */
export async function makeSeed(dir: string): Promise<{ imageId: string; imageFile: string }> {
  await fs.mkdir(path.join(dir, 'images'), { recursive: true });
  const png = await makeImage(400, 200);
  const sha = createHash('sha1').update(png).digest('hex');
  const imageFile = `${sha}-400x200.png`;
  await fs.writeFile(path.join(dir, 'images', imageFile), png);
  const base = {
    _createdAt: '2024-01-01T00:00:00Z',
    _updatedAt: '2024-01-01T00:00:00Z',
    _rev: 'seedrev',
  };
  const docs = [
    {
      ...base,
      _id: 'person-ada',
      _type: 'person',
      name: 'Ada Practitioner',
      slug: { _type: 'slug', current: 'ada' },
      roles: ['author'],
    },
    {
      ...base,
      _id: 'article-first',
      _type: 'article',
      title: 'First steps with scalp micropigmentation',
      slug: { _type: 'slug', current: 'first' },
      category: 'procedure',
      author: { _type: 'reference', _ref: 'person-ada' },
      heroImage: {
        _type: 'imageWithAlt',
        alt: 'A gradient',
        _sanityAsset: `image@file://./images/${imageFile}`,
      },
      body: [
        {
          _type: 'block',
          _key: 'b1',
          style: 'normal',
          markDefs: [],
          children: [
            {
              _type: 'span',
              _key: 's1',
              text: 'Pigment is placed in the upper dermis.',
              marks: [],
            },
          ],
        },
      ],
      tags: ['basics'],
    },
    {
      ...base,
      _id: 'drafts.article-first',
      _type: 'article',
      title: 'First steps (draft title)',
      slug: { _type: 'slug', current: 'first' },
      category: 'procedure',
    },
    {
      ...base,
      _id: 'article-second',
      _type: 'article',
      title: 'Aftercare in the first week',
      slug: { _type: 'slug', current: 'second' },
      category: 'aftercare',
    },
  ];
  await fs.writeFile(
    path.join(dir, 'data.ndjson'),
    docs.map((d) => JSON.stringify(d)).join('\n') + '\n',
  );
  return { imageId: `image-${sha}-400x200-png`, imageFile };
}

/** Starts a server on a free loopback port with its own data dir seeded from a fresh fixture. */
export async function startTestLake(
  overrides: Partial<ContentLakeConfig> = {},
  env: NodeJS.ProcessEnv = {},
): Promise<{
  lake: RunningContentLake;
  dataDir: string;
  seedDir: string;
  close: () => Promise<void>;
}> {
  const root = await tempDir('lake');
  const seedDir = path.join(root, 'seed');
  await makeSeed(seedDir);
  const dataDir = path.join(root, 'data');
  const config = readConfig(env, {
    dataDir,
    seedDir,
    port: 0,
    host: '127.0.0.1',
    tls: false,
    token: TOKEN,
    projectId: PROJECT_ID,
    dataset: DATASET,
    ...overrides,
  });
  const lake = await startContentLake(config, env).catch(async (error: unknown) => {
    await fs.rm(root, { recursive: true, force: true });
    throw error;
  });
  return {
    lake,
    dataDir,
    seedDir,
    close: async () => {
      await lake.close();
      await fs.rm(root, { recursive: true, force: true });
    },
  };
}

/** The real @sanity/client pointed at a local server, as the site's hosted mode configures it. */
export function clientFor(
  url: string,
  options: { token?: string | null; perspective?: 'raw' | 'published' | 'drafts' } = {},
): SanityClient {
  const token = options.token === undefined ? TOKEN : options.token;
  return createClient({
    projectId: PROJECT_ID,
    dataset: DATASET,
    apiVersion: API_VERSION,
    apiHost: url,
    useProjectHostname: false,
    useCdn: false,
    ...(token ? { token } : {}),
    ...(options.perspective ? { perspective: options.perspective } : {}),
  });
}

/** Reads the persisted dataset file as a list of documents (throws if any line is torn). */
export async function readPersisted(dataDir: string): Promise<Record<string, unknown>[]> {
  const text = await fs.readFile(path.join(dataDir, DATASET, 'data.ndjson'), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
