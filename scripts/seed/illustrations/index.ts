/**
 * The seed dataset's original illustrations, drawn as SVG and encoded by sharp. Each entry is
 * a pure function of nothing, so the generator's output is identical on every run.
 */
import { circle, dotField, ellipse, inEllipse, linearGradient, path, rect, svg } from './svg.ts';

const C = {
  cream: '#f6f1ea',
  skin: '#ecd2bb',
  skinDeep: '#d6b092',
  tan: '#b98b6b',
  pigment: '#3a2e29',
  hair: '#2b211d',
  smp: '#5b5350',
  teal: '#1f5f5b',
  tealLight: '#8fbcb5',
  amber: '#e0a458',
  sky: '#cfe0e8',
  white: '#ffffff',
  wall: '#e6ede8',
  floor: '#cdb8a0',
};

const HERO: [number, number] = [1600, 900];

/** Front view of a head and shoulders; `scalp` is drawn clipped to the scalp above `hairlineY`. */
function frontHead(
  width: number,
  height: number,
  scalp: string,
  opts: { skin?: string } = {},
): string {
  const cx = width / 2;
  const skin = opts.skin ?? C.skin;
  return [
    path(
      `M${cx - 420} ${height} C${cx - 400} ${height - 170} ${cx - 250} ${height - 190} ${cx - 120} ${height - 200} L${cx + 120} ${height - 200} C${cx + 250} ${height - 190} ${cx + 400} ${height - 170} ${cx + 420} ${height} Z`,
      C.teal,
    ),
    rect(cx - 80, height - 290, 160, 110, C.skinDeep),
    ellipse(cx - 262, 470, 34, 62, C.skinDeep),
    ellipse(cx + 262, 470, 34, 62, C.skinDeep),
    ellipse(cx, 400, 265, 330, skin),
    `<clipPath id="head"><ellipse cx="${cx}" cy="400" rx="265" ry="330"/></clipPath>`,
    `<g clip-path="url(#head)">${scalp}</g>`,
  ].join('');
}

function followHairline(cx: number, top: number, curve: number) {
  return (x: number) => top + curve * ((x - cx) / 265) ** 2;
}

