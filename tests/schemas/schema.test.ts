/**
 * The content model compiles cleanly in Sanity and keeps the promises made to editors and to
 * the other packages: field names from MODEL.md, a description on every field, previews that
 * only select fields that exist, and a Portable Text type offering exactly what the site renders.
 */
import type { ObjectField, ObjectSchemaType, SchemaType } from 'sanity';
import { describe, expect, it } from 'vitest';
import { schemaTypes } from '../../schemas/index.ts';
import { body } from '../../schemas/objects/body.ts';
import { studioSchema } from './validate.ts';

const OWN_TYPES = schemaTypes.map((type) => type.name);
const IMAGE_SYSTEM_FIELDS = new Set(['asset', 'hotspot', 'crop', 'media']);

function objectType(name: string): ObjectSchemaType {
  const type = studioSchema.get(name);
  if (type === undefined) throw new Error(`schema has no type "${name}"`);
  return type as ObjectSchemaType;
}

function fieldNames(name: string): string[] {
  return objectType(name).fields.map((field) => field.name);
}

/** Every field of our own types, nested objects included, as `type.path` with its definition. */
function ownFields(): { path: string; field: ObjectField }[] {
  const found: { path: string; field: ObjectField }[] = [];
  const visit = (type: SchemaType, path: string, depth: number) => {
    if (depth > 3 || !('fields' in type) || !Array.isArray(type.fields)) return;
    for (const field of type.fields as ObjectField[]) {
      // Sanity adds asset/hotspot/crop/media to images itself; they are not ours to describe.
      if (IMAGE_SYSTEM_FIELDS.has(field.name) && path === 'imageWithAlt') continue;
      found.push({ path: `${path}.${field.name}`, field });
      // Inline objects (contact, address…) are ours; named and built-in types are not re-entered.
      if (field.type.type?.name === 'object') visit(field.type, `${path}.${field.name}`, depth + 1);
    }
  };
  for (const name of OWN_TYPES) visit(objectType(name), name, 0);
  return found;
}

describe('schema compilation', () => {
  it('compiles with no errors or warnings from Sanity', () => {
    const problems = (studioSchema._validation ?? []).flatMap((group) =>
      group.problems.map((problem) => `${problem.severity}: ${problem.message}`),
    );
    expect(problems).toEqual([]);
  });

  it('registers every type in the barrel', () => {
    expect(studioSchema.getTypeNames()).toEqual(expect.arrayContaining(OWN_TYPES));
    expect(OWN_TYPES.sort()).toEqual(
      [
        'article',
        'body',
        'callout',
        'condition',
        'faq',
        'imageWithAlt',
        'internalLink',
        'link',
        'navItem',
        'openingHoursSpec',
        'person',
        'quote',
        'seo',
        'siteSettings',
        'socialLink',
      ].sort(),
    );
  });
});

