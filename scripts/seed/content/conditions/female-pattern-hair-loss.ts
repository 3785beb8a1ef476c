import { callout, image, md, ref } from '../../lib/pt.ts';
import { seo, slug, type ConditionDoc } from '../model.ts';

export const femalePatternHairLoss: ConditionDoc = {
  _id: 'condition-female-pattern-hair-loss',
  _type: 'condition',
  _createdAt: '2026-04-20T09:00:00Z',
  _updatedAt: '2026-09-28T12:00:00Z',
  name: 'Female pattern hair loss',
  slug: slug('female-pattern-hair-loss'),
  alsoKnownAs: ['Diffuse thinning', 'Androgenetic alopecia in women', 'Widening parting'],
  summary:
    'Gradual thinning over the top and crown of the scalp in women, usually with the front hairline kept. It widens the parting and lets the scalp show through, and often becomes more noticeable around the menopause.',
  causes:
    md(`Female pattern hair loss runs in families and is influenced by hormones. Affected follicles slowly shrink and produce finer, shorter hairs, so the overall volume falls even though the number of follicles may change little at first.

Several other conditions cause diffuse thinning in women and need ruling out, including iron deficiency, thyroid disease, hormonal conditions such as polycystic ovary syndrome, some medicines, and heavy shedding after childbirth, illness or stress (telogen effluvium). A GP can arrange simple blood tests.`),
  signs:
    md(`- A parting that gradually becomes wider, sometimes in a "Christmas tree" shape towards the front.
- More scalp visible over the crown, especially under bright light.
- A ponytail that feels thinner, with finer individual hairs.
- The frontal hairline usually stays in place.

Doctors sometimes describe the severity using the Ludwig or Sinclair scales. Sudden heavy shedding, patches, or an itchy or sore scalp suggest another cause.`),
  howSmpHelps: [
    ...md(`SMP for diffuse thinning adds fine, soft dots between existing hairs along the parting and over the crown. The hair is kept at its usual length; the pigment reduces the contrast between hair and scalp, so thinning areas look denser. No shaved look or new hairline is created.

It does not thicken hair or slow thinning, and it can be combined with medical treatment. See [SMP for women and diffuse thinning](article:smp-for-women-and-diffuse-thinning).`),
    callout(
      'tip',
      'Pigment is matched to the hair at the root and the skin. Tell us if you regularly colour your hair, as a large change of shade can alter how the pigment looks.',
    ),
  ],
  whoItSuits: md(`- Women with stable, diagnosed thinning who still have hair over the area.
- People with medium to dark hair, where the contrast with the scalp is most visible.
- Those happy to keep their usual hair colour reasonably consistent.`),
  whenNotSuitable: md(`- Heavy active shedding: wait for it to settle and for the cause to be found.
- Very fair, grey or white hair, where the benefit may be small.
- Pregnancy and breastfeeding (we do not treat during these, as a precaution).
- An itchy, red or scaly scalp, which needs a doctor's assessment first.`),
  heroImage: image(
    'diffuse-thinning',
    'Top view of a head with a centre parting; hair is thinner near the parting and fine grey dots fill the gaps on one side',
  ),
  relatedFaqs: [
    ref('faq-can-women-have-smp'),
    ref('faq-smp-with-hair-loss-treatment'),
    ref('faq-will-smp-look-natural'),
  ],
  relatedArticles: [
    ref('article-smp-for-women-and-diffuse-thinning'),
    ref('article-smp-aftercare'),
  ],
  medicalReviewer: ref('person-amara-okafor'),
  lastReviewed: '2026-09-28',
  nextReviewDue: '2027-09-28',
  medicalCodes: { icd10: 'L64.9' },
  seo: seo(
    'Female pattern hair loss and SMP',
    'Female pattern hair loss explained: signs, causes to rule out, and how scalp micropigmentation can reduce the look of a widening parting.',
  ),
};