const illustrations = {
  /** Close-up of pigment impressions with a magnifier over a few of them. */
  'follicle-pattern': () => {
    const [w, h] = HERO;
    const lens = { cx: 1050, cy: 430, r: 250 };
    return svg(
      w,
      h,
      [
        `<defs>${linearGradient('bg', '#f0d8c2', '#dcb79b')}<clipPath id="lens"><circle cx="${lens.cx}" cy="${lens.cy}" r="${lens.r}"/></clipPath></defs>`,
        rect(0, 0, w, h, 'url(#bg)'),
        dotField({
          x: 0,
          y: 0,
          width: w,
          height: h,
          spacing: 24,
          radius: [2.2, 4.2],
          color: C.pigment,
          seed: 11,
        }),
        circle(lens.cx, lens.cy, lens.r, '#f3dfcd'),
        `<g clip-path="url(#lens)">${dotField({ x: lens.cx - lens.r, y: lens.cy - lens.r, width: lens.r * 2, height: lens.r * 2, spacing: 70, radius: [8, 13], color: C.pigment, seed: 12 })}</g>`,
        circle(lens.cx, lens.cy, lens.r, 'none', `stroke="${C.teal}" stroke-width="22"`),
        path(
          `M${lens.cx + 170} ${lens.cy + 180} L${lens.cx + 330} ${lens.cy + 340}`,
          'none',
          `stroke="${C.teal}" stroke-width="46" stroke-linecap="round"`,
        ),
      ].join(''),
    );
  },

  /** Front view of a head with three possible hairline heights marked. */
  'hairline-diagram': () => {
    const [w, h] = HERO;
    const cx = w / 2;
    const line = followHairline(cx, 230, 120);
    const scalp = dotField({
      x: cx - 270,
      y: 60,
      width: 540,
      height: 400,
      spacing: 13,
      radius: [1.6, 3],
      color: C.pigment,
      seed: 21,
      keep: (x, y) => (y < line(x) ? 1 : 0),
    });
    const arc = (top: number, color: string, dash: string) => {
      const l = followHairline(cx, top, 120);
      const pts: string[] = [];
      for (let x = cx - 240; x <= cx + 240; x += 20) pts.push(`${x} ${l(x).toFixed(1)}`);
      return path(
        `M${pts.join(' L')}`,
        'none',
        `stroke="${color}" stroke-width="8" stroke-dasharray="${dash}" stroke-linecap="round"`,
      );
    };
    return svg(
      w,
      h,
      [
        rect(0, 0, w, h, C.sky),
        frontHead(w, h, scalp),
        arc(185, C.amber, '4 18'),
        arc(230, C.teal, '1 0'),
        arc(280, C.amber, '4 18'),
        path(
          `M${cx - 150} 420 q40 -22 80 0 M${cx + 70} 420 q40 -22 80 0`,
          'none',
          `stroke="${C.hair}" stroke-width="10" stroke-linecap="round"`,
        ),
      ].join(''),
    );
  },

  /** A calm treatment room in flat shapes. */
  'clinic-room': () => {
    const [w, h] = HERO;
    const blinds = Array.from({ length: 9 }, (_, i) =>
      rect(160, 150 + i * 38, 360, 6, '#b7c9cf'),
    ).join('');
    const leaves = [-50, -20, 15, 45]
      .map((a, i) =>
        ellipse(
          1380 + i * 6,
          500 - i * 30,
          28,
          90,
          i % 2 ? '#3f7f63' : '#5a9a78',
          `transform="rotate(${a} ${1380 + i * 6} ${560 - i * 30})"`,
        ),
      )
      .join('');
    return svg(
      w,
      h,
      [
        rect(0, 0, w, 640, C.wall),
        rect(0, 640, w, 260, C.floor),
        rect(140, 120, 400, 380, C.white),
        rect(160, 140, 360, 340, C.sky),
        blinds,
        rect(720, 150, 220, 160, C.white, `stroke="${C.tan}" stroke-width="10"`),
        `<clipPath id="frame"><rect x="730" y="160" width="200" height="140"/></clipPath><g clip-path="url(#frame)">${dotField({ x: 730, y: 160, width: 200, height: 140, spacing: 14, radius: [2, 3.5], color: C.teal, seed: 31 })}</g>`,
        rect(620, 560, 520, 90, C.teal, 'rx="45"'),
        rect(1040, 440, 110, 210, C.teal, 'rx="50"'),
        rect(700, 650, 40, 140, '#6b7a7a'),
        rect(1020, 650, 40, 140, '#6b7a7a'),
        rect(600, 780, 560, 24, '#6b7a7a', 'rx="12"'),
        path(
          'M420 640 L420 380 L600 300',
          'none',
          `stroke="#7d8b8b" stroke-width="14" stroke-linecap="round"`,
        ),
        ellipse(620, 292, 70, 36, C.amber),
        rect(300, 600, 110, 200, C.white, 'rx="12"'),
        rect(318, 560, 18, 40, C.tealLight, 'rx="6"'),
        rect(346, 545, 18, 55, C.amber, 'rx="6"'),
        rect(374, 570, 18, 30, C.tan, 'rx="6"'),
        leaves,
        path('M1330 640 L1440 640 L1425 760 L1345 760 Z', C.tan),
      ].join(''),
    );
  },

  /** Three swatches of increasing dot density, as used when building up coverage over sessions. */
  'pigment-density': () => {
    const [w, h] = [1200, 675];
    const panels = [44, 28, 17].map((spacing, i) => {
      const x = 70 + i * 365;
      const clip = `p${i}`;
      return [
        `<clipPath id="${clip}"><rect x="${x}" y="110" width="330" height="380" rx="28"/></clipPath>`,
        rect(x, 110, 330, 380, C.skin, 'rx="28"'),
        `<g clip-path="url(#${clip})">${dotField({ x, y: 110, width: 330, height: 380, spacing, radius: [2.4, 4.2], color: C.pigment, seed: 41 + i })}</g>`,
        ...Array.from({ length: i + 1 }, (_, j) =>
          rect(x + 115 + j * 36, 530, 26, 40, C.teal, 'rx="6"'),
        ),
      ].join('');
    });
    return svg(w, h, [rect(0, 0, w, h, C.cream), ...panels].join(''));
  },

  /** Top view of a head with round bald patches; the right-hand patch is softened with pigment dots. */
  'patchy-scalp': () => {
    const [w, h] = HERO;
    const head = { cx: 800, cy: 450, rx: 300, ry: 380 };
    const patches = [
      { cx: 700, cy: 300, rx: 85, ry: 70 },
      { cx: 760, cy: 600, rx: 60, ry: 55 },
      { cx: 900, cy: 420, rx: 95, ry: 80 },
    ];
    const inPatch = (x: number, y: number) =>
      patches.some((p) => inEllipse(x, y, p.cx, p.cy, p.rx, p.ry));
    const last = patches[2] ?? head;
    return svg(
      w,
      h,
      [
        rect(0, 0, w, h, C.cream),
        ellipse(head.cx, head.cy, head.rx, head.ry, C.skin),
        dotField({
          x: 480,
          y: 60,
          width: 640,
          height: 780,
          spacing: 11,
          radius: [1.8, 3.2],
          color: C.hair,
          seed: 51,
          keep: (x, y) =>
            inEllipse(x, y, head.cx, head.cy, head.rx - 6, head.ry - 6) && !inPatch(x, y) ? 1 : 0,
        }),
        dotField({
          x: last.cx - last.rx,
          y: last.cy - last.ry,
          width: last.rx * 2,
          height: last.ry * 2,
          spacing: 13,
          radius: [1.6, 2.6],
          color: C.smp,
          seed: 52,
          keep: (x, y) => (inEllipse(x, y, last.cx, last.cy, last.rx, last.ry) ? 0.85 : 0),
        }),
        ...patches.map((p) =>
          ellipse(
            p.cx,
            p.cy,
            p.rx + 8,
            p.ry + 8,
            'none',
            `stroke="${C.teal}" stroke-width="5" stroke-dasharray="10 10"`,
          ),
        ),
      ].join(''),
    );
  },

  /** Back of the head with a linear donor scar; the right half is camouflaged with dots. */
  'scar-camouflage': () => {
    const [w, h] = HERO;
    const head = { cx: 800, cy: 420, rx: 320, ry: 360 };
    const scarY = (x: number) => 560 - 0.0006 * (x - 800) ** 2;
    const nearScar = (x: number, y: number) => Math.abs(y - scarY(x)) < 9;
    const fue = Array.from(
      { length: 40 },
      (_, i) => [560 + ((i * 137) % 480), 360 + ((i * 89) % 160)] as const,
    );
    const inFue = (x: number, y: number) =>
      fue.some(([fx, fy]) => (x - fx) ** 2 + (y - fy) ** 2 < 64);
    return svg(
      w,
      h,
      [
        rect(0, 0, w, h, '#e9e4f0'),
        rect(680, 700, 240, 200, C.skinDeep),
        ellipse(head.cx, head.cy, head.rx, head.ry, C.skin),
        dotField({
          x: 480,
          y: 60,
          width: 640,
          height: 720,
          spacing: 12,
          radius: [1.8, 3],
          color: C.hair,
          seed: 61,
          keep: (x, y) =>
            inEllipse(x, y, head.cx, head.cy, head.rx - 6, head.ry - 6) &&
            !nearScar(x, y) &&
            !inFue(x, y)
              ? 0.95
              : 0,
        }),
        path(
          `M${520} ${scarY(520)} Q800 ${scarY(800) - 6} 1080 ${scarY(1080)}`,
          'none',
          `stroke="#f4e3d6" stroke-width="14" stroke-linecap="round"`,
        ),
        ...fue.filter(([x]) => x < 800).map(([x, y]) => circle(x, y, 6, '#f4e3d6')),
        ...fue.filter(([x]) => x >= 800).map(([x, y]) => circle(x, y, 3, C.smp)),
        dotField({
          x: 800,
          y: 530,
          width: 300,
          height: 60,
          spacing: 10,
          radius: [1.6, 2.6],
          color: C.smp,
          seed: 62,
          keep: (x, y) =>
            nearScar(x, y) && inEllipse(x, y, head.cx, head.cy, head.rx, head.ry) ? 0.95 : 0,
        }),
        path(
          'M800 40 L800 820',
          'none',
          `stroke="${C.teal}" stroke-width="6" stroke-dasharray="14 12"`,
        ),
      ].join(''),
    );
  },

  /** Top view along a parting: hair thins towards the parting; pigment shading fills the gaps on the right. */
  'diffuse-thinning': () => {
    const [w, h] = HERO;
    const head = { cx: 800, cy: 450, rx: 300, ry: 390 };
    const p = (x: number) => Math.min(1, Math.abs(x - 800) / 260 + 0.15);
    return svg(
      w,
      h,
      [
        rect(0, 0, w, h, '#f3e9ef'),
        ellipse(head.cx, head.cy, head.rx, head.ry, C.skin),
        dotField({
          x: 500,
          y: 60,
          width: 600,
          height: 780,
          spacing: 10,
          radius: [1.6, 2.8],
          color: '#4a2f22',
          seed: 71,
          keep: (x, y) => (inEllipse(x, y, head.cx, head.cy, head.rx - 6, head.ry - 6) ? p(x) : 0),
        }),
        dotField({
          x: 806,
          y: 60,
          width: 200,
          height: 780,
          spacing: 9,
          radius: [1.2, 2],
          color: '#7a6a64',
          seed: 72,
          keep: (x, y) =>
            inEllipse(x, y, head.cx, head.cy, head.rx - 6, head.ry - 6) ? 1 - p(x) : 0,
        }),
        path('M800 80 L800 820', 'none', `stroke="#f7e6d8" stroke-width="7"`),
      ].join(''),
    );
  },

  /** Three aftercare reminders: keep it dry, keep it shaded, allow time. */
  aftercare: () => {
    const [w, h] = HERO;
    const card = (x: number) => rect(x, 180, 400, 540, C.white, 'rx="36"');
    const drops = [0, 1, 2, 3, 4]
      .map((i) =>
        path(`M${240 + i * 40} ${420 + (i % 2) * 40} q-14 24 0 34 q14 -10 0 -34 Z`, C.tealLight),
      )
      .join('');
    const rays = Array.from({ length: 10 }, (_, i) => {
      const a = (i / 10) * Math.PI * 2;
      return path(
        `M${800 + Math.cos(a) * 95} ${360 + Math.sin(a) * 95} L${800 + Math.cos(a) * 135} ${360 + Math.sin(a) * 135}`,
        'none',
        `stroke="${C.amber}" stroke-width="14" stroke-linecap="round"`,
      );
    }).join('');
    const cells = Array.from({ length: 20 }, (_, i) =>
      rect(
        1150 + (i % 5) * 62,
        330 + Math.floor(i / 5) * 62,
        48,
        48,
        i === 6 || i === 13 ? C.amber : C.tealLight,
        'rx="8"',
      ),
    ).join('');
    return svg(
      w,
      h,
      [
        rect(0, 0, w, h, C.teal),
        card(100),
        card(600),
        card(1100),
        rect(230, 300, 120, 40, '#7d8b8b', 'rx="20"'),
        rect(280, 250, 20, 60, '#7d8b8b'),
        drops,
        circle(800, 360, 75, C.amber),
        rays,
        path('M690 600 Q800 500 910 600 Z', C.teal),
        rect(660, 595, 280, 22, C.teal, 'rx="11"'),
        cells,
      ].join(''),
    );
  },

  /** Side view of hair pulled tightly into a bun, with thinning at the temple. */
  traction: () => {
    const [w, h] = HERO;
    const head = { cx: 780, cy: 430, rx: 290, ry: 330 };
    const temple = { cx: 585, cy: 300, rx: 70, ry: 65 };
    const cap =
      'M600 250 C640 110 900 60 1040 230 C1090 330 1080 520 980 640 L940 560 C920 470 900 420 850 400 C760 380 680 360 620 340 C590 310 585 280 600 250 Z';
    const strands = Array.from({ length: 11 }, (_, i) => {
      const t = i / 10;
      const sx = 600 + t * 260;
      const sy = 250 - Math.sin(t * Math.PI) * 120 + t * 150;
      return path(
        `M${sx.toFixed(1)} ${sy.toFixed(1)} Q${(sx + 1110) / 2} ${(sy + 330) / 2 - 50} 1110 330`,
        'none',
        `stroke="#5a4236" stroke-width="6"`,
      );
    }).join('');
    return svg(
      w,
      h,
      [
        rect(0, 0, w, h, '#f1ece4'),
        rect(720, 680, 180, 220, C.skinDeep),
        ellipse(head.cx, head.cy, head.rx, head.ry, C.skin),
        path('M496 400 L452 478 L500 492 Z', C.skin),
        path(cap, C.hair),
        `<clipPath id="cap"><path d="${cap}"/></clipPath><g clip-path="url(#cap)">${strands}</g>`,
        circle(1120, 330, 90, C.hair),
        ellipse(880, 470, 38, 62, C.skinDeep),
        dotField({
          x: temple.cx - temple.rx,
          y: temple.cy - temple.ry,
          width: temple.rx * 2,
          height: temple.ry * 2,
          spacing: 15,
          radius: [1.6, 2.6],
          color: C.hair,
          seed: 81,
          keep: (x, y) =>
            inEllipse(x, y, temple.cx, temple.cy, temple.rx, temple.ry) &&
            inEllipse(x, y, head.cx, head.cy, head.rx, head.ry)
              ? 0.4
              : 0,
        }),
        ellipse(
          temple.cx,
          temple.cy,
          temple.rx + 14,
          temple.ry + 14,
          'none',
          `stroke="${C.amber}" stroke-width="6" stroke-dasharray="10 10"`,
        ),
      ].join(''),
    );
  },

  /** Front view of a fully shaved-look scalp with an even pigment texture. */
  'even-texture': () => {
    const [w, h] = HERO;
    const cx = w / 2;
    const line = followHairline(cx, 210, 110);
    const scalp = dotField({
      x: cx - 270,
      y: 60,
      width: 540,
      height: 420,
      spacing: 10,
      radius: [1.3, 2.3],
      color: C.smp,
      seed: 91,
      keep: (x, y) => (y < line(x) ? 0.9 : 0),
    });
    return svg(
      w,
      h,
      [rect(0, 0, w, h, '#dde7ee'), frontHead(w, h, scalp, { skin: '#e8cdb5' })].join(''),
    );
  },

  /** Front view with a receded frontal band between the original and current hairline. */
  'frontal-band': () => {
    const [w, h] = HERO;
    const cx = w / 2;
    const current = followHairline(cx, 170, 160);
    const scalp = [
      rect(cx - 270, 60, 540, 260, '#f5e6d9'),
      dotField({
        x: cx - 270,
        y: 60,
        width: 540,
        height: 300,
        spacing: 11,
        radius: [1.6, 2.8],
        color: '#8c8580',
        seed: 101,
        keep: (x, y) => (y < current(x) ? 1 : 0),
      }),
    ].join('');
    const band = followHairline(cx, 290, 130);
    const pts: string[] = [];
    for (let x = cx - 230; x <= cx + 230; x += 20) pts.push(`${x} ${band(x).toFixed(1)}`);
    return svg(
      w,
      h,
      [
        rect(0, 0, w, h, '#efe9f3'),
        frontHead(w, h, scalp),
        path(
          `M${pts.join(' L')}`,
          'none',
          `stroke="${C.amber}" stroke-width="7" stroke-dasharray="6 16" stroke-linecap="round"`,
        ),
        path(
          `M${cx - 150} 430 q40 -14 80 0 M${cx + 70} 430 q40 -14 80 0`,
          'none',
          `stroke="#8c8580" stroke-width="5" stroke-linecap="round"`,
        ),
      ].join(''),
    );
  },

  /** Two people in conversation across a small table. */
  consultation: () => {
    const [w, h] = HERO;
    const person = (x: number, body: string, hair: string) =>
      [
        rect(x - 110, 440, 220, 300, body, 'rx="100"'),
        circle(x, 340, 90, C.skin),
        path(`M${x - 92} 330 a92 92 0 0 1 184 0 Z`, hair),
      ].join('');
    return svg(
      w,
      h,
      [
        rect(0, 0, w, h, C.cream),
        rect(0, 700, w, 200, '#e4d7c7'),
        person(480, C.teal, C.hair),
        person(1120, C.amber, '#8a6b52'),
        rect(560, 600, 480, 30, C.tan, 'rx="15"'),
        rect(780, 630, 40, 200, C.tan),
        rect(700, 560, 170, 40, C.white, 'rx="8"'),
        path(
          'M620 170 h260 a30 30 0 0 1 30 30 v80 a30 30 0 0 1 -30 30 h-200 l-40 40 v-40 h-20 a30 30 0 0 1 -30 -30 v-80 a30 30 0 0 1 30 -30 Z',
          C.white,
        ),
        dotField({
          x: 630,
          y: 190,
          width: 260,
          height: 100,
          spacing: 26,
          radius: [5, 7],
          color: C.tealLight,
          seed: 111,
        }),
        path(
          'M980 120 h200 a30 30 0 0 1 30 30 v60 a30 30 0 0 1 -30 30 h-20 v40 l-40 -40 h-140 a30 30 0 0 1 -30 -30 v-60 a30 30 0 0 1 30 -30 Z',
          C.white,
        ),
      ].join(''),
    );
  },

  /** Social-sharing card: the clinic's dot motif on brand teal. */
  'brand-card': () => {
    const [w, h] = [1200, 630];
    return svg(
      w,
      h,
      [
        rect(0, 0, w, h, C.teal),
        dotField({
          x: 0,
          y: 0,
          width: w,
          height: h,
          spacing: 30,
          radius: [2, 6],
          color: C.tealLight,
          seed: 121,
          keep: (x, y) => Math.max(0, 1 - Math.hypot(x - 900, y - 315) / 420),
        }),
        circle(330, 315, 150, C.cream),
        circle(330, 315, 60, C.teal),
      ].join(''),
    );
  },

  'portrait-practitioner': () =>
    portrait({ bg: '#cfe0e8', shirt: C.teal, skin: '#e3bd9c', hair: 'shaved' }),
  'portrait-dermatologist': () =>
    portrait({ bg: '#efe2d0', shirt: '#4d5d7a', skin: '#8d5b3e', hair: 'long', glasses: true }),
  'portrait-nurse': () =>
    portrait({ bg: '#e4ecdf', shirt: '#6d8f7b', skin: '#f0cfb5', hair: 'short' }),
} satisfies Record<string, () => string>;

