/**
 * Synthetic dataset generator for benchmarks: N articles plus conditions, FAQs, people, images
 * and siteSettings, written in Sanity's export format (data.ndjson + images/) exactly like
 * `site/content/`, deterministic for a given seed, streamed so 100,000 articles fit in memory.
 *
 * CLI: `pnpm bench:generate --articles 1000 --seed smp --out .bench/data-1000`
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import sharp from 'sharp';
import { Prng } from './prng.ts';
import {
  ARTICLE_ANGLES,
  ARTICLE_SUBJECTS,
  CALLOUT_TITLES,
  CATEGORIES,
  CONDITION_VARIANTS,
  CONDITIONS,
  EXTERNAL_LINKS,
  FAQ_QUESTIONS,
  FAQ_SUFFIXES,
  FIRST_NAMES,
  IMAGE_ALTS,
  LAST_NAMES,
  LIST_ITEMS,
  QUOTES,
  SENTENCES,
  TAGS,
  slugify,
} from './text.ts';

/** How many documents of each type a dataset holds. */
export interface DatasetPlan {
  seed: string;
  articles: number;
  conditions: number;
  faqs: number;
  people: number;
}

export interface GenerateOptions {
  /** Directory that receives data.ndjson and images/. */
  outDir: string;
  seed: string;
  articles: number;
  conditions?: number;
  faqs?: number;
  people?: number;
  /** Replace an existing dataset in outDir instead of refusing. */
  force?: boolean;
}

export interface GenerateResult {
  plan: DatasetPlan;
  ndjsonPath: string;
  documents: number;
  bytes: number;
  images: string[];
}

/** Raised for bad generator input; carries the CLI exit code. */
export class GenerateError extends Error {
  readonly exitCode = 2;
  override readonly name = 'GenerateError';
}

/**
 * Default proportions of a growing clinic site: conditions and FAQs grow slowly with the
 * number of articles, never below the hand-written base lists.
 */
export function planDataset(
  options: Pick<GenerateOptions, 'seed' | 'articles' | 'conditions' | 'faqs' | 'people'>,
): DatasetPlan {
  const { articles } = options;
  const plan: DatasetPlan = {
    seed: options.seed,
    articles,
    conditions: options.conditions ?? Math.max(CONDITIONS.length, Math.round(articles / 50)),
    faqs: options.faqs ?? Math.max(FAQ_QUESTIONS.length, Math.round(articles / 20)),
    people: options.people ?? Math.max(4, Math.round(articles / 1000)),
  };
  for (const [name, value] of Object.entries(plan)) {
    if (name === 'seed') continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw new GenerateError(`--${name} must be a non-negative integer (got ${String(value)})`);
    }
  }
  if (plan.articles < 1) throw new GenerateError('--articles must be at least 1');
  if (plan.conditions < 1) throw new GenerateError('--conditions must be at least 1');
  if (plan.people < 2) throw new GenerateError('--people must be at least 2 (author + reviewer)');
  if (plan.seed === '') throw new GenerateError('--seed must not be empty');
  return plan;
}

// ---------------------------------------------------------------------------------------------
// Identity of each document, computable from its index alone (so references need no lookup).

/** Title, slug and id of article i. */
export function articleIdentity(i: number): { id: string; slug: string; title: string } {
  const subject = ARTICLE_SUBJECTS[i % ARTICLE_SUBJECTS.length] ?? 'SMP';
  const angleIndex = Math.floor(i / ARTICLE_SUBJECTS.length) % ARTICLE_ANGLES.length;
  const angle = ARTICLE_ANGLES[angleIndex] ?? 'a guide';
  const round = Math.floor(i / (ARTICLE_SUBJECTS.length * ARTICLE_ANGLES.length));
  const title = `${subject}: ${angle}`;
  // (subject, angle, round) is unique per index, so the slug is unique without a global set.
  const slug = round === 0 ? slugify(title) : `${slugify(title)}-${round + 1}`;
  return { id: `article-${slug}`, slug, title };
}

