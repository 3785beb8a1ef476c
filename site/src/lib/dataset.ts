import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** A Sanity document as stored: the system fields every document has, plus anything else. */
export interface SanityDocument {
  _id: string;
  _type: string;
  _rev?: string;
  _createdAt?: string;
  _updatedAt?: string;
  [key: string]: unknown;
}

/** The bundled dataset, loaded once: published documents plus synthesised image assets. */
export interface LoadedDataset {
  /** Published documents and synthesised `sanity.imageAsset` documents, in file order. */
  documents: SanityDocument[];
  /** Lookup table for groq-js `dereference` and for callers that need a document by id. */
  byId: Map<string, SanityDocument>;
  /** Image asset id → absolute path of the original file, for the embedded image pipeline. */
  assetFiles: Map<string, string>;
  /** Drafts and release versions in the file (assets rewritten), kept out of `documents`. */
  unpublished: SanityDocument[];
}

/** Thrown when the dataset file cannot be read or a line is not a document. */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'DatasetError';
  }
}

// `sanity dataset export` writes image fields as `"_sanityAsset": "image@file://./images/<name>"`.
const EXPORTED_IMAGE = /^image@file:\/\/\.\/images\/([a-f0-9]{40})-(\d+)x(\d+)\.([a-z0-9]+)$/i;
const LQIP_WIDTH = 20; // the width Sanity's own LQIP uses: a ~1 kB data URL, enough for a blur

/** True for ids the published perspective hides: drafts and release versions. */
export function isUnpublishedId(id: string): boolean {
  return id.startsWith('drafts.') || id.startsWith('versions.');
}

interface ImageFileRef {
  assetId: string;
  fileName: string;
  sha1: string;
  width: number;
  height: number;
  extension: string;
}

function parseExportedImage(value: string): ImageFileRef | undefined {
  const m = EXPORTED_IMAGE.exec(value);
  if (!m) return undefined;
  const [, sha1 = '', w = '0', h = '0', ext = ''] = m;
  return {
    assetId: `image-${sha1}-${w}x${h}-${ext}`,
    fileName: `${sha1}-${w}x${h}.${ext}`,
    sha1,
    width: Number(w),
    height: Number(h),
    extension: ext.toLowerCase(),
  };
}

/**
 * Replaces every exported `_sanityAsset` with an asset reference, in place (the parsed document
 * is ours alone; a copy of every body would double the load's memory); collects the images met.
 */
function rewriteAssets(value: object, found: Map<string, ImageFileRef>): void {
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) {
      if (item !== null && typeof item === 'object') rewriteAssets(item, found);
    }
    return;
  }
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    const child = obj[key];
    if (key === '_sanityAsset' && typeof child === 'string') {
      // Other asset kinds (files) are not part of the content model: dropped, never dangling.
      delete obj['_sanityAsset'];
      const image = parseExportedImage(child);
      if (image) {
        found.set(image.assetId, image);
        obj['asset'] = { _type: 'reference', _ref: image.assetId };
      }
    } else if (child !== null && typeof child === 'object') {
      rewriteAssets(child, found);
    }
  }
}

const MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  svg: 'image/svg+xml',
};

/** Computes (or reads from the on-disk cache) the LQIP data URL of one image file. */
async function lqipFor(
  image: ImageFileRef,
  file: string,
  cacheDir: string | undefined,
): Promise<string> {
  // The file name carries the sha1 of its bytes, so the cache entry can never go stale.
  const cacheFile = cacheDir && join(cacheDir, `${image.sha1}-${LQIP_WIDTH}.txt`);
  if (cacheFile) {
    try {
      return await readFile(cacheFile, 'utf8');
    } catch {
      // Not cached yet.
    }
  }
  const { default: sharp } = await import('sharp');
  const buf = await sharp(file).resize({ width: LQIP_WIDTH }).jpeg({ quality: 40 }).toBuffer();
  const dataUrl = `data:image/jpeg;base64,${buf.toString('base64')}`;
  if (cacheDir && cacheFile) {
    await mkdir(cacheDir, { recursive: true });
    await writeFile(cacheFile, dataUrl);
  }
  return dataUrl;
}

