/**
 * A small Portable Text builder for the seed content. Prose is written as a restricted
 * Markdown dialect (headings, paragraphs, lists, **strong**, _em_, [links](target)) because
 * thousands of words read far better that way than as nested span objects; rich blocks
 * (callouts, quotes, inline images) are plain function calls placed between prose chunks.
 */
import { arrayKey } from './hash.ts';
import type { IllustrationName } from '../illustrations/index.ts';

export type BlockStyle = 'normal' | 'h2' | 'h3' | 'h4';
export type ListKind = 'bullet' | 'number';
export type Decorator = 'strong' | 'em';

export interface Reference {
  _type: 'reference';
  _ref: string;
}

export interface Span {
  _type: 'span';
  text: string;
  marks: string[];
}

export type MarkDef =
  | { _key: string; _type: 'link'; href: string }
  | { _key: string; _type: 'internalLink'; reference: Reference };

export interface Block {
  _type: 'block';
  style: BlockStyle;
  children: Span[];
  markDefs: MarkDef[];
  listItem?: ListKind;
  level?: number;
}

export interface Callout {
  _type: 'callout';
  tone: 'info' | 'tip' | 'warning';
  title?: string;
  text: string;
}

export interface Quote {
  _type: 'quote';
  text: string;
  attribution?: string;
}

/**
 * An image before rendering: names one of our illustrations. The generator replaces
 * `illustration` with the export's `_sanityAsset` pointer once the file is written.
 */
export interface ImagePlaceholder {
  _type: 'imageWithAlt';
  illustration: IllustrationName;
  alt: string;
  caption?: string;
  hotspot?: Hotspot;
  crop?: Crop;
}

/** The part of an image to keep in view when it is cropped (fractions of width and height). */
export interface Hotspot {
  _type: 'sanity.imageHotspot';
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much is cut from each edge, as fractions; all zero means uncropped. */
export interface Crop {
  _type: 'sanity.imageCrop';
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export type BodyItem = Block | Callout | Quote | ImagePlaceholder;

/** A reference to a published document by id. */
export function ref(id: string): Reference {
  return { _type: 'reference', _ref: id };
}

/** Turns a link target into a mark definition: URLs become `link`, `article:`/`condition:` become `internalLink`. */
function markDefFor(target: string, index: number): MarkDef {
  const _key = arrayKey(`${index}:${target}`);
  const internal = /^(article|condition):([a-z0-9-]+)$/.exec(target);
  if (internal)
    return { _key, _type: 'internalLink', reference: ref(`${internal[1]}-${internal[2]}`) };
  if (/^(https?:\/\/|mailto:|tel:)\S+$/.test(target)) return { _key, _type: 'link', href: target };
  throw new Error(
    `Unsupported link target "${target}": use http(s)/mailto/tel or article:/condition:<slug>`,
  );
}

// Earliest match wins; link text may itself carry strong/em.
const INLINE = /\*\*(.+?)\*\*|(?<![\w])_(.+?)_(?![\w])|\[([^\]]+)\]\(([^)\s]+)\)/;

/** Parses one line of inline Markdown into spans, appending any link definitions to `markDefs`. */
export function inline(text: string, markDefs: MarkDef[] = [], marks: string[] = []): Span[] {
  const spans: Span[] = [];
  let rest = text;
  while (rest.length > 0) {
    const m = INLINE.exec(rest);
    if (!m) {
      spans.push({ _type: 'span', text: rest, marks });
      break;
    }
    if (m.index > 0) spans.push({ _type: 'span', text: rest.slice(0, m.index), marks });
    const [whole, strong, em, linkText, target] = m;
    if (strong !== undefined) spans.push(...inline(strong, markDefs, [...marks, 'strong']));
    else if (em !== undefined) spans.push(...inline(em, markDefs, [...marks, 'em']));
    else if (linkText !== undefined && target !== undefined) {
      const def = markDefFor(target, markDefs.length);
      markDefs.push(def);
      spans.push(...inline(linkText, markDefs, [...marks, def._key]));
    }
    rest = rest.slice(m.index + whole.length);
  }
  for (const span of spans) {
    if (/\*\*|\]\(/.test(span.text)) throw new Error(`Unbalanced inline markup in "${text}"`);
  }
  return mergeSpans(spans);
}

