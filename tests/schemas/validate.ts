/**
 * Runs the Studio's own validation (the `sanity` package's `validateDocument`, with the schema
 * from `schemas/`) over a set of documents, the way the Studio would judge them before publishing.
 *
 * Shared with the seed-dataset tests: `validateDataset(readExport(file))` reports every marker
 * for every document. Export-form images (`_sanityAsset`) are turned into asset references first.
 */
import { createClient } from '@sanity/client';
import { createSchema, validateDocument, type SanityDocument, type ValidationMarker } from 'sanity';
import { schemaTypes } from '../../schemas/index.ts';
import { startQueryServer } from './query-server.ts';

/** The compiled Studio schema (compiled once per test file). */
export const studioSchema = createSchema({ name: 'default', types: schemaTypes });

/** A document as it appears in data.ndjson or a test fixture. */
export type InputDocument = { _id: string; _type: string } & Record<string, unknown>;

/** Validation result for one document. */
export interface DocumentReport {
  id: string;
  type: string;
  markers: ValidationMarker[];
}

// `image@file://./images/<sha1>-<W>x<H>.<ext>` → `image-<sha1>-<W>x<H>-<ext>` (Sanity's asset id).
const EXPORT_ASSET = /^image@file:\/\/\.\/images\/([0-9a-f]{40})-(\d+x\d+)\.([a-z0-9]+)$/;

/** The asset document id Sanity assigns to an export-form `_sanityAsset` value, if it is one. */
export function assetIdFromExport(sanityAsset: string): string | undefined {
  const match = EXPORT_ASSET.exec(sanityAsset);
  return match ? `image-${match[1]}-${match[2]}-${match[3]}` : undefined;
}

/**
 * Replaces every export-form `_sanityAsset` with the `asset` reference `sanity dataset import`
 * would create, so image fields count as having a file. Unrecognised values are left untouched
 * (and then fail validation as a missing asset, which is the honest outcome).
 */
export function fromExportForm<T>(value: T, assetIds = new Set<string>()): T {
  if (Array.isArray(value))
    return value.map((item: unknown) => fromExportForm(item, assetIds)) as T;
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (key === '_sanityAsset' && typeof field === 'string') {
      const id = assetIdFromExport(field);
      if (id !== undefined) {
        assetIds.add(id);
        out['asset'] = { _type: 'reference', _ref: id };
        continue;
      }
    }
    out[key] = fromExportForm(field, assetIds);
  }
  return out as T;
}

const SYSTEM_DEFAULTS = {
  _rev: 'test',
  _createdAt: '2025-01-01T00:00:00Z',
  _updatedAt: '2025-01-01T00:00:00Z',
};

/**
 * Validates every document against the Studio schema. Slug uniqueness is Sanity's default check,
 * answered by a loopback query server over these same documents; references must point at a
 * published document (or asset) in the set, as in the Studio.
 */
export async function validateDataset(docs: readonly InputDocument[]): Promise<DocumentReport[]> {
  const assetIds = new Set<string>();
  const documents = docs.map(
    (doc) => ({ ...SYSTEM_DEFAULTS, ...fromExportForm(doc, assetIds) }) as SanityDocument,
  );
  const existing = new Set([
    ...documents.map((doc) => doc._id).filter((id) => !id.startsWith('drafts.')),
    ...assetIds,
  ]);
  const server = await startQueryServer(documents);
  try {
    const client = createClient({
      projectId: 'validation',
      dataset: 'validation',
      apiHost: server.url,
      useProjectHostname: false,
      useCdn: false,
      apiVersion: '2025-02-19',
    });
    // Sanity falls back to its bundled English messages when a workspace has no i18n (see
    // @sanity/validation getFallbackLocaleSource); its type still asks for one, hence the cast.
    const workspace = {
      schema: studioSchema,
      getClient: ({ apiVersion }: { apiVersion: string }) => client.withConfig({ apiVersion }),
    } as unknown as Parameters<typeof validateDocument>[0]['workspace'];
    const reports: DocumentReport[] = [];
    for (const document of documents) {
      const markers = await validateDocument({
        document,
        workspace,
        environment: 'studio',
        getDocumentExists: ({ id }) => Promise.resolve(existing.has(id)),
      });
      reports.push({ id: document._id, type: document._type, markers });
    }
    return reports;
  } finally {
    await server.close();
  }
}

/** Markers of one level, for assertions such as "no errors". */
export function markersAt(
  reports: readonly DocumentReport[],
  level: ValidationMarker['level'],
): { id: string; path: string; message: string }[] {
  return reports.flatMap((report) =>
    report.markers
      .filter((marker) => marker.level === level)
      .map((marker) => ({
        id: report.id,
        path: JSON.stringify(marker.path),
        message: marker.message,
      })),
  );
}
