import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ContentSource } from './config.ts';

/** Published document revisions: `_id` -> `_rev`. */
export type Revisions = Map<string, string>;

/** Ids that never render on their own (drafts, release versions, synthesised assets). */
export function isTrackedId(id: string): boolean {
  return !id.startsWith('drafts.') && !id.startsWith('versions.') && !/^(image|file)-/.test(id);
}

async function readNdjsonRevisions(file: string): Promise<Revisions> {
  const revisions: Revisions = new Map();
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { _id?: unknown; _rev?: unknown };
    if (typeof doc._id === 'string' && typeof doc._rev === 'string' && isTrackedId(doc._id)) {
      revisions.set(doc._id, doc._rev);
    }
  }
  return revisions;
}

async function readContentLakeRevisions(
  source: Extract<ContentSource, { kind: 'content-lake' }>,
): Promise<Revisions> {
  // Imported lazily: the client is only needed when the site reads a Content Lake.
  const { createClient } = await import('@sanity/client');
  const client = createClient({
    projectId: source.projectId,
    dataset: source.dataset,
    apiVersion: '2025-02-19',
    useCdn: false,
    perspective: 'published',
    ...(source.apiHost ? { apiHost: source.apiHost, useProjectHostname: false } : {}),
    ...(source.token ? { token: source.token } : {}),
  });
  const rows = await client.fetch<{ _id: string; _rev: string }[]>('*[]{_id, _rev}');
  const revisions: Revisions = new Map();
  for (const row of rows) if (isTrackedId(row._id)) revisions.set(row._id, row._rev);
  return revisions;
}

/** Reads the current published revisions from the content source the site builds from. */
export function readRevisions(source: ContentSource): Promise<Revisions> {
  return source.kind === 'ndjson'
    ? readNdjsonRevisions(source.datasetPath)
    : readContentLakeRevisions(source);
}

/** What differs between the revisions a release was built from and the current content. */
export interface RevisionDiff {
  changed: string[];
  added: string[];
  removed: string[];
}

/** Compares two revision maps (untracked ids are ignored). */
export function diffRevisions(built: Revisions, current: Revisions): RevisionDiff {
  const diff: RevisionDiff = { changed: [], added: [], removed: [] };
  for (const [id, rev] of current) {
    if (!isTrackedId(id)) continue;
    const before = built.get(id);
    if (before === undefined) diff.added.push(id);
    else if (before !== rev) diff.changed.push(id);
  }
  for (const id of built.keys()) if (isTrackedId(id) && !current.has(id)) diff.removed.push(id);
  return diff;
}

/** True when nothing differs. */
export function isEmptyDiff(diff: RevisionDiff): boolean {
  return diff.changed.length + diff.added.length + diff.removed.length === 0;
}
