import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import { ContentLakeError } from './errors.ts';
import { writeFileAtomic, type DatasetStore, type Doc } from './store.ts';

/** Upload limit: generous for photos, small enough that one request cannot exhaust memory. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** Largest output edge the image endpoint renders (Sanity's CDN caps at 8192 too). */
const MAX_EDGE = 8192;

const FORMAT_EXT: Record<string, string> = {
  jpeg: 'jpg',
  png: 'png',
  webp: 'webp',
  gif: 'gif',
  avif: 'avif',
  tiff: 'tiff',
  svg: 'svg',
  heif: 'heif',
};
const EXT_MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  avif: 'image/avif',
  tiff: 'image/tiff',
  svg: 'image/svg+xml',
  heif: 'image/heif',
  pdf: 'application/pdf',
  txt: 'text/plain',
  json: 'application/json',
  mp4: 'video/mp4',
};

export interface AssetContext {
  projectId: string;
  dataset: string;
  /** Origin the server is reached at, e.g. `https://localhost:4443`. */
  publicUrl: string;
}

const sha1 = (data: Buffer): string => createHash('sha1').update(data).digest('hex');

function hex(n: number): string {
  return Math.max(0, Math.min(255, Math.round(n)))
    .toString(16)
    .padStart(2, '0');
}

/** The metadata Sanity computes for an image: dimensions, LQIP, a dominant-colour palette. */
async function imageMetadata(
  data: Buffer,
): Promise<{ meta: Record<string, unknown>; width: number; height: number; ext: string }> {
  let info: Metadata;
  try {
    info = await sharp(data).metadata();
  } catch (error) {
    throw new ContentLakeError(
      400,
      'invalidImageError',
      `Not a readable image: ${(error as Error).message}`,
    );
  }
  const ext = FORMAT_EXT[info.format ?? ''];
  if (!ext || !info.width || !info.height) {
    throw new ContentLakeError(
      400,
      'invalidImageError',
      `Unsupported image format: ${info.format ?? 'unknown'}`,
    );
  }
  // Orientation 5–8 means the stored pixels are rotated by 90°: Sanity reports upright dimensions.
  const rotated = (info.orientation ?? 1) >= 5;
  const width = rotated ? info.height : info.width;
  const height = rotated ? info.width : info.height;
  const lqipBuffer = await sharp(data)
    .rotate()
    .resize(20)
    .blur(0.5)
    .jpeg({ quality: 40 })
    .toBuffer();
  const stats = await sharp(data).stats();
  const { r, g, b } = stats.dominant;
  const light = 0.299 * r + 0.587 * g + 0.114 * b > 150;
  const swatch = {
    _type: 'sanity.imagePaletteSwatch',
    background: `#${hex(r)}${hex(g)}${hex(b)}`,
    foreground: light ? '#000' : '#fff',
    title: light ? '#000' : '#fff',
    population: 1,
  };
  return {
    width,
    height,
    ext,
    meta: {
      _type: 'sanity.imageMetadata',
      dimensions: { _type: 'sanity.imageDimensions', width, height, aspectRatio: width / height },
      lqip: `data:image/jpeg;base64,${lqipBuffer.toString('base64')}`,
      hasAlpha: info.hasAlpha ?? false,
      isOpaque: stats.isOpaque,
      palette: { _type: 'sanity.imagePalette', dominant: swatch },
    },
  };
}

function assetDoc(
  ctx: AssetContext,
  kind: 'image' | 'file',
  fields: {
    id: string;
    sha: string;
    ext: string;
    file: string;
    size: number;
    originalFilename?: string | undefined;
    meta?: Record<string, unknown>;
  },
): Doc {
  const assetPath = `${kind}s/${ctx.projectId}/${ctx.dataset}/${path.basename(fields.file)}`;
  return {
    _id: fields.id,
    _type: kind === 'image' ? 'sanity.imageAsset' : 'sanity.fileAsset',
    assetId: fields.sha,
    sha1hash: fields.sha,
    extension: fields.ext,
    mimeType: EXT_MIME[fields.ext] ?? 'application/octet-stream',
    originalFilename: fields.originalFilename ?? path.basename(fields.file),
    size: fields.size,
    path: assetPath,
    url: `${ctx.publicUrl}/${assetPath}`,
    ...(fields.meta ? { metadata: fields.meta } : {}),
  };
}

/** Builds asset documents for files already in the dataset directory (bundled images). */
export function assetDocFactory(ctx: () => AssetContext) {
  return async (assetId: string, absoluteFile: string): Promise<Doc | undefined> => {
    const data = await fs.readFile(absoluteFile).catch(() => undefined);
    if (!data) {
      console.warn(`[content-lake] asset file missing for ${assetId}: ${absoluteFile}`);
      return undefined;
    }
    const [, sha = '', ...rest] = assetId.split('-');
    const ext = rest.at(-1) ?? '';
    if (assetId.startsWith('image-')) {
      const { meta } = await imageMetadata(data);
      return assetDoc(ctx(), 'image', {
        id: assetId,
        sha,
        ext,
        file: absoluteFile,
        size: data.length,
        meta,
      });
    }
    return assetDoc(ctx(), 'file', {
      id: assetId,
      sha,
      ext,
      file: absoluteFile,
      size: data.length,
    });
  };
}

