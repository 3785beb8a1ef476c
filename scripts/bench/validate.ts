/**
 * Structural check of a dataset in Sanity export format: every line parses, system fields are
 * present, ids are unique, array objects have `_key`s, every reference resolves to a published
 * document, and every `_sanityAsset` names an existing file whose sha1 and size match its name.
 * Streams the file, so it works on datasets far larger than the heap.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import sharp from 'sharp';

export interface DatasetReport {
  documents: number;
  byType: Record<string, number>;
  drafts: number;
  references: number;
  assets: number;
  problems: string[];
}

const SYSTEM_FIELDS = ['_id', '_type', '_rev', '_createdAt', '_updatedAt'] as const;
const ASSET_PATTERN =
  /^image@file:\/\/\.\/images\/([0-9a-f]{40})-(\d+)x(\d+)\.(jpg|jpeg|png|webp)$/;
/** Enough problems to diagnose a broken generator without flooding the output. */
const MAX_PROBLEMS = 50;

/** Walks a document, calling back for each reference and asset, and noting keyless array items. */
function walk(
  value: unknown,
  path: string,
  onRef: (ref: string, path: string) => void,
  onAsset: (asset: string, path: string) => void,
  onProblem: (problem: string) => void,
): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const itemPath = `${path}[${index}]`;
      if (item !== null && typeof item === 'object' && !Array.isArray(item)) {
        if (typeof (item as Record<string, unknown>)['_key'] !== 'string') {
          onProblem(`${itemPath}: array object without _key`);
        }
      }
      walk(item, itemPath, onRef, onAsset, onProblem);
    });
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record['_ref'] === 'string') onRef(record['_ref'], path);
  if (typeof record['_sanityAsset'] === 'string') onAsset(record['_sanityAsset'], path);
  for (const [key, child] of Object.entries(record))
    walk(child, `${path}.${key}`, onRef, onAsset, onProblem);
}

/** Reads and checks the dataset at ndjsonPath (images are looked up next to it). */
export async function validateDataset(ndjsonPath: string): Promise<DatasetReport> {
  const report: DatasetReport = {
    documents: 0,
    byType: {},
    drafts: 0,
    references: 0,
    assets: 0,
    problems: [],
  };
  const problem = (text: string): void => {
    if (report.problems.length < MAX_PROBLEMS) report.problems.push(text);
  };
  const ids = new Set<string>();
  const refs: { ref: string; where: string }[] = [];
  const assets = new Set<string>();

  const lines = createInterface({ input: createReadStream(ndjsonPath), crlfDelay: Infinity });
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber++;
    if (line.trim() === '') continue;
    let doc: Record<string, unknown>;
    try {
      doc = JSON.parse(line) as Record<string, unknown>;
    } catch {
      problem(`line ${lineNumber}: not valid JSON`);
      continue;
    }
    const id = String(doc['_id']);
    for (const field of SYSTEM_FIELDS) {
      if (typeof doc[field] !== 'string' || doc[field] === '') problem(`${id}: missing ${field}`);
    }
    if (ids.has(id)) problem(`${id}: duplicate _id`);
    ids.add(id);
    report.documents++;
    const type = String(doc['_type']);
    report.byType[type] = (report.byType[type] ?? 0) + 1;
    if (id.startsWith('drafts.')) report.drafts++;
    walk(
      doc,
      id,
      (ref, where) => refs.push({ ref, where }),
      (asset, where) => {
        report.assets++;
        if (!ASSET_PATTERN.test(asset)) problem(`${where}: malformed _sanityAsset ${asset}`);
        assets.add(asset);
      },
      problem,
    );
  }

  report.references = refs.length;
  for (const { ref, where } of refs) {
    if (ref.startsWith('drafts.')) problem(`${where}: reference to a draft (${ref})`);
    else if (!ids.has(ref)) problem(`${where}: reference to missing document ${ref}`);
  }

  const imagesDir = join(dirname(ndjsonPath), 'images');
  for (const asset of assets) {
    const match = ASSET_PATTERN.exec(asset);
    if (match === null) continue;
    const [, sha1, width, height, ext] = match;
    const file = join(imagesDir, `${sha1}-${width}x${height}.${ext}`);
    if (!existsSync(file)) {
      problem(`${asset}: file missing`);
      continue;
    }
    const bytes = readFileSync(file);
    if (createHash('sha1').update(bytes).digest('hex') !== sha1)
      problem(`${asset}: sha1 does not match the bytes`);
    const meta = await sharp(bytes).metadata();
    if (String(meta.width) !== width || String(meta.height) !== height) {
      problem(`${asset}: file is ${meta.width}x${meta.height}, name says ${width}x${height}`);
    }
  }
  if (report.byType['siteSettings'] !== 1 || !ids.has('siteSettings')) {
    problem('exactly one siteSettings document with _id "siteSettings" is required');
  }
  return report;
}
