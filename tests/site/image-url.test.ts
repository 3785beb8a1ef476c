import { describe, expect, it } from 'vitest';
import type { ImageData } from '../../site/src/lib/content.ts';
import {
  displaySize,
  figureHtml,
  hostedImageAttrs,
  hostedShareImageUrl,
  imgHtml,
  placeholderStyle,
  srcsetWidths,
} from '../../site/src/lib/image-url.ts';

const SHA = 'ec6c09827096cc139ea28548bfe1cc2b9f7870c8';
const project = { projectId: 'abc123', dataset: 'production' };
const base: ImageData = {
  assetId: `image-${SHA}-2000x1000-jpg`,
  url: undefined,
  width: 2000,
  height: 1000,
  lqip: 'data:image/jpeg;base64,/9j/AAAA',
  alt: 'A calm clinic room',
  caption: undefined,
  hotspot: undefined,
  crop: undefined,
};

describe('srcsetWidths', () => {
  it('offers the fixed ladder up to twice the layout width', () => {
    expect(srcsetWidths(400, 2000)).toEqual([320, 480, 640, 800]);
  });
  it('never upscales past the original, and ends with the original when it is the limit', () => {
    expect(srcsetWidths(1100, 1200)).toEqual([320, 480, 640, 800, 1024, 1200]);
  });
  it('a tiny original still gets one candidate: itself', () => {
    expect(srcsetWidths(400, 200)).toEqual([200]);
  });
});

describe('hosted image attributes', () => {
  it('uses Sanity CDN URLs with auto=format and a width per srcset entry', () => {
    const a = hostedImageAttrs(base, project, { maxWidth: 400, sizes: '100vw' });
    expect(a.src).toBe(
      `https://cdn.sanity.io/images/abc123/production/${SHA}-2000x1000.jpg?w=400&fit=max&auto=format`,
    );
    const entries = a.srcset.split(', ');
    expect(entries).toHaveLength(4);
    for (const [i, w] of [320, 480, 640, 800].entries()) {
      expect(entries[i]).toMatch(new RegExp(`\\?w=${w}&fit=max&auto=format ${w}w$`));
    }
    expect(a).toMatchObject({
      width: 400,
      height: 200,
      sizes: '100vw',
      alt: 'A calm clinic room',
      loading: 'lazy',
    });
  });

  it('crops to the layout aspect ratio around the hotspot', () => {
    const a = hostedImageAttrs(
      { ...base, hotspot: { x: 0.8, y: 0.5, width: 0.2, height: 0.2 } },
      project,
      {
        maxWidth: 400,
        sizes: '100vw',
        aspect: 1,
      },
    );
    expect(a.width).toBe(400);
    expect(a.height).toBe(400);
    // A square from a 2:1 image, centred on x = 0.8: the crop rectangle starts right of centre.
    expect(a.src).toMatch(/rect=1000,0,1000,1000&w=400&h=400/);
  });

  it('honours the editor crop', () => {
    const a = hostedImageAttrs(
      { ...base, crop: { top: 0.1, bottom: 0.1, left: 0.25, right: 0.25 } },
      project,
      {
        maxWidth: 400,
        sizes: '100vw',
      },
    );
    expect(a.src).toContain('rect=500,100,1000,800');
  });

  it('eager images load with high priority, others lazily', () => {
    expect(
      hostedImageAttrs(base, project, { maxWidth: 400, sizes: '1px', eager: true }),
    ).toMatchObject({
      loading: 'eager',
      fetchpriority: 'high',
    });
  });

  it('share images are 1200×630 JPEGs', () => {
    const url = new URL(hostedShareImageUrl(base, project));
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      w: '1200',
      h: '630',
      fm: 'jpg',
      fit: 'crop',
    });
    // 1200:630 out of 2000×1000, centred: the full height and 1905 px of the width.
    expect(url.searchParams.get('rect')).toBe('48,0,1905,1000');
  });
});

describe('placeholder style', () => {
  it('uses a well-formed LQIP as background', () => {
    expect(placeholderStyle(base)).toBe(
      'background-image:url("data:image/jpeg;base64,/9j/AAAA");background-size:cover',
    );
  });
  it('ignores an LQIP that could break out of the style', () => {
    expect(
      placeholderStyle({ ...base, lqip: 'data:image/jpeg;base64,AAAA");color:red;x:url("' }),
    ).toBeUndefined();
    expect(placeholderStyle({ ...base, lqip: 'javascript:alert(1)' })).toBeUndefined();
  });
  it('positions the image at its hotspot', () => {
    expect(
      placeholderStyle({
        ...base,
        lqip: undefined,
        hotspot: { x: 0.25, y: 0.75, width: 1, height: 1 },
      }),
    ).toBe('object-position:25% 75%');
  });
});

describe('HTML output', () => {
  it('escapes alt text and captions', () => {
    const attrs = hostedImageAttrs({ ...base, alt: '"><script>x</script>' }, project, {
      maxWidth: 400,
      sizes: '1px',
    });
    const html = figureHtml(attrs, '<b>cap</b>');
    expect(html).not.toContain('<script');
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;x&lt;/script&gt;"');
    expect(html).toContain('<figcaption>&lt;b&gt;cap&lt;/b&gt;</figcaption>');
  });
  it('keeps an empty alt for decorative images', () => {
    const attrs = hostedImageAttrs({ ...base, alt: '' }, project, { maxWidth: 400, sizes: '1px' });
    expect(imgHtml(attrs)).toContain(' alt=""');
  });
  it('width and height follow the layout aspect ratio', () => {
    expect(displaySize(base, { maxWidth: 1600, sizes: '', aspect: 16 / 9 })).toEqual({
      width: 1600,
      height: 900,
    });
  });
});
