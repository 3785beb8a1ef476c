import type {
  Article as ArticleLd,
  BreadcrumbList,
  DayOfWeek,
  FAQPage,
  MedicalClinic,
  MedicalCondition,
  MedicalWebPage,
  Person as PersonLd,
  ProfilePage,
  Question,
  WithContext,
} from 'schema-dts';
import type { Article, Body, Condition, Faq, Person, SiteSettings } from './content.ts';
import { isoDate } from './text.ts';

// Structured data typed against schema.org with schema-dts; every builder returns a complete
// JSON-LD document and `serializeJsonLd` is the only way they reach the page.

/** A JSON-LD document of any schema.org type. */
export type JsonLd = WithContext<
  ArticleLd | BreadcrumbList | FAQPage | MedicalClinic | MedicalWebPage | ProfilePage
>;

/**
 * JSON for a `<script type="application/ld+json">` element: `<`, `>` and `&` become escapes so
 * content cannot close the element or open a comment, and U+2028/2029 are escaped for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Plain text of a Portable Text body (paragraphs separated by blank lines). */
export function plainText(body: Body): string {
  const parts: string[] = [];
  for (const block of body.blocks) {
    if (block._type === 'block') {
      const children = Array.isArray(block['children']) ? (block['children'] as unknown[]) : [];
      parts.push(
        children
          .map((c) =>
            c && typeof c === 'object' && typeof (c as { text?: unknown }).text === 'string'
              ? (c as { text: string }).text
              : '',
          )
          .join(''),
      );
    } else if (block._type === 'callout' || block._type === 'quote') {
      if (typeof block['text'] === 'string') parts.push(block['text']);
    }
  }
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}

function abs(path: string, origin: string): string {
  return new URL(path, origin).href;
}

type PersonNode = Exclude<PersonLd, string>;

const DAYS = new Set([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]);

function isDay(day: string): day is DayOfWeek & string {
  return DAYS.has(day);
}

function personLd(person: Person, origin: string): PersonNode {
  return {
    '@type': 'Person',
    '@id': `${abs(person.path, origin)}#person`,
    name: person.name,
    url: abs(person.path, origin),
    ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
    ...(person.credentials ? { honorificSuffix: person.credentials } : {}),
    ...(person.sameAs.length ? { sameAs: person.sameAs } : {}),
  };
}

/** The clinic itself, from site settings. */
export function clinicJsonLd(settings: SiteSettings, origin: string): WithContext<MedicalClinic> {
  const a = settings.address;
  const hasAddress = Object.values(a).some(Boolean);
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalClinic',
    '@id': `${abs('/', origin)}#clinic`,
    name: settings.brandName,
    url: abs('/', origin),
    ...(settings.tagline ? { description: settings.tagline } : {}),
    ...(settings.contact.phone ? { telephone: settings.contact.phone } : {}),
    ...(settings.contact.email ? { email: settings.contact.email } : {}),
    ...(hasAddress
      ? {
          address: {
            '@type': 'PostalAddress',
            ...(a.streetAddress ? { streetAddress: a.streetAddress } : {}),
            ...(a.addressLocality ? { addressLocality: a.addressLocality } : {}),
            ...(a.addressRegion ? { addressRegion: a.addressRegion } : {}),
            ...(a.postalCode ? { postalCode: a.postalCode } : {}),
            ...(a.addressCountry ? { addressCountry: a.addressCountry } : {}),
          },
        }
      : {}),
    ...(settings.openingHours.length
      ? {
          openingHoursSpecification: settings.openingHours.map((h) => ({
            '@type': 'OpeningHoursSpecification' as const,
            dayOfWeek: h.days.filter(isDay),
            opens: h.opens,
            closes: h.closes,
          })),
        }
      : {}),
    ...(settings.socialLinks.length ? { sameAs: settings.socialLinks.map((s) => s.url) } : {}),
  };
}

