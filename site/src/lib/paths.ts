// URL shapes of every page, in one place, so links and pages cannot disagree.

/** Path of an article page. */
export const articlePath = (slug: string): string => `/articles/${slug}/`;
/** Path of a condition page. */
export const conditionPath = (slug: string): string => `/conditions/${slug}/`;
/** Path of a person (author or reviewer) page. */
export const personPath = (slug: string): string => `/people/${slug}/`;
/** Deep link to one FAQ on the FAQ page. */
export const faqPath = (slug: string): string => `/faq/#${slug}`;
/** Path of page `n` (1-based) of the article list. */
export const articleListPath = (n: number): string =>
  n <= 1 ? '/articles/' : `/articles/page/${n}/`;

/** Slugs become path segments: only lowercase letters, digits and single hyphens pass. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Articles per page of the article list. */
export const ARTICLES_PER_PAGE = 12;

/** Pages that exist whatever the content. */
export const STATIC_PATHS: readonly string[] = [
  '/',
  '/articles/',
  '/conditions/',
  '/faq/',
  '/search/',
  '/contact/',
  '/rss.xml',
  '/sitemap.xml',
];
