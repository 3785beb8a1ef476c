import { shortHash } from './dataset.ts';
import {
  allArticlesQuery,
  allImageAssetsQuery,
  allConditionsQuery,
  allFaqsQuery,
  allPeopleQuery,
  documentRevisionsQuery,
  siteSettingsQuery,
} from './queries.ts';
import {
  articleListPath,
  articlePath,
  ARTICLES_PER_PAGE,
  conditionPath,
  faqPath,
  personPath,
  SLUG_PATTERN,
  STATIC_PATHS,
} from './paths.ts';
import { safeHref } from './portable-text.ts';
import type { ContentSource } from './sources.ts';
import type {
  AllArticlesQueryResult,
  AllImageAssetsQueryResult,
  AllConditionsQueryResult,
  AllFaqsQueryResult,
  AllPeopleQueryResult,
  DocumentRevisionsQueryResult,
  SiteSettingsQueryResult,
} from '../sanity.types.ts';
import { countWords, readingMinutes, uniqueIdFactory } from './text.ts';

// The content layer: runs the handful of list queries once, checks every document against what
// the pages need, and hands pages plain, complete objects. Anything broken is left out (or
// rendered without the broken part) and recorded as a problem named by `_id`.

/** Kinds of content problems the build reports. */
export type ProblemKind =
  | 'missing-document'
  | 'missing-slug'
  | 'invalid-slug'
  | 'duplicate-slug'
  | 'missing-field'
  | 'dangling-reference'
  | 'unknown-block-type'
  | 'missing-image-asset';

/** One content problem: which document, what is wrong, and what the build did about it. */
export interface Problem {
  id: string;
  type: string;
  kind: ProblemKind;
  detail: string;
}

/** An image ready to render: asset resolved, alt text from the content. */
export interface ImageData {
  assetId: string;
  /** Asset URL as the source reports it (hosted: CDN URL; embedded: dataset-relative path). */
  url: string | undefined;
  width: number;
  height: number;
  lqip: string | undefined;
  alt: string;
  caption: string | undefined;
  hotspot: { x: number; y: number; width: number; height: number } | undefined;
  crop: { top: number; bottom: number; left: number; right: number } | undefined;
}

/** SEO fields of a document (or the site defaults). */
export interface Seo {
  metaTitle: string | undefined;
  metaDescription: string | undefined;
  noIndex: boolean;
  ogImage: ImageData | undefined;
}

/** Portable Text as the renderers receive it: only known types, references resolved. */
export type BodyBlock = Record<string, unknown> & { _type: string; _key: string };

/** A heading of a page's table of contents. */
export interface Heading {
  id: string;
  text: string;
  level: 2 | 3;
}

/** Body blocks with the fragment id of each heading block, by `_key`. */
export interface Body {
  blocks: BodyBlock[];
  anchors: Record<string, string>;
  words: number;
}

export interface Person {
  id: string;
  rev: string;
  updatedAt: string | undefined;
  name: string;
  slug: string;
  path: string;
  roles: string[];
  jobTitle: string | undefined;
  credentials: string | undefined;
  bio: string | undefined;
  image: ImageData | undefined;
  sameAs: string[];
}

export interface ArticleCard {
  id: string;
  slug: string;
  path: string;
  title: string;
  excerpt: string;
  publishedAt: string | undefined;
  updatedAt: string | undefined;
  category: string | undefined;
  heroImage: ImageData | undefined;
}

export interface Article extends ArticleCard {
  rev: string;
  lastmod: string | undefined;
  body: Body;
  headings: Heading[];
  readingMinutes: number;
  author: Person | undefined;
  reviewer: Person | undefined;
  lastReviewed: string | undefined;
  conditions: ConditionCard[];
  related: ArticleCard[];
  tags: string[];
  seo: Seo;
  cacheKey: string;
}

export interface ConditionCard {
  id: string;
  slug: string;
  path: string;
  name: string;
  summary: string;
  heroImage: ImageData | undefined;
}

/** A titled part of a condition page (causes, signs, how SMP helps…). */
export interface ConditionSection {
  id: string;
  title: string;
  body: Body;
}

