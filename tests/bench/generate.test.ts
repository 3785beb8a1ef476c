/**
 * The benchmark dataset generator: deterministic per seed, structurally valid (every reference
 * resolves, every image file matches its name), shaped like the content model, and careful with
 * existing files.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schemaTypes } from '../../schemas/index.ts';
import {
  GenerateError,
  generateDataset,
  planDataset,
  type GenerateResult,
} from '../../scripts/bench/generate.ts';
import { validateDataset } from '../../scripts/bench/validate.ts';
import {
  markersAt,
  validateDataset as studioValidate,
  type InputDocument,
} from '../schemas/validate.ts';

const ARTICLES = 60;
let root: string;
let first: GenerateResult;
let second: GenerateResult;
let otherSeed: GenerateResult;

const ndjson = (result: GenerateResult): string => readFileSync(result.ndjsonPath, 'utf8');
const docs = (result: GenerateResult): Record<string, unknown>[] =>
  ndjson(result)
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'smp-bench-gen-'));
  first = await generateDataset({ outDir: join(root, 'a'), seed: 'alpha', articles: ARTICLES });
  second = await generateDataset({ outDir: join(root, 'b'), seed: 'alpha', articles: ARTICLES });
  otherSeed = await generateDataset({ outDir: join(root, 'c'), seed: 'beta', articles: ARTICLES });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('determinism', () => {
  it('the same seed writes byte-identical data.ndjson', () => {
    expect(ndjson(second) === ndjson(first)).toBe(true);
  });

  it('the same seed writes byte-identical images with the same names', () => {
    expect(second.images).toEqual(first.images);
    for (const name of first.images) {
      const a = readFileSync(join(root, 'a', 'images', name));
      const b = readFileSync(join(root, 'b', 'images', name));
      expect(a.equals(b), name).toBe(true);
    }
  });

  it('a different seed writes different content', () => {
    expect(ndjson(otherSeed)).not.toEqual(ndjson(first));
    expect(otherSeed.images).not.toEqual(first.images);
  });
});

describe('structure', () => {
  it('validates: every reference resolves and every image matches its sha1 and size', async () => {
    const report = await validateDataset(first.ndjsonPath);
    expect(report.problems).toEqual([]);
    expect(report.references).toBeGreaterThan(ARTICLES * 2);
    expect(report.assets).toBeGreaterThan(ARTICLES);
  });

  it('holds the planned number of each type, one settings singleton and one draft', async () => {
    const report = await validateDataset(first.ndjsonPath);
    const plan = planDataset({ seed: 'alpha', articles: ARTICLES });
    expect(report.byType).toEqual({
      siteSettings: 1,
      person: plan.people,
      condition: plan.conditions,
      faq: plan.faqs,
      // The draft is an article too.
      article: plan.articles + 1,
    });
    expect(report.drafts).toBe(1);
  });

  it('uses only field names the schema defines, for every document type', () => {
    const fieldsOf = new Map<string, Set<string>>();
    for (const type of schemaTypes as unknown as { name: string; fields?: { name: string }[] }[]) {
      if (type.fields !== undefined)
        fieldsOf.set(type.name, new Set(type.fields.map((f) => f.name)));
    }
    for (const doc of docs(first)) {
      const fields = fieldsOf.get(String(doc['_type']));
      expect(fields, `schema type ${String(doc['_type'])}`).toBeDefined();
      for (const key of Object.keys(doc).filter((k) => !k.startsWith('_'))) {
        expect(fields?.has(key), `${String(doc['_id'])}.${key}`).toBe(true);
      }
    }
  });

  it('writes bodies with h2/h3 headings, lists, links, internal links, callouts and images', () => {
    const blocks = docs(first)
      .filter((d) => d['_type'] === 'article')
      .flatMap((d) => d['body'] as Record<string, unknown>[]);
    const styles = new Set(blocks.map((b) => b['style']));
    const types = new Set(blocks.map((b) => b['_type']));
    const marks = new Set(
      blocks.flatMap((b) =>
        ((b['markDefs'] as { _type: string }[] | undefined) ?? []).map((m) => m._type),
      ),
    );
    expect([...styles]).toEqual(expect.arrayContaining(['normal', 'h2', 'h3']));
    expect(new Set(blocks.map((b) => b['listItem']))).toEqual(
      new Set([undefined, 'bullet', 'number']),
    );
    expect([...types]).toEqual(
      expect.arrayContaining(['block', 'callout', 'imageWithAlt', 'quote']),
    );
    expect([...marks]).toEqual(expect.arrayContaining(['link', 'internalLink']));
  });

  it('gives every image an alt text and uses the export form for its asset', () => {
    let images = 0;
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value !== null && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (record['_type'] === 'imageWithAlt') {
          images++;
          expect(typeof record['alt']).toBe('string');
          expect(String(record['_sanityAsset'])).toMatch(
            /^image@file:\/\/\.\/images\/[0-9a-f]{40}-\d+x\d+\.jpg$/,
          );
          expect(record['asset']).toBeUndefined();
        }
        Object.values(record).forEach(visit);
      }
    };
    docs(first).forEach(visit);
    expect(images).toBeGreaterThan(ARTICLES);
  });
});

describe('the validator catches broken datasets', () => {
  it('reports a reference to a document that does not exist', async () => {
    const dir = join(root, 'broken-ref');
    const result = await generateDataset({ outDir: dir, seed: 'alpha', articles: 5 });
    const text = readFileSync(result.ndjsonPath, 'utf8');
    const firstRef = /"_ref":"([^"]+)"/.exec(text)?.[1] ?? '';
    writeFileSync(
      result.ndjsonPath,
      text.replace(`"_ref":"${firstRef}"`, '"_ref":"article-does-not-exist"'),
    );
    const report = await validateDataset(result.ndjsonPath);
    expect(
      report.problems.some((p) =>
        p.includes('reference to missing document article-does-not-exist'),
      ),
    ).toBe(true);
  });

  it('reports an image whose bytes no longer match the sha1 in its name', async () => {
    const dir = join(root, 'broken-image');
    const result = await generateDataset({ outDir: dir, seed: 'alpha', articles: 5 });
    const name = result.images[0] ?? '';
    writeFileSync(
      join(dir, 'images', name),
      Buffer.concat([readFileSync(join(dir, 'images', name)), Buffer.from([0])]),
    );
    const report = await validateDataset(result.ndjsonPath);
    expect(report.problems.some((p) => p.includes('sha1 does not match'))).toBe(true);
  });
});

describe('bad input', () => {
  it('refuses to overwrite an existing dataset without force, leaving it untouched', async () => {
    const before = ndjson(first);
    await expect(
      generateDataset({ outDir: join(root, 'a'), seed: 'beta', articles: 3 }),
    ).rejects.toThrow(/already exists: pass --force/);
    expect(ndjson(first)).toBe(before);
    expect(readdirSync(join(root, 'a', 'images'))).toEqual(first.images);
  });

  it('rejects zero articles with an error naming the flag', () => {
    expect(() => planDataset({ seed: 'x', articles: 0 })).toThrow(GenerateError);
    expect(() => planDataset({ seed: 'x', articles: 0 })).toThrow(/--articles/);
  });

  it('rejects fewer than two people (an author and a reviewer are both needed)', () => {
    expect(() => planDataset({ seed: 'x', articles: 5, people: 1 })).toThrow(/--people/);
  });
});

describe('Studio validation', () => {
  it('every generated document passes the Studio’s own rules with no errors or warnings', async () => {
    const small = await generateDataset({
      outDir: join(root, 'studio'),
      seed: 'gamma',
      articles: 20,
    });
    const reports = await studioValidate(docs(small) as InputDocument[]);
    expect(reports).toHaveLength(small.documents);
    expect(markersAt(reports, 'error')).toEqual([]);
    expect(markersAt(reports, 'warning')).toEqual([]);
  });
});
