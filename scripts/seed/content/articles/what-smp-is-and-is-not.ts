import { callout, image, md, quote, ref } from '../../lib/pt.ts';
import { seo, slug, type ArticleDoc } from '../model.ts';

export const whatSmpIsAndIsNot: ArticleDoc = {
  _id: 'article-what-smp-is-and-is-not',
  _type: 'article',
  _createdAt: '2025-11-03T09:00:00Z',
  _updatedAt: '2026-08-18T14:00:00Z',
  title: 'What scalp micropigmentation is, and what it is not',
  slug: slug('what-smp-is-and-is-not'),
  excerpt:
    'SMP is a cosmetic tattoo that imitates the look of short hair. It can make hair loss much less noticeable, but it does not regrow hair or treat its cause. Here is an honest overview.',
  heroImage: image(
    'follicle-pattern',
    'Close-up illustration of skin covered in tiny dark dots, with a magnifying glass enlarging a few of them',
  ),
  body: [
    ...md(`Scalp micropigmentation, usually shortened to SMP, has become one of the most talked-about options for people living with hair loss. It is also one of the most misunderstood. Some people expect it to bring hair back; others assume it will look like a painted-on helmet. Neither is true. This guide sets out plainly what the treatment does, what it cannot do, and how to tell whether it might suit you.

## What SMP actually is

SMP is a specialised form of cosmetic tattooing. A practitioner uses a very fine needle to place thousands of tiny dots of pigment into the upper layer of the skin of the scalp. Each dot is about the size of the opening of a hair follicle, and they are layered at slightly different sizes and shades so that, from a normal viewing distance, the scalp looks like it is covered with closely cut hair.

### How it differs from an ordinary tattoo

Although the principle is the same, the technique is different from body art in several ways:

- **Depth.** The pigment is placed more shallowly than in most tattoos, which helps each dot stay small and sharp instead of spreading.
- **Pigment.** SMP pigments are formulated to heal to a neutral grey-black or brown that matches stubble, without turning blue or green over time.
- **Needles.** Practitioners use very fine needle groupings designed to make a single, crisp impression.
- **Design.** The aim is irregularity. Real follicles are not arranged in rows, so a good practitioner varies spacing, size and tone on purpose.

## What SMP can do

Used well, SMP can change how hair loss looks quite dramatically. Common goals include:

- recreating the look of a full, closely shaved head with a defined hairline;
- adding the impression of density where hair is thin but still present, so the scalp shows through less;
- disguising scars from hair transplant surgery or injury;
- softening the contrast of bald patches, for example in [alopecia areata](condition:alopecia-areata).

Many clients tell us the biggest change is not in the mirror but in everyday life: no more angling away from overhead lights or worrying about wind and rain.`),
    quote(
      'The best thing SMP can offer is an end to the daily effort of hiding hair loss. The most important thing a practitioner can offer is honesty that it changes how the scalp looks, not the hair loss itself.',
      'Dr Amara Okafor, consultant dermatologist',
    ),
    ...md(`## What SMP is not

Being clear about the limits is the most important part of any consultation.

### It does not regrow hair

The pigment sits in the skin, not in the follicle. It does not stimulate growth, and it does not stop further loss. If you are hoping to slow hair loss, that is a conversation for your GP, a pharmacist or a dermatologist, who can explain medical treatments and whether they suit you. SMP can usually be combined with those treatments.

### It does not treat the cause

Hair loss has many causes: genes and hormones, autoimmune conditions, scarring conditions, thyroid problems, iron deficiency, some medicines and more. SMP does nothing to any of these, which is why we ask anyone whose hair loss is new, sudden, patchy or uncomfortable to get a diagnosis first.

### It does not look like long hair

SMP imitates the stubble of cut hair. It cannot create length, texture or movement. It works best for people who keep their hair very short, or who want extra density under short-to-medium hair.

### It does not stay unchanged for ever

Pigment slowly softens and lightens over years. Sun exposure, some skincare products and your own skin all affect how fast. Most people need an occasional touch-up to keep the look fresh, so it is worth thinking of SMP as long-lasting rather than fixed.`),
    callout(
      'info',
      'Before any cosmetic treatment for hair loss, ask your GP or a dermatologist what is causing it. Some causes are treatable, and a few need prompt medical care.',
      'Diagnosis first',
    ),
    ...md(`## Who tends to be a good candidate

SMP is often a good fit for people who:

1. have a stable or slowly changing pattern of hair loss;
2. are happy to wear their hair very short, or want added density rather than length;
3. have healthy, calm skin on the scalp;
4. understand that results vary and that upkeep will be needed.

It may not be the right choice straight away if your hair loss is changing quickly, if the skin is inflamed, or if you have a history of keloid scarring. Our guide to [choosing a practitioner](article:choosing-an-smp-practitioner) lists questions to ask at any clinic.

## Risks and side effects

Most people have some redness and tenderness for a day or two. Less often there can be small scabs, an allergic reaction to the pigment, or an infection, and if the pigment is placed too deep it can spread and look blurred. A patch test and careful aftercare reduce these risks, and choosing a licensed clinic with good hygiene matters more than anything.

## The bottom line

SMP is a cosmetic tool, not a medical treatment. For the right person it can make hair loss far less noticeable and take a daily worry away. For others, a different approach, or simply a diagnosis and time, will be the better first step. A good consultation should leave you clear about which group you are in, with no pressure to book.`),
  ],
  author: ref('person-jordan-hale'),
  medicalReviewer: ref('person-amara-okafor'),
  publishedAt: '2025-11-03T09:00:00Z',
  updatedAt: '2026-08-18T14:00:00Z',
  lastReviewed: '2026-08-18',
  relatedConditions: [ref('condition-male-pattern-baldness'), ref('condition-alopecia-areata')],
  category: 'understanding-smp',
  tags: ['basics', 'expectations', 'hair loss'],
  seo: seo(
    'What SMP is (and is not): an honest guide',
    'Scalp micropigmentation explained: how it imitates short hair, what it can and cannot do, who it suits, the risks, and why a diagnosis comes first.',
  ),
};
