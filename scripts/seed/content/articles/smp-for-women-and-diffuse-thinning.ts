import { callout, image, md, ref } from '../../lib/pt.ts';
import { seo, slug, type ArticleDoc } from '../model.ts';

export const smpForWomen: ArticleDoc = {
  _id: 'article-smp-for-women-and-diffuse-thinning',
  _type: 'article',
  _createdAt: '2026-04-20T09:00:00Z',
  _updatedAt: '2026-09-28T12:00:00Z',
  title: 'SMP for women and diffuse thinning',
  slug: slug('smp-for-women-and-diffuse-thinning'),
  excerpt:
    'For women with a widening parting or thinning all over, SMP is used differently: no shaved look, just less scalp showing through longer hair. What to know first.',
  heroImage: image(
    'diffuse-thinning',
    'Top view of a head with a centre parting; hair is thinner near the parting and fine grey dots fill the gaps on one side',
  ),
  body: [
    ...md(`Most pictures of scalp micropigmentation show men with shaved heads, so many women do not realise it can be used for them at all. It can, but in a different way. For women with thinning hair the aim is not to imitate stubble; it is to reduce the contrast between hair and scalp, so that a parting looks narrower and the scalp shows through less under the hair you already have.

## Why diffuse thinning happens

Thinning across the top of the scalp in women has several possible causes, and some are very treatable. That is why a diagnosis matters before any cosmetic step.

### Female pattern hair loss

The most common cause is [female pattern hair loss](condition:female-pattern-hair-loss), a gradual thinning over the crown and top of the head that widens the parting while the frontal hairline usually stays in place. It has a genetic element and is influenced by hormones, and it often becomes more noticeable around the menopause.

### Other causes worth ruling out

- **Shedding after a trigger** (telogen effluvium), such as childbirth, illness, surgery, rapid weight loss or severe stress. Hair usually recovers within months.
- **Iron deficiency or thyroid problems,** which a simple blood test can check.
- **Hormonal conditions** such as polycystic ovary syndrome.
- **Some medicines,** and changes in hormonal contraception or HRT.
- **Tight hairstyles,** which can cause [traction alopecia](condition:traction-alopecia) along the hairline and temples.

If your hair loss started suddenly, comes out in patches, or your scalp is itchy, sore or scaly, please see your GP or a dermatologist first.`),
    callout(
      'info',
      'If your hair is shedding heavily right now, wait. Shedding after a trigger often settles and regrows, and SMP placed during a shed may not match the hair you have a few months later.',
      'Shedding is a reason to pause',
    ),
    ...md(`## How SMP is used for women

### Density, not a hairline

For most women we do not create a hairline or a shaved effect. Instead we place fine, soft dots between existing hairs in the thinning areas: along the parting, over the crown, and sometimes at the temples. The hair is worn at its usual length and covers the dots; what changes is that less pale scalp shows through.

### Colour matching

Pigment is chosen to match the shade of the hair at the root and the skin tone, usually slightly lighter than the hair so that dots read as shadow rather than as marks. Very fair, red, grey or white hair gives less contrast to work with, so the effect is subtler, and we will tell you honestly whether it is worth doing.

### Sessions

As with any SMP, there are usually two or three sessions some days apart. The hair is parted in sections as we work, and you do not need to cut or shave it.`),
    image(
      'diffuse-thinning',
      'Top view of a parting: dark hair thins towards the centre line, with fine grey dots added between hairs on the right',
      'Dots between existing hairs reduce the contrast along a widening parting.',
    ),
    ...md(`## What it can and cannot do

SMP can make a widening parting and a see-through crown less noticeable, and many women find it reduces the time spent styling hair to hide the scalp. It can be combined with medical treatment such as minoxidil; the lotion is usually paused for a few days around each session, so check with your prescriber.

It does not thicken the hair itself, add volume, or slow thinning. It also depends on having some hair left in the area; where the scalp is fully bare, the look of hair length cannot be created.

## Questions women often ask

1. **Will people be able to tell?** Under hair, well-placed dots are not usually noticeable, even close up. Directly on a bare parting in bright light they can be seen, which is why we use a light, restrained touch.
2. **What if I colour my hair?** Large changes in hair colour can make the pigment look too dark or too light. If you dye your hair, tell us the shade you usually keep.
3. **What about going grey?** As hair greys, dark pigment can start to show. Softer, lighter pigment can help, and touch-ups can lighten the overall look over time.
4. **Is it safe during pregnancy or breastfeeding?** We do not offer SMP during pregnancy or while breastfeeding, as a precaution.

## Practical points

Women often prefer longer appointments spread over fewer visits, or evening or weekend slots; ask what is possible. Aftercare is the same as for anyone else, described in our [aftercare guide](article:smp-aftercare), with one addition: avoid hair dye, bleach and chemical treatments on the scalp for about four weeks after each session.

## Talking it through

Hair loss can feel especially hard for women to talk about, because it is less expected and less visible in everyday conversation. A good practitioner will give you privacy, time and straight answers, and will be comfortable telling you if SMP is not the right choice for you.`),
  ],
  author: ref('person-priya-shah'),
  medicalReviewer: ref('person-amara-okafor'),
  publishedAt: '2026-04-20T09:00:00Z',
  updatedAt: '2026-09-28T12:00:00Z',
  lastReviewed: '2026-09-28',
  relatedConditions: [
    ref('condition-female-pattern-hair-loss'),
    ref('condition-traction-alopecia'),
  ],
  category: 'conditions',
  tags: ['women', 'diffuse thinning', 'parting', 'density'],
  seo: seo(
    'SMP for women and diffuse hair thinning',
    'How scalp micropigmentation is used for women with a widening parting or diffuse thinning, which causes to rule out first, and what to expect.',
  ),
};
