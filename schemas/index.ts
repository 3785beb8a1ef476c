import { article } from './documents/article.ts';
import { condition } from './documents/condition.ts';
import { faq } from './documents/faq.ts';
import { person } from './documents/person.ts';
import { body } from './objects/body.ts';
import { callout } from './objects/callout.ts';
import { imageWithAlt } from './objects/imageWithAlt.ts';
import { internalLink } from './objects/internalLink.ts';
import { link } from './objects/link.ts';
import { navItem } from './objects/navItem.ts';
import { openingHoursSpec } from './objects/openingHoursSpec.ts';
import { quote } from './objects/quote.ts';
import { seo } from './objects/seo.ts';
import { socialLink } from './objects/socialLink.ts';
import { siteSettings } from './singletons/siteSettings.ts';

export { ARTICLE_CATEGORIES } from './documents/article.ts';
export { FAQ_CATEGORIES } from './documents/faq.ts';
export { PERSON_ROLES } from './documents/person.ts';
export { WEEKDAYS } from './objects/openingHoursSpec.ts';
export { SOCIAL_PLATFORMS } from './objects/socialLink.ts';
export { SITE_SETTINGS_ID } from './singletons/siteSettings.ts';

/** Document types editors create in the Studio's lists (the singleton is handled separately). */
export const documentTypeNames = ['article', 'condition', 'faq', 'person'] as const;

/** Singleton document types: exactly one document each, with a fixed id equal to the type name. */
export const singletonTypeNames = ['siteSettings'] as const;

/** Every schema type of the content model, for the Studio, TypeGen and tests. */
export const schemaTypes = [
  // Documents
  article,
  condition,
  faq,
  person,
  // Singletons
  siteSettings,
  // Objects
  body,
  callout,
  imageWithAlt,
  internalLink,
  link,
  navItem,
  openingHoursSpec,
  quote,
  seo,
  socialLink,
];