/** Name, slug and id of condition i. */
export function conditionIdentity(i: number): { id: string; slug: string; name: string } {
  const base = CONDITIONS[i % CONDITIONS.length];
  if (base === undefined) throw new Error('no base conditions');
  const k = Math.floor(i / CONDITIONS.length);
  const variant =
    k === 0 ? '' : ` ${CONDITION_VARIANTS[(k - 1) % CONDITION_VARIANTS.length] ?? ''}`;
  const round = k === 0 ? 0 : Math.floor((k - 1) / CONDITION_VARIANTS.length);
  const name = `${base.name}${variant}`;
  const slug = round === 0 ? slugify(name) : `${slugify(name)}-${round + 1}`;
  return { id: `condition-${slug}`, slug, name };
}

/** Question, slug, category and id of FAQ i. */
export function faqIdentity(i: number): {
  id: string;
  slug: string;
  question: string;
  category: string;
  order: number;
} {
  const base = FAQ_QUESTIONS[i % FAQ_QUESTIONS.length];
  if (base === undefined) throw new Error('no base FAQs');
  const k = Math.floor(i / FAQ_QUESTIONS.length);
  const suffix = FAQ_SUFFIXES[k % FAQ_SUFFIXES.length] ?? '';
  const round = Math.floor(k / FAQ_SUFFIXES.length);
  const question = suffix === '' ? base.question : base.question.replace(/\?$/, `${suffix}?`);
  const slug = round === 0 ? slugify(question) : `${slugify(question)}-${round + 1}`;
  return { id: `faq-${slug}`, slug, question, category: base.category, order: i };
}

/** Name, slug, roles and id of person i: even indexes write, odd indexes review. */
export function personIdentity(i: number): {
  id: string;
  slug: string;
  name: string;
  reviewer: boolean;
} {
  const first = FIRST_NAMES[i % FIRST_NAMES.length] ?? 'Alex';
  const last = LAST_NAMES[(i * 5 + Math.floor(i / LAST_NAMES.length)) % LAST_NAMES.length] ?? 'Lee';
  const reviewer = i % 2 === 1;
  const name = `${reviewer ? 'Dr ' : ''}${first} ${last}`;
  const round = Math.floor(i / (FIRST_NAMES.length * LAST_NAMES.length));
  const slug = `${slugify(`${first} ${last}`)}${round === 0 ? '' : `-${round + 1}`}`;
  return { id: `person-${slug}`, slug, name, reviewer };
}

// ---------------------------------------------------------------------------------------------
// Images: a handful of generated files, reused by every document (as a real site reuses stock).

interface GeneratedImage {
  /** Value of `_sanityAsset`. */
  asset: string;
  file: string;
  width: number;
  height: number;
}

const IMAGE_SIZES: readonly [number, number][] = [
  [1600, 900],
  [1600, 900],
  [1200, 800],
  [1600, 1000],
  [600, 600],
  [600, 600],
];

/** Skin-toned gradient stippled with dark dots, roughly what SMP close-ups look like. */
async function renderImage(prng: Prng, width: number, height: number): Promise<Buffer> {
  const pixels = Buffer.alloc(width * height * 3);
  const base = [prng.int(170, 225), prng.int(130, 180), prng.int(105, 150)];
  const tilt = prng.int(20, 60);
  for (let y = 0; y < height; y++) {
    const shade = 1 - (tilt / 100) * (y / height);
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 3;
      pixels[o] = (base[0] ?? 0) * shade;
      pixels[o + 1] = (base[1] ?? 0) * shade;
      pixels[o + 2] = (base[2] ?? 0) * shade;
    }
  }
  const dots = Math.floor((width * height) / 90);
  for (let d = 0; d < dots; d++) {
    const cx = prng.int(0, width - 1);
    const cy = prng.int(0, Math.floor(height * (0.3 + 0.7 * prng.next())));
    const level = prng.int(25, 70);
    for (let dy = 0; dy < 2; dy++) {
      for (let dx = 0; dx < 2; dx++) {
        if (cx + dx >= width || cy + dy >= height) continue;
        const o = ((cy + dy) * width + cx + dx) * 3;
        pixels[o] = level;
        pixels[o + 1] = level * 0.9;
        pixels[o + 2] = level * 0.85;
      }
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 78 })
    .toBuffer();
}