/** Asset documents carry absolute URLs: refresh them when the server's origin changed. */
export function withCurrentUrl(doc: Doc, ctx: AssetContext): Doc {
  if (typeof doc['path'] !== 'string') return doc;
  return { ...doc, url: `${ctx.publicUrl}/${doc['path']}` };
}

/** Stores an uploaded image or file and its asset document; the same bytes give the same asset. */
export async function uploadAsset(
  store: DatasetStore,
  ctx: AssetContext,
  kind: 'image' | 'file',
  data: Buffer,
  options: { filename?: string | undefined; identity: string },
): Promise<Doc> {
  if (data.length === 0) throw new ContentLakeError(400, 'invalidAssetError', 'Empty upload');
  const sha = sha1(data);
  let id: string;
  let relative: string;
  let ext: string;
  let meta: Record<string, unknown> | undefined;
  if (kind === 'image') {
    const info = await imageMetadata(data);
    ext = info.ext;
    meta = info.meta;
    id = `image-${sha}-${info.width}x${info.height}-${ext}`;
    relative = `images/${sha}-${info.width}x${info.height}.${ext}`;
  } else {
    const fromName = path
      .extname(options.filename ?? '')
      .slice(1)
      .toLowerCase();
    ext = /^[a-z0-9]{1,8}$/.test(fromName) ? fromName : 'bin';
    id = `file-${sha}-${ext}`;
    relative = `files/${sha}.${ext}`;
  }
  const existing = store.get(id);
  if (existing) return withCurrentUrl(existing, ctx);
  const absolute = store.assetPath(relative);
  await fs.mkdir(path.dirname(absolute), { recursive: true });
  // The file is durable before the document that points at it is acknowledged.
  await writeFileAtomic(absolute, data);
  const doc = assetDoc(ctx, kind, {
    id,
    sha,
    ext,
    file: absolute,
    size: data.length,
    originalFilename: options.filename,
    ...(meta ? { meta } : {}),
  });
  await store.commit(
    (tx) => {
      if (!tx.get(id)) tx.put(id, doc, { createIfNotExists: doc });
    },
    { identity: options.identity },
  );
  return store.get(id) ?? doc;
}

function num(params: URLSearchParams, name: string, min: number, max: number): number | undefined {
  const raw = params.get(name);
  if (raw === null || raw === '') return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new ContentLakeError(
      400,
      'invalidImageParams',
      `Image parameter ${name} must be a number in ${min}–${max}`,
    );
  }
  return value;
}

const clampInt = (n: number, lo: number, hi: number): number =>
  Math.max(lo, Math.min(hi, Math.round(n)));

/** Output of the image endpoint. */
export interface RenderedImage {
  body: Buffer;
  contentType: string;
}

/**
 * Renders an image with the parameters @sanity/image-url writes: rect, w, h, dpr, fit,
 * crop (incl. focal point fp-x/fp-y), fm / auto=format, q, bg, blur, flip, or, min/max sizes.
 */
