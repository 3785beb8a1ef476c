import {
  ALT_MAX,
  EXCERPT_MAX,
  META_DESCRIPTION_MAX,
  META_DESCRIPTION_MIN,
  TITLE_MAX,
} from './limits.ts';

/**
 * Every message an editor can see from our own rules, in one place so that the Studio and the
 * tests agree on the wording (Sanity's built-in "Required" and slug messages come from Sanity).
 */
export const messages = {
  altRequired:
    'Add alt text: it is read aloud to visitors who cannot see the image and helps search engines.',
  altTooLong: `Keep alt text under ${ALT_MAX} characters; put longer detail in the caption.`,
  titleTooLong: `Titles over ${TITLE_MAX} characters are usually cut off in search results.`,
  metaDescriptionLength: `Aim for ${META_DESCRIPTION_MIN}–${META_DESCRIPTION_MAX} characters so search engines show the whole description.`,
  excerptTooLong: `Keep the excerpt under ${EXCERPT_MAX} characters; longer text is clipped on cards.`,
  linkScheme: 'Links must start with http://, https://, mailto: or tel:.',
  sitePath: 'Use a path on this site that starts with "/", such as /faq/, or a full https:// link.',
  slugFormat:
    'Use lowercase letters, numbers and single hyphens only (for example "aftercare-guide").',
  reviewOverdue:
    'The review date has passed: a medical reviewer must re-check this page and set a new review date before it can be published.',
  reviewBeforeLastReview: 'The next review must be after the last review date.',
  timeFormat: 'Use 24-hour time as HH:MM, for example 09:00 or 17:30.',
  closesBeforeOpens: 'Closing time must be later than opening time.',
} as const;

/** Message shown when text contains an absolute health claim; `phrase` is what was found. */
export function healthClaimMessage(phrase: string): string {
  return `"${phrase}" reads as a promise of a medical outcome. SMP conceals hair loss and results vary, so rephrase without absolute claims.`;
}
