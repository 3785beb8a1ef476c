/**
 * The seed dataset judged by the Studio's own rules: the real `sanity` validation over the real
 * schema (via tests/schemas/validate.ts), exactly as an editor would see it before publishing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { markersAt, validateDataset, type DocumentReport } from '../schemas/validate.ts';
import { loadDataset } from './load.ts';

describe('seed dataset passes Studio validation', () => {
  const docs = loadDataset();
  let reports: DocumentReport[];

  beforeAll(async () => {
    reports = await validateDataset(docs);
  });

  it('validates every document, drafts included', () => {
    expect(reports.map((r) => r.id).sort()).toEqual(docs.map((d) => d._id).sort());
  });

  it('has no validation errors', () => {
    expect(markersAt(reports, 'error')).toEqual([]);
  });

  it('has no validation warnings (no health claims, lengths within limits)', () => {
    expect(markersAt(reports, 'warning')).toEqual([]);
  });
});
