import { callout, image, md, ref } from '../../lib/pt.ts';
import { seo, slug, type ConditionDoc } from '../model.ts';

export const alopeciaAreata: ConditionDoc = {
  _id: 'condition-alopecia-areata',
  _type: 'condition',
  _createdAt: '2025-10-01T09:00:00Z',
  _updatedAt: '2026-09-14T10:00:00Z',
  name: 'Alopecia areata',
  slug: slug('alopecia-areata'),
  alsoKnownAs: ['Patchy hair loss', 'Spot baldness', 'AA'],
  summary:
    'An autoimmune condition in which the immune system disturbs the hair follicles, causing smooth, usually round patches of hair loss. Hair often regrows, but the course is unpredictable and patches can come and go.',
  causes:
    md(`In alopecia areata the body's immune system targets the growing hair follicle. The follicle is not destroyed, which is why hair can grow back, but while the attack continues it stops producing a visible hair.

Why this happens is not fully understood. Genes play a part, and people with alopecia areata are more likely to have, or to have relatives with, other autoimmune or allergic conditions such as thyroid disease, vitiligo, eczema or asthma. Stress and illness are sometimes noticed before a flare, but they are not thought to be the root cause.`),
  signs:
    md(`- One or more smooth, round or oval bald patches, often coin-sized, on the scalp or in the beard.
- Short broken hairs that narrow towards the skin at the edge of a patch.
- Sometimes tingling or mild itch before a patch appears.
- Small pits or ridges in the nails for some people.
- Less often, loss of all scalp hair or all body hair: [alopecia totalis or universalis](condition:alopecia-totalis-universalis).

Patchy hair loss has several possible causes, including fungal infection and scarring conditions, so a GP or dermatologist should make the diagnosis.`),
  howSmpHelps: [
    ...md(`Scalp micropigmentation can make patches far less noticeable by placing fine dots of pigment that match the look of short, closely cut hair around them. It suits people who keep their hair very short or shaved, because the pigment then blends with the stubble of the surrounding scalp.

SMP changes how the scalp looks; it does not affect the immune process, so it neither prevents new patches nor stops hair regrowing. If hair returns in a treated area it grows through the pigment normally.`),
    callout(
      'warning',
      'Alopecia areata can be active and relapsing. New patches may appear next to treated ones, so we agree timing with you (and, where relevant, your dermatologist) and avoid treating skin that is inflamed or has recently had steroid injections.',
      'Timing matters',
    ),
  ],
  whoItSuits:
    md(`- People whose patches have been stable for some time and who prefer a short or shaved style.
- People with extensive or total scalp hair loss who would like the look of a closely shaved head.
- People who understand that touch-ups or extra work may be needed if the pattern of hair loss changes.`),
  whenNotSuitable: md(`- Hair loss that has not yet been diagnosed: see a doctor first.
- Patches that are spreading quickly, or skin that is red, scaly or sore.
- Shortly after steroid injections into the area (your dermatologist can advise on a gap).
- If you plan to grow your hair long and mainly want coverage under longer hair, other options may suit better.`),
  heroImage: image(
    'patchy-scalp',
    'Illustration of a head seen from above with three round bald patches; one patch is filled with fine pigment dots',
    'Round, smooth patches are typical of alopecia areata.',
  ),
  relatedFaqs: [
    ref('faq-smp-with-alopecia-areata'),
    ref('faq-does-smp-make-hair-grow'),
    ref('faq-is-smp-safe'),
  ],
  relatedArticles: [ref('article-smp-for-alopecia-areata'), ref('article-what-smp-is-and-is-not')],
  medicalReviewer: ref('person-amara-okafor'),
  lastReviewed: '2026-09-14',
  nextReviewDue: '2027-09-14',
  medicalCodes: { icd10: 'L63.9', mesh: 'D000506' },
  seo: seo(
    'Alopecia areata and scalp micropigmentation',
    'What alopecia areata is, its signs and causes, and when scalp micropigmentation can help disguise patches, with advice on timing during active disease.',
  ),
};