export async function renderImage(
  file: string,
  params: URLSearchParams,
  accept: string,
): Promise<RenderedImage> {
  const source = await fs.readFile(file).catch(() => undefined);
  if (!source) throw new ContentLakeError(404, 'notFound', 'Image not found');
  const ext = path.extname(file).slice(1);
  if (ext === 'svg' || [...params.keys()].length === 0) {
    return { body: source, contentType: EXT_MIME[ext] ?? 'application/octet-stream' };
  }
  let img = sharp(source, { animated: false }).rotate();
  const info = await sharp(source)
    .rotate()
    .toBuffer({ resolveWithObject: true })
    .then((r) => r.info);
  let width = info.width;
  let height = info.height;

  const rect = params.get('rect');
  if (rect) {
    const parts = rect.split(',').map(Number);
    if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n) || n < 0)) {
      throw new ContentLakeError(400, 'invalidImageParams', 'rect must be left,top,width,height');
    }
    const [left = 0, top = 0, w = 0, h = 0] = parts;
    const l = clampInt(left, 0, width - 1);
    const t = clampInt(top, 0, height - 1);
    const rw = clampInt(w, 1, width - l);
    const rh = clampInt(h, 1, height - t);
    img = sharp(await img.extract({ left: l, top: t, width: rw, height: rh }).toBuffer());
    width = rw;
    height = rh;
  }

  const flip = params.get('flip');
  if (flip === 'h' || flip === 'hv') img = img.flop();
  if (flip === 'v' || flip === 'hv') img = img.flip();
  const orientation = num(params, 'or', 0, 270);
  if (orientation !== undefined) {
    if (![0, 90, 180, 270].includes(orientation))
      throw new ContentLakeError(400, 'invalidImageParams', 'or must be 0, 90, 180 or 270');
    if (orientation) img = sharp(await img.rotate(orientation).toBuffer());
    if (orientation === 90 || orientation === 270) [width, height] = [height, width];
  }

  const dpr = num(params, 'dpr', 1, 5) ?? 1;
  let w = num(params, 'w', 1, MAX_EDGE);
  let h = num(params, 'h', 1, MAX_EDGE);
  const maxW = num(params, 'max-w', 1, MAX_EDGE);
  const maxH = num(params, 'max-h', 1, MAX_EDGE);
  const minW = num(params, 'min-w', 1, MAX_EDGE);
  const minH = num(params, 'min-h', 1, MAX_EDGE);
  if (w !== undefined) w = Math.max(minW ?? 0, Math.min(maxW ?? Infinity, w));
  if (h !== undefined) h = Math.max(minH ?? 0, Math.min(maxH ?? Infinity, h));
  if (w !== undefined) w = clampInt(w * dpr, 1, MAX_EDGE);
  if (h !== undefined) h = clampInt(h * dpr, 1, MAX_EDGE);

  const fit = params.get('fit') ?? 'clip';
  const crop = params.get('crop') ?? 'center';
  const bg = params.get('bg');
  const background =
    bg && /^([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(bg)
      ? `#${bg}`
      : { r: 255, g: 255, b: 255, alpha: 0 };
  if (w !== undefined || h !== undefined) {
    switch (fit) {
      case 'crop':
      case 'min': {
        if (w === undefined || h === undefined) {
          img = img.resize({
            width: w,
            height: h,
            fit: 'inside',
            withoutEnlargement: fit === 'min',
          });
          break;
        }
        const fpX = num(params, 'fp-x', 0, 1);
        const fpY = num(params, 'fp-y', 0, 1);
        if (crop.includes('focalpoint') && (fpX !== undefined || fpY !== undefined)) {
          // Scale to cover, then cut the window centred on the focal point, kept inside the image.
          const scale = Math.max(w / width, h / height);
          const sw = Math.max(w, Math.round(width * scale));
          const sh = Math.max(h, Math.round(height * scale));
          const left = clampInt((fpX ?? 0.5) * sw - w / 2, 0, sw - w);
          const top = clampInt((fpY ?? 0.5) * sh - h / 2, 0, sh - h);
          img = sharp(await img.resize(sw, sh, { fit: 'fill' }).toBuffer()).extract({
            left,
            top,
            width: w,
            height: h,
          });
        } else {
          const position =
            crop === 'entropy'
              ? sharp.strategy.entropy
              : crop
                  .split(',')
                  .filter((p) => ['top', 'bottom', 'left', 'right'].includes(p))
                  .join(' ') || 'centre';
          img = img.resize(w, h, { fit: 'cover', position });
        }
        break;
      }
      case 'fill':
      case 'fillmax':
        img = img.resize({
          width: w,
          height: h,
          fit: 'contain',
          background,
          withoutEnlargement: fit === 'fillmax',
        });
        break;
      case 'scale':
        img = img.resize({ width: w, height: h, fit: 'fill' });
        break;
      case 'max':
        img = img.resize({ width: w, height: h, fit: 'inside', withoutEnlargement: true });
        break;
      case 'clip':
        img = img.resize({ width: w, height: h, fit: 'inside' });
        break;
      default:
        throw new ContentLakeError(400, 'invalidImageParams', `Unknown fit mode "${fit}"`);
    }
  }

  const blur = num(params, 'blur', 0, 2000);
  if (blur) img = img.blur(Math.max(0.3, blur / 10));
  const q = num(params, 'q', 0, 100);
  let format = params.get('fm') ?? (ext === 'jpg' ? 'jpg' : ext);
  if (params.get('auto') === 'format') {
    if (accept.includes('image/avif')) format = 'avif';
    else if (accept.includes('image/webp')) format = 'webp';
  }
  const quality = q === undefined ? undefined : clampInt(q, 1, 100);
  switch (format) {
    case 'jpg':
    case 'pjpg':
      img = img
        .flatten({ background: typeof background === 'string' ? background : '#fff' })
        .jpeg({ ...(quality ? { quality } : {}), progressive: format === 'pjpg' });
      return { body: await img.toBuffer(), contentType: 'image/jpeg' };
    case 'png':
      return { body: await img.png().toBuffer(), contentType: 'image/png' };
    case 'webp':
      return {
        body: await img.webp(quality ? { quality } : {}).toBuffer(),
        contentType: 'image/webp',
      };
    case 'avif':
      return {
        body: await img.avif(quality ? { quality } : {}).toBuffer(),
        contentType: 'image/avif',
      };
    case 'gif':
      return { body: await img.gif().toBuffer(), contentType: 'image/gif' };
    default:
      return { body: await img.png().toBuffer(), contentType: 'image/png' };
  }
}
