import type { CustomValidator, SlugValue } from 'sanity';
import { META_DESCRIPTION_MAX, META_DESCRIPTION_MIN } from './limits.ts';
import { messages } from './messages.ts';

const SLUG_FORMAT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TIME_FORMAT = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
// A site path: one leading slash (two would be a protocol-relative link to another host).
const SITE_PATH = /^\/(?!\/)[^\s]*$/;

/** Warning text when a meta description falls outside the range search engines display well. */
export const metaDescriptionLength: CustomValidator<string | undefined> = (value) => {
  if (value === undefined || value.trim() === '') return true;
  const length = value.trim().length;
  return length >= META_DESCRIPTION_MIN && length <= META_DESCRIPTION_MAX
    ? true
    : messages.metaDescriptionLength;
};

/** Error when a slug is not lowercase-hyphenated; slugs become public URLs and element ids. */
export const slugFormat: CustomValidator<SlugValue | undefined> = (value) => {
  const current = value?.current;
  if (current === undefined || current === '') return true;
  return SLUG_FORMAT.test(current) ? true : messages.slugFormat;
};

/** Error unless the value is a 24-hour `HH:MM` time. */
export const timeOfDay: CustomValidator<string | undefined> = (value) =>
  value === undefined || TIME_FORMAT.test(value) ? true : messages.timeFormat;

/** Error when an opening-hours entry closes at or before it opens. */
export const closesAfterOpens: CustomValidator<string | undefined> = (value, context) => {
  const opens = (context.parent as { opens?: unknown } | undefined)?.opens;
  if (value === undefined || typeof opens !== 'string') return true;
  if (!TIME_FORMAT.test(value) || !TIME_FORMAT.test(opens)) return true;
  return value > opens ? true : messages.closesBeforeOpens;
};

/**
 * Error unless the value is a path on this site ("/faq/") or an absolute https link. Navigation
 * and call-to-action buttons should never carry javascript: or protocol-relative URLs.
 */
export const sitePathOrHttps: CustomValidator<string | undefined> = (value) => {
  if (value === undefined) return true;
  if (SITE_PATH.test(value)) return true;
  return /^https:\/\/[^\s/]+/i.test(value) ? true : messages.sitePath;
};
