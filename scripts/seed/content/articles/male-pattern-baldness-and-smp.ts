import { callout, image, md, ref } from '../../lib/pt.ts';
import { seo, slug, type ArticleDoc } from '../model.ts';

export const malePatternBaldnessAndSmp: ArticleDoc = {
  _id: 'article-male-pattern-baldness-and-smp',
  _type: 'article',
  _createdAt: '2025-12-01T09:00:00Z',
  _updatedAt: '2026-10-02T11:00:00Z',
  title: 'Male pattern baldness and SMP: planning for the long term',
  slug: slug('male-pattern-baldness-and-smp'),
  excerpt:
    'Male pattern baldness usually keeps progressing. Here is how scalp micropigmentation fits in, how a hairline is chosen, and why a good plan looks years ahead.',
  heroImage: image(
    'hairline-diagram',
    'Illustration of a face with three dotted hairline options drawn across the forehead, the middle one solid',
  ),
  body: [
    ...md(`Male pattern baldness, known medically as androgenetic alopecia, affects a large share of men at some point in their lives. For some it starts in their early twenties with a receding hairline; for others it is a thinning crown noticed in a photo taken from above. Scalp micropigmentation is one of several ways men choose to deal with it. This article explains where it fits, and the decisions that make the difference between a result that still looks right in ten years and one that does not.

## Why male pattern baldness behaves the way it does

In men who inherit the tendency, hair follicles on the top and front of the scalp are sensitive to dihydrotestosterone (DHT). Over time that sensitivity shortens the growing phase of each hair and shrinks the follicle, so hairs become finer and shorter until some stop appearing. Follicles at the back and sides are usually less sensitive, which is why a horseshoe of hair often remains. You can read more about the signs on our [male pattern baldness condition page](condition:male-pattern-baldness).

The key fact for anyone considering SMP is that the process is usually **progressive**. The pattern you have today is unlikely to be the pattern you have in ten years.

## The main options, side by side

Men generally choose one or more of the following:

- **Medical treatment.** Tablets and lotions can slow loss, and for some men improve density, while they are used. A GP, pharmacist or dermatologist can explain the benefits, side effects and costs.
- **Hair transplant surgery.** Follicles are moved from the back of the scalp to thinning areas. It needs enough donor hair, leaves scars, and does not stop loss of the untreated hair around the grafts.
- **Scalp micropigmentation.** Pigment recreates the look of short stubble. It needs no donor hair and suits men happy with a very short style, but it does not grow hair or slow loss.
- **Doing nothing, or shaving it off.** A perfectly reasonable choice, and the one SMP most often builds on.

These are not exclusive. Many of our clients use medical treatment, and some have had transplants; SMP can add density behind transplanted hair or disguise a transplant scar.

## How SMP is used for male pattern baldness

### The full shaved look

The most common request is the look of a freshly clipped head with a defined hairline. We treat the whole thinning area and blend it into the natural hair at the sides and back, which is then kept clipped to a similar length.

### Density for thinning hair

Men who still have reasonable coverage sometimes want to reduce the contrast between hair and scalp, especially at the crown. Pigment between the existing hairs makes the scalp show through less. This works best with hair kept short; the longer the hair, the less the effect is seen.`),
    image(
      'hairline-diagram',
      'Face with three candidate hairlines marked: a low and a high dotted line, and a solid line between them',
      'Hairline height is a judgement about age, face shape and the years ahead.',
    ),
    ...md(`## Choosing a hairline that will age well

The hairline is the single most visible part of the result, and the place where enthusiasm most often leads people astray. A very low, straight, sharply defined hairline can look striking on day one and out of place a decade later.

A good hairline design usually:

1. sits at a height that suits your age and face, often with a slight recession at the temples;
2. has a soft, irregular front edge rather than a hard line;
3. follows the natural shape of your head;
4. is agreed with you in front of a mirror, drawn on before any pigment is placed.

We would always rather start conservatively. A hairline can be brought forward at a later session; one that is too low is much harder to correct.`),
    callout(
      'tip',
      'Ask to see the planned hairline drawn on your scalp and take photos from the front and side. Live with the drawing for a few minutes, or come back another day, before you agree to it.',
      'Take your time over the hairline',
    ),
    ...md(`## Planning for future hair loss

Because male pattern baldness usually continues, we ask where it is likely to go next. If you still have thinning hair at the crown that you expect to lose, we may pigment that area too, so that as hair is lost the look stays consistent under a clipped style.

It also means being realistic about hairstyle. SMP imitates stubble, so if you plan to grow your hair longer in the future, pigmented areas can show where the hair is thin. Most men who choose SMP commit to keeping their hair short.

## What to expect

Most men need two or three sessions, some days apart, to build up density gradually. Some redness is normal afterwards and usually settles within a day or two. Pigment softens over the years, and most people have a top-up every few years. Our guides to [the procedure](article:smp-procedure-step-by-step) and [aftercare](article:smp-aftercare) cover this in detail.

## Before you book

Check that your hair loss really is male pattern baldness. Sudden shedding, patches, or an itchy, painful or scaly scalp point to other causes that should be seen by a doctor. If you are starting or changing medical treatment, it can be sensible to wait until your hair has settled so that the plan reflects the hair you will actually keep.`),
  ],
  author: ref('person-jordan-hale'),
  medicalReviewer: ref('person-amara-okafor'),
  publishedAt: '2025-12-01T09:00:00Z',
  updatedAt: '2026-10-02T11:00:00Z',
  lastReviewed: '2026-10-02',
  relatedConditions: [ref('condition-male-pattern-baldness')],
  category: 'conditions',
  tags: ['male pattern baldness', 'hairline', 'planning'],
  seo: seo(
    'Male pattern baldness and SMP: a long-term plan',
    'How scalp micropigmentation fits alongside other options for male pattern baldness, how a natural hairline is chosen, and planning for future loss.',
  ),
};
