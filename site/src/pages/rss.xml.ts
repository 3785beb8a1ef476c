import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteContent, siteOrigin } from '../lib/site-data.ts';

// Newest first; a feed reader only needs the recent ones.
const FEED_SIZE = 50;

/** RSS feed of the latest articles. */
export const GET: APIRoute = async () => {
  const { articles, settings } = await getSiteContent();
  return rss({
    title: `${settings.brandName}: articles`,
    description: settings.tagline ?? settings.defaultSeo.metaDescription ?? settings.brandName,
    site: siteOrigin(settings.siteUrl),
    trailingSlash: true,
    items: articles.slice(0, FEED_SIZE).map((a) => ({
      title: a.title,
      link: a.path,
      description: a.excerpt,
      ...(a.publishedAt ? { pubDate: new Date(a.publishedAt) } : {}),
      ...(a.author
        ? { author: `${settings.contact.email ?? 'noreply@invalid'} (${a.author.name})` }
        : {}),
      ...(a.category ? { categories: [a.category] } : {}),
    })),
    customData: '<language>en-gb</language>',
  });
};
