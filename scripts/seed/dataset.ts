/**
 * Turns the authored seed documents into a Sanity export: images rendered and referenced by
 * `_sanityAsset`, deterministic `_key`s and `_rev`s, documents sorted by `_id`.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { arrayKey, revisionId } from './lib/hash.ts';
import { renderIllustration, type RenderedImage } from './lib/images.ts';
import type { IllustrationName } from './illustrations/index.ts';
import type { SeedDoc } from './content/model.ts';
import { allDocuments } from './content/index.ts';

/** A document as written to `data.ndjson`. */
export interface ExportedDocument {
  _id: string;
  _type: string;
  _rev: string;
  _createdAt: string;
  _updatedAt: string;
  [field: string]: unknown;
}

export interface BuiltDataset {
  documents: ExportedDocument[];
  images: RenderedImage[];
  ndjson: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Replaces image placeholders with `_sanityAsset` pointers, rendering each illustration once. */
async function resolveImages(
  value: unknown,
  render: (name: IllustrationName) => Promise<RenderedImage>,
): Promise<Json> {
  if (Array.isArray(value)) return Promise.all(value.map((v) => resolveImages(v, render)));
  if (!isObject(value)) return value as Json;
  if (value['_type'] === 'imageWithAlt' && typeof value['illustration'] === 'string') {
    const { illustration, ...rest } = value;
    const rendered = await render(illustration as IllustrationName);
    const { _type, ...fields } = rest;
    return {
      _type: _type as string,
      _sanityAsset: `image@file://./images/${rendered.fileName}`,
      ...((await resolveImages(fields, render)) as Record<string, Json>),
    };
  }
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v !== undefined) out[k] = await resolveImages(v, render);
  }
  return out;
}

/** Gives every object in every array a `_key` derived from the document id and its path. */
function assignKeys(value: Json, path: string): Json {
  if (Array.isArray(value)) {
    return value.map((item, i) => {
      const child = assignKeys(item, `${path}[${i}]`);
      if (!isObject(child) || typeof child['_key'] === 'string') return child;
      return { _key: arrayKey(`${path}[${i}]`), ...child };
    });
  }
  if (!isObject(value)) return value;
  const out: Record<string, Json> = {};
  for (const [k, v] of Object.entries(value)) out[k] = assignKeys(v, `${path}.${k}`);
  return out;
}

/** Every `_ref` in a value. */
export function collectRefs(value: unknown, into: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) collectRefs(v, into);
  else if (isObject(value)) {
    if (typeof value['_ref'] === 'string') into.push(value['_ref']);
    for (const v of Object.values(value)) collectRefs(v, into);
  }
  return into;
}

function checkIntegrity(docs: readonly SeedDoc[]): void {
  const ids = new Set<string>();
  for (const doc of docs) {
    if (ids.has(doc._id)) throw new Error(`Duplicate document id "${doc._id}"`);
    ids.add(doc._id);
  }
  const published = new Set([...ids].filter((id) => !id.startsWith('drafts.')));
  for (const doc of docs) {
    for (const ref of collectRefs(doc)) {
      if (!published.has(ref)) {
        throw new Error(`${doc._id} references "${ref}", which is not a published document`);
      }
    }
  }
}

/** Builds the whole dataset in memory. */
export async function buildDataset(): Promise<BuiltDataset> {
  const docs = allDocuments();
  checkIntegrity(docs);
  const rendered = new Map<IllustrationName, Promise<RenderedImage>>();
  const render = (name: IllustrationName) => {
    let p = rendered.get(name);
    if (!p) {
      p = renderIllustration(name);
      rendered.set(name, p);
    }
    return p;
  };
  const documents: ExportedDocument[] = [];
  for (const doc of docs) {
    const { _id, _type, _createdAt, _updatedAt, ...fields } = doc;
    const body = assignKeys(await resolveImages(fields, render), _id) as Record<string, Json>;
    const content = { _id, _type, _createdAt, _updatedAt, ...body };
    // The revision changes whenever the content does, like a real edit would.
    const _rev = revisionId(JSON.stringify(content));
    documents.push({ _id, _type, _rev, _createdAt, _updatedAt, ...body });
  }
  documents.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
  const images = (await Promise.all(rendered.values())).sort((a, b) =>
    a.fileName < b.fileName ? -1 : 1,
  );
  const ndjson = documents.map((d) => JSON.stringify(d)).join('\n') + '\n';
  return { documents, images, ndjson };
}

/** Writes the dataset to `outDir` (`data.ndjson` + `images/`), replacing what was there. */
export async function writeDataset(outDir: string): Promise<BuiltDataset> {
  const dataset = await buildDataset();
  const imageDir = join(outDir, 'images');
  await mkdir(imageDir, { recursive: true });
  const keep = new Set(dataset.images.map((i) => i.fileName));
  for (const file of await readdir(imageDir)) {
    if (!keep.has(file)) await rm(join(imageDir, file));
  }
  for (const image of dataset.images) await writeFile(join(imageDir, image.fileName), image.bytes);
  await writeFile(join(outDir, 'data.ndjson'), dataset.ndjson);
  return dataset;
}
