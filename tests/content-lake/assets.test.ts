import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, makeImage, sharp, startTestLake, TOKEN } from './helpers.ts';

let ctx: Awaited<ReturnType<typeof startTestLake>>;
beforeAll(async () => {
  ctx = await startTestLake();
});
afterAll(async () => ctx.close());

interface ImageAsset {
  _id: string;
  url: string;
  metadata: {
    dimensions: { width: number; height: number; aspectRatio: number };
    lqip: string;
    palette: { dominant: { background: string } };
  };
}

async function upload(width = 300, height = 150): Promise<ImageAsset> {
  const png = await makeImage(width, height);
  return (await clientFor(ctx.lake.url).assets.upload('image', png, {
    filename: 'gradient.png',
  })) as unknown as ImageAsset;
}

async function fetchImage(
  url: string,
  accept = 'image/png',
): Promise<{
  type: string | null;
  width: number;
  height: number;
  format: string;
  pixel: (x: number, y: number) => Promise<number[]>;
}> {
  const response = await fetch(url, { headers: { accept } });
  expect(response.status).toBe(200);
  const body = Buffer.from(await response.arrayBuffer());
  const meta = await sharp(body).metadata();
  return {
    type: response.headers.get('content-type'),
    width: meta.width ?? 0,
    height: meta.height ?? 0,
    format: meta.format ?? '',
    pixel: async (x, y) => {
      const { data, info } = await sharp(body).raw().toBuffer({ resolveWithObject: true });
      const i = (y * info.width + x) * info.channels;
      return [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0];
    },
  };
}

