/**
 * Editorial limits shared by the schema and its tests. Each number explains where it comes from,
 * so an editor's warning can be traced back to a reason rather than a whim.
 */

/** Search engines usually cut page titles at roughly 60 characters in results. */
export const TITLE_MAX = 60;

/** Below ~50 characters a meta description wastes the snippet; above ~160 it is truncated. */
export const META_DESCRIPTION_MIN = 50;
/** Upper bound of the meta description range (see {@link META_DESCRIPTION_MIN}). */
export const META_DESCRIPTION_MAX = 160;

/** Screen readers read alt text in one go; past ~140 characters it belongs in a caption. */
export const ALT_MAX = 140;

/** Excerpts appear on cards and in feeds, where more than ~200 characters gets clipped. */
export const EXCERPT_MAX = 200;

/** Slugs become URLs; 96 characters keeps links readable and well under URL length limits. */
export const SLUG_MAX = 96;

/** URL schemes an editor may link to. Anything else (javascript:, data:, file:) is refused. */
export const LINK_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;
