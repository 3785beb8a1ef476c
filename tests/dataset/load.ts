/** Shared access to the committed seed dataset for the dataset tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CONTENT_DIR = fileURLToPath(new URL('../../site/content/', import.meta.url));
export const NDJSON_PATH = `${CONTENT_DIR}data.ndjson`;
export const IMAGES_DIR = `${CONTENT_DIR}images/`;

export interface Doc {
  _id: string;
  _type: string;
  _rev: string;
  _createdAt: string;
  _updatedAt: string;
  [field: string]: unknown;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parses ndjson text, naming the line of any parse failure. */
export function parseNdjson(text: string): Doc[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as Doc;
      } catch (error) {
        throw new Error(`data.ndjson line ${i + 1} is not JSON: ${String(error)}`, {
          cause: error,
        });
      }
    });
}

/** The committed dataset. */
export function loadDataset(): Doc[] {
  return parseNdjson(readFileSync(NDJSON_PATH, 'utf8'));
}

/** Visits every value in a document with its JSON path. */
export function walk(
  value: unknown,
  visit: (value: unknown, path: string) => void,
  path = '',
): void {
  visit(value, path);
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, `${path}[${i}]`));
  else if (isRecord(value))
    for (const [k, v] of Object.entries(value)) walk(v, visit, `${path}.${k}`);
}

/** Plain text of a Portable Text array (blocks, callouts, quotes). */
export function portableText(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value
    .map((item: unknown) => {
      if (!isRecord(item)) return '';
      if (item['_type'] === 'block' && Array.isArray(item['children'])) {
        return item['children']
          .map((c: unknown) => (isRecord(c) ? String(c['text'] ?? '') : ''))
          .join('');
      }
      return [item['title'], item['text']].filter((t) => typeof t === 'string').join(' ');
    })
    .join('\n');
}

export const published = (docs: Doc[]) => docs.filter((d) => !d._id.startsWith('drafts.'));
export const ofType = (docs: Doc[], type: string) =>
  published(docs).filter((d) => d._type === type);
