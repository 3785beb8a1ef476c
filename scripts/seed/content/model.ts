/**
 * Input shapes of the seed documents, mirroring /work/brief/MODEL.md field for field. They are
 * the generator's input (images still as placeholders, no `_key`/`_rev`); the emitted dataset
 * is checked against the real schema by the Sanity validation test.
 */
import type { BodyItem, ImagePlaceholder, Reference } from '../lib/pt.ts';

export interface Slug {
  _type: 'slug';
  current: string;
}

export interface Seo {
  _type?: 'seo';
  metaTitle: string;
  metaDescription: string;
  ogImage?: ImagePlaceholder;
  noIndex?: boolean;
}

interface DocBase {
  _id: string;
  _createdAt: string;
  _updatedAt: string;
}

export interface PersonDoc extends DocBase {
  _type: 'person';
  name: string;
  slug: Slug;
  roles: ('author' | 'medicalReviewer')[];
  jobTitle: string;
  credentials?: string;
  bio: string;
  image: ImagePlaceholder;
  sameAs?: string[];
}

export type ArticleCategory =
  'understanding-smp' | 'conditions' | 'procedure' | 'aftercare' | 'choosing-a-clinic';

export interface ArticleDoc extends DocBase {
  _type: 'article';
  title: string;
  slug: Slug;
  excerpt: string;
  heroImage: ImagePlaceholder;
  body: BodyItem[];
  author: Reference;
  medicalReviewer?: Reference;
  publishedAt: string;
  updatedAt?: string;
  lastReviewed?: string;
  relatedConditions?: Reference[];
  category: ArticleCategory;
  tags?: string[];
  seo?: Seo;
}

export interface ConditionDoc extends DocBase {
  _type: 'condition';
  name: string;
  slug: Slug;
  alsoKnownAs?: string[];
  summary: string;
  causes?: BodyItem[];
  signs?: BodyItem[];
  howSmpHelps: BodyItem[];
  whoItSuits?: BodyItem[];
  whenNotSuitable?: BodyItem[];
  heroImage?: ImagePlaceholder;
  relatedFaqs?: Reference[];
  relatedArticles?: Reference[];
  medicalReviewer: Reference;
  lastReviewed: string;
  nextReviewDue: string;
  medicalCodes?: { icd10?: string; mesh?: string };
  seo?: Seo;
}

export type FaqCategory =
  'about-smp' | 'suitability' | 'procedure' | 'aftercare' | 'cost-and-booking' | 'safety';

export interface FaqDoc extends DocBase {
  _type: 'faq';
  question: string;
  slug: Slug;
  answer: BodyItem[];
  category: FaqCategory;
  relatedConditions?: Reference[];
  order: number;
}

export type Weekday =
  'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

export interface SiteSettingsDoc extends DocBase {
  _type: 'siteSettings';
  brandName: string;
  tagline?: string;
  siteUrl?: string;
  contact?: { phone?: string; email?: string };
  address?: {
    streetAddress: string;
    addressLocality: string;
    addressRegion: string;
    postalCode: string;
    addressCountry: string;
  };
  openingHours?: { _type: 'openingHoursSpec'; days: Weekday[]; opens: string; closes: string }[];
  navigation?: { _type: 'navItem'; label: string; href: string }[];
  socialLinks?: { _type: 'socialLink'; platform: string; url: string }[];
  defaultSeo?: Seo;
  medicalDisclaimer: string;
  consultationCta?: { heading: string; text: string; buttonLabel: string; href: string };
}

export type SeedDoc = PersonDoc | ArticleDoc | ConditionDoc | FaqDoc | SiteSettingsDoc;

/** A slug value. */
export function slug(current: string): Slug {
  return { _type: 'slug', current };
}

/** An `seo` object. */
export function seo(metaTitle: string, metaDescription: string): Seo {
  return { _type: 'seo', metaTitle, metaDescription };
}