describe('asset upload', () => {
  it('stores the image and returns Sanity-style asset metadata', async () => {
    const asset = await upload();
    expect(asset._id).toMatch(/^image-[a-f0-9]{40}-300x150-png$/);
    expect(asset.metadata.dimensions).toEqual({
      _type: 'sanity.imageDimensions',
      width: 300,
      height: 150,
      aspectRatio: 2,
    });
    expect(asset.metadata.lqip).toMatch(/^data:image\/jpeg;base64,/);
    expect(asset.metadata.palette.dominant.background).toMatch(/^#[0-9a-f]{6}$/);
    const doc = await clientFor(ctx.lake.url).getDocument(asset._id);
    expect(doc?._type).toBe('sanity.imageAsset');
  });

  it('uploading the same bytes twice gives the same asset', async () => {
    const [a, b] = [await upload(120, 60), await upload(120, 60)];
    expect(b._id).toBe(a._id);
  });

  it('uploads files as sanity.fileAsset', async () => {
    const file = await clientFor(ctx.lake.url).assets.upload('file', Buffer.from('%PDF-1.4 test'), {
      filename: 'leaflet.pdf',
    });
    expect(file._id).toMatch(/^file-[a-f0-9]{40}-pdf$/);
    expect(await (await fetch(file.url)).text()).toBe('%PDF-1.4 test');
  });

  it('rejects bytes that are not an image with 400', async () => {
    await expect(
      clientFor(ctx.lake.url).assets.upload('image', Buffer.from('not an image')),
    ).rejects.toMatchObject({ statusCode: 400 });
  });

  it('rejects an upload without a token with 401', async () => {
    const response = await fetch(`${ctx.lake.url}/v2025-02-19/assets/images/production`, {
      method: 'POST',
      body: new Uint8Array(await makeImage(10, 10)),
    });
    expect(response.status).toBe(401);
  });
});

describe('image endpoint (@sanity/image-url parameters)', () => {
  it('serves the original without parameters', async () => {
    const asset = await upload();
    const img = await fetchImage(asset.url);
    expect([img.width, img.height, img.type]).toEqual([300, 150, 'image/png']);
  });

  it('w keeps the aspect ratio', async () => {
    const img = await fetchImage(`${(await upload()).url}?w=100`);
    expect([img.width, img.height]).toEqual([100, 50]);
  });

  it('w + h + fit=crop gives exactly that size', async () => {
    const img = await fetchImage(`${(await upload()).url}?w=50&h=50&fit=crop`);
    expect([img.width, img.height]).toEqual([50, 50]);
  });

  it('fit=max never enlarges', async () => {
    const img = await fetchImage(`${(await upload()).url}?w=1000&fit=max`);
    expect([img.width, img.height]).toEqual([300, 150]);
  });

  it('rect crops the source before resizing', async () => {
    const img = await fetchImage(`${(await upload()).url}?rect=200,0,100,150&fm=png`);
    expect([img.width, img.height]).toEqual([100, 150]);
    // The gradient's red channel rises left to right: the right-hand crop starts red-heavy.
    expect((await img.pixel(0, 0))[0]).toBeGreaterThan(160);
  });

  it('crop=focalpoint with fp-x picks the window around the hotspot', async () => {
    const url = (await upload()).url;
    const left = await fetchImage(
      `${url}?w=50&h=150&fit=crop&crop=focalpoint&fp-x=0&fp-y=0.5&fm=png`,
    );
    const right = await fetchImage(
      `${url}?w=50&h=150&fit=crop&crop=focalpoint&fp-x=1&fp-y=0.5&fm=png`,
    );
    expect([left.width, left.height]).toEqual([50, 150]);
    expect((await left.pixel(25, 75))[0]).toBeLessThan(60);
    expect((await right.pixel(25, 75))[0]).toBeGreaterThan(190);
  });

  it('auto=format serves WebP to browsers that accept it, and the original otherwise', async () => {
    const url = `${(await upload()).url}?w=40&auto=format`;
    expect((await fetchImage(url, 'image/webp,image/*')).type).toBe('image/webp');
    expect((await fetchImage(url, 'image/png')).type).toBe('image/png');
  });

  it('fm=jpg with q encodes JPEG', async () => {
    const img = await fetchImage(`${(await upload()).url}?w=40&fm=jpg&q=50`);
    expect([img.type, img.format]).toEqual(['image/jpeg', 'jpeg']);
  });

  it('rejects out-of-range parameters with 400 and unknown files with 404', async () => {
    const url = (await upload()).url;
    expect((await fetch(`${url}?w=-5`)).status).toBe(400);
    expect((await fetch(url.replace(/[a-f0-9]{40}/, '0'.repeat(40)))).status).toBe(404);
    expect((await fetch(`${ctx.lake.url}/images/testproj/production/..%2F..%2Ftoken`)).status).toBe(
      404,
    );
  });

  it('serves images without a token, like the CDN', async () => {
    const response = await fetch((await upload()).url, {
      headers: { authorization: `Bearer ${TOKEN}x` },
    });
    expect(response.status).toBe(200);
  });
});

describe('URLs written by the real @sanity/image-url builder', () => {
  it('hotspot + crop + size + auto=format render at the requested size', async () => {
    const { createImageUrlBuilder } =
      await import('../../site/node_modules/@sanity/image-url/lib/index.js');
    const asset = await upload(400, 200);
    const builder = createImageUrlBuilder({
      projectId: 'testproj',
      dataset: 'production',
      baseUrl: ctx.lake.url,
    });
    const url = builder
      .image({
        asset: { _ref: asset._id },
        crop: { top: 0, bottom: 0, left: 0.5, right: 0 },
        hotspot: { x: 0.9, y: 0.5, width: 0.1, height: 0.1 },
      })
      .width(60)
      .height(60)
      .auto('format')
      .url();
    expect(url.startsWith(`${ctx.lake.url}/images/testproj/production/`)).toBe(true);
    const img = await fetchImage(url, 'image/webp');
    expect([img.width, img.height, img.type]).toEqual([60, 60, 'image/webp']);
    // Left half cropped away and the hotspot at the far right: the result is red-heavy.
    expect((await img.pixel(30, 30))[0]).toBeGreaterThan(170);
  });
});