interface PortraitOptions {
  bg: string;
  shirt: string;
  skin: string;
  hair: 'shaved' | 'short' | 'long';
  glasses?: boolean;
}

/** An abstract head-and-shoulders avatar: no likeness of any real person. */
function portrait(o: PortraitOptions): string {
  const s = 1200;
  const parts = [rect(0, 0, s, s, o.bg)];
  if (o.hair === 'long')
    parts.push(path('M330 520 Q330 230 600 230 Q870 230 870 520 L900 900 L300 900 Z', C.hair));
  parts.push(
    path('M160 1200 C180 960 380 900 600 900 C820 900 1020 960 1040 1200 Z', o.shirt),
    rect(530, 760, 140, 170, o.skin, 'rx="40"'),
    ellipse(600, 560, 210, 250, o.skin),
  );
  if (o.hair === 'shaved') {
    parts.push(`<clipPath id="crown"><ellipse cx="600" cy="560" rx="210" ry="250"/></clipPath>`);
    parts.push(
      `<g clip-path="url(#crown)">${dotField({ x: 380, y: 300, width: 440, height: 170, spacing: 9, radius: [1.4, 2.4], color: C.hair, seed: 131, keep: (x, y) => (y < 400 + 0.0015 * (x - 600) ** 2 ? 0.9 : 0) })}</g>`,
    );
  } else if (o.hair === 'short') {
    parts.push(
      path(
        'M390 520 Q380 300 600 300 Q820 300 810 520 Q760 400 600 390 Q440 400 390 520 Z',
        '#7a5234',
      ),
    );
  } else {
    parts.push(
      path(
        'M390 500 Q400 290 600 290 Q800 290 810 500 Q700 380 600 380 Q480 380 390 500 Z',
        C.hair,
      ),
    );
  }
  if (o.glasses) {
    parts.push(circle(520, 560, 52, 'none', `stroke="${C.hair}" stroke-width="10"`));
    parts.push(circle(680, 560, 52, 'none', `stroke="${C.hair}" stroke-width="10"`));
    parts.push(path('M572 556 L628 556', 'none', `stroke="${C.hair}" stroke-width="10"`));
  }
  parts.push(
    path(
      'M540 680 Q600 720 660 680',
      'none',
      `stroke="#6b3f2e" stroke-width="10" stroke-linecap="round"`,
    ),
  );
  return svg(s, s, parts.join(''));
}

export type IllustrationName = keyof typeof illustrations;

/** The SVG source of a named illustration. */
export function illustrationSvg(name: IllustrationName): string {
  return illustrations[name]();
}

export const illustrationNames = Object.keys(illustrations) as IllustrationName[];
