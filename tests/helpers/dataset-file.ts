import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Repository root (tests run from it, but resolve from this file to be safe). */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

/** The bundled dataset the site builds from, or the site's own test fixture before it exists. */
export const BUNDLED_DATASET = existsSync(join(REPO_ROOT, 'site/content/data.ndjson'))
  ? join(REPO_ROOT, 'site/content/data.ndjson')
  : join(REPO_ROOT, 'tests/fixtures/site/data.ndjson');

/** The small hand-made fixture dataset (export format) of the site's tests. */
export const FIXTURE_DATASET = join(REPO_ROOT, 'tests/fixtures/site/data.ndjson');

/** A document as it appears in an export file. */
export interface ExportedDoc {
  _id: string;
  _type: string;
  _rev: string;
  slug?: { _type?: string; current?: string } | undefined;
  [key: string]: unknown;
}

/** Reads an export file directly (independently of the site's loader) for assertions. */
export function readExport(file: string): ExportedDoc[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as ExportedDoc);
}

/** Published documents of an export file. */
export function publishedDocs(file: string): ExportedDoc[] {
  return readExport(file).filter(
    (d) => !d._id.startsWith('drafts.') && !d._id.startsWith('versions.'),
  );
}
