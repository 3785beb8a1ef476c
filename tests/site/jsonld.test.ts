import { beforeAll, describe, expect, it } from 'vitest';
import { buildSiteContent, fetchRawContent, type SiteContent } from '../../site/src/lib/content.ts';
import {
  articleJsonLd,
  breadcrumbJsonLd,
  clinicJsonLd,
  conditionJsonLd,
  faqPageJsonLd,
  plainText,
  serializeJsonLd,
} from '../../site/src/lib/jsonld.ts';
import { createSource } from '../../site/src/lib/sources.ts';
import { FIXTURE_DATASET, REPO_ROOT } from '../helpers/dataset-file.ts';

const ORIGIN = 'https://www.pointwell.example';
let content: SiteContent;

beforeAll(async () => {
  const source = await createSource({ kind: 'embedded', datasetFile: FIXTURE_DATASET }, REPO_ROOT);
  content = buildSiteContent(await fetchRawContent(source), 'embedded');
});

describe('serializeJsonLd', () => {
  const hostile = {
    name: '</script><script>alert(1)</script>',
    comment: '<!-- x -->',
    amp: 'a & b',
    separators: 'line\u2028para\u2029end',
  };

  it('leaves no character that could end the script element or open a comment', () => {
    const out = serializeJsonLd(hostile);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(out.toLowerCase()).not.toContain('</script');
  });

  it('round-trips to the same data', () => {
    expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
  });
});

describe('builders', () => {
  it('clinic: MedicalClinic with address, phone and opening hours', () => {
    const ld = clinicJsonLd(content.settings, ORIGIN);
    expect(ld).toMatchObject({
      '@type': 'MedicalClinic',
      name: 'Pointwell Scalp Clinic',
      telephone: '0161 496 0734',
      address: { '@type': 'PostalAddress', addressLocality: 'Manchester', addressCountry: 'GB' },
      openingHoursSpecification: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
          opens: '09:00',
          closes: '17:30',
        },
      ],
    });
  });

  it('article: headline, author, reviewer, dates, image and conditions', () => {
    const a = content.articles.find((x) => x.slug === 'smp-for-alopecia-areata');
    if (!a) throw new Error('fixture article missing');
    const ld = articleJsonLd(a, content.settings, ORIGIN, `${ORIGIN}/img.jpg`);
    expect(ld).toMatchObject({
      '@type': 'Article',
      headline: 'SMP for the patches of alopecia areata',
      datePublished: '2025-02-10T09:00:00Z',
      dateModified: '2025-03-01T09:00:00Z',
      image: `${ORIGIN}/img.jpg`,
      author: { '@type': 'Person', name: 'Alex Morgan', url: `${ORIGIN}/people/alex-morgan/` },
      mainEntityOfPage: {
        '@type': 'MedicalWebPage',
        lastReviewed: '2025-02-20',
        reviewedBy: {
          '@type': 'Person',
          name: 'Dr Priya Shah',
          honorificSuffix: 'MBChB, MRCP (Derm)',
        },
      },
      about: [{ '@type': 'MedicalCondition', name: 'Alopecia areata' }],
    });
  });

  it('article without a reviewer or image omits those properties instead of emitting nulls', () => {
    const a = content.articles.find((x) => x.slug === 'what-is-smp');
    if (!a) throw new Error('fixture article missing');
    const ld = articleJsonLd(a, content.settings, ORIGIN, undefined);
    expect(ld).not.toHaveProperty('image');
    expect(ld.mainEntityOfPage).not.toHaveProperty('reviewedBy');
    expect(JSON.stringify(ld)).not.toContain('null');
  });

  it('condition: MedicalWebPage reviewed, with a MedicalCondition and its codes', () => {
    const c = content.conditions.find((x) => x.slug === 'alopecia-areata');
    if (!c) throw new Error('fixture condition missing');
    const ld = conditionJsonLd(c, ORIGIN, undefined);
    expect(ld).toMatchObject({
      '@type': 'MedicalWebPage',
      lastReviewed: '2025-02-01',
      reviewedBy: { '@type': 'Person', name: 'Dr Priya Shah' },
      mainEntity: {
        '@type': 'MedicalCondition',
        name: 'Alopecia areata',
        alternateName: ['Patchy hair loss'],
        code: [
          { '@type': 'MedicalCode', codeValue: 'L63.9', codingSystem: 'ICD-10' },
          { '@type': 'MedicalCode', codeValue: 'D000506', codingSystem: 'MeSH' },
        ],
      },
    });
  });

  it('FAQ page: every question with a plain-text answer', () => {
    const ld = faqPageJsonLd(content.faqs, ORIGIN);
    expect(ld['@type']).toBe('FAQPage');
    const main = ld.mainEntity as unknown as { name: string; acceptedAnswer: { text: string } }[];
    expect(main).toHaveLength(content.faqs.length);
    const regrow = main.find((q) => q.name === 'Does SMP regrow hair?');
    expect(regrow?.acceptedAnswer.text).toMatch(/^No\. SMP is pigment in the skin/);
  });

  it('breadcrumbs: positions from 1 with absolute URLs', () => {
    const ld = breadcrumbJsonLd(
      [
        { name: 'Home', path: '/' },
        { name: 'FAQ', path: '/faq/' },
      ],
      ORIGIN,
    );
    expect(ld.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: `${ORIGIN}/` },
      { '@type': 'ListItem', position: 2, name: 'FAQ', item: `${ORIGIN}/faq/` },
    ]);
  });

  it('plainText joins paragraphs and callout text, dropping markup', () => {
    const a = content.articles.find((x) => x.slug === 'smp-for-alopecia-areata');
    const text = plainText(a?.body ?? { blocks: [], anchors: {}, words: 0 });
    expect(text).toContain('Wait until patches have been stable before SMP.');
    expect(text).not.toContain('<');
  });
});