async function writeImages(seed: string, imagesDir: string): Promise<GeneratedImage[]> {
  mkdirSync(imagesDir, { recursive: true });
  const images: GeneratedImage[] = [];
  for (const [index, [width, height]] of IMAGE_SIZES.entries()) {
    const bytes = await renderImage(new Prng(seed, 'image', index), width, height);
    const sha1 = createHash('sha1').update(bytes).digest('hex');
    const file = `${sha1}-${width}x${height}.jpg`;
    writeFileSync(join(imagesDir, file), bytes);
    images.push({ asset: `image@file://./images/${file}`, file, width, height });
  }
  return images;
}

// ---------------------------------------------------------------------------------------------
// Portable Text.

interface Span {
  _type: 'span';
  _key: string;
  text: string;
  marks: string[];
}

interface MarkDef {
  _type: 'link' | 'internalLink';
  _key: string;
  href?: string;
  reference?: { _type: 'reference'; _ref: string };
}

type PtNode = Record<string, unknown> & { _type: string; _key: string };

interface BodyContext {
  prng: Prng;
  plan: DatasetPlan;
  images: GeneratedImage[];
  /** Topic woven into the copy (a condition or subject name). */
  topic: string;
  /** Index of the article being written, so it never links to itself. */
  selfArticle?: number;
}

function spanOf(prng: Prng, text: string, marks: string[] = []): Span {
  return { _type: 'span', _key: prng.hex(12), text, marks };
}

function textBlock(
  prng: Prng,
  style: string,
  children: Span[],
  markDefs: MarkDef[] = [],
  list?: 'bullet' | 'number',
): PtNode {
  const node: PtNode = { _type: 'block', _key: prng.hex(12), style, markDefs, children };
  if (list !== undefined) {
    node['listItem'] = list;
    node['level'] = 1;
  }
  return node;
}

function sentences(prng: Prng, min: number, max: number): string {
  return prng.sample(SENTENCES, prng.int(min, max)).join(' ');
}

/** Reference target for an internal link: another article or a condition. */
function internalTarget(ctx: BodyContext): { id: string; label: string } {
  const { prng, plan } = ctx;
  if (plan.articles > 1 && prng.chance(0.6)) {
    const [index] = prng.sampleIndexes(plan.articles, 1, ctx.selfArticle);
    const target = articleIdentity(index ?? 0);
    return { id: target.id, label: target.title.toLowerCase() };
  }
  const target = conditionIdentity(prng.int(0, plan.conditions - 1));
  return { id: target.id, label: target.name.toLowerCase() };
}

/** A paragraph, sometimes with bold text, an external link or an internal link. */
function paragraph(ctx: BodyContext): PtNode {
  const { prng } = ctx;
  const children: Span[] = [spanOf(prng, sentences(prng, 2, 4))];
  const markDefs: MarkDef[] = [];
  const roll = prng.next();
  if (roll < 0.25) {
    const key = prng.hex(12);
    markDefs.push({
      _type: 'internalLink',
      _key: key,
      reference: { _type: 'reference', _ref: internalTarget(ctx).id },
    });
    children.push(spanOf(prng, ' Read more in our guide to '));
    children.push(spanOf(prng, ctx.topic.toLowerCase(), [key]));
    children.push(spanOf(prng, '.'));
  } else if (roll < 0.4) {
    const key = prng.hex(12);
    markDefs.push({ _type: 'link', _key: key, href: prng.pick(EXTERNAL_LINKS) });
    children.push(spanOf(prng, ' Independent guidance is available from '));
    children.push(spanOf(prng, 'official health sources', [key]));
    children.push(spanOf(prng, '.'));
  } else if (roll < 0.55) {
    children.push(spanOf(prng, ' '));
    children.push(spanOf(prng, 'Ask us if anything here is unclear.', ['strong']));
  } else if (roll < 0.65) {
    children.push(spanOf(prng, ' '));
    children.push(spanOf(prng, 'Everyone heals at their own pace.', ['em']));
  }
  return textBlock(prng, 'normal', children, markDefs);
}

