import type { SeedDoc } from './model.ts';
import { siteSettings } from './settings.ts';
import { people } from './people.ts';
import { faqs } from './faqs.ts';
import { draftGreyHair } from './drafts.ts';
import { alopeciaAreata } from './conditions/alopecia-areata.ts';
import { alopeciaTotalisUniversalis } from './conditions/alopecia-totalis-universalis.ts';
import { femalePatternHairLoss } from './conditions/female-pattern-hair-loss.ts';
import { hairTransplantScarring } from './conditions/hair-transplant-scarring.ts';
import { malePatternBaldness } from './conditions/male-pattern-baldness.ts';
import { scarringAlopecia } from './conditions/scarring-alopecia.ts';
import { tractionAlopecia } from './conditions/traction-alopecia.ts';
import { choosingAPractitioner } from './articles/choosing-an-smp-practitioner.ts';
import { malePatternBaldnessAndSmp } from './articles/male-pattern-baldness-and-smp.ts';
import { scarCamouflage } from './articles/scar-camouflage-fut-fue.ts';
import { smpAftercare } from './articles/smp-aftercare.ts';
import { smpForAlopeciaAreata } from './articles/smp-for-alopecia-areata.ts';
import { smpForWomen } from './articles/smp-for-women-and-diffuse-thinning.ts';
import { smpProcedure } from './articles/smp-procedure-step-by-step.ts';
import { whatSmpIsAndIsNot } from './articles/what-smp-is-and-is-not.ts';

/** Every seed document, published and draft, in authoring order (output is sorted by id). */
export function allDocuments(): SeedDoc[] {
  return [
    siteSettings,
    ...people,
    alopeciaAreata,
    alopeciaTotalisUniversalis,
    malePatternBaldness,
    femalePatternHairLoss,
    hairTransplantScarring,
    tractionAlopecia,
    scarringAlopecia,
    whatSmpIsAndIsNot,
    smpForAlopeciaAreata,
    malePatternBaldnessAndSmp,
    smpProcedure,
    smpAftercare,
    scarCamouflage,
    smpForWomen,
    choosingAPractitioner,
    ...faqs,
    draftGreyHair,
  ];
}
