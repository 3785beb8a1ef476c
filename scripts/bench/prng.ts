/**
 * Seeded pseudo-random numbers for the synthetic dataset.
 *
 * Every document gets its own generator derived from (seed, kind, index), so document i is the
 * same whichever documents were generated before it: the generator can stream, and any document
 * can compute another's id and title (for references) without keeping the dataset in memory.
 */

/** 32-bit FNV-1a hash of a string: cheap, stable across platforms, good enough to derive seeds. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A small deterministic generator (sfc32) with the helpers the dataset generator needs. */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(...parts: (string | number)[]) {
    const key = parts.join('\u0000');
    this.a = hashString(`a${key}`);
    this.b = hashString(`b${key}`);
    this.c = hashString(`c${key}`);
    this.d = 1;
    // sfc32 needs a few rounds before its output stops reflecting the seed's structure.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Uniform float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('Prng.pick: empty array');
    return item;
  }

  /** Up to `count` distinct elements, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      const index = Math.floor(this.next() * pool.length);
      const [item] = pool.splice(index, 1);
      if (item !== undefined) out.push(item);
    }
    return out;
  }

  /** Up to `count` distinct integers in [0, size), without materialising the range. */
  sampleIndexes(size: number, count: number, exclude?: number): number[] {
    const wanted = Math.min(count, exclude === undefined ? size : size - 1);
    const seen = new Set<number>();
    while (seen.size < wanted) {
      const index = Math.floor(this.next() * size);
      if (index !== exclude) seen.add(index);
    }
    return [...seen];
  }

  /** Lower-case hex string of the given length (Sanity-style `_key`s and `_rev`s). */
  hex(length: number): string {
    let out = '';
    while (out.length < length) {
      out += Math.floor(this.next() * 0x100000000)
        .toString(16)
        .padStart(8, '0');
    }
    return out.slice(0, length);
  }

  /** Alphanumeric string like Sanity's revision ids. */
  alnum(length: number): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(this.next() * alphabet.length)];
    return out;
  }
}
