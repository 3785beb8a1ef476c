/**
 * A small, valid set of documents of every type, in the export form the seed dataset uses.
 * Each rule test copies one document and breaks exactly one thing.
 */
import type { InputDocument } from './validate.ts';

const IMAGE = 'image@file://./images/0123456789abcdef0123456789abcdef01234567-1200x800.png';

/** ISO date `days` from today; review dates must be relative so the fixture never expires. */
export function isoDateFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** A Portable Text paragraph with a stable key. */
export function paragraph(
  key: string,
  text: string,
  markDefs: object[] = [],
  marks: string[] = [],
) {
  return {
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs,
    children: [{ _type: 'span', _key: `${key}-s`, text, marks }],
  };
}

export const author: InputDocument = {
  _id: 'person-sam-lee',
  _type: 'person',
  name: 'Sam Lee',
  slug: { _type: 'slug', current: 'sam-lee' },
  roles: ['author'],
  jobTitle: 'Lead SMP practitioner',
  bio: 'Sam has practised scalp micropigmentation in Manchester for nine years.',
  image: { _type: 'imageWithAlt', _sanityAsset: IMAGE, alt: 'Sam Lee smiling in the clinic' },
  sameAs: ['https://www.linkedin.com/in/example'],
};

export const reviewer: InputDocument = {
  _id: 'person-dr-amara-okafor',
  _type: 'person',
  name: 'Dr Amara Okafor',
  slug: { _type: 'slug', current: 'dr-amara-okafor' },
  roles: ['medicalReviewer'],
  jobTitle: 'Consultant dermatologist',
  credentials: 'MBChB, MRCP (Derm)',
};

export const condition: InputDocument = {
  _id: 'condition-alopecia-areata',
  _type: 'condition',
  name: 'Alopecia areata',
  slug: { _type: 'slug', current: 'alopecia-areata' },
  summary:
    'An autoimmune condition that causes patchy hair loss. SMP can soften the contrast of patches.',
  howSmpHelps: [paragraph('h1', 'SMP adds the look of short hair follicles over thinning areas.')],
  medicalReviewer: { _type: 'reference', _ref: 'person-dr-amara-okafor' },
  lastReviewed: isoDateFromToday(-30),
  nextReviewDue: isoDateFromToday(335),
  medicalCodes: { icd10: 'L63.9', mesh: 'D000506' },
};

export const article: InputDocument = {
  _id: 'article-smp-aftercare',
  _type: 'article',
  title: 'Looking after your scalp after SMP',
  slug: { _type: 'slug', current: 'smp-aftercare' },
  excerpt: 'What to do, and what to avoid, in the days after each session.',
  heroImage: { _type: 'imageWithAlt', _sanityAsset: IMAGE, alt: 'A freshly treated scalp' },
  body: [
    paragraph('p1', 'Keep the scalp dry for four days.'),
    paragraph(
      'p2',
      'Read the NHS guide.',
      [{ _type: 'link', _key: 'l1', href: 'https://www.nhs.uk/' }],
      ['l1'],
    ),
    {
      _type: 'imageWithAlt',
      _key: 'img1',
      _sanityAsset: IMAGE,
      alt: 'Diagram of the healing timeline',
    },
    { _type: 'callout', _key: 'c1', tone: 'tip', text: 'Wear a loose cotton hat outdoors.' },
  ],
  author: { _type: 'reference', _ref: 'person-sam-lee' },
  medicalReviewer: { _type: 'reference', _ref: 'person-dr-amara-okafor' },
  publishedAt: '2025-03-01T09:00:00Z',
  category: 'aftercare',
  relatedConditions: [{ _type: 'reference', _ref: 'condition-alopecia-areata', _key: 'rc1' }],
  seo: {
    _type: 'seo',
    metaTitle: 'SMP aftercare: the first week',
    metaDescription:
      'Day-by-day aftercare after scalp micropigmentation: washing, sun, sport and sleep.',
  },
};

export const faq: InputDocument = {
  _id: 'faq-does-smp-hurt',
  _type: 'faq',
  question: 'Does SMP hurt?',
  slug: { _type: 'slug', current: 'does-smp-hurt' },
  answer: [paragraph('a1', 'Most people describe mild discomfort rather than pain.')],
  category: 'procedure',
  order: 10,
};

export const siteSettings: InputDocument = {
  _id: 'siteSettings',
  _type: 'siteSettings',
  brandName: 'Pointwell Scalp Clinic',
  siteUrl: 'https://www.pointwell.example',
  contact: { phone: '0161 496 0734', email: 'hello@pointwell.example' },
  openingHours: [
    {
      _type: 'openingHoursSpec',
      _key: 'o1',
      days: ['Monday', 'Tuesday'],
      opens: '09:00',
      closes: '17:30',
    },
  ],
  navigation: [{ _type: 'navItem', _key: 'n1', label: 'FAQ', href: '/faq/' }],
  medicalDisclaimer: 'This page is general information, not medical advice.',
};

/** Every valid fixture, referenced documents included. */
export const validDocuments: InputDocument[] = [
  author,
  reviewer,
  condition,
  article,
  faq,
  siteSettings,
];

/** A deep copy of `doc` with `changes` applied on top (top-level fields only). */
export function variant(doc: InputDocument, changes: Record<string, unknown>): InputDocument {
  return { ...structuredClone(doc), ...changes };
}
