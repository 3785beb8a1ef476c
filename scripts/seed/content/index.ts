import type { SeedDoc } from './model.ts';
import { siteSettings } from './settings.ts';
import { people } from './people.ts';
import { faqs } from './faqs.ts';
import { draftGreyHair } from './drafts.ts';
import { alopeciaAreata } from './conditions/alopecia-areata.ts';
import { malePatternBaldness } from './conditions/male-pattern-baldness.ts';
import { whatSmpIsAndIsNot } from './articles/what-smp-is-and-is-not.ts';
import { smpForAlopeciaAreata } from './articles/smp-for-alopecia-areata.ts';

/** Every seed document, published and draft, in authoring order. */
export function allDocuments(): SeedDoc[] {
  return [
    siteSettings,
    ...people,
    alopeciaAreata,
    malePatternBaldness,
    whatSmpIsAndIsNot,
    smpForAlopeciaAreata,
    ...faqs,
    draftGreyHair,
  ];
}
