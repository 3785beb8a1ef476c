import type { APIRoute } from 'astro';
import { getSiteContent, siteOrigin } from '../lib/site-data.ts';

/** robots.txt: everything may be crawled except build internals; points at the sitemap. */
export const GET: APIRoute = async () => {
  const { settings } = await getSiteContent();
  const origin = siteOrigin(settings.siteUrl);
  const text = [
    'User-agent: *',
    'Allow: /',
    'Disallow: /_build/',
    'Disallow: /pagefind/',
    '',
    `Sitemap: ${new URL('/sitemap.xml', origin).href}`,
    '',
  ].join('\n');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
