import { mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readExport } from './dataset-file.ts';

/** Ids of the deliberately broken documents, by what is wrong with each. */
export const BROKEN = {
  noSlug: 'article-broken-no-slug',
  danglingAuthor: 'article-broken-dangling-author',
  unknownBlock: 'article-broken-unknown-block',
  missingImage: 'article-broken-missing-image',
  danglingLink: 'article-broken-dangling-link',
  badSlug: 'condition-broken-bad-slug',
  duplicateSlug: 'faq-broken-duplicate-slug',
} as const;

const MISSING_IMAGE = `image@file://./images/${'0'.repeat(40)}-800x600.jpg`;

function block(text: string, markDefs: unknown[] = [], marks: string[] = []) {
  return {
    _type: 'block',
    _key: `b${text.length}${marks.join('')}`,
    style: 'normal',
    markDefs,
    children: [{ _type: 'span', _key: 's1', text, marks }],
  };
}

/**
 * Writes a copy of an export file with one broken document per failure mode appended (and the
 * settings' navigation pointing one item nowhere), sharing the original's images folder.
 */
export async function writeBrokenDataset(source: string): Promise<string> {
  const docs = readExport(source);
  const article = docs.find((d) => d._type === 'article' && !d._id.startsWith('drafts.'));
  const faq = docs.find((d) => d._type === 'faq' && !d._id.startsWith('drafts.'));
  if (!article || !faq) throw new Error(`${source} needs at least one article and one FAQ`);
  const base = (id: string) => ({
    ...article,
    _id: id,
    _rev: `rev-${id}`,
    title: `Broken ${id}`,
    slug: { _type: 'slug', current: id.replace('article-', '') },
  });
  const settings = docs.find((d) => d._id === 'siteSettings');
  const out = docs.map((d) =>
    d === settings
      ? {
          ...d,
          navigation: [
            ...((d['navigation'] as unknown[] | undefined) ?? []),
            { _key: 'navbroken', _type: 'navItem', label: 'Nowhere', href: '/nowhere/' },
          ],
        }
      : d,
  );
  out.push(
    { ...base(BROKEN.noSlug), slug: undefined } as never,
    {
      ...base(BROKEN.danglingAuthor),
      author: { _type: 'reference', _ref: 'person-does-not-exist' },
    },
    {
      ...base(BROKEN.unknownBlock),
      body: [
        block('Kept paragraph.'),
        { _type: 'youtube', _key: 'yt1', url: 'https://video.example/x' },
      ],
    },
    {
      ...base(BROKEN.missingImage),
      heroImage: { _type: 'imageWithAlt', _sanityAsset: MISSING_IMAGE, alt: 'Gone' },
    },
    {
      ...base(BROKEN.danglingLink),
      body: [
        block(
          'Link to nowhere',
          [
            {
              _type: 'internalLink',
              _key: 'l1',
              reference: { _type: 'reference', _ref: 'article-does-not-exist' },
            },
          ],
          ['l1'],
        ),
      ],
    },
    {
      _id: BROKEN.badSlug,
      _type: 'condition',
      _rev: 'rev-bad-slug',
      name: 'Broken condition',
      slug: { _type: 'slug', current: 'Bad Slug/../x' },
      summary: 'x',
    },
    { ...faq, _id: BROKEN.duplicateSlug, _rev: 'rev-dup', question: 'Duplicate slug question?' },
  );
  const dir = await mkdtemp(join(tmpdir(), 'smp-broken-dataset-'));
  await symlink(join(dirname(source), 'images'), join(dir, 'images'));
  const file = join(dir, 'data.ndjson');
  await writeFile(file, `${out.map((d) => JSON.stringify(d)).join('\n')}\n`);
  return file;
}