export interface Condition extends ConditionCard {
  rev: string;
  lastmod: string | undefined;
  alsoKnownAs: string[];
  sections: ConditionSection[];
  readingMinutes: number;
  reviewer: Person | undefined;
  lastReviewed: string | undefined;
  nextReviewDue: string | undefined;
  medicalCodes: { icd10: string | undefined; mesh: string | undefined };
  faqs: Faq[];
  articles: ArticleCard[];
  seo: Seo;
  cacheKey: string;
}

export interface Faq {
  id: string;
  rev: string;
  lastmod: string | undefined;
  slug: string;
  path: string;
  question: string;
  answer: Body;
  category: string;
  order: number;
  conditions: ConditionCard[];
}

export interface FaqGroup {
  category: string;
  label: string;
  faqs: Faq[];
}

export interface SiteSettings {
  id: string;
  rev: string;
  brandName: string;
  tagline: string | undefined;
  siteUrl: string | undefined;
  contact: { phone: string | undefined; email: string | undefined };
  address: {
    streetAddress: string | undefined;
    addressLocality: string | undefined;
    addressRegion: string | undefined;
    postalCode: string | undefined;
    addressCountry: string | undefined;
  };
  openingHours: { days: string[]; opens: string; closes: string }[];
  navigation: { label: string; href: string }[];
  socialLinks: { platform: string; url: string }[];
  defaultSeo: Seo;
  medicalDisclaimer: string | undefined;
  consultationCta:
    { heading: string; text: string | undefined; buttonLabel: string; href: string } | undefined;
}

/** Everything the pages of one build need, computed once. */
export interface SiteContent {
  source: ContentSource['kind'];
  settings: SiteSettings;
  articles: Article[];
  conditions: Condition[];
  faqs: Faq[];
  faqGroups: FaqGroup[];
  people: Person[];
  /** Articles each person wrote or reviewed, and conditions they reviewed, by person id. */
  byPerson: Map<
    string,
    { authored: ArticleCard[]; reviewed: ArticleCard[]; conditions: ConditionCard[] }
  >;
  problems: Problem[];
  /** `_id` → `_rev` of every published content document in the source. */
  revisions: Record<string, string>;
}

/** FAQ categories in the order the FAQ page shows them, with reader-facing labels. */
export const FAQ_CATEGORIES: readonly { value: string; label: string }[] = [
  { value: 'about-smp', label: 'About SMP' },
  { value: 'suitability', label: 'Is it right for me?' },
  { value: 'procedure', label: 'The procedure' },
  { value: 'aftercare', label: 'Aftercare' },
  { value: 'cost-and-booking', label: 'Cost and booking' },
  { value: 'safety', label: 'Safety' },
];

/** Article categories with reader-facing labels. */
export const ARTICLE_CATEGORIES: Readonly<Record<string, string>> = {
  'understanding-smp': 'Understanding SMP',
  conditions: 'Conditions',
  procedure: 'The procedure',
  aftercare: 'Aftercare',
  'choosing-a-clinic': 'Choosing a clinic',
};

const KNOWN_BLOCK_TYPES = new Set(['block', 'imageWithAlt', 'callout', 'quote']);
const CALLOUT_TONES = new Set(['info', 'tip', 'warning']);
// Fragment ids the layout itself uses; headings never take them.
const RESERVED_IDS = [
  'main',
  'toc',
  'search',
  'related-conditions',
  'related-articles',
  'condition-faqs',
  'condition-articles',
  'disclaimer-title',
  'cta-title',
  'footer-visit',
  'footer-hours',
  'footer-explore',
  'footer-social',
];
// Bumped when the shape of rendered pages changes without a code change Astro can see.
const CACHE_KEY_VERSION = '1';
const RELATED_ARTICLES = 3;
const CONDITION_ARTICLES = 6;
const CONDITION_FAQS = 8;

type Raw = Record<string, unknown>;

function isObj(v: unknown): v is Raw {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}
function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}
function objects(v: unknown): Raw[] {
  return Array.isArray(v) ? v.filter(isObj) : [];
}
function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s !== '') : [];
}

/** Collects problems while resolving references against the build's lookup tables. */
class Collector {
  readonly problems: Problem[] = [];
  #seen = new Set<string>();

  /** @param assets Image assets by `_id`, from allImageAssetsQuery. */
  constructor(readonly assets: ReadonlyMap<string, Raw>) {}

