import { image, md, ref } from '../../lib/pt.ts';
import { seo, slug, type ConditionDoc } from '../model.ts';

export const malePatternBaldness: ConditionDoc = {
  _id: 'condition-male-pattern-baldness',
  _type: 'condition',
  _createdAt: '2025-10-01T09:00:00Z',
  _updatedAt: '2026-10-02T10:00:00Z',
  name: 'Male pattern baldness',
  slug: slug('male-pattern-baldness'),
  alsoKnownAs: ['Androgenetic alopecia', 'Male pattern hair loss'],
  summary:
    'The most common cause of hair loss in men: an inherited sensitivity of scalp follicles to male hormones that slowly thins hair at the temples and crown. It is gradual and usually continues over many years.',
  causes:
    md(`Male pattern baldness is driven by genes and hormones. In susceptible follicles, dihydrotestosterone (DHT), a hormone made from testosterone, gradually shortens the growing phase of each hair. Over successive cycles the follicles shrink and produce finer, shorter, lighter hairs until some stop producing visible hair.

It can run on either side of the family and can begin at any age after puberty. It is not caused by wearing hats, washing your hair often or using hair products.`),
  signs: md(`- A hairline that recedes at the temples, often into an M shape.
- Thinning at the crown that slowly widens.
- Finer, shorter hairs in the affected areas.
- Gradual change over months and years, usually with a healthy-looking scalp.

Doctors often describe the stage using the Norwood–Hamilton scale. Sudden shedding, patchy loss, or itching, pain or scaling are not typical and should be checked by a doctor.`),
  howSmpHelps:
    md(`For men who like, or are happy with, a closely shaved look, scalp micropigmentation recreates the appearance of short stubble across the whole scalp, with a defined hairline designed to suit your age and face. For men who keep some hair, it can add the look of density behind thinning hair that is worn short.

SMP does not slow or reverse male pattern baldness. Because the condition usually progresses, a good plan allows for future loss: for example by treating areas that are likely to thin later, so the result still looks natural in years to come. SMP can be combined with medical treatment or a hair transplant; see [male pattern baldness and SMP](article:male-pattern-baldness-and-smp).`),
  whoItSuits: md(`- Men at any stage who are comfortable keeping their hair very short.
- Men who want to disguise a thinning crown or add density behind a transplanted hairline.
- Men who have tried or ruled out medical treatment and want a low-maintenance look.`),
  whenNotSuitable: md(`- If you want the look of long hair: SMP imitates stubble, not length.
- Active scalp problems such as a flare of psoriasis, folliculitis or an infection.
- A tendency to keloid scars, until discussed with a doctor.
- Hair loss that is not typical of male pattern baldness and has not been assessed.`),
  heroImage: image(
    'hairline-diagram',
    'Illustration of a face with three dotted hairline options drawn across the forehead, the middle one solid',
    'Hairline height is chosen to suit age and face shape.',
  ),
  relatedFaqs: [
    ref('faq-who-is-smp-suitable-for'),
    ref('faq-how-long-does-smp-last'),
    ref('faq-smp-with-hair-loss-treatment'),
  ],
  relatedArticles: [
    ref('article-male-pattern-baldness-and-smp'),
    ref('article-what-smp-is-and-is-not'),
    ref('article-smp-procedure-step-by-step'),
  ],
  medicalReviewer: ref('person-amara-okafor'),
  lastReviewed: '2026-10-02',
  nextReviewDue: '2027-10-02',
  medicalCodes: { icd10: 'L64.9' },
  seo: seo(
    'Male pattern baldness: causes, signs and SMP',
    'Why male pattern baldness happens, how it usually progresses, and how scalp micropigmentation can disguise it, including planning for future hair loss.',
  ),
};
