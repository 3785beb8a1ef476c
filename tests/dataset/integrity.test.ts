import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { imageSize } from '../../scripts/seed/lib/images.ts';
import {
  IMAGES_DIR,
  NDJSON_PATH,
  isRecord,
  loadDataset,
  parseNdjson,
  published,
  walk,
  type Doc,
} from './load.ts';

const docs = loadDataset();
const byId = new Map(docs.map((d) => [d._id, d]));

/** The document types a reference may point at, by the field (last path segment) holding it. */
const REFERENCE_TARGETS: Record<string, string[]> = {
  author: ['person'],
  medicalReviewer: ['person'],
  relatedConditions: ['condition'],
  relatedFaqs: ['faq'],
  relatedArticles: ['article'],
  reference: ['article', 'condition'],
};

function referencesIn(doc: Doc): { ref: string; field: string; path: string }[] {
  const found: { ref: string; field: string; path: string }[] = [];
  walk(doc, (value, path) => {
    if (isRecord(value) && typeof value['_ref'] === 'string') {
      const field = /\.(\w+)(?:\[\d+\])?$/.exec(path)?.[1] ?? '';
      found.push({ ref: value['_ref'], field, path });
    }
  });
  return found;
}

describe('seed dataset file', () => {
  it('is newline-delimited JSON, one document per line, ending with a newline', () => {
    const text = readFileSync(NDJSON_PATH, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(() => parseNdjson(text)).not.toThrow();
    expect(text.trim().split('\n')).toHaveLength(docs.length);
  });

  it('gives every document _id, _type, _rev and ISO timestamps', () => {
    const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
    for (const doc of docs) {
      expect(doc._id, JSON.stringify(doc).slice(0, 80)).toMatch(/^[\w.-]+$/);
      expect(typeof doc._type, doc._id).toBe('string');
      expect(doc._rev, doc._id).toMatch(/^\w{10,}$/);
      expect(doc._createdAt, doc._id).toMatch(iso);
      expect(doc._updatedAt, doc._id).toMatch(iso);
      expect(doc._updatedAt >= doc._createdAt, `${doc._id} updated before created`).toBe(true);
    }
  });

  it('has unique document ids', () => {
    expect(new Set(docs.map((d) => d._id)).size).toBe(docs.length);
  });

  it('uses readable ids of the form <type>-<slug> and a singleton settings id', () => {
    for (const doc of published(docs)) {
      if (doc._type === 'siteSettings') expect(doc._id).toBe('siteSettings');
      else {
        const slug = (doc['slug'] as { current?: string } | undefined)?.current;
        expect(doc._id).toBe(`${doc._type}-${slug}`);
      }
    }
  });

  it('contains no sanity.imageAsset documents (the export form uses _sanityAsset)', () => {
    expect(docs.filter((d) => d._type.startsWith('sanity.'))).toEqual([]);
  });
});

describe('references', () => {
  it('every reference resolves to a published document', () => {
    const broken = docs.flatMap((doc) =>
      referencesIn(doc)
        .filter(({ ref }) => ref.startsWith('drafts.') || !byId.has(ref))
        .map(({ ref, path }) => `${doc._id}${path} -> ${ref}`),
    );
    expect(broken).toEqual([]);
  });

  it('every reference points at a document of the type its field allows', () => {
    const wrong = docs.flatMap((doc) =>
      referencesIn(doc)
        .filter(({ ref, field }) => {
          const allowed = REFERENCE_TARGETS[field];
          return !allowed || !allowed.includes(byId.get(ref)?._type ?? '');
        })
        .map(({ ref, path }) => `${doc._id}${path} -> ${ref} (${byId.get(ref)?._type})`),
    );
    expect(wrong).toEqual([]);
  });

  it('medical reviewers are people with the medicalReviewer role', () => {
    for (const doc of docs) {
      const reviewer = doc['medicalReviewer'] as { _ref: string } | undefined;
      if (!reviewer) continue;
      expect(byId.get(reviewer._ref)?.['roles'], doc._id).toContain('medicalReviewer');
    }
  });
});

describe('assets', () => {
  const pointers = docs.flatMap((doc) => {
    const found: { doc: string; path: string; asset: string }[] = [];
    walk(doc, (value, path) => {
      if (isRecord(value) && typeof value['_sanityAsset'] === 'string') {
        found.push({ doc: doc._id, path, asset: value['_sanityAsset'] });
      }
    });
    return found;
  });

  it('uses the export pointer form image@file://./images/<sha1>-<W>x<H>.<ext>', () => {
    expect(pointers.length).toBeGreaterThan(0);
    for (const p of pointers) {
      expect(p.asset, `${p.doc}${p.path}`).toMatch(
        /^image@file:\/\/\.\/images\/[0-9a-f]{40}-\d+x\d+\.(webp|jpg|png)$/,
      );
    }
  });

  it('every asset file exists and its name matches its sha1 and pixel size', async () => {
    const files = new Set(readdirSync(IMAGES_DIR));
    const names = [...new Set(pointers.map((p) => p.asset.replace('image@file://./images/', '')))];
    for (const name of names) {
      expect(files.has(name), `missing images/${name}`).toBe(true);
      const bytes = readFileSync(`${IMAGES_DIR}${name}`);
      const [, hash, w, h, ext] = /^([0-9a-f]{40})-(\d+)x(\d+)\.(\w+)$/.exec(name) ?? [];
      expect(createHash('sha1').update(bytes).digest('hex'), name).toBe(hash);
      const size = await imageSize(bytes);
      expect([size.width, size.height], name).toEqual([Number(w), Number(h)]);
      expect(size.format, name).toBe(ext);
    }
  });

  it('has no image files that nothing references', () => {
    const used = new Set(pointers.map((p) => p.asset.replace('image@file://./images/', '')));
    expect(readdirSync(IMAGES_DIR).filter((f) => !used.has(f))).toEqual([]);
  });

  it('every image carries alt text of at most 140 characters', () => {
    for (const doc of docs) {
      walk(doc, (value, path) => {
        if (isRecord(value) && value['_type'] === 'imageWithAlt') {
          const alt = value['alt'];
          expect(typeof alt === 'string' && alt.trim().length > 0, `${doc._id}${path}`).toBe(true);
          expect(String(alt).length, `${doc._id}${path}`).toBeLessThanOrEqual(140);
        }
      });
    }
  });

  it('keeps the whole dataset to a few MB', () => {
    const total = readdirSync(IMAGES_DIR).reduce(
      (n, f) => n + readFileSync(`${IMAGES_DIR}${f}`).length,
      readFileSync(NDJSON_PATH).length,
    );
    console.log(`seed dataset size: ${(total / 1024).toFixed(0)} kB`);
    expect(total).toBeLessThan(4 * 1024 * 1024);
  });
});

describe('slugs and keys', () => {
  it('every slug is unique within its document type (drafts included)', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const doc of docs) {
      const slug = (doc['slug'] as { current?: string } | undefined)?.current;
      if (slug === undefined) continue;
      const key = `${doc._type}:${slug}`;
      if (seen.has(key)) dupes.push(`${key} (${seen.get(key)} and ${doc._id})`);
      seen.set(key, doc._id);
    }
    expect(dupes).toEqual([]);
  });

  it('every object in an array has a _key, unique within that array', () => {
    const problems: string[] = [];
    for (const doc of docs) {
      walk(doc, (value, path) => {
        if (!Array.isArray(value)) return;
        const keys = value.filter(isRecord).map((item) => item['_key']);
        if (keys.some((k) => typeof k !== 'string' || k === ''))
          problems.push(`${doc._id}${path}: missing _key`);
        if (new Set(keys).size !== keys.length) problems.push(`${doc._id}${path}: duplicate _key`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('every span mark is a decorator or a key of its block’s markDefs', () => {
    for (const doc of docs) {
      walk(doc, (value, path) => {
        if (!isRecord(value) || value['_type'] !== 'block') return;
        const defs = new Set((value['markDefs'] as { _key: string }[]).map((d) => d._key));
        for (const child of value['children'] as { marks: string[] }[]) {
          for (const mark of child.marks) {
            expect(['strong', 'em'].includes(mark) || defs.has(mark), `${doc._id}${path}`).toBe(
              true,
            );
          }
        }
      });
    }
  });
});

describe('drafts', () => {
  const drafts = docs.filter((d) => d._id.startsWith('drafts.'));

  it('has exactly one draft document', () => {
    expect(drafts.map((d) => d._id)).toHaveLength(1);
  });

  it('the draft is unpublished: no published document shares its id', () => {
    for (const draft of drafts) expect(byId.has(draft._id.slice('drafts.'.length))).toBe(false);
  });

  it('no published document references the draft', () => {
    const draftIds = new Set(drafts.map((d) => d._id.slice('drafts.'.length)));
    const refs = published(docs).flatMap((d) => referencesIn(d).map((r) => r.ref));
    expect(refs.filter((r) => draftIds.has(r))).toEqual([]);
  });
});
