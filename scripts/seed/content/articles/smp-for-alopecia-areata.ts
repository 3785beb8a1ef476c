import { callout, image, md, ref } from '../../lib/pt.ts';
import { seo, slug, type ArticleDoc } from '../model.ts';

export const smpForAlopeciaAreata: ArticleDoc = {
  _id: 'article-smp-for-alopecia-areata',
  _type: 'article',
  _createdAt: '2026-02-09T09:00:00Z',
  _updatedAt: '2026-09-14T10:00:00Z',
  title: 'SMP for the bald patches of alopecia areata',
  slug: slug('smp-for-alopecia-areata'),
  excerpt:
    'Alopecia areata causes round bald patches that can come and go. Here is how scalp micropigmentation can disguise them, why timing matters, and when to wait.',
  heroImage: image(
    'patchy-scalp',
    'Illustration of a head seen from above with three round bald patches; one patch is filled with fine pigment dots',
  ),
  body: [
    ...md(`Alopecia areata is different from the slow thinning most people picture when they think of hair loss. Patches can appear within weeks, sometimes regrow on their own, and sometimes return somewhere else. That unpredictability shapes how we approach scalp micropigmentation for people who live with it.

## A quick reminder of what alopecia areata is

Alopecia areata is an autoimmune condition: the immune system disrupts growing hair follicles, which then stop producing visible hair for a time. Because the follicles are usually not destroyed, regrowth is possible, and many people with a few small patches see hair return within a year. Others have a longer or relapsing course, and a minority lose all scalp hair (alopecia totalis) or all body hair (alopecia universalis). Our [alopecia areata condition page](condition:alopecia-areata) covers the signs and causes in more detail.

Diagnosis matters. Round patches can also be caused by a fungal infection, by pulling or by scarring conditions, so please see your GP or a dermatologist before considering any cosmetic treatment.

## How SMP can help with patches

SMP places tiny dots of pigment in the skin to match the look of closely cut hair. On a scalp with alopecia areata it can:

- reduce the contrast between a smooth patch and the short hair around it;
- give a consistent shaved look across the whole scalp for people with extensive loss;
- rebuild the look of a hairline or sideburns when those areas are affected.

It works best when the surrounding hair is kept very short, because the pigment is designed to imitate stubble. Under longer hair a patch can still be visible when the hair parts or moves.

### What it will not change

SMP does not influence the immune process. It will not stop new patches forming, and it will not prevent or speed up regrowth. If hair regrows in a treated patch, it grows through the pigmented skin normally; many people then simply keep their hair short so the two blend.`),
    callout(
      'warning',
      'If patches are appearing or spreading, or the skin is red or sore, it is usually better to wait. Treating active areas can mean pigmenting skin that later fills in with hair, or leave gaps when new patches appear nearby. Discuss timing with us and, where possible, with your dermatologist.',
      'Active disease: discuss timing first',
    ),
    ...md(`## Timing and stability

There is no fixed rule, but we look for a pattern that has been fairly stable for a while, often several months without new patches. We also ask about recent treatment: if you have had steroid injections into a patch, for example, we leave a gap and follow your dermatologist's advice.

Some dermatologists are cautious about any skin injury in people with active alopecia areata, because new patches have occasionally been reported at sites of trauma. The evidence here is limited, which is one more reason to choose a period when the condition is settled and to start with a small patch test.

## What a treatment plan looks like

### Consultation

We examine the scalp under good light, map current and past patches, and talk about how the condition has behaved for you. We will ask about other health conditions, medicines and allergies.

### Patch test

A few dots of pigment are placed in a discreet area and checked over the following week or two, both for any reaction and for how the colour heals on your skin.

### Sessions

Most people need two or three sessions, spaced from several days to a couple of weeks apart, building density gradually. For scattered patches the first session focuses on blending each patch into its surroundings; for extensive loss we treat the whole scalp to a consistent shade.

### Review and touch-ups

Because alopecia areata can change, we review the result after healing and again if your pattern of hair loss shifts. Extra work may be needed if new patches appear, and pigment softens over the years, so occasional touch-ups are normal.

## Practical questions people ask

1. **Will it hurt?** Most people describe a scratching sensation. Sensitivity varies, and skin on the crown and hairline can be more tender.
2. **Can eyebrows be treated too?** Eyebrow micropigmentation is a separate technique and is offered by some cosmetic practitioners; ask about their training.
3. **What if all my hair grows back?** The pigment remains under the hair. Under short hair it blends; under longer hair it is usually hidden.

## Living with uncertainty

Alopecia areata can be emotionally draining, partly because it is so hard to predict. Support groups, such as those run by UK hair loss charities, can help, and many people find it useful to talk to others before deciding on any treatment. If SMP becomes part of your plan, the right practitioner will be honest about what it can and cannot change, and will be happy for you to take your time.`),
  ],
  author: ref('person-jordan-hale'),
  medicalReviewer: ref('person-amara-okafor'),
  publishedAt: '2026-02-09T09:00:00Z',
  updatedAt: '2026-09-14T10:00:00Z',
  lastReviewed: '2026-09-14',
  relatedConditions: [ref('condition-alopecia-areata')],
  category: 'conditions',
  tags: ['alopecia areata', 'autoimmune', 'patches'],
  seo: seo(
    'SMP for alopecia areata patches: what to know',
    'How scalp micropigmentation can disguise the bald patches of alopecia areata, why stable disease and good timing matter, and what a treatment plan involves.',
  ),
};
