import type { CustomValidator, Path, RuleDef, ValidationError } from 'sanity';
import { healthClaimMessage } from './messages.ts';

/**
 * Phrases that promise a medical outcome. SMP is a cosmetic tattoo that conceals hair loss; it
 * neither cures a condition nor guarantees a result, and UK advertising rules (CAP Code 12) do
 * not allow claims like these. Matching is case-insensitive and word-bounded, so "secure" or
 * "curated" are not flagged.
 */
export const HEALTH_CLAIM_PHRASES = ['guaranteed', 'cure', '100%', 'permanent results'] as const;

// Word boundaries are spelled out because `\b` does not work after "%".
const HEALTH_CLAIM_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}_])(${HEALTH_CLAIM_PHRASES.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`,
  'giu',
);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** A claim found in a value: the phrase as written, and where it is relative to the value. */
export interface HealthClaimFinding {
  phrase: string;
  path: Path;
}

/** Returns every absolute health claim in a plain string, in the order they appear. */
export function findClaimsInText(text: string): string[] {
  return Array.from(text.matchAll(HEALTH_CLAIM_PATTERN), (match) => match[0]);
}

interface KeyedItem {
  _key?: unknown;
  _type?: unknown;
  children?: unknown;
  text?: unknown;
  title?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects the readable text of one Portable Text item: a block's spans or a callout/quote's text. */
function textOfPortableTextItem(item: KeyedItem): string {
  if (item._type === 'block' && Array.isArray(item.children)) {
    return item.children
      .map((child: unknown) =>
        isRecord(child) && typeof child['text'] === 'string' ? child['text'] : '',
      )
      .join('');
  }
  return [item.title, item.text].filter((part) => typeof part === 'string').join('\n');
}

/**
 * Finds absolute health claims in a string, a text field or a Portable Text array. For Portable
 * Text each finding points at the offending block (by `_key`) so the Studio highlights that block.
 */
export function findHealthClaims(value: unknown): HealthClaimFinding[] {
  if (typeof value === 'string') {
    return findClaimsInText(value).map((phrase) => ({ phrase, path: [] }));
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, index): HealthClaimFinding[] => {
    if (!isRecord(item)) return [];
    const key = item['_key'];
    const path: Path = typeof key === 'string' ? [{ _key: key }] : [index];
    return findClaimsInText(textOfPortableTextItem(item)).map((phrase) => ({ phrase, path }));
  });
}

/** Custom validator behind {@link noHealthClaims}; exported for callers composing their own rules. */
export const healthClaimValidator: CustomValidator<unknown> = (value) => {
  const findings = findHealthClaims(value);
  if (findings.length === 0) return true;
  return findings.map(({ phrase, path }): ValidationError => ({
    message: healthClaimMessage(phrase),
    path,
    code: 'custom.health-claim',
  }));
};

/**
 * The one reusable rule for absolute health claims: a warning on strings, text and Portable Text.
 * Use it as `validation: (rule) => [noHealthClaims(rule), ...]`.
 */
// `any` mirrors Sanity's own RuleDef default: the helper applies to string, text and array rules.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function noHealthClaims<R extends RuleDef<R, any>>(rule: R): R {
  return rule.custom(healthClaimValidator).warning();
}