describe('field names match MODEL.md', () => {
  it.each([
    ['person', ['name', 'slug', 'roles', 'jobTitle', 'credentials', 'bio', 'image', 'sameAs']],
    [
      'article',
      [
        'title',
        'slug',
        'excerpt',
        'heroImage',
        'body',
        'author',
        'medicalReviewer',
        'publishedAt',
        'updatedAt',
        'lastReviewed',
        'relatedConditions',
        'category',
        'tags',
        'seo',
      ],
    ],
    [
      'condition',
      [
        'name',
        'slug',
        'alsoKnownAs',
        'summary',
        'causes',
        'signs',
        'howSmpHelps',
        'whoItSuits',
        'whenNotSuitable',
        'heroImage',
        'relatedFaqs',
        'relatedArticles',
        'medicalReviewer',
        'lastReviewed',
        'nextReviewDue',
        'medicalCodes',
        'seo',
      ],
    ],
    ['faq', ['question', 'slug', 'answer', 'category', 'relatedConditions', 'order']],
    [
      'siteSettings',
      [
        'brandName',
        'tagline',
        'siteUrl',
        'contact',
        'address',
        'openingHours',
        'navigation',
        'socialLinks',
        'defaultSeo',
        'medicalDisclaimer',
        'consultationCta',
      ],
    ],
    ['seo', ['metaTitle', 'metaDescription', 'ogImage', 'noIndex']],
    ['callout', ['tone', 'title', 'text']],
    ['quote', ['text', 'attribution']],
    ['openingHoursSpec', ['days', 'opens', 'closes']],
    ['navItem', ['label', 'href']],
    ['socialLink', ['platform', 'url']],
  ])('%s has exactly the contracted fields', (type, fields) => {
    expect(fieldNames(type).sort()).toEqual([...fields].sort());
  });

  it('imageWithAlt adds alt and caption to an image with a hotspot', () => {
    const image = objectType('imageWithAlt');
    expect(fieldNames('imageWithAlt')).toEqual(expect.arrayContaining(['alt', 'caption']));
    expect((image.options as { hotspot?: boolean } | undefined)?.hotspot).toBe(true);
  });
});

describe('editor guidance', () => {
  it('gives every field a description', () => {
    const undocumented = ownFields()
      .filter(({ field }) => {
        const description = (field.type as { description?: unknown }).description;
        return typeof description !== 'string' || description.trim().length < 10;
      })
      .map(({ path }) => path);
    expect(undocumented).toEqual([]);
  });
});

describe('list previews', () => {
  it('select only fields that exist', () => {
    const missing: string[] = [];
    for (const name of OWN_TYPES) {
      const type = objectType(name);
      const select = (type.preview?.select ?? {}) as Record<string, string>;
      for (const path of Object.values(select)) {
        const [head, next] = path.split('.');
        const field = type.fields.find((candidate) => candidate.name === head);
        if (field === undefined) {
          missing.push(`${name}: ${path}`);
          continue;
        }
        if (next === undefined) continue;
        // A dotted path follows a reference to the referenced type's field.
        const targets = ((field.type as { to?: SchemaType[] }).to ?? []).map((to) => to.name);
        if (!targets.every((target) => fieldNames(target).includes(next))) {
          missing.push(`${name}: ${path}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(['article', 'condition', 'person'])(
    '%s list items show an image and a subtitle',
    (name) => {
      const select = objectType(name).preview?.select ?? {};
      expect(Object.keys(select)).toContain('media');
      expect(Object.keys(select).some((key) => key !== 'title' && key !== 'media')).toBe(true);
    },
  );
});

describe('Portable Text body', () => {
  // The definition as written (the compiled form spreads these options over generated fields).
  const of = body.of as {
    type: string;
    name?: string;
    styles?: { value: string }[];
    lists?: { value: string }[];
    marks?: { decorators?: { value: string }[]; annotations?: { type: string }[] };
  }[];
  const block = of.find((member) => member.type === 'block');

  it('offers headings h2–h4, bullet and numbered lists, bold and italic', () => {
    expect(block?.styles?.map((style) => style.value)).toEqual(['normal', 'h2', 'h3', 'h4']);
    expect(block?.lists?.map((list) => list.value)).toEqual(['bullet', 'number']);
    expect(block?.marks?.decorators?.map((mark) => mark.value)).toEqual(['strong', 'em']);
  });

  it('offers external and internal links, images, callouts and quotes', () => {
    expect(block?.marks?.annotations?.map((mark) => mark.type)).toEqual(['link', 'internalLink']);
    expect(of.map((member) => member.type)).toEqual(['block', 'imageWithAlt', 'callout', 'quote']);
  });

  it('compiles those members into the body type', () => {
    const compiled = studioSchema.get('body') as { of?: { name: string }[] } | undefined;
    expect(compiled?.of?.map((member) => member.name)).toEqual([
      'block',
      'imageWithAlt',
      'callout',
      'quote',
    ]);
  });
});
