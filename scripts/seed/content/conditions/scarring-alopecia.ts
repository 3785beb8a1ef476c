import { callout, image, md, ref } from '../../lib/pt.ts';
import { seo, slug, type ConditionDoc } from '../model.ts';

export const scarringAlopecia: ConditionDoc = {
  _id: 'condition-scarring-alopecia',
  _type: 'condition',
  _createdAt: '2026-06-08T09:00:00Z',
  _updatedAt: '2026-11-09T09:00:00Z',
  name: 'Scarring alopecia (FFA and LPP)',
  slug: slug('scarring-alopecia'),
  alsoKnownAs: [
    'Cicatricial alopecia',
    'Frontal fibrosing alopecia',
    'Lichen planopilaris',
    'FFA',
    'LPP',
  ],
  summary:
    'A group of inflammatory conditions that destroy hair follicles and replace them with scar tissue, so hair in affected areas does not regrow. Frontal fibrosing alopecia and lichen planopilaris are the most common forms.',
  causes: md(
    `In scarring alopecias, inflammation around the upper part of the follicle damages the stem cells that regrow hair. Frontal fibrosing alopecia (FFA) mainly affects women after the menopause, though it is seen in men and younger women too; it is considered a form of lichen planopilaris (LPP). The exact triggers are not known, and research into hormones, genes and environmental factors continues.`,
  ),
  signs: md(`- A hairline that steadily moves back, often with a band of pale, smooth skin (FFA).
- Thinning or loss of the eyebrows, sometimes before scalp changes.
- Redness and scaling around individual hairs at the edge of the affected area.
- Itching, burning or tenderness of the scalp.
- Patches of shiny skin without visible follicle openings (LPP).

Scarring alopecia needs a dermatologist's diagnosis, often with a scalp biopsy, and early treatment to calm the inflammation can help preserve hair.`),
  howSmpHelps: [
    ...md(
      `Once the condition has been stable for a sustained period, confirmed by your dermatologist, SMP can soften the contrast of a receded hairline or of smooth patches by placing dots that match the surrounding hair. Scarred skin takes pigment less predictably, so more sessions and a cautious approach are usual.`,
    ),
    callout(
      'warning',
      'We do not pigment skin affected by active inflammatory scarring alopecia. Needle trauma to inflamed skin may aggravate it, and the area of loss may keep changing. Treatment is only considered with your dermatologist’s agreement that the condition is quiet.',
      'Active disease is a reason to wait',
    ),
  ],
  whoItSuits:
    md(`- People whose scarring alopecia has been inactive for a sustained period, as judged by their dermatologist.
- People with a stable receded hairline or settled scarred patches who understand results on scar tissue vary.`),
  whenNotSuitable:
    md(`- Any sign of active disease: redness, scaling, itching, burning or continued hair loss.
- Without a dermatologist's diagnosis and agreement.
- Expecting hair regrowth: scarred follicles cannot produce hair, with or without SMP.`),
  heroImage: image(
    'frontal-band',
    'Front view of a face with a pale band between a dotted original hairline and a higher current hairline',
  ),
  relatedFaqs: [ref('faq-smp-with-scarring-alopecia'), ref('faq-who-should-not-have-smp')],
  relatedArticles: [
    ref('article-what-smp-is-and-is-not'),
    ref('article-choosing-an-smp-practitioner'),
  ],
  medicalReviewer: ref('person-amara-okafor'),
  lastReviewed: '2026-11-09',
  nextReviewDue: '2027-11-09',
  medicalCodes: { icd10: 'L66.1' },
  seo: seo(
    'Scarring alopecia (FFA and LPP) and SMP',
    'Frontal fibrosing alopecia and lichen planopilaris explained, why active inflammation rules out SMP, and when camouflage may be considered.',
  ),
};
