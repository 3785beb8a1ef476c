import { callout, image, md, ref } from '../../lib/pt.ts';
import { seo, slug, type ArticleDoc } from '../model.ts';

export const smpProcedure: ArticleDoc = {
  _id: 'article-smp-procedure-step-by-step',
  _type: 'article',
  _createdAt: '2026-01-12T09:00:00Z',
  _updatedAt: '2026-07-20T09:30:00Z',
  title: 'The SMP procedure, step by step',
  slug: slug('smp-procedure-step-by-step'),
  excerpt:
    'From the first consultation to the final review: what happens at each stage of scalp micropigmentation, how long it takes and what it feels like.',
  heroImage: image(
    'clinic-room',
    'Flat illustration of a bright treatment room with a padded treatment couch, an adjustable lamp, a window and a plant',
  ),
  body: [
    ...md(`Knowing what will happen, and when, takes much of the worry out of any treatment. Scalp micropigmentation is usually spread over several weeks: a consultation, a patch test, two or three treatment sessions and a review. Here is each stage as it works at our clinic. Other clinics will differ in the details, but the broad shape should be similar wherever you go.

## Stage 1: the consultation

The consultation is the most important appointment, and it should never feel like a sales meeting. Expect it to last around 45 minutes to an hour.

### What we look at

- Your hair loss: its pattern, how long it has been changing, and whether it has been diagnosed.
- Your scalp: skin tone, texture, any scars, moles, flaking or irritation.
- Your health: skin conditions, allergies, medicines (especially blood thinners or drugs that affect healing) and any history of keloid scarring.
- Your expectations: the look you want, how you wear your hair now and in future, and any photos you have brought.

### What you should leave with

You should understand what SMP can and cannot do for you, the number of sessions likely, the total cost including touch-ups, and the risks. If your hair loss has not been assessed by a doctor and looks anything other than typical pattern hair loss, we will ask you to see one first. See [what SMP is and is not](article:what-smp-is-and-is-not) for the basics.

## Stage 2: the patch test

A small number of dots are placed in a discreet area. We check them over the next week or two for any sign of allergy and to see how the pigment heals on your skin. Reactions are rare, but the test also helps us choose the right shade.

## Stage 3: designing the hairline and shade

At the first treatment session we draw the proposed hairline and the edges of the treated area on your scalp with a removable pencil. You check it from every angle in the mirror, and we adjust until you are happy. We then mix or select a pigment shade against your skin and any remaining hair, usually starting slightly lighter than the final goal.`),
    image(
      'pigment-density',
      'Three swatches of skin with pigment dots, sparse in the first, denser in the second and densest in the third',
      'Density is built up over sessions rather than all at once.',
    ),
    ...md(`## Stage 4: the treatment sessions

Most people need **two or three sessions**, spaced from several days to two weeks apart. Each session typically lasts between two and four hours, depending on the area.

1. **First session.** We lay down a light, even foundation of dots across the whole area, including the hairline. It will look softer and sparser than the end result, on purpose.
2. **Second session.** Once the skin has settled, we add density, fill gaps and refine the hairline. Dots are placed at slightly different sizes and depths so they read as individual follicles.
3. **Third session (if needed).** We fine-tune shade and density, paying attention to blending into natural hair and to areas such as the crown or scar tissue that hold pigment differently.

### What it feels like

Most people describe a scratching or prickling sensation. The hairline, temples and crown tend to be more sensitive; the sides and back less so. We take breaks whenever you need them. Numbing creams are sometimes used, but they can change how the skin takes pigment, so talk to your practitioner before using one.

### Straight afterwards

Redness and slight swelling are normal and usually settle within a day or two. Dots can look darker and sharper at first, then soften as the skin heals over the following weeks.`),
    callout(
      'warning',
      'Contact the clinic, or your GP or NHS 111 out of hours, if you notice redness that spreads or worsens after the first couple of days, increasing pain, heat, pus or a fever. These can be signs of infection, which is uncommon but needs prompt treatment.',
      'When to seek advice',
    ),
    ...md(`## Stage 5: aftercare between sessions

The days after each session matter. Keeping the scalp dry, avoiding heavy sweating and staying out of the sun all help the pigment settle evenly. Our [aftercare guide](article:smp-aftercare) sets this out day by day.

## Stage 6: the review

About four to six weeks after the last session we see you again. Healed pigment often looks slightly different from fresh pigment, so this is when we check for any patchy areas, adjust shade and decide whether a short top-up is needed.

## After that: touch-ups over the years

SMP is long-lasting but not unchanging. Pigment gradually softens and lightens, particularly with sun exposure. Many people book a touch-up every few years, but the timing varies from person to person. If your hair loss changes, for example with [male pattern baldness](condition:male-pattern-baldness) progressing, the treated area may also need to be extended.

## A realistic timeline

From consultation to the final review is often six to ten weeks. It is worth planning around holidays, sport and important events, because you will want to avoid sun and heavy exercise for a while after each session.`),
  ],
  author: ref('person-jordan-hale'),
  medicalReviewer: ref('person-amara-okafor'),
  publishedAt: '2026-01-12T09:00:00Z',
  updatedAt: '2026-07-20T09:30:00Z',
  lastReviewed: '2026-07-20',
  relatedConditions: [ref('condition-male-pattern-baldness'), ref('condition-alopecia-areata')],
  category: 'procedure',
  tags: ['procedure', 'sessions', 'consultation', 'patch test'],
  seo: seo(
    'The SMP procedure, step by step | Pointwell',
    'What happens at each stage of scalp micropigmentation: consultation, patch test, hairline design, two or three sessions, aftercare and review.',
  ),
};
