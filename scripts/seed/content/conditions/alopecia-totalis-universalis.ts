import { callout, image, md, ref } from '../../lib/pt.ts';
import { seo, slug, type ConditionDoc } from '../model.ts';

export const alopeciaTotalisUniversalis: ConditionDoc = {
  _id: 'condition-alopecia-totalis-universalis',
  _type: 'condition',
  _createdAt: '2026-05-18T09:00:00Z',
  _updatedAt: '2026-10-26T09:00:00Z',
  name: 'Alopecia totalis and universalis',
  slug: slug('alopecia-totalis-universalis'),
  alsoKnownAs: ['Total scalp hair loss', 'AT', 'AU'],
  summary:
    'Extensive forms of alopecia areata: loss of all scalp hair (totalis) or of all scalp and body hair, including eyebrows and eyelashes (universalis). Regrowth is possible but less likely than with a few patches.',
  causes: md(
    `Both are forms of [alopecia areata](condition:alopecia-areata), the autoimmune condition in which the immune system disrupts growing hair follicles. They can develop quickly from patchy alopecia areata or appear over a longer period. As with patchy disease, genes play a part, and other autoimmune or allergic conditions are more common in people who have it.`,
  ),
  signs: md(`- Loss of all, or almost all, hair on the scalp (totalis).
- Loss of eyebrows, eyelashes, beard and body hair as well (universalis).
- Smooth scalp skin, usually without scarring, redness or scaling.
- Changes to the nails, such as pitting, in some people.`),
  howSmpHelps: [
    ...md(`With no hair left to blend into, SMP is used to create the look of a closely shaved head across the whole scalp, with a hairline designed to suit the face. Many people with alopecia totalis or universalis find this gives a settled, everyday look without wigs, though others prefer wigs or a bare scalp; all are valid choices.

SMP does not affect the immune process or the chance of regrowth. If hair returns, it grows through the pigmented skin normally.`),
    callout(
      'info',
      'Some people with extensive alopecia areata are offered newer tablet treatments by a dermatologist. If you are starting one, it is usually worth waiting to see how your hair responds before planning SMP.',
      'Check for medical options first',
    ),
  ],
  whoItSuits: md(`- People whose hair loss has been extensive and stable for some time.
- People who would like the look of a shaved head and accept it will need occasional touch-ups.`),
  whenNotSuitable: md(`- During or shortly after starting a treatment that may regrow hair.
- If the scalp skin is inflamed or irritated.
- For eyebrows: brow micropigmentation is a different technique, offered by other specialists.`),
  heroImage: image(
    'even-texture',
    'Front view of a head and shoulders with an even, fine dot texture across the whole scalp, like closely shaved hair',
  ),
  relatedFaqs: [ref('faq-smp-with-alopecia-areata'), ref('faq-do-i-need-to-shave-my-head')],
  relatedArticles: [
    ref('article-smp-for-alopecia-areata'),
    ref('article-smp-procedure-step-by-step'),
  ],
  medicalReviewer: ref('person-amara-okafor'),
  lastReviewed: '2026-10-26',
  nextReviewDue: '2027-10-26',
  medicalCodes: { icd10: 'L63.0' },
  seo: seo(
    'Alopecia totalis and universalis: SMP options',
    'What alopecia totalis and universalis are, how they relate to alopecia areata, and how SMP can create the look of a closely shaved head.',
  ),
};
