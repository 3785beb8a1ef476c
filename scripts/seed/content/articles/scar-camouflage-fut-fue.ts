import { callout, image, md, ref } from '../../lib/pt.ts';
import { seo, slug, type ArticleDoc } from '../model.ts';

export const scarCamouflage: ArticleDoc = {
  _id: 'article-scar-camouflage-fut-fue',
  _type: 'article',
  _createdAt: '2026-03-16T09:00:00Z',
  _updatedAt: '2026-08-03T10:00:00Z',
  title: 'Camouflaging hair transplant scars with SMP',
  slug: slug('scar-camouflage-fut-fue'),
  excerpt:
    'Strip (FUT) and FUE hair transplants both leave scars that can show under short hair. How SMP can disguise them, when to wait, and what to expect.',
  heroImage: image(
    'scar-camouflage',
    'Back of a head with a pale horizontal scar and small round scars; on the right half, pigment dots hide them',
  ),
  body: [
    ...md(`Hair transplant surgery moves hair from the back and sides of the head to where it is thinning. It can work well, but it always leaves scars in the donor area. Under longer hair they are usually hidden. The problem comes when someone wants to wear their hair short, or when hair loss around the scars makes them more visible. Scalp micropigmentation is one of the most common ways to disguise them.

## The two kinds of donor scar

### FUT (strip) scars

In follicular unit transplantation, a strip of scalp is removed from the back of the head and the wound is stitched closed. This leaves a single line, usually running from ear to ear. Many heal as a fine line; others stretch and widen over the following months, and the scar tissue is often paler than the surrounding skin and has no hair.

### FUE scars

In follicular unit extraction, individual groups of follicles are removed with a tiny punch. This leaves many small round dot scars scattered across the donor area. They are less obvious than a strip scar, but where many grafts have been taken, or the donor area has been over-harvested, the back of the head can look thin or speckled when clipped short.

## How SMP helps

SMP places pigment into and around the scar so that it matches the dots of clipped hair around it. The scar is still there, but the eye no longer picks out a pale line or a pattern of white spots. It is used to:

- break up the straight edge of a strip scar so it blends into the surrounding hair;
- tone down pale FUE dots and restore an even look to a thinned donor area;
- add density across the whole scalp, so transplanted and non-transplanted areas look consistent under a short style.

SMP does not change the texture of a scar. A raised or indented scar will still catch the light at certain angles, even when its colour matches.`),
    image(
      'scar-camouflage',
      'Split view of a donor area: on the left a pale scar line and round scars, on the right the same scars hidden by dots',
      'Pigment is placed into and around the scar so that it reads as part of the surrounding hair.',
    ),
    ...md(`## Timing: let the scar mature first

Scars keep changing for many months after surgery. They start red and firm, then gradually flatten and fade, and during that time they can also widen. Pigmenting a scar too early risks the colour settling unevenly, or the scar stretching after treatment.

We usually wait until:

1. the wound has fully healed, with no scabs, redness or tenderness;
2. the scar has matured: flat, pale and soft, which often takes six to twelve months, sometimes longer;
3. any further surgery is planned or ruled out, because a later procedure can change the area.

Your surgeon is a good person to ask about how your scar is healing. If the scar is raised, itchy or growing beyond the original wound, it may be a hypertrophic or keloid scar, which needs a doctor's assessment before anyone considers tattooing over it.`),
    callout(
      'info',
      'Scar tissue has a different structure and blood supply from normal skin, so it can take pigment unpredictably. We always patch test on the scar itself, and expect an extra session compared with unscarred skin.',
      'Scar tissue behaves differently',
    ),
    ...md(`## What treatment involves

The plan is similar to any SMP treatment, described in our [step-by-step guide](article:smp-procedure-step-by-step), with a few differences:

- **More sessions.** Scar tissue often needs three or more sessions, because some pigment may not hold the first time.
- **Lighter hand.** Pigment is placed carefully and gradually to avoid spreading, which is more likely in thin or fragile scar tissue.
- **Blending beyond the scar.** We extend the pigment a little into the surrounding hair so the edge of the treated area does not show.

## Who it tends to suit

SMP for scars works best for people who keep the donor area clipped fairly short, whose scars are flat and mature, and who have some hair around the scar to blend into. It can still help where the hair is very thin, by treating a wider area.

It is less suitable if the scar is still pink or changing, if it is raised or keloid, or if you want to wear your hair long and mainly want coverage under length.

## Scars from other causes

The same approach can help with scars from injury or from other scalp surgery. We ask for clearance from the doctor who treated you, particularly after neurosurgery or radiotherapy, because the skin there may heal differently.

For a wider look at when SMP fits and when it does not, see our page on [scarring from hair transplant surgery](condition:hair-transplant-scarring) and [what SMP is and is not](article:what-smp-is-and-is-not).`),
  ],
  author: ref('person-priya-shah'),
  medicalReviewer: ref('person-amara-okafor'),
  publishedAt: '2026-03-16T09:00:00Z',
  updatedAt: '2026-08-03T10:00:00Z',
  lastReviewed: '2026-08-03',
  relatedConditions: [
    ref('condition-hair-transplant-scarring'),
    ref('condition-male-pattern-baldness'),
  ],
  category: 'conditions',
  tags: ['scars', 'hair transplant', 'FUT', 'FUE'],
  seo: seo(
    'Hair transplant scar camouflage with SMP',
    'How scalp micropigmentation disguises FUT strip and FUE donor scars, why scars should mature first, and what treatment on scar tissue involves.',
  ),
};
