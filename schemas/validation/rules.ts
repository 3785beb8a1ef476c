import type { Rule, StringRule, TextRule, UrlRule } from 'sanity';
import { noHealthClaims } from './healthClaims.ts';
import { EXCERPT_MAX, LINK_SCHEMES, TITLE_MAX } from './limits.ts';
import { messages } from './messages.ts';
import { metaDescriptionLength } from './text.ts';

/** Required headline: error when empty, warning past the search-result limit or on health claims. */
export function requiredTitleRules(rule: StringRule): StringRule[] {
  return [
    rule.required(),
    rule.max(TITLE_MAX).warning(messages.titleTooLong),
    noHealthClaims(rule),
  ];
}

/** Optional SEO title: warning past the search-result limit or on health claims. */
export function seoTitleRules(rule: StringRule): StringRule[] {
  return [rule.max(TITLE_MAX).warning(messages.titleTooLong), noHealthClaims(rule)];
}

/** Meta description: warning outside 50–160 characters or on health claims. */
export function metaDescriptionRules(rule: TextRule): TextRule[] {
  return [rule.custom(metaDescriptionLength).warning(), noHealthClaims(rule)];
}

/** Required plain or long text that is shown to patients: error when empty, warning on claims. */
export function requiredCopyRules(rule: StringRule): StringRule[] {
  return [rule.required(), noHealthClaims(rule)];
}

/** Required excerpt: error when empty, warning when too long for a card or on claims. */
export function excerptRules(rule: TextRule): TextRule[] {
  return [
    rule.required(),
    rule.max(EXCERPT_MAX).warning(messages.excerptTooLong),
    noHealthClaims(rule),
  ];
}

/**
 * Required Portable Text: error when empty, warning on health claims in any block. Fields of the
 * named `body` type receive Sanity's general `Rule`, hence the wider type here.
 */
export function requiredBodyRules(rule: Rule): Rule[] {
  return [rule.required(), noHealthClaims(rule)];
}

/**
 * A required image: Sanity's "required" alone accepts an image object with no file chosen. Fields
 * of the named `imageWithAlt` type receive Sanity's general `Rule`.
 */
export function requiredImageRules(rule: Rule): Rule {
  return rule.required().assetRequired();
}

/**
 * External link: only http, https, mailto and tel. An error, because a `javascript:` or `data:`
 * link in published content would run in visitors' browsers.
 */
export function linkHrefRules(rule: UrlRule, { required }: { required: boolean }): UrlRule[] {
  const scheme = rule.uri({ scheme: [...LINK_SCHEMES] }).error(messages.linkScheme);
  return required ? [rule.required(), scheme] : [scheme];
}
