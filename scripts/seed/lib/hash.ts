import { createHash } from 'node:crypto';

/** Hex SHA-1 of a string or bytes: the digest Sanity uses to name exported asset files. */
export function sha1(input: string | Uint8Array): string {
  return createHash('sha1').update(input).digest('hex');
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * A 12-character array `_key` derived from a seed, so the same content always gets the same key
 * (Sanity's own keys are random 12-character strings; any unique string is valid).
 */
export function arrayKey(seed: string): string {
  return sha1(seed).slice(0, 12);
}

/** A 22-character base62 revision id in the shape Sanity writes, derived from the content. */
export function revisionId(seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  let out = '';
  for (let i = 0; i < 22; i++) out += BASE62[(digest[i] ?? 0) % 62];
  return out;
}
