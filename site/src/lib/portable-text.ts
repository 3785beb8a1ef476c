import {
  escapeHTML,
  toHTML,
  type PortableTextHtmlComponents,
  type PortableTextMarkComponent,
  type PortableTextTypeComponent,
} from '@portabletext/to-html';
import type { BodyBlock } from './content.ts';

// Portable Text → HTML through @portabletext/to-html, which escapes every text node and
// attribute it writes. The components here only add markup around already-escaped children
// and escape every value they interpolate themselves.

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  colon: ':',
  sol: '/',
  tab: '\t',
  newline: '\n',
  nbsp: '\u00a0',
  period: '.',
  num: '#',
  quest: '?',
  equals: '=',
  lpar: '(',
  rpar: ')',
};

/** Decodes numeric and common named character references, as a browser would in an attribute. */
function decodeEntities(value: string): string {
  // Decode repeatedly: "&amp;#58;" is how "&#58;" survives one round of escaping.
  let current = value;
  for (let round = 0; round < 3; round++) {
    const next = current.replace(
      /&(#[xX][0-9a-fA-F]+|#\d+|[a-zA-Z]+);?/g,
      (whole, body: string) => {
        if (body.startsWith('#')) {
          const code =
            body[1] === 'x' || body[1] === 'X'
              ? Number.parseInt(body.slice(2), 16)
              : Number.parseInt(body.slice(1), 10);
          return Number.isFinite(code) && code >= 0 && code <= 0x10ffff
            ? String.fromCodePoint(code)
            : '';
        }
        return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
      },
    );
    if (next === current) break;
    current = next;
  }
  return current;
}

// C0/C1 controls, whitespace of every kind, zero-width and bidi marks: browsers drop or
// ignore several of these inside a scheme, so they must not hide one from this check.
const INVISIBLE =
  /[\u0000-\u0020\u007f-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/g;

/**
 * Returns a safe href for a link mark, or undefined when the link must render as plain text.
 * Allowed: http, https, mailto, tel and relative URLs (`/…`, `#…`, `?…`, `./…`, no scheme).
 */
export function safeHref(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const decoded = decodeEntities(raw);
  const kept = decoded.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  const probe = decoded.replace(INVISIBLE, '');
  if (probe === '') return undefined;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(probe);
  if (scheme) {
    return ALLOWED_SCHEMES.has((scheme[1] ?? '').toLowerCase()) ? kept : undefined;
  }
  // No valid scheme: relative only if no colon comes before the first path/query/fragment
  // delimiter (a colon there means the browser could still read a scheme out of it).
  const firstDelimiter = probe.search(/[/?#]/);
  const colon = probe.indexOf(':');
  if (colon !== -1 && (firstDelimiter === -1 || colon < firstDelimiter)) return undefined;
  // "\\evil.example" is read as "//evil.example" by browsers: not a relative path we meant.
  if (probe.startsWith('\\') || probe.startsWith('/\\')) return undefined;
  return kept;
}

/** Options for {@link renderBody}. */
export interface RenderBodyOptions {
  /** Fragment id of each heading block, by `_key`. */
  anchors?: Readonly<Record<string, string>>;
  /** Pre-rendered `<figure>` HTML of each image block, by `_key` (images are async). */
  figures?: ReadonlyMap<string, string>;
  /** Shift heading levels down (1 turns h2 into h3) for bodies nested under a page section. */
  headingOffset?: number;
}

const TONE_LABEL: Readonly<Record<string, string>> = {
  info: 'Good to know',
  tip: 'Tip',
  warning: 'Important',
};

function attr(value: string): string {
  return escapeHTML(value);
}

const link: PortableTextMarkComponent = ({ children, value }) => {
  const href = safeHref((value as { href?: unknown } | undefined)?.href);
  if (!href) return children;
  const external = /^https?:/i.test(href);
  return `<a href="${attr(href)}"${external ? ' rel="noopener"' : ''}>${children}</a>`;
};

const internalLink: PortableTextMarkComponent = ({ children, value }) => {
  const path = (value as { path?: unknown } | undefined)?.path;
  // Paths come from the content layer (our own URL shapes), but are still checked and escaped.
  return typeof path === 'string' && path.startsWith('/') && !path.startsWith('//')
    ? `<a href="${attr(path)}">${children}</a>`
    : children;
};

const callout: PortableTextTypeComponent = ({ value }) => {
  const v = value as { tone?: string; title?: string; text?: string };
  const tone = v.tone && TONE_LABEL[v.tone] ? v.tone : 'info';
  const title = v.title ?? TONE_LABEL[tone] ?? '';
  return `<aside class="callout callout-${tone}" aria-label="${attr(title)}"><p class="callout-title">${escapeHTML(title)}</p><p>${escapeHTML(v.text ?? '')}</p></aside>`;
};

const quote: PortableTextTypeComponent = ({ value }) => {
  const v = value as { text?: string; attribution?: string };
  const cite = v.attribution ? `<figcaption>${escapeHTML(v.attribution)}</figcaption>` : '';
  return `<figure class="quote"><blockquote><p>${escapeHTML(v.text ?? '')}</p></blockquote>${cite}</figure>`;
};

function heading(level: number, offset: number, anchors: Readonly<Record<string, string>>) {
  const tag = `h${Math.min(6, level + offset)}`;
  return ({ children, value }: { children?: string; value: { _key?: string } }): string => {
    const id = value._key ? anchors[value._key] : undefined;
    return `<${tag}${id ? ` id="${attr(id)}"` : ''}>${children ?? ''}</${tag}>`;
  };
}

/** Renders a checked Portable Text body to HTML; unknown parts render as nothing or plain text. */
export function renderBody(blocks: readonly BodyBlock[], options: RenderBodyOptions = {}): string {
  const anchors = options.anchors ?? {};
  const offset = options.headingOffset ?? 0;
  const figures = options.figures ?? new Map<string, string>();
  const components: Partial<PortableTextHtmlComponents> = {
    block: {
      normal: ({ children }) => (children ? `<p>${children}</p>` : ''),
      h2: heading(2, offset, anchors),
      h3: heading(3, offset, anchors),
      h4: heading(4, offset, anchors),
    },
    list: {
      bullet: ({ children }) => `<ul>${children ?? ''}</ul>`,
      number: ({ children }) => `<ol>${children ?? ''}</ol>`,
    },
    listItem: ({ children }) => `<li>${children ?? ''}</li>`,
    marks: {
      strong: ({ children }) => `<strong>${children}</strong>`,
      em: ({ children }) => `<em>${children}</em>`,
      link,
      internalLink,
      // Decorators the library knows but our schema does not: text only, like any unknown mark.
      code: ({ children }) => children,
      underline: ({ children }) => children,
      'strike-through': ({ children }) => children,
    },
    types: {
      imageWithAlt: ({ value }) => figures.get((value as { _key: string })._key) ?? '',
      callout,
      quote,
    },
    // Anything outside the schema: keep the text, drop the markup.
    unknownMark: ({ children }) => children,
    unknownType: () => '',
    unknownBlockStyle: ({ children }) => (children ? `<p>${children}</p>` : ''),
    unknownList: ({ children }) => `<ul>${children ?? ''}</ul>`,
    unknownListItem: ({ children }) => `<li>${children ?? ''}</li>`,
  };
  return toHTML(blocks as never, { components, onMissingComponent: false });
}
