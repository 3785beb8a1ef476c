/** Tiny helpers for writing the seed illustrations as SVG (no text: fonts differ between machines). */

/** Deterministic PRNG (mulberry32) so every run draws the same dots. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r1 = (n: number) => Math.round(n * 10) / 10;

/** Wraps content in an SVG document of the given pixel size. */
export function svg(width: number, height: number, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${body}</svg>`;
}

export function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(w)}" height="${r1(h)}" fill="${fill}" ${extra}/>`;
}

export function circle(cx: number, cy: number, r: number, fill: string, extra = ''): string {
  return `<circle cx="${r1(cx)}" cy="${r1(cy)}" r="${r1(r)}" fill="${fill}" ${extra}/>`;
}

export function ellipse(
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  fill: string,
  extra = '',
): string {
  return `<ellipse cx="${r1(cx)}" cy="${r1(cy)}" rx="${r1(rx)}" ry="${r1(ry)}" fill="${fill}" ${extra}/>`;
}

export function path(d: string, fill: string, extra = ''): string {
  return `<path d="${d}" fill="${fill}" ${extra}/>`;
}

export function linearGradient(id: string, from: string, to: string, vertical = true): string {
  const dir = vertical ? 'x1="0" y1="0" x2="0" y2="1"' : 'x1="0" y1="0" x2="1" y2="0"';
  return `<linearGradient id="${id}" ${dir}><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>`;
}

export interface DotFieldOptions {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Distance between grid points; dots are jittered around them like hand-placed impressions. */
  spacing: number;
  radius: [number, number];
  color: string;
  /** Probability (0–1) that a dot at this point is drawn; lets density vary across the field. */
  keep?: (x: number, y: number) => number;
  seed: number;
}

/** A field of small pigment-like dots on a jittered grid. */
export function dotField(o: DotFieldOptions): string {
  const rand = random(o.seed);
  const parts: string[] = [];
  for (let y = o.y; y < o.y + o.height; y += o.spacing) {
    for (let x = o.x; x < o.x + o.width; x += o.spacing) {
      const px = x + (rand() - 0.5) * o.spacing * 0.8;
      const py = y + (rand() - 0.5) * o.spacing * 0.8;
      const r = o.radius[0] + rand() * (o.radius[1] - o.radius[0]);
      const opacity = 0.55 + rand() * 0.4;
      const p = o.keep ? o.keep(px, py) : 1;
      if (rand() < p)
        parts.push(circle(px, py, r, o.color, `fill-opacity="${opacity.toFixed(2)}"`));
    }
  }
  return parts.join('');
}

/** True when (x, y) lies inside the ellipse. */
export function inEllipse(
  x: number,
  y: number,
  cx: number,
  cy: number,
  rx: number,
  ry: number,
): boolean {
  return ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2 <= 1;
}
