import { copyFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { getImage } from 'astro:assets';
import type { ImageData } from './content.ts';
import { siteEnv } from './env.ts';
import {
  displaySize,
  figureHtml,
  hostedImageAttrs,
  hostedShareImageUrl,
  loadingAttrs,
  placeholderStyle,
  srcsetWidths,
  type ImageLayout,
  type ImgAttrs,
} from './image-url.ts';
import { contentSource } from './sources.ts';

// One image path for both sources. Hosted: Sanity CDN URLs. Embedded: the dataset's files go
// through Astro's own image pipeline (sharp), which dedupes transforms by source and options
// and caches them on disk, so a page adds no image work beyond its first use of an asset.

/** Public folder the embedded originals are staged under during a build (removed after). */
const STAGING_DIR = '_content-images';
const staged = new Map<string, Promise<void>>();

/** Astro's static image generation reads originals from the output directory: put it there. */
function stageOriginal(file: string): Promise<void> {
  let p = staged.get(file);
  if (!p) {
    p = (async () => {
      const dir = join(siteEnv().outDir, STAGING_DIR);
      await mkdir(dir, { recursive: true });
      await copyFile(file, join(dir, basename(file)));
    })();
    staged.set(file, p);
  }
  return p;
}

function formatOf(file: string): 'jpg' | 'png' | 'webp' | 'gif' | 'avif' {
  const ext = file.slice(file.lastIndexOf('.') + 1).toLowerCase();
  if (ext === 'jpeg' || ext === 'jpg') return 'jpg';
  if (ext === 'png' || ext === 'webp' || ext === 'gif' || ext === 'avif') return ext;
  return 'jpg';
}

/**
 * True while `astro build` collects static images. Astro installs this hook only for builds;
 * NODE_ENV (and so import.meta.env.DEV) can be anything, e.g. "test" under a test runner.
 */
function collectingStaticImages(): boolean {
  const assets = (globalThis as { astroAsset?: { addStaticImage?: unknown } }).astroAsset;
  return typeof assets?.addStaticImage === 'function';
}

async function localSource(image: ImageData, file: string) {
  // Shaped like an imported image (ImageMetadata) so Astro treats it as a local file.
  if (!collectingStaticImages()) {
    return { src: `/@fs${file}`, width: image.width, height: image.height, format: formatOf(file) };
  }
  await stageOriginal(file);
  return {
    src: `/${STAGING_DIR}/${basename(file)}`,
    width: image.width,
    height: image.height,
    format: formatOf(file),
    fsPath: file,
  };
}

interface Transformed {
  src: string;
  srcset: string;
}

// Thousands of pages show the same few images in the same layouts: ask Astro once per
// (asset, layout) instead of once per page. Not with incremental builds, where Astro must see
// every page's own getImage calls to know which images a skipped page still needs.
const transformed = new Map<string, Promise<Transformed>>();
const shareImages = new Map<string, Promise<string>>();

function memo<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  if (siteEnv().incrementalBuild) return make();
  let p = cache.get(key);
  if (!p) {
    p = make();
    cache.set(key, p);
  }
  return p;
}

/** `<img>` attributes for an image in the given layout, from whichever source is configured. */
export async function imageAttrs(
  image: ImageData,
  layout: ImageLayout,
): Promise<ImgAttrs | undefined> {
  const source = await contentSource();
  if (source.imageProject) return hostedImageAttrs(image, source.imageProject, layout);
  const file = source.assetFile(image.assetId);
  if (!file) return undefined;
  const { width, height } = displaySize(image, layout);
  const key = `${image.assetId}|${layout.maxWidth}|${layout.sizes}|${layout.aspect ?? ''}`;
  const result = await memo(transformed, key, async () => {
    const r = await getImage({
      src: await localSource(image, file),
      width: Math.min(width, image.width),
      widths: srcsetWidths(layout.maxWidth, image.width),
      sizes: layout.sizes,
      format: 'webp',
    });
    return { src: r.src, srcset: r.srcSet.attribute };
  });
  // The file keeps the image's own proportions; CSS (object-fit) fills the layout's box at
  // the hotspot, so width/height below describe the box and nothing shifts while loading.
  const style = placeholderStyle(image);
  return {
    src: result.src,
    srcset: result.srcset,
    sizes: layout.sizes,
    width,
    height,
    alt: image.alt,
    ...loadingAttrs(layout),
    ...(style ? { style } : {}),
  };
}

/** HTML `<figure>` for an image block inside Portable Text. */
export async function figureFor(image: ImageData): Promise<string> {
  const attrs = await imageAttrs(image, {
    maxWidth: 720,
    sizes: '(min-width: 48rem) 45rem, 100vw',
  });
  return attrs ? figureHtml(attrs, image.caption) : '';
}

/** Absolute URL of a 1200×630 share image for Open Graph and JSON-LD. */
export async function shareImageUrl(image: ImageData, origin: string): Promise<string | undefined> {
  const source = await contentSource();
  if (source.imageProject) return hostedShareImageUrl(image, source.imageProject);
  const file = source.assetFile(image.assetId);
  if (!file) return undefined;
  const src = await memo(shareImages, image.assetId, async () => {
    const r = await getImage({
      src: await localSource(image, file),
      width: 1200,
      height: 630,
      fit: 'cover',
      format: 'jpg',
    });
    return r.src;
  });
  return new URL(src, origin).href;
}
