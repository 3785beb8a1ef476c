import { createImageUrlBuilder } from '@sanity/image-url';
import type { ImageData } from './content.ts';

/**
 * Widths offered in every `srcset`: a fixed ladder so the CDN (or the local image cache)
 * sees a small, repeatable set of variants instead of one per layout.
 */
export const IMAGE_WIDTHS = [320, 480, 640, 800, 1024, 1280, 1600] as const;

/** How an image is laid out where it is used. */
export interface ImageLayout {
  /** Largest CSS width the image is shown at; the srcset stops at the first width ≥ 2× this. */
  maxWidth: number;
  /** The `sizes` attribute. */
  sizes: string;
  /** Width ÷ height of the box it fills; omit to keep the image's own proportions. */
  aspect?: number;
  /** Above the fold: load eagerly with high priority instead of lazily. */
  eager?: boolean;
}

/** Attributes of a rendered `<img>`; width and height always set so nothing shifts. */
export interface ImgAttrs {
  src: string;
  srcset: string;
  sizes: string;
  width: number;
  height: number;
  alt: string;
  loading: 'lazy' | 'eager';
  decoding: 'async' | 'sync';
  fetchpriority?: 'high';
  style?: string;
}

/** Widths from the ladder up to 2× the layout width, never wider than the original. */
export function srcsetWidths(maxWidth: number, originalWidth: number): number[] {
  const limit = Math.min(maxWidth * 2, originalWidth);
  const widths: number[] = IMAGE_WIDTHS.filter((w) => w <= limit);
  // A large screen should get the original rather than stop a step below it.
  const last = widths[widths.length - 1] ?? 0;
  if (limit === originalWidth && originalWidth > last) widths.push(originalWidth);
  return widths;
}

/** Rendered box of an image: its layout width and the height its aspect ratio gives. */
export function displaySize(
  image: ImageData,
  layout: ImageLayout,
): { width: number; height: number } {
  const width = Math.min(layout.maxWidth, image.width);
  const aspect = layout.aspect ?? image.width / image.height;
  return { width, height: Math.round(width / aspect) };
}

const LQIP = /^data:image\/(?:jpeg|png|webp|gif);base64,[A-Za-z0-9+/]+={0,2}$/;

/** Inline style for the LQIP placeholder and hotspot; only well-formed data URLs are used. */
export function placeholderStyle(image: ImageData): string | undefined {
  const parts: string[] = [];
  if (image.lqip && LQIP.test(image.lqip)) {
    parts.push(`background-image:url("${image.lqip}")`, 'background-size:cover');
  }
  if (image.hotspot) {
    const x = Math.round(clamp01(image.hotspot.x) * 100);
    const y = Math.round(clamp01(image.hotspot.y) * 100);
    parts.push(`object-position:${x}% ${y}%`);
  }
  return parts.length ? parts.join(';') : undefined;
}

function clamp01(n: number): number {
  return Math.min(1, Math.max(0, n));
}

/** Builds Sanity CDN URLs (`auto=format`, crop and hotspot honoured) for the hosted source. */
export function hostedImageAttrs(
  image: ImageData,
  project: { projectId: string; dataset: string },
  layout: ImageLayout,
): ImgAttrs {
  const builder = createImageUrlBuilder(project);
  const source = {
    asset: { _ref: image.assetId },
    ...(image.crop ? { crop: image.crop } : {}),
    ...(image.hotspot ? { hotspot: image.hotspot } : {}),
  };
  const url = (w: number): string => {
    let b = builder
      .image(source)
      .width(w)
      .auto('format')
      .fit(layout.aspect ? 'crop' : 'max');
    if (layout.aspect) b = b.height(Math.round(w / layout.aspect));
    return b.url();
  };
  const { width, height } = displaySize(image, layout);
  const widths = srcsetWidths(layout.maxWidth, image.width);
  const style = placeholderStyle({ ...image, hotspot: undefined });
  return {
    src: url(width),
    srcset: widths.map((w) => `${url(w)} ${w}w`).join(', '),
    sizes: layout.sizes,
    width,
    height,
    alt: image.alt,
    ...loadingAttrs(layout),
    ...(style ? { style } : {}),
  };
}

/** Absolute URL of a share image (Open Graph, JSON-LD) on the CDN: 1200×630, JPEG. */
export function hostedShareImageUrl(
  image: ImageData,
  project: { projectId: string; dataset: string },
): string {
  const source = {
    asset: { _ref: image.assetId },
    ...(image.crop ? { crop: image.crop } : {}),
    ...(image.hotspot ? { hotspot: image.hotspot } : {}),
  };
  return createImageUrlBuilder(project)
    .image(source)
    .width(1200)
    .height(630)
    .fit('crop')
    .format('jpg')
    .url();
}

/** Loading hints: eager and high priority above the fold, lazy below. */
export function loadingAttrs(
  layout: ImageLayout,
): Pick<ImgAttrs, 'loading' | 'decoding'> & { fetchpriority?: 'high' } {
  return layout.eager
    ? { loading: 'eager', decoding: 'sync', fetchpriority: 'high' }
    : { loading: 'lazy', decoding: 'async' };
}

function esc(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Serialises `<img>` attributes (for HTML built outside Astro templates, e.g. Portable Text). */
export function imgHtml(attrs: ImgAttrs): string {
  const pairs: [string, string | number | undefined][] = [
    ['src', attrs.src],
    ['srcset', attrs.srcset],
    ['sizes', attrs.sizes],
    ['width', attrs.width],
    ['height', attrs.height],
    ['alt', attrs.alt],
    ['loading', attrs.loading],
    ['decoding', attrs.decoding],
    ['fetchpriority', attrs.fetchpriority],
    ['style', attrs.style],
  ];
  return `<img ${pairs
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}="${esc(String(v))}"`)
    .join(' ')}${attrs.alt === '' ? ' alt=""' : ''}>`;
}

/** A `<figure>` for an image inside Portable Text, with its caption. */
export function figureHtml(attrs: ImgAttrs, caption: string | undefined): string {
  const cap = caption ? `<figcaption>${esc(caption)}</figcaption>` : '';
  return `<figure class="figure">${imgHtml(attrs)}${cap}</figure>`;
}
