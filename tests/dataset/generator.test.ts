import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataset } from '../../scripts/seed/dataset.ts';
import { md } from '../../scripts/seed/lib/pt.ts';
import { CONTENT_DIR, IMAGES_DIR, NDJSON_PATH } from './load.ts';

describe('committed dataset equals the generator output', () => {
  let out: string;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'seed-'));
    await writeDataset(out);
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  const hint =
    'regenerate with `pnpm --filter @smp/scripts run seed:build` and commit site/content/';

  it('data.ndjson is byte-identical', () => {
    const fresh = readFileSync(join(out, 'data.ndjson'), 'utf8');
    const committed = readFileSync(NDJSON_PATH, 'utf8');
    const firstDiff = fresh.split('\n').findIndex((line, i) => line !== committed.split('\n')[i]);
    expect(firstDiff, `line ${firstDiff + 1} of data.ndjson differs: ${hint}`).toBe(-1);
    expect(fresh === committed, hint).toBe(true);
  });

  it('images/ holds exactly the generated files, byte for byte', () => {
    const fresh = readdirSync(join(out, 'images')).sort();
    expect(readdirSync(IMAGES_DIR).sort(), hint).toEqual(fresh);
    for (const f of fresh) {
      expect(
        readFileSync(join(out, 'images', f)).equals(readFileSync(`${IMAGES_DIR}${f}`)),
        f,
      ).toBe(true);
    }
  });

  it('writes only data.ndjson and images/', () => {
    expect(readdirSync(out).sort()).toEqual(['data.ndjson', 'images']);
    expect(readdirSync(CONTENT_DIR).sort()).toEqual(['data.ndjson', 'images']);
  });
});

describe('Portable Text builder', () => {
  it('turns headings, paragraphs and lists into blocks', () => {
    const blocks = md(`## Title

First line
continues here.

- one
- two

1. first`);
    expect(
      blocks.map((b) => [b.style, b.listItem ?? null, b.children.map((c) => c.text).join('')]),
    ).toEqual([
      ['h2', null, 'Title'],
      ['normal', null, 'First line continues here.'],
      ['normal', 'bullet', 'one'],
      ['normal', 'bullet', 'two'],
      ['normal', 'number', 'first'],
    ]);
  });

  it('marks strong and em text, nested inside links', () => {
    const [b] = md('A **bold** and _soft_ [**linked**](https://example.org/) word.');
    expect(b?.children.map((c) => [c.text, c.marks.length])).toEqual([
      ['A ', 0],
      ['bold', 1],
      [' and ', 0],
      ['soft', 1],
      [' ', 0],
      ['linked', 2],
      [' word.', 0],
    ]);
    expect(b?.markDefs).toEqual([
      { _key: expect.any(String), _type: 'link', href: 'https://example.org/' },
    ]);
  });

  it('makes article: and condition: targets internal references', () => {
    const [b] = md('See [this](condition:alopecia-areata).');
    expect(b?.markDefs[0]).toMatchObject({
      _type: 'internalLink',
      reference: { _type: 'reference', _ref: 'condition-alopecia-areata' },
    });
  });

  it('rejects a link scheme the schema forbids', () => {
    expect(() => md('[x](javascript:alert(1))')).toThrow(/Unsupported link target/);
  });

  it('rejects unbalanced bold markup instead of printing asterisks', () => {
    expect(() => md('A **broken line')).toThrow(/Unbalanced/);
  });

  it('rejects h1 and h5 headings', () => {
    expect(() => md('# Top')).toThrow(/heading level/);
    expect(() => md('##### Deep')).toThrow(/heading level/);
  });
});