function imageNode(prng: Prng, images: GeneratedImage[], withCaption: boolean): PtNode {
  const image = prng.pick(images.slice(0, 4));
  const node: PtNode = {
    _type: 'imageWithAlt',
    _key: prng.hex(12),
    _sanityAsset: image.asset,
    alt: prng.pick(IMAGE_ALTS),
  };
  if (withCaption) node['caption'] = 'Photographed in clinic under the same lighting each visit.';
  return node;
}

/** A section-structured body: intro, h2 sections with h3s, lists, callouts, images, quotes. */
function body(ctx: BodyContext, sections: number): PtNode[] {
  const { prng } = ctx;
  const out: PtNode[] = [paragraph(ctx), paragraph(ctx)];
  for (let s = 0; s < sections; s++) {
    out.push(textBlock(prng, 'h2', [spanOf(prng, sectionHeading(prng, ctx.topic))]));
    out.push(paragraph(ctx));
    if (prng.chance(0.6)) out.push(paragraph(ctx));
    if (prng.chance(0.45)) {
      out.push(textBlock(prng, 'h3', [spanOf(prng, prng.pick(SUBHEADINGS))]));
      out.push(paragraph(ctx));
    }
    if (prng.chance(0.5)) {
      const list = prng.chance(0.5) ? 'bullet' : 'number';
      for (const item of prng.sample(LIST_ITEMS, prng.int(3, 5))) {
        out.push(textBlock(prng, 'normal', [spanOf(prng, item)], [], list));
      }
    }
    const extra = prng.next();
    if (extra < 0.25) {
      out.push({
        _type: 'callout',
        _key: prng.hex(12),
        tone: prng.pick(['info', 'tip', 'warning']),
        title: prng.pick(CALLOUT_TITLES),
        text: sentences(prng, 1, 2),
      });
    } else if (extra < 0.4) {
      out.push(imageNode(prng, ctx.images, prng.chance(0.5)));
    } else if (extra < 0.48) {
      out.push({
        _type: 'quote',
        _key: prng.hex(12),
        text: prng.pick(QUOTES),
        attribution: 'A Pointwell client',
      });
    }
  }
  return out;
}

const SUBHEADINGS = [
  'On the day',
  'The first few days',
  'What we check first',
  'If you have a scar',
  'Matching the colour',
  'When to wait',
];

function sectionHeading(prng: Prng, topic: string): string {
  return prng.pick([
    `How ${topic.toLowerCase()} affects planning`,
    'What happens during a session',
    'Healing and aftercare',
    'Who it may not suit',
    'Questions to ask at consultation',
    'How long the pigment lasts',
    'Choosing the right density',
    'Realistic expectations',
  ]);
}

// ---------------------------------------------------------------------------------------------
// Documents.

type Doc = Record<string, unknown> & { _id: string; _type: string };

/** Fixed epoch so timestamps never depend on the day the generator runs. */
const EPOCH = Date.UTC(2021, 0, 4, 9, 0, 0);
const DAY = 86_400_000;

function timestamps(prng: Prng, dayOffset: number): { created: string; updated: string } {
  const created = EPOCH + dayOffset * DAY + prng.int(0, 8 * 3600) * 1000;
  const updated = created + prng.int(0, 200) * DAY + prng.int(0, 3600) * 1000;
  return { created: new Date(created).toISOString(), updated: new Date(updated).toISOString() };
}

function system(prng: Prng, id: string, type: string, dayOffset: number): Doc {
  const { created, updated } = timestamps(prng, dayOffset);
  return { _id: id, _type: type, _rev: prng.alnum(22), _createdAt: created, _updatedAt: updated };
}

function ref(id: string, prng?: Prng): Record<string, string> {
  const out: Record<string, string> = { _type: 'reference', _ref: id };
  if (prng !== undefined) out['_key'] = prng.hex(12);
  return out;
}

