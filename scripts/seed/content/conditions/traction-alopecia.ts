import { callout, image, md, ref } from '../../lib/pt.ts';
import { seo, slug, type ConditionDoc } from '../model.ts';

export const tractionAlopecia: ConditionDoc = {
  _id: 'condition-traction-alopecia',
  _type: 'condition',
  _createdAt: '2026-05-04T09:00:00Z',
  _updatedAt: '2026-10-12T09:00:00Z',
  name: 'Traction alopecia',
  slug: slug('traction-alopecia'),
  alsoKnownAs: ['Hairline thinning from tight styles'],
  summary:
    'Hair loss caused by long-term pulling on the hair, usually from tight braids, ponytails, buns, weaves or extensions. Caught early it can recover; after years of tension the follicles can scar and stop producing hair.',
  causes:
    md(`Repeated tension on hair pulls on the follicle. Over months and years this inflames and damages it. Common causes include tight braids, cornrows, locs, buns and ponytails, heavy extensions and weaves, and tight headwear worn every day. Chemical relaxers can add to the damage.

In its early stage the loss is reversible if the tension stops. When it has gone on for a long time, follicles can be replaced by scar tissue and the hair loss becomes lasting.`),
  signs:
    md(`- Thinning or receding along the front hairline and temples, or wherever the hair is pulled hardest.
- Short, broken hairs and a "fringe" of fine hairs at the very edge of the hairline.
- Small bumps, redness or soreness in the pulled areas early on.
- Smooth, shiny skin in long-standing areas.`),
  howSmpHelps: [
    ...md(`The first step is always to reduce the tension: looser styles and breaks between braids or extensions. A dermatologist can tell you whether regrowth is still possible.

Where the loss has settled and regrowth is not expected, SMP can rebuild the look of the hairline and temples by placing dots that match the surrounding hair, worn either short or with hair styled to blend over the area.`),
    callout(
      'warning',
      'SMP cannot protect follicles from further pulling. If tight styles continue, hair loss can spread beyond the treated area.',
      'Change the styling first',
    ),
  ],
  whoItSuits:
    md(`- People whose traction hair loss has been stable for some time after changing styles.
- People with a thinned hairline or temples who keep the surrounding hair short or can style it to blend.`),
  whenNotSuitable: md(`- While tight styling continues or the hair loss is still active.
- If the scalp is red, bumpy or sore.
- Before a dermatologist has assessed whether regrowth is still possible.`),
  heroImage: image(
    'traction',
    'Side view of a head with hair pulled tightly back into a bun; the temple area is circled and shows thinning',
  ),
  relatedFaqs: [ref('faq-smp-and-traction-alopecia'), ref('faq-who-should-not-have-smp')],
  relatedArticles: [
    ref('article-smp-for-women-and-diffuse-thinning'),
    ref('article-choosing-an-smp-practitioner'),
  ],
  medicalReviewer: ref('person-amara-okafor'),
  lastReviewed: '2026-10-12',
  nextReviewDue: '2027-10-12',
  medicalCodes: { icd10: 'L65.8' },
  seo: seo(
    'Traction alopecia: causes, signs and SMP',
    'Traction alopecia comes from long-term pulling on the hair. Learn the signs, why early change matters, and when SMP can rebuild a thinned hairline.',
  ),
};
