import { callout, image, md, ref } from '../../lib/pt.ts';
import { seo, slug, type ConditionDoc } from '../model.ts';

export const hairTransplantScarring: ConditionDoc = {
  _id: 'condition-hair-transplant-scarring',
  _type: 'condition',
  _createdAt: '2026-03-16T09:00:00Z',
  _updatedAt: '2026-08-03T10:00:00Z',
  name: 'Scarring from hair transplant surgery',
  slug: slug('hair-transplant-scarring'),
  alsoKnownAs: ['FUT strip scar', 'FUE donor scars', 'Donor area scarring'],
  summary:
    'Every hair transplant leaves scars where hair is taken from: a single line after strip (FUT) surgery or many small dots after FUE. They can show when hair is cut short or when surrounding hair thins.',
  causes: md(
    `In FUT surgery a strip of scalp is removed from the back of the head and the edges are stitched together, leaving a linear scar. In FUE surgery, small punches remove follicle groups one by one, leaving many tiny round scars. How visible the scars become depends on surgical technique, how much hair was taken, your skin's healing, and tension on the wound.`,
  ),
  signs:
    md(`- A pale or pink line across the back of the head, sometimes wider than a few millimetres.
- Small pale dots scattered across the back and sides, most visible when hair is clipped short.
- A thinner or patchy look in a heavily harvested donor area.
- Scar tissue with no hair growing through it.`),
  howSmpHelps: [
    ...md(
      `SMP places pigment into and around the scar so that it matches the dots of short hair around it. The scar's colour blends in and the eye no longer picks it out, though its texture does not change. It can also add density across a thinned donor area. See [camouflaging transplant scars](article:scar-camouflage-fut-fue).`,
    ),
    callout(
      'info',
      'Scars need time to mature before pigment is placed: often six to twelve months after surgery, until the scar is flat, pale and soft.',
      'Wait for the scar to settle',
    ),
  ],
  whoItSuits: md(`- People with flat, mature donor scars who want to wear their hair short.
- People whose donor area looks thin or speckled after FUE.
- Those who have finished, or have planned, any further transplant surgery.`),
  whenNotSuitable: md(`- Recent scars that are still red, firm or changing.
- Raised, itchy or spreading scars (hypertrophic or keloid), which need medical assessment.
- Scars from radiotherapy or neurosurgery without the treating doctor's agreement.`),
  heroImage: image(
    'scar-camouflage',
    'Back of a head with a pale horizontal scar and small round scars; on the right half, pigment dots hide them',
  ),
  relatedFaqs: [ref('faq-smp-over-transplant-scars'), ref('faq-what-is-a-patch-test')],
  relatedArticles: [
    ref('article-scar-camouflage-fut-fue'),
    ref('article-smp-procedure-step-by-step'),
  ],
  medicalReviewer: ref('person-amara-okafor'),
  lastReviewed: '2026-08-03',
  nextReviewDue: '2027-08-03',
  medicalCodes: { icd10: 'L90.5' },
  seo: seo(
    'Hair transplant scars: FUT and FUE camouflage',
    'Why FUT and FUE hair transplants leave donor scars, how they show under short hair, and when scalp micropigmentation can disguise them.',
  ),
};