function heroImage(prng: Prng, images: GeneratedImage[], alt: string): Record<string, unknown> {
  const image = prng.pick(images.slice(0, 4));
  return {
    _type: 'imageWithAlt',
    _sanityAsset: image.asset,
    alt,
    hotspot: {
      _type: 'sanity.imageHotspot',
      x: 0.5,
      y: Number((0.35 + prng.next() * 0.3).toFixed(3)),
      width: 0.6,
      height: 0.6,
    },
    crop: { _type: 'sanity.imageCrop', top: 0, bottom: 0, left: 0, right: 0 },
  };
}

function siteSettings(seed: string): Doc {
  const prng = new Prng(seed, 'siteSettings');
  return {
    ...system(prng, 'siteSettings', 'siteSettings', 0),
    brandName: 'Pointwell Scalp Clinic',
    tagline: 'Scalp micropigmentation in Manchester, planned with care',
    siteUrl: 'https://www.pointwell.example',
    contact: { phone: '0161 496 0734', email: 'hello@pointwell.example' },
    address: {
      streetAddress: '12 Example Street',
      addressLocality: 'Manchester',
      addressRegion: 'Greater Manchester',
      postalCode: 'M1 1AA',
      addressCountry: 'GB',
    },
    openingHours: [
      {
        _type: 'openingHoursSpec',
        _key: prng.hex(12),
        days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
        opens: '09:00',
        closes: '17:30',
      },
      {
        _type: 'openingHoursSpec',
        _key: prng.hex(12),
        days: ['Saturday'],
        opens: '10:00',
        closes: '14:00',
      },
    ],
    navigation: [
      ['Articles', '/articles/'],
      ['Conditions', '/conditions/'],
      ['FAQ', '/faq/'],
      ['Search', '/search/'],
    ].map(([label, href]) => ({ _type: 'navItem', _key: prng.hex(12), label, href })),
    socialLinks: [
      {
        _type: 'socialLink',
        _key: prng.hex(12),
        platform: 'instagram',
        url: 'https://www.instagram.com/pointwell.example',
      },
    ],
    defaultSeo: {
      _type: 'seo',
      metaTitle: 'Pointwell Scalp Clinic, Manchester',
      metaDescription:
        'Scalp micropigmentation in Manchester: honest consultations, careful planning and medically reviewed guides.',
    },
    medicalDisclaimer:
      'This content is general information, reviewed by a dermatologist, and is not a substitute for advice from your own doctor. SMP is a cosmetic treatment and does not treat the cause of hair loss.',
    consultationCta: {
      heading: 'Talk it through first',
      text: 'A free, no-pressure consultation to see whether SMP suits you.',
      buttonLabel: 'Book a consultation',
      href: '/contact/',
    },
  };
}

function person(plan: DatasetPlan, images: GeneratedImage[], i: number): Doc {
  const prng = new Prng(plan.seed, 'person', i);
  const who = personIdentity(i);
  const portrait = images[4 + (i % 2)] ?? images[0];
  return {
    ...system(prng, who.id, 'person', i),
    name: who.name,
    slug: { _type: 'slug', current: who.slug },
    roles: who.reviewer ? ['medicalReviewer'] : ['author'],
    jobTitle: who.reviewer ? 'Consultant Dermatologist' : 'SMP Practitioner',
    ...(who.reviewer ? { credentials: 'MBChB, MRCP (Derm)' } : {}),
    bio: who.reviewer
      ? 'A consultant dermatologist who reviews our clinical content for accuracy.'
      : 'A scalp micropigmentation practitioner who plans and carries out treatments at the clinic.',
    image: {
      _type: 'imageWithAlt',
      _sanityAsset: portrait?.asset,
      alt: `Portrait of ${who.name}`,
    },
    sameAs: [`https://www.linkedin.com/in/${who.slug}.example`],
  };
}

/** Index of a person with the wanted role (authors are even, reviewers odd). */
function personIndex(prng: Prng, plan: DatasetPlan, reviewer: boolean): number {
  const count = reviewer ? Math.floor(plan.people / 2) : Math.ceil(plan.people / 2);
  return prng.int(0, count - 1) * 2 + (reviewer ? 1 : 0);
}

