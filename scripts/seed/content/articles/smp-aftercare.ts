import { callout, image, md, ref } from '../../lib/pt.ts';
import { seo, slug, type ArticleDoc } from '../model.ts';

export const smpAftercare: ArticleDoc = {
  _id: 'article-smp-aftercare',
  _type: 'article',
  _createdAt: '2026-01-26T09:00:00Z',
  _updatedAt: '2026-06-30T16:00:00Z',
  title: 'SMP aftercare: the first days, the first weeks and the years',
  slug: slug('smp-aftercare'),
  excerpt:
    'How to look after your scalp after micropigmentation: washing, sweating, sun, exercise and shaving, and how to keep the result looking fresh as pigment fades.',
  heroImage: image(
    'aftercare',
    'Three cards on teal: a shower head with water drops, a sun over a cap, and a calendar with two days highlighted',
  ),
  body: [
    ...md(`Good aftercare helps the pigment settle evenly and lowers the risk of infection. None of it is complicated, but the first few days are when it matters most. The timings below are the ones we give our own clients; your practitioner may give slightly different advice for your skin, and their written instructions should come first.

## The first 4 days: keep it dry and leave it alone

Straight after a session your scalp will be pink and may feel warm or tender, a bit like mild sunburn. This usually settles within a day or two.

- **Do not wash or wet the scalp.** Water and shampoo can lift pigment before the skin has closed over. If you need to wash your body, keep your head out of the shower.
- **Avoid sweating.** Skip the gym, running and saunas, and keep the room cool at night.
- **Do not touch, scratch or pick.** Tiny flakes may form over the dots. Let them fall away on their own.
- **Sleep on a clean pillowcase,** ideally a dark one, as a little pigment can transfer on the first night.
- **Do not shave the area.** Clipping and shaving resume once the skin has settled.

If you must go out in the sun, wear a loose, clean hat rather than sun cream on fresh skin.

## Days 5 to 28: gentle return to normal

Once the first few days have passed, you can gently wash your scalp with lukewarm water and a mild, unscented shampoo, patting it dry rather than rubbing. You can return to shaving, carefully, with a fresh blade or clippers.

### Exercise and sweating

Light exercise is usually fine after the first week. Leave hard training, hot yoga and saunas until around four weeks, because heavy sweating over many hours can affect how the pigment settles.

### Swimming

Avoid swimming pools, the sea, hot tubs and steam rooms for about four weeks. Chlorine and salt water can irritate healing skin and fade fresh pigment.

### Sun

Keep the scalp covered or out of direct sun for four weeks. Sunburn on freshly treated skin can blur and fade the dots.`),
    callout(
      'warning',
      'Some redness, dryness or mild itching is expected. Redness that spreads or gets worse after the first couple of days, increasing pain, heat, swelling, pus or a fever are not normal: contact us, your GP or NHS 111.',
      'Know the warning signs',
    ),
    ...md(`## Between sessions

If you are having a second or third session, the same rules apply after each one. Your practitioner will look at how the first layer has healed before adding more, so try not to judge the result too early: dots often look darker and sharper for the first week, then soften.`),
    image(
      'aftercare',
      'Three reminder cards: keep the scalp dry, keep it out of the sun, and give it time between sessions',
      'Dry, shaded and patient: the three rules of the first weeks.',
    ),
    ...md(`## The long term: keeping the result looking fresh

Once fully healed, SMP needs little daily care, but a few habits make a real difference to how long it looks crisp.

1. **Use sun protection.** Ultraviolet light is the main cause of fading. Use a high-factor sun cream on the scalp, or wear a hat, whenever you are outdoors for long.
2. **Moisturise.** A light, non-greasy, unscented moisturiser keeps the skin in good condition and stops the scalp looking shiny, which can make dots harder to see.
3. **Be careful with exfoliants.** Scrubs, acids and retinoid creams on the scalp speed up skin renewal and can fade pigment faster.
4. **Keep your hair length consistent.** If you have hair in or around the treated area, clipping it to a steady length keeps the blend natural.

## Fading and touch-ups

All SMP fades gradually. How fast depends on your skin, the sun you get, the products you use and the pigment. Most people choose a touch-up session every few years to restore depth and sharpen the hairline. This is normal maintenance, not a sign that something has gone wrong.

Touch-ups are also a chance to adjust the design: if your hair loss has progressed, as it often does with [male pattern baldness](condition:male-pattern-baldness), or if new patches have appeared with [alopecia areata](condition:alopecia-areata), the treated area can be extended.

## Frequently asked aftercare questions

### Can I wear a hat?

Yes, a loose, clean hat is fine and helpful in the sun. Avoid tight hats or helmets that rub in the first few days.

### When can I colour or treat my remaining hair?

Wait until the scalp is fully healed, usually about four weeks, and tell your hairdresser about the treatment.

### What about medical treatments for hair loss?

Most people can continue them, but check with the prescriber. Lotions applied to the scalp are usually paused for the first few days while the skin heals. The [procedure guide](article:smp-procedure-step-by-step) explains how sessions are spaced.`),
  ],
  author: ref('person-priya-shah'),
  medicalReviewer: ref('person-amara-okafor'),
  publishedAt: '2026-01-26T09:00:00Z',
  updatedAt: '2026-06-30T16:00:00Z',
  lastReviewed: '2026-06-30',
  relatedConditions: [ref('condition-male-pattern-baldness'), ref('condition-alopecia-areata')],
  category: 'aftercare',
  tags: ['aftercare', 'healing', 'sun protection', 'touch-ups'],
  seo: seo(
    'SMP aftercare: first days, weeks and years',
    'Aftercare for scalp micropigmentation: when to wash, exercise, swim and go in the sun, warning signs of infection, and how to slow fading.',
  ),
};
