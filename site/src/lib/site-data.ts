import { buildSiteContent, fetchRawContent, type Problem, type SiteContent } from './content.ts';
import { DEFAULT_SITE_URL, siteEnv } from './env.ts';
import { contentSource, getQueryStats } from './sources.ts';

/** What the build-report integration reads after the build (same process, other module copy). */
export interface BuildContentReport {
  source: string;
  problems: Problem[];
  revisions: Record<string, string>;
}

const REPORT_KEY = Symbol.for('smp.site.contentReport');
type ReportHolder = Record<typeof REPORT_KEY, BuildContentReport | undefined>;

/** The content report of this build, once the content has been loaded. */
export function getContentReport(): BuildContentReport | undefined {
  return (globalThis as unknown as ReportHolder)[REPORT_KEY];
}

let loaded: Promise<SiteContent> | undefined;

/** All content of this build: queried once, then shared by every page's getStaticPaths. */
export function getSiteContent(): Promise<SiteContent> {
  loaded ??= (async () => {
    const source = await contentSource();
    const content = buildSiteContent(await fetchRawContent(source), source.kind);
    // Every page reads `content` from here on; the raw dataset would only add GC work.
    source.release();
    (globalThis as unknown as ReportHolder)[REPORT_KEY] = {
      source: source.description,
      problems: content.problems,
      revisions: content.revisions,
    };
    const stats = getQueryStats();
    console.info(
      `[content] loaded ${content.articles.length} articles, ${content.conditions.length} conditions, ${content.faqs.length} FAQs, ${content.people.length} people with ${stats.queries} queries in ${Math.round(stats.ms)} ms`,
    );
    return content;
  })();
  return loaded;
}

/** Canonical origin: SITE_URL, else the site settings' URL, else the brand's default. */
export function siteOrigin(settingsUrl: string | undefined): string {
  const fromEnv = siteEnv().siteUrl;
  if (fromEnv) return fromEnv;
  if (settingsUrl) {
    try {
      const u = new URL(settingsUrl);
      if (u.protocol === 'https:' || u.protocol === 'http:') return u.origin;
    } catch {
      // Not a URL: fall through to the default.
    }
  }
  return DEFAULT_SITE_URL;
}