function condition(plan: DatasetPlan, images: GeneratedImage[], i: number): Doc {
  const prng = new Prng(plan.seed, 'condition', i);
  const who = conditionIdentity(i);
  const base = CONDITIONS[i % CONDITIONS.length];
  const ctx: BodyContext = { prng, plan, images, topic: who.name };
  const doc: Doc = {
    ...system(prng, who.id, 'condition', i),
    name: who.name,
    slug: { _type: 'slug', current: who.slug },
    alsoKnownAs: base?.alsoKnownAs ?? [],
    summary: `${who.name} and how scalp micropigmentation may help with its appearance. ${sentences(prng, 1, 2)}`,
    causes: body(ctx, 1),
    signs: body(ctx, 1),
    howSmpHelps: body(ctx, 2),
    whoItSuits: body(ctx, 1),
    whenNotSuitable: body(ctx, 1),
    heroImage: heroImage(prng, images, `Scalp of a client with ${who.name.toLowerCase()}`),
    relatedFaqs: prng.sampleIndexes(plan.faqs, 3).map((f) => ref(faqIdentity(f).id, prng)),
    relatedArticles: prng
      .sampleIndexes(plan.articles, 4)
      .map((a) => ref(articleIdentity(a).id, prng)),
    medicalReviewer: ref(personIdentity(personIndex(prng, plan, true)).id),
    lastReviewed: '2025-09-01',
    // Far in the future: a past review date is a publishing error in the Studio.
    nextReviewDue: '2031-09-01',
    seo: {
      _type: 'seo',
      metaTitle: `${who.name} and SMP`.slice(0, 60),
      metaDescription: `How scalp micropigmentation can soften the look of ${who.name.toLowerCase()}, who it suits and when to wait.`,
    },
  };
  if (base?.icd10 !== undefined || base?.mesh !== undefined) {
    doc['medicalCodes'] = {
      ...(base.icd10 === undefined ? {} : { icd10: base.icd10 }),
      ...(base.mesh === undefined ? {} : { mesh: base.mesh }),
    };
  }
  return doc;
}

function faq(plan: DatasetPlan, images: GeneratedImage[], i: number): Doc {
  const prng = new Prng(plan.seed, 'faq', i);
  const who = faqIdentity(i);
  const ctx: BodyContext = { prng, plan, images, topic: 'SMP' };
  return {
    ...system(prng, who.id, 'faq', i),
    question: who.question,
    slug: { _type: 'slug', current: who.slug },
    answer: [paragraph(ctx), ...(prng.chance(0.4) ? [paragraph(ctx)] : [])],
    category: who.category,
    relatedConditions: prng
      .sampleIndexes(plan.conditions, prng.int(0, 2))
      .map((c) => ref(conditionIdentity(c).id, prng)),
    order: who.order,
  };
}

/** Article i (exported so the bench can rewrite one article for publish-to-live). */
export function article(plan: DatasetPlan, images: GeneratedImage[], i: number): Doc {
  const prng = new Prng(plan.seed, 'article', i);
  const who = articleIdentity(i);
  const ctx: BodyContext = {
    prng,
    plan,
    images,
    topic: who.title.split(':')[0] ?? 'SMP',
    selfArticle: i,
  };
  const sys = system(prng, who.id, 'article', Math.floor((i * 1500) / Math.max(plan.articles, 1)));
  const reviewed = prng.chance(0.8);
  const doc: Doc = {
    ...sys,
    title: who.title,
    slug: { _type: 'slug', current: who.slug },
    excerpt: `${who.title}. ${sentences(prng, 1, 1)}`.slice(0, 200),
    heroImage: heroImage(prng, images, prng.pick(IMAGE_ALTS)),
    body: body(ctx, prng.int(3, 5)),
    author: ref(personIdentity(personIndex(prng, plan, false)).id),
    publishedAt: sys['_createdAt'],
    updatedAt: sys['_updatedAt'],
    relatedConditions: prng
      .sampleIndexes(plan.conditions, prng.int(0, 3))
      .map((c) => ref(conditionIdentity(c).id, prng)),
    category: prng.pick(CATEGORIES),
    tags: prng.sample(TAGS, prng.int(1, 4)),
    seo: {
      _type: 'seo',
      metaTitle: who.title.slice(0, 60),
      metaDescription:
        `${who.title}: practical, medically reviewed guidance from Pointwell Scalp Clinic in Manchester.`.slice(
          0,
          160,
        ),
    },
  };
  if (reviewed) {
    doc['medicalReviewer'] = ref(personIdentity(personIndex(prng, plan, true)).id);
    doc['lastReviewed'] = String(sys['_updatedAt']).slice(0, 10);
  }
  return doc;
}

