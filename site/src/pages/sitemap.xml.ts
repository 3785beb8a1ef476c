import type { APIRoute } from 'astro';
import { articleListPath, ARTICLES_PER_PAGE } from '../lib/paths.ts';
import { getSiteContent, siteOrigin } from '../lib/site-data.ts';
import { isoDate } from '../lib/text.ts';

function xml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** sitemap.xml: every indexable page, with lastmod from the document's last change. */
export const GET: APIRoute = async () => {
  const { articles, conditions, faqs, people, settings } = await getSiteContent();
  const origin = siteOrigin(settings.siteUrl);
  const newest = (dates: (string | undefined)[]): string | undefined =>
    dates.reduce<string | undefined>((max, d) => (d && (!max || d > max) ? d : max), undefined);
  const entries: { path: string; lastmod: string | undefined }[] = [
    { path: '/', lastmod: newest(articles.slice(0, 3).map((a) => a.lastmod)) },
    { path: '/conditions/', lastmod: newest(conditions.map((c) => c.lastmod)) },
    { path: '/faq/', lastmod: newest(faqs.map((f) => f.lastmod)) },
    { path: '/contact/', lastmod: undefined },
  ];
  const pages = Math.max(1, Math.ceil(articles.length / ARTICLES_PER_PAGE));
  for (let n = 1; n <= pages; n++) {
    const slice = articles.slice((n - 1) * ARTICLES_PER_PAGE, n * ARTICLES_PER_PAGE);
    entries.push({ path: articleListPath(n), lastmod: newest(slice.map((a) => a.lastmod)) });
  }
  for (const a of articles) if (!a.seo.noIndex) entries.push({ path: a.path, lastmod: a.lastmod });
  for (const c of conditions)
    if (!c.seo.noIndex) entries.push({ path: c.path, lastmod: c.lastmod });
  for (const p of people) entries.push({ path: p.path, lastmod: p.updatedAt });

  const body = entries
    .map(({ path, lastmod }) => {
      const day = isoDate(lastmod);
      return `  <url><loc>${xml(new URL(path, origin).href)}</loc>${day ? `<lastmod>${day}</lastmod>` : ''}</url>`;
    })
    .join('\n');
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
    { headers: { 'Content-Type': 'application/xml; charset=utf-8' } },
  );
};
