import type { Seo, SiteSettings } from './content.ts';

/** What the document head says about a page. */
export interface HeadMeta {
  title: string;
  description: string | undefined;
  canonical: string;
  noIndex: boolean;
}

const MAX_DESCRIPTION = 160; // longer descriptions are cut by search engines anyway

/** Shortens text to a meta description at a word boundary. */
export function clampDescription(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_DESCRIPTION) return flat;
  const cut = flat.slice(0, MAX_DESCRIPTION - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 80 ? cut.lastIndexOf(' ') : cut.length)}…`;
}

/** Resolves title, description, canonical URL and robots from the page, its SEO fields and the site defaults. */
export function headMeta(input: {
  title: string | undefined;
  description: string | undefined;
  path: string;
  origin: string;
  seo: Seo | undefined;
  settings: SiteSettings;
  noIndex?: boolean;
}): HeadMeta {
  const { settings, seo } = input;
  const defaults = settings.defaultSeo;
  const base = seo?.metaTitle ?? input.title;
  const title = base
    ? base.includes(settings.brandName)
      ? base
      : `${base} | ${settings.brandName}`
    : (defaults.metaTitle ?? settings.brandName);
  return {
    title,
    description: clampDescription(
      seo?.metaDescription ?? input.description ?? defaults.metaDescription ?? settings.tagline,
    ),
    canonical: new URL(input.path, input.origin).href,
    noIndex: Boolean(input.noIndex || seo?.noIndex),
  };
}