  add(doc: { _id: string; _type: string }, kind: ProblemKind, detail: string): void {
    const key = `${doc._id}\u0000${kind}\u0000${detail}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.problems.push({ id: doc._id, type: doc._type, kind, detail });
  }
}

interface DocMeta {
  _id: string;
  _type: string;
}

function meta(raw: Raw, type: string): DocMeta {
  return { _id: typeof raw['_id'] === 'string' ? raw['_id'] : '(no _id)', _type: type };
}

function image(
  raw: unknown,
  owner: DocMeta,
  field: string,
  problems: Collector,
  deps: Set<string>,
): ImageData | undefined {
  if (!isObj(raw)) return undefined;
  const assetRef = str(isObj(raw['asset']) ? raw['asset']['_ref'] : undefined);
  const asset = assetRef ? problems.assets.get(assetRef) : undefined;
  const width = num(asset?.['width']);
  const height = num(asset?.['height']);
  const assetId = str(asset?.['_id']);
  if (!asset || !assetId || !width || !height) {
    problems.add(
      owner,
      'missing-image-asset',
      `${field}: ${assetRef ? `asset ${assetRef} not found` : 'no asset'}; image left out`,
    );
    return undefined;
  }
  deps.add(assetId);
  const hotspot = isObj(raw['hotspot']) ? raw['hotspot'] : undefined;
  const crop = isObj(raw['crop']) ? raw['crop'] : undefined;
  const hx = num(hotspot?.['x']);
  const hy = num(hotspot?.['y']);
  return {
    assetId,
    url: str(asset['url']),
    width,
    height,
    lqip: str(asset['lqip']),
    alt: str(raw['alt']) ?? '',
    caption: str(raw['caption']),
    hotspot:
      hx !== undefined && hy !== undefined
        ? {
            x: hx,
            y: hy,
            width: num(hotspot?.['width']) ?? 1,
            height: num(hotspot?.['height']) ?? 1,
          }
        : undefined,
    crop: crop
      ? {
          top: num(crop['top']) ?? 0,
          bottom: num(crop['bottom']) ?? 0,
          left: num(crop['left']) ?? 0,
          right: num(crop['right']) ?? 0,
        }
      : undefined,
  };
}

function seo(raw: unknown, owner: DocMeta, problems: Collector, deps: Set<string>): Seo {
  const s = isObj(raw) ? raw : {};
  return {
    metaTitle: str(s['metaTitle']),
    metaDescription: str(s['metaDescription']),
    noIndex: s['noIndex'] === true,
    ogImage: image(s['ogImage'], owner, 'seo.ogImage', problems, deps),
  };
}

/** Where an internal link may point: published articles and conditions that have pages. */
type LinkTargets = Map<string, string>;

function blockText(block: Raw): string {
  return objects(block['children'])
    .map((c) => (typeof c['text'] === 'string' ? c['text'] : ''))
    .join('');
}

/** Checks and cleans one Portable Text field; records what it had to drop. */
function body(
  raw: unknown,
  owner: DocMeta,
  field: string,
  ctx: {
    problems: Collector;
    deps: Set<string>;
    targets: LinkTargets;
    newId: (t: string) => string;
  },
): Body {
  const blocks: BodyBlock[] = [];
  const anchors: Record<string, string> = {};
  let words = 0;
  for (const [i, item] of objects(raw).entries()) {
    const type = str(item['_type']) ?? '(none)';
    const key = str(item['_key']) ?? `${field}-${i}`;
    if (!KNOWN_BLOCK_TYPES.has(type)) {
      ctx.problems.add(owner, 'unknown-block-type', `${field}: block type "${type}" left out`);
      continue;
    }
    if (type === 'block') {
      const markDefs = objects(item['markDefs']).map((def) => {
        if (def['_type'] !== 'internalLink') return def;
        const ref = str(isObj(def['reference']) ? def['reference']['_ref'] : undefined);
        const path = ref ? ctx.targets.get(ref) : undefined;
        if (path && ref) {
          ctx.deps.add(ref);
          return { _type: 'internalLink', _key: def['_key'], path };
        }
        ctx.problems.add(
          owner,
          'dangling-reference',
          `${field}: internal link to ${ref ?? '(no reference)'} has no page; rendered as plain text`,
        );
        return { _type: 'internalLink', _key: def['_key'] };
      });
      const text = blockText(item);
      words += countWords(text);
      const style = str(item['style']) ?? 'normal';
      if ((style === 'h2' || style === 'h3') && !item['listItem']) {
        anchors[key] = ctx.newId(text);
      }
      blocks.push({ ...item, _type: 'block', _key: key, style, markDefs });
    } else if (type === 'imageWithAlt') {
      const img = image(item, owner, field, ctx.problems, ctx.deps);
      if (img) blocks.push({ _type: 'imageWithAlt', _key: key, image: img });
    } else if (type === 'callout') {
      const text = str(item['text']);
      if (!text) continue;
      words += countWords(text) + countWords(str(item['title']) ?? '');
      const tone = str(item['tone']) ?? 'info';
      blocks.push({
        _type: 'callout',
        _key: key,
        tone: CALLOUT_TONES.has(tone) ? tone : 'info',
        title: str(item['title']),
        text,
      });
    } else {
      const text = str(item['text']);
      if (!text) continue;
      words += countWords(text);
      blocks.push({ _type: 'quote', _key: key, text, attribution: str(item['attribution']) });
    }
  }
  return { blocks, anchors, words };
}

function headingsOf(b: Body): Heading[] {
  const out: Heading[] = [];
  for (const block of b.blocks) {
    const id = b.anchors[block._key];
    if (!id) continue;
    out.push({ id, text: blockText(block), level: block['style'] === 'h3' ? 3 : 2 });
  }
  return out;
}

/** First pass over a sluggable document: report and drop it when it cannot have a page. */
function checkSlug(
  raw: Raw,
  type: string,
  seen: Set<string>,
  problems: Collector,
): string | undefined {
  const m = meta(raw, type);
  const slug = raw['slug'];
  if (typeof slug !== 'string' || slug.trim() === '') {
    problems.add(m, 'missing-slug', 'no slug; left out');
    return undefined;
  }
  if (!SLUG_PATTERN.test(slug)) {
    problems.add(m, 'invalid-slug', `slug "${slug}" is not lowercase-with-hyphens; left out`);
    return undefined;
  }
  if (seen.has(slug)) {
    problems.add(m, 'duplicate-slug', `slug "${slug}" already used by another ${type}; left out`);
    return undefined;
  }
  seen.add(slug);
  return slug;
}

/** The `_ref`s of a reference field or an array of references, as stored. */
function refIds(raw: unknown): (string | undefined)[] {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter(isObj).map((r) => str(r['_ref']));
}

/** Resolves references against documents that have pages; reports dangling ones. */
function resolveRefs<T>(
  raw: unknown,
  index: Map<string, T>,
  owner: DocMeta,
  field: string,
  problems: Collector,
  deps: Set<string>,
): T[] {
  const out: T[] = [];
  for (const ref of refIds(raw)) {
    if (!ref) continue;
    const target = index.get(ref);
    if (!target) {
      problems.add(owner, 'dangling-reference', `${field}: ${ref} has no page; left out`);
      continue;
    }
    deps.add(ref);
    out.push(target);
  }
  return out;
}

function settings(raw: unknown, problems: Collector, deps: Set<string>): SiteSettings {
  const s = isObj(raw) ? raw : {};
  const owner = { _id: 'siteSettings', _type: 'siteSettings' };
  if (!isObj(raw)) problems.add(owner, 'missing-document', 'no site settings; defaults used');
  const contact = isObj(s['contact']) ? s['contact'] : {};
  const address = isObj(s['address']) ? s['address'] : {};
  const cta = isObj(s['consultationCta']) ? s['consultationCta'] : undefined;
  const ctaHeading = str(cta?.['heading']);
  const ctaHref = str(cta?.['href']);
  return {
    id: 'siteSettings',
    rev: str(s['_rev']) ?? '',
    brandName: str(s['brandName']) ?? 'Scalp clinic',
    tagline: str(s['tagline']),
    siteUrl: str(s['siteUrl']),
    contact: { phone: str(contact['phone']), email: str(contact['email']) },
    address: {
      streetAddress: str(address['streetAddress']),
      addressLocality: str(address['addressLocality']),
      addressRegion: str(address['addressRegion']),
      postalCode: str(address['postalCode']),
      addressCountry: str(address['addressCountry']),
    },
    openingHours: objects(s['openingHours']).flatMap((h) => {
      const opens = str(h['opens']);
      const closes = str(h['closes']);
      const days = strings(h['days']);
      return opens && closes && days.length ? [{ days, opens, closes }] : [];
    }),
    navigation: objects(s['navigation']).flatMap((n) => {
      const label = str(n['label']);
      const href = str(n['href']);
      return label && href ? [{ label, href }] : [];
    }),
    socialLinks: objects(s['socialLinks']).flatMap((n) => {
      const platform = str(n['platform']);
      const url = str(n['url']);
      return platform && url ? [{ platform, url }] : [];
    }),
    defaultSeo: seo(s['defaultSeo'], owner, problems, deps),
    medicalDisclaimer: str(s['medicalDisclaimer']),
    consultationCta:
      ctaHeading && ctaHref
        ? {
            heading: ctaHeading,
            text: str(cta?.['text']),
            buttonLabel: str(cta?.['buttonLabel']) ?? ctaHeading,
            href: ctaHref,
          }
        : undefined,
  };
}

/**
 * Raw results of the build's queries, typed by Sanity TypeGen. The types say what the Studio
 * lets editors save; documents written through the API skip that validation, so the
 * normalisers below still check every value they use.
 */
export interface RawContent {
  settings: SiteSettingsQueryResult;
  assets: AllImageAssetsQueryResult;
  people: AllPeopleQueryResult;
  articles: AllArticlesQueryResult;
  conditions: AllConditionsQueryResult;
  faqs: AllFaqsQueryResult;
  revisions: DocumentRevisionsQueryResult;
}

/** Runs the build's queries: a fixed number, whatever the size of the dataset. */
export async function fetchRawContent(source: ContentSource): Promise<RawContent> {
  const [settings, assets, people, articles, conditions, faqs, revisions] = await Promise.all([
    source.fetch<SiteSettingsQueryResult>(siteSettingsQuery),
    source.fetch<AllImageAssetsQueryResult>(allImageAssetsQuery),
    source.fetch<AllPeopleQueryResult>(allPeopleQuery),
    source.fetch<AllArticlesQueryResult>(allArticlesQuery),
    source.fetch<AllConditionsQueryResult>(allConditionsQuery),
    source.fetch<AllFaqsQueryResult>(allFaqsQuery),
    source.fetch<DocumentRevisionsQueryResult>(documentRevisionsQuery),
  ]);
  return { settings, assets, people, articles, conditions, faqs, revisions };
}

const CONDITION_SECTIONS = [
  ['causes', 'Causes'],
  ['signs', 'Signs'],
  ['howSmpHelps', 'How SMP can help'],
  ['whoItSuits', 'Who it suits'],
  ['whenNotSuitable', 'When SMP is not suitable'],
] as const;

/** Checks, links and indexes the raw query results into what the pages render. */
export function buildSiteContent(raw: RawContent, sourceKind: ContentSource['kind']): SiteContent {
  const assets = new Map<string, Raw>();
  for (const a of objects(raw.assets)) {
    const id = str(a['_id']);
    if (id) assets.set(id, a);
  }
  const problems = new Collector(assets);
  const revisions: Record<string, string> = {};
  for (const r of objects(raw.revisions)) {
    const id = str(r['_id']);
    if (id) revisions[id] = str(r['_rev']) ?? '';
  }
  const rev = (id: string): string => revisions[id] ?? '';

  const settingsDeps = new Set<string>();
  const site = settings(raw.settings, problems, settingsDeps);

  // Pass 1: decide which documents get pages, so references and links can be checked.
  const peopleRaw: [Raw, string][] = [];
  const articlesRaw: [Raw, string][] = [];
  const conditionsRaw: [Raw, string][] = [];
  const faqsRaw: [Raw, string][] = [];
  const pick = (list: unknown, type: string, into: [Raw, string][], titleField: string): void => {
    const seen = new Set<string>();
    for (const doc of objects(list)) {
      if (!str(doc[titleField])) {
        problems.add(meta(doc, type), 'missing-field', `no ${titleField}; left out`);
        continue;
      }
      const slug = checkSlug(doc, type, seen, problems);
      // FAQ slugs become fragment ids on the FAQ page: they must not take the layout's own.
      if (slug && type === 'faq' && (RESERVED_IDS.includes(slug) || /^(q|cat)-/.test(slug))) {
        problems.add(
          meta(doc, type),
          'invalid-slug',
          `slug "${slug}" clashes with a page id; left out`,
        );
        continue;
      }
      if (slug) into.push([doc, slug]);
    }
  };
  pick(raw.people, 'person', peopleRaw, 'name');
  pick(raw.articles, 'article', articlesRaw, 'title');
  pick(raw.conditions, 'condition', conditionsRaw, 'name');
  pick(raw.faqs, 'faq', faqsRaw, 'question');

  const targets: LinkTargets = new Map();
  for (const [d, slug] of articlesRaw) targets.set(String(d['_id']), articlePath(slug));
  for (const [d, slug] of conditionsRaw) targets.set(String(d['_id']), conditionPath(slug));

  // People first: articles and conditions embed them.
  const people = new Map<string, Person>();
  for (const [d, slug] of peopleRaw) {
    const m = meta(d, 'person');
    people.set(m._id, {
      id: m._id,
      rev: str(d['_rev']) ?? '',
      updatedAt: str(d['_updatedAt']),
      name: str(d['name']) ?? slug,
      slug,
      path: personPath(slug),
      roles: strings(d['roles']),
      jobTitle: str(d['jobTitle']),
      credentials: str(d['credentials']),
      bio: str(d['bio']),
      image: image(d['image'], m, 'image', problems, new Set()),
      sameAs: strings(d['sameAs']).filter((u) => /^https?:$/.test(safeUrlProtocol(u))),
    });
  }

  // Cards first (cheap, reference-free), so full documents can link to each other.
  const articleCards = new Map<string, ArticleCard>();
  const articleDeps = new Map<string, Set<string>>();
  for (const [d, slug] of articlesRaw) {
    const m = meta(d, 'article');
    const deps = new Set<string>();
    articleDeps.set(m._id, deps);
    articleCards.set(m._id, {
      id: m._id,
      slug,
      path: articlePath(slug),
      title: str(d['title']) ?? slug,
      excerpt: str(d['excerpt']) ?? '',
      publishedAt: str(d['publishedAt']),
      updatedAt: str(d['updatedAt']),
      category: str(d['category']),
      heroImage: image(d['heroImage'], m, 'heroImage', problems, deps),
    });
  }
  const conditionCards = new Map<string, ConditionCard>();
  const conditionDeps = new Map<string, Set<string>>();
  for (const [d, slug] of conditionsRaw) {
    const m = meta(d, 'condition');
    const deps = new Set<string>();
    conditionDeps.set(m._id, deps);
    conditionCards.set(m._id, {
      id: m._id,
      slug,
      path: conditionPath(slug),
      name: str(d['name']) ?? slug,
      summary: str(d['summary']) ?? '',
      heroImage: image(d['heroImage'], m, 'heroImage', problems, deps),
    });
  }

  // FAQs: shown on the FAQ page, on condition pages and on the home page.
  const faqs: Faq[] = [];
  const faqById = new Map<string, Faq>();
  const faqsByCondition = new Map<string, Faq[]>();
  for (const [d, slug] of faqsRaw) {
    const m = meta(d, 'faq');
    const deps = new Set<string>();
    const newId = uniqueIdFactory(RESERVED_IDS);
    const faq: Faq = {
      id: m._id,
      rev: str(d['_rev']) ?? '',
      lastmod: str(d['_updatedAt']),
      slug,
      path: faqPath(slug),
      question: str(d['question']) ?? slug,
      answer: body(d['answer'], m, 'answer', { problems, deps, targets, newId }),
      category: str(d['category']) ?? 'about-smp',
      order: num(d['order']) ?? Number.MAX_SAFE_INTEGER,
      conditions: resolveRefs(
        d['relatedConditions'],
        conditionCards,
        m,
        'relatedConditions',
        problems,
        deps,
      ),
    };
    faqs.push(faq);
    faqById.set(faq.id, faq);
    for (const c of faq.conditions) {
      const list = faqsByCondition.get(c.id) ?? [];
      list.push(faq);
      faqsByCondition.set(c.id, list);
    }
  }

  // Indexes for "related" lists: built once, so no page does O(N) work.
  const articlesByCondition = new Map<string, ArticleCard[]>();
  const articlesByCategory = new Map<string, ArticleCard[]>();
  const byPerson: SiteContent['byPerson'] = new Map();
  const personEntry = (id: string) => {
    let e = byPerson.get(id);
    if (!e) {
      e = { authored: [], reviewed: [], conditions: [] };
      byPerson.set(id, e);
    }
    return e;
  };

  const articles: Article[] = [];
  for (const [d] of articlesRaw) {
    const m = meta(d, 'article');
    const card = articleCards.get(m._id);
    const deps = articleDeps.get(m._id);
    if (!card || !deps) continue;
    const newId = uniqueIdFactory(RESERVED_IDS);
    const b = body(d['body'], m, 'body', { problems, deps, targets, newId });
    const [author] = resolveRefs(d['author'], people, m, 'author', problems, deps);
    const [reviewer] = resolveRefs(
      d['medicalReviewer'],
      people,
      m,
      'medicalReviewer',
      problems,
      deps,
    );
    if (!refIds(d['author']).some(Boolean)) {
      problems.add(m, 'missing-field', 'no author; byline left out');
    }
    const conditions = resolveRefs(
      d['relatedConditions'],
      conditionCards,
      m,
      'relatedConditions',
      problems,
      deps,
    );
    const article: Article = {
      ...card,
      rev: str(d['_rev']) ?? '',
      lastmod: str(d['_updatedAt']),
      body: b,
      headings: headingsOf(b),
      readingMinutes: readingMinutes(b.words),
      author,
      reviewer,
      lastReviewed: str(d['lastReviewed']),
      conditions,
      related: [],
      tags: strings(d['tags']),
      seo: seo(d['seo'], m, problems, deps),
      cacheKey: '',
    };
    articles.push(article);
    for (const c of conditions) {
      const list = articlesByCondition.get(c.id) ?? [];
      list.push(card);
      articlesByCondition.set(c.id, list);
    }
    if (card.category) {
      const list = articlesByCategory.get(card.category) ?? [];
      list.push(card);
      articlesByCategory.set(card.category, list);
    }
    if (author) personEntry(author.id).authored.push(card);
    if (reviewer) personEntry(reviewer.id).reviewed.push(card);
  }

  // Related articles: same condition first, then same category; the query sorted newest first.
  for (const a of articles) {
    const chosen = new Map<string, ArticleCard>();
    const take = (list: ArticleCard[] | undefined): void => {
      for (const c of list ?? []) {
        if (chosen.size >= RELATED_ARTICLES) return;
        if (c.id !== a.id) chosen.set(c.id, c);
      }
    };
    for (const c of a.conditions) take(articlesByCondition.get(c.id));
    if (a.category) take(articlesByCategory.get(a.category));
    a.related = [...chosen.values()];
    const deps = articleDeps.get(a.id) ?? new Set<string>();
    for (const c of a.related) deps.add(c.id);
    a.cacheKey = cacheKey(a.rev, site.rev, deps, rev);
  }

  const conditions: Condition[] = [];
  for (const [d] of conditionsRaw) {
    const m = meta(d, 'condition');
    const card = conditionCards.get(m._id);
    const deps = conditionDeps.get(m._id);
    if (!card || !deps) continue;
    const newId = uniqueIdFactory(RESERVED_IDS);
    let words = 0;
    const sections: ConditionSection[] = [];
    for (const [field, title] of CONDITION_SECTIONS) {
      const id = newId(title);
      const b = body(d[field], m, field, { problems, deps, targets, newId });
      words += b.words;
      if (b.blocks.length) sections.push({ id, title, body: b });
    }
    const [reviewer] = resolveRefs(
      d['medicalReviewer'],
      people,
      m,
      'medicalReviewer',
      problems,
      deps,
    );
    const faqList = new Map<string, Faq>();
    for (const f of resolveRefs(d['relatedFaqs'], faqById, m, 'relatedFaqs', problems, deps)) {
      faqList.set(f.id, f);
    }
    for (const f of faqsByCondition.get(m._id) ?? []) {
      if (faqList.size >= CONDITION_FAQS) break;
      faqList.set(f.id, f);
    }
    const articleList = new Map<string, ArticleCard>();
    for (const a of resolveRefs(
      d['relatedArticles'],
      articleCards,
      m,
      'relatedArticles',
      problems,
      deps,
    )) {
      articleList.set(a.id, a);
    }
    for (const a of articlesByCondition.get(m._id) ?? []) {
      if (articleList.size >= CONDITION_ARTICLES) break;
      articleList.set(a.id, a);
    }
    for (const id of [...faqList.keys(), ...articleList.keys()]) deps.add(id);
    const codes = isObj(d['medicalCodes']) ? d['medicalCodes'] : {};
    const condition: Condition = {
      ...card,
      rev: str(d['_rev']) ?? '',
      lastmod: str(d['_updatedAt']),
      alsoKnownAs: strings(d['alsoKnownAs']),
      sections,
      readingMinutes: readingMinutes(words + countWords(card.summary)),
      reviewer,
      lastReviewed: str(d['lastReviewed']),
      nextReviewDue: str(d['nextReviewDue']),
      medicalCodes: { icd10: str(codes['icd10']), mesh: str(codes['mesh']) },
      faqs: [...faqList.values()],
      articles: [...articleList.values()],
      seo: seo(d['seo'], m, problems, deps),
      cacheKey: '',
    };
    condition.cacheKey = cacheKey(condition.rev, site.rev, deps, rev);
    conditions.push(condition);
    if (reviewer) personEntry(reviewer.id).conditions.push(card);
  }

  const faqGroups: FaqGroup[] = [];
  const knownCategories = new Set(FAQ_CATEGORIES.map((c) => c.value));
  for (const { value, label } of FAQ_CATEGORIES) {
    const list = faqs.filter((f) => f.category === value);
    if (list.length) faqGroups.push({ category: value, label, faqs: list.sort(byOrder) });
  }
  const other = faqs.filter((f) => !knownCategories.has(f.category));
  if (other.length)
    faqGroups.push({ category: 'other', label: 'Other questions', faqs: other.sort(byOrder) });

  // Links the editors type into site settings must lead somewhere: checked against every page.
  const known = new Set<string>(STATIC_PATHS);
  for (const a of articles) known.add(a.path);
  for (const c of conditions) known.add(c.path);
  for (const p of people.values()) known.add(p.path);
  for (let n = 2; n <= Math.ceil(articles.length / ARTICLES_PER_PAGE); n++)
    known.add(articleListPath(n));
  const settingsOwner = { _id: 'siteSettings', _type: 'siteSettings' };
  const linkOk = (field: string, href: string): boolean => {
    const safe = safeHref(href);
    const internal = safe?.startsWith('/') && !safe.startsWith('//');
    const path = internal ? (safe ?? '').replace(/[?#].*$/, '') : undefined;
    if (safe && (!internal || known.has(path ?? '') || known.has(`${path ?? ''}/`))) return true;
    problems.add(
      settingsOwner,
      'dangling-reference',
      `${field}: "${href}" leads to no page; left out`,
    );
    return false;
  };
  site.navigation = site.navigation.filter((n) => linkOk('navigation', n.href));
  site.socialLinks = site.socialLinks.filter((n) => linkOk('socialLinks', n.url));
  if (site.consultationCta && !linkOk('consultationCta.href', site.consultationCta.href)) {
    site.consultationCta = undefined;
  }

  return {
    source: sourceKind,
    settings: site,
    articles,
    conditions,
    faqs,
    faqGroups,
    people: [...people.values()],
    byPerson,
    problems: problems.problems,
    revisions,
  };
}

function safeUrlProtocol(u: string): string {
  try {
    return new URL(u).protocol;
  } catch {
    return '';
  }
}

function byOrder(a: Faq, b: Faq): number {
  return a.order - b.order || a.question.localeCompare(b.question);
}

/** Key for Astro's incremental build: changes when the page's document or anything it shows does. */
function cacheKey(
  docRev: string,
  settingsRev: string,
  deps: Set<string>,
  rev: (id: string) => string,
): string {
  const parts = [CACHE_KEY_VERSION, docRev, settingsRev];
  for (const id of [...deps].sort()) parts.push(id, rev(id));
  return shortHash(parts);
}