function imageAssetDocument(image: ImageFileRef, lqip: string | undefined): SanityDocument {
  return {
    _id: image.assetId,
    _type: 'sanity.imageAsset',
    _rev: image.sha1.slice(0, 22),
    assetId: image.sha1,
    sha1hash: image.sha1,
    extension: image.extension,
    mimeType: MIME[image.extension] ?? 'application/octet-stream',
    originalFilename: image.fileName,
    // Relative to the dataset directory: the embedded site never serves this URL itself.
    path: `images/${image.fileName}`,
    url: `images/${image.fileName}`,
    metadata: {
      _type: 'sanity.imageMetadata',
      dimensions: {
        _type: 'sanity.imageDimensions',
        width: image.width,
        height: image.height,
        aspectRatio: image.width / image.height,
      },
      ...(lqip ? { lqip } : {}),
    },
  };
}

/** Parses one ndjson line; a malformed line is an error that names its line number. */
function parseLine(line: string, lineNumber: number, file: string): SanityDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (err) {
    throw new DatasetError(file, `line ${lineNumber} is not JSON (${(err as Error).message})`);
  }
  if (
    parsed === null ||
    typeof parsed !== 'object' ||
    typeof (parsed as SanityDocument)._id !== 'string' ||
    typeof (parsed as SanityDocument)._type !== 'string'
  ) {
    throw new DatasetError(file, `line ${lineNumber} is not a document with _id and _type`);
  }
  return parsed as SanityDocument;
}

/**
 * Calls `visit` with each document of the export's ndjson in file order. Walks the text in
 * place: at 100,000 articles an array of every line (or of every raw document) would be a
 * second and third copy of a dataset that is already hundreds of megabytes.
 */
function eachNdjsonDocument(
  text: string,
  file: string,
  visit: (doc: SanityDocument) => void,
): void {
  let start = 0;
  for (let lineNumber = 1; start < text.length; lineNumber++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line) visit(parseLine(line, lineNumber, file));
  }
}

/** Parses the export's ndjson; a malformed line is an error that names its line number. */
export function parseNdjson(text: string, file: string): SanityDocument[] {
  const docs: SanityDocument[] = [];
  eachNdjsonDocument(text, file, (doc) => docs.push(doc));
  return docs;
}

/** Options for {@link loadDataset}. */
export interface LoadDatasetOptions {
  /** Directory for the LQIP cache; omit to compute LQIPs without caching them. */
  cacheDir?: string;
}

/** Loads a `sanity dataset export` folder into the published view the site queries. */
export async function loadDataset(
  datasetFile: string,
  options: LoadDatasetOptions = {},
): Promise<LoadedDataset> {
  const file = resolve(datasetFile);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new DatasetError(file, `cannot read (${(err as Error).message})`);
  }
  const imagesDir = join(dirname(file), 'images');
  const found = new Map<string, ImageFileRef>();
  const documents: SanityDocument[] = [];
  const unpublished: SanityDocument[] = [];
  // Each document is rewritten as it is parsed, so no second copy of the dataset is ever made.
  eachNdjsonDocument(text, file, (doc) => {
    rewriteAssets(doc, found);
    (isUnpublishedId(doc._id) ? unpublished : documents).push(doc);
  });
  text = '';

  const assetFiles = new Map<string, string>();
  const images = [...found.values()];
  const lqips = await Promise.all(
    images.map((image) => {
      const path = join(imagesDir, image.fileName);
      // A missing file means no asset document: `asset->` is then null and the site reports it.
      if (!existsSync(path)) return null;
      return lqipFor(image, path, options.cacheDir).catch(() => undefined);
    }),
  );
  // In the order images were met, so every load of the same file gives the same document order.
  images.forEach((image, i) => {
    const lqip = lqips[i];
    if (lqip === null) return;
    assetFiles.set(image.assetId, join(imagesDir, image.fileName));
    documents.push(imageAssetDocument(image, lqip));
  });

  const byId = new Map<string, SanityDocument>();
  for (const doc of documents) byId.set(doc._id, doc);
  return { documents, byId, assetFiles, unpublished };
}

/** Short stable hash, used for cache keys and synthetic revisions. */
export function shortHash(parts: readonly (string | undefined)[]): string {
  const h = createHash('sha1');
  for (const part of parts) h.update(`${part ?? ''}\u0000`);
  return h.digest('base64url').slice(0, 16);
}