/** Every document of the dataset in file order, produced lazily. */
export function* documents(plan: DatasetPlan, images: GeneratedImage[]): Generator<Doc> {
  yield siteSettings(plan.seed);
  for (let i = 0; i < plan.people; i++) yield person(plan, images, i);
  for (let i = 0; i < plan.conditions; i++) yield condition(plan, images, i);
  for (let i = 0; i < plan.faqs; i++) yield faq(plan, images, i);
  for (let i = 0; i < plan.articles; i++) yield article(plan, images, i);
  // One unpublished edit, as in every real dataset: drafts must never reach the site.
  const draft = article(plan, images, 0);
  yield { ...draft, _id: `drafts.${draft._id}`, title: `${String(draft['title'])} (draft)` };
}

/** Writes the dataset to options.outDir and returns what it wrote. */
export async function generateDataset(options: GenerateOptions): Promise<GenerateResult> {
  const plan = planDataset(options);
  const outDir = resolve(options.outDir);
  const ndjsonPath = join(outDir, 'data.ndjson');
  if (existsSync(ndjsonPath) && options.force !== true) {
    throw new GenerateError(`${ndjsonPath} already exists: pass --force to replace it`);
  }
  if (existsSync(join(outDir, 'images'))) {
    if (options.force !== true) {
      throw new GenerateError(
        `${join(outDir, 'images')} already exists: pass --force to replace it`,
      );
    }
    rmSync(join(outDir, 'images'), { recursive: true });
  }
  mkdirSync(outDir, { recursive: true });
  const images = await writeImages(plan.seed, join(outDir, 'images'));

  const stream = createWriteStream(ndjsonPath);
  let count = 0;
  let bytes = 0;
  try {
    for (const doc of documents(plan, images)) {
      const line = `${JSON.stringify(doc)}\n`;
      count++;
      bytes += Buffer.byteLength(line);
      // Respect back-pressure so memory stays flat however many articles are written.
      if (!stream.write(line)) await once(stream, 'drain');
    }
  } finally {
    stream.end();
    await once(stream, 'close');
  }
  return {
    plan,
    ndjsonPath,
    documents: count,
    bytes,
    images: readdirSync(join(outDir, 'images')).sort(),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: 'smp' },
      out: { type: 'string' },
      conditions: { type: 'string' },
      faqs: { type: 'string' },
      people: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const toInt = (name: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value))
      throw new GenerateError(`--${name} must be a whole number (got "${value}")`);
    return Number(value);
  };
  const articles = toInt('articles', values.articles) ?? 1000;
  const options: GenerateOptions = {
    outDir: values.out ?? `.bench/data-${articles}`,
    seed: values.seed,
    articles,
    force: values.force,
  };
  const conditions = toInt('conditions', values.conditions);
  const faqs = toInt('faqs', values.faqs);
  const people = toInt('people', values.people);
  if (conditions !== undefined) options.conditions = conditions;
  if (faqs !== undefined) options.faqs = faqs;
  if (people !== undefined) options.people = people;
  const started = performance.now();
  const result = await generateDataset(options);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `generated ${result.documents} documents (${result.plan.articles} articles, ${result.plan.conditions} conditions, ` +
      `${result.plan.faqs} FAQs, ${result.plan.people} people, ${result.images.length} images) ` +
      `${(result.bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s -> ${result.ndjsonPath}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = error instanceof GenerateError ? error.exitCode : 1;
  });
}