function mergeSpans(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const span of spans) {
    const prev = out.at(-1);
    if (prev && prev.marks.join() === span.marks.join()) prev.text += span.text;
    else out.push({ ...span });
  }
  return out;
}

/** One text block (paragraph, heading or list item) from a line of inline Markdown. */
export function block(style: BlockStyle, text: string, list?: ListKind): Block {
  const markDefs: MarkDef[] = [];
  const children = inline(text, markDefs);
  const b: Block = { _type: 'block', style, children, markDefs };
  if (list) {
    b.listItem = list;
    b.level = 1;
  }
  return b;
}

const HEADING: Record<string, BlockStyle> = { '##': 'h2', '###': 'h3', '####': 'h4' };

/**
 * Converts restricted Markdown to blocks: `##`–`####` headings, blank-line separated paragraphs,
 * `- ` bullet and `1. ` numbered items (continuation lines join the item).
 */
export function md(source: string): Block[] {
  const blocks: Block[] = [];
  let buffer: { style: BlockStyle; list?: ListKind; text: string } | undefined;
  const flush = () => {
    if (buffer) blocks.push(block(buffer.style, buffer.text.trim(), buffer.list));
    buffer = undefined;
  };
  for (const raw of source.split('\n')) {
    const line = raw.trim();
    const heading = /^(#{2,4}) (.+)$/.exec(line);
    const bullet = /^- (.+)$/.exec(line);
    const numbered = /^\d+\. (.+)$/.exec(line);
    if (line === '') flush();
    else if (heading) {
      flush();
      blocks.push(block(HEADING[heading[1] ?? ''] ?? 'normal', heading[2] ?? ''));
    } else if (bullet) {
      flush();
      buffer = { style: 'normal', list: 'bullet', text: bullet[1] ?? '' };
    } else if (numbered) {
      flush();
      buffer = { style: 'normal', list: 'number', text: numbered[1] ?? '' };
    } else if (/^#/.test(line)) {
      throw new Error(`Unsupported heading level in "${line}" (use ## to ####)`);
    } else if (buffer) buffer.text += ` ${line}`;
    else buffer = { style: 'normal', text: line };
  }
  flush();
  return blocks;
}

/** A highlighted note inside body text. */
export function callout(tone: Callout['tone'], text: string, title?: string): Callout {
  return title === undefined
    ? { _type: 'callout', tone, text }
    : { _type: 'callout', tone, title, text };
}

/** A pull quote. */
export function quote(text: string, attribution?: string): Quote {
  return attribution === undefined
    ? { _type: 'quote', text }
    : { _type: 'quote', text, attribution };
}

/** An image field or inline body image showing one of our illustrations, with its alt text. */
export function image(
  illustration: IllustrationName,
  alt: string,
  caption?: string,
): ImagePlaceholder {
  return caption === undefined
    ? { _type: 'imageWithAlt', illustration, alt }
    : { _type: 'imageWithAlt', illustration, alt, caption };
}

/** Adds a hotspot (centre and size as fractions) and an empty crop, as the Studio stores them. */
export function focusOn(
  img: ImagePlaceholder,
  x: number,
  y: number,
  width: number,
  height: number,
): ImagePlaceholder {
  return {
    ...img,
    hotspot: { _type: 'sanity.imageHotspot', x, y, width, height },
    crop: { _type: 'sanity.imageCrop', top: 0, bottom: 0, left: 0, right: 0 },
  };
}

/** Plain text of a body (for word counts and the claim-word check). */
export function plainText(items: readonly BodyItem[]): string {
  return items
    .map((item) => {
      switch (item._type) {
        case 'block':
          return item.children.map((c) => c.text).join('');
        case 'callout':
          return `${item.title ?? ''} ${item.text}`;
        case 'quote':
          return item.text;
        case 'imageWithAlt':
          return `${item.alt} ${item.caption ?? ''}`;
      }
    })
    .join('\n');
}