/** Breadcrumb trail, home first. */
export function breadcrumbJsonLd(
  items: readonly { name: string; path: string }[],
  origin: string,
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem' as const,
      position: i + 1,
      name: item.name,
      item: abs(item.path, origin),
    })),
  };
}

/** An article: headline, author, medical reviewer, dates and image. */
export function articleJsonLd(
  article: Article,
  settings: SiteSettings,
  origin: string,
  imageUrl: string | undefined,
): WithContext<ArticleLd> {
  const url = abs(article.path, origin);
  const reviewed = isoDate(article.lastReviewed);
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': `${url}#article`,
    headline: article.title,
    description: article.seo.metaDescription ?? article.excerpt,
    url,
    mainEntityOfPage: {
      '@type': 'MedicalWebPage',
      '@id': url,
      ...(article.reviewer ? { reviewedBy: personLd(article.reviewer, origin) } : {}),
      ...(reviewed ? { lastReviewed: reviewed } : {}),
    },
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...((article.updatedAt ?? article.publishedAt)
      ? { dateModified: article.updatedAt ?? article.publishedAt ?? '' }
      : {}),
    ...(article.author ? { author: personLd(article.author, origin) } : {}),
    ...(imageUrl ? { image: imageUrl } : {}),
    ...(article.conditions.length
      ? {
          about: article.conditions.map((c): MedicalCondition => ({
            '@type': 'MedicalCondition',
            name: c.name,
            url: abs(c.path, origin),
          })),
        }
      : {}),
    ...(article.tags.length ? { keywords: article.tags.join(', ') } : {}),
    publisher: {
      '@type': 'MedicalClinic',
      '@id': `${abs('/', origin)}#clinic`,
      name: settings.brandName,
    },
  };
}

/** A condition page: a reviewed medical web page about one medical condition. */
export function conditionJsonLd(
  condition: Condition,
  origin: string,
  imageUrl: string | undefined,
): WithContext<MedicalWebPage> {
  const url = abs(condition.path, origin);
  const codes = [
    condition.medicalCodes.icd10
      ? {
          '@type': 'MedicalCode' as const,
          codeValue: condition.medicalCodes.icd10,
          codingSystem: 'ICD-10',
        }
      : undefined,
    condition.medicalCodes.mesh
      ? {
          '@type': 'MedicalCode' as const,
          codeValue: condition.medicalCodes.mesh,
          codingSystem: 'MeSH',
        }
      : undefined,
  ].filter((c) => c !== undefined);
  const reviewed = isoDate(condition.lastReviewed);
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    '@id': url,
    url,
    name: condition.seo.metaTitle ?? condition.name,
    description: condition.seo.metaDescription ?? condition.summary,
    ...(reviewed ? { lastReviewed: reviewed } : {}),
    ...(condition.reviewer ? { reviewedBy: personLd(condition.reviewer, origin) } : {}),
    ...(imageUrl ? { image: imageUrl } : {}),
    mainEntity: {
      '@type': 'MedicalCondition',
      name: condition.name,
      description: condition.summary,
      url,
      ...(condition.alsoKnownAs.length ? { alternateName: condition.alsoKnownAs } : {}),
      ...(codes.length ? { code: codes } : {}),
    },
  };
}

/** The FAQ page: every question with its answer as plain text. */
export function faqPageJsonLd(faqs: readonly Faq[], origin: string): WithContext<FAQPage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    url: abs('/faq/', origin),
    mainEntity: faqs.map((f): Question => ({
      '@type': 'Question',
      name: f.question,
      url: abs(f.path, origin),
      acceptedAnswer: { '@type': 'Answer', text: plainText(f.answer) },
    })),
  };
}

/** A person's profile page. */
export function profileJsonLd(person: Person, origin: string): WithContext<ProfilePage> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: abs(person.path, origin),
    mainEntity: {
      ...personLd(person, origin),
      ...(person.bio ? { description: person.bio } : {}),
    },
  };
}
