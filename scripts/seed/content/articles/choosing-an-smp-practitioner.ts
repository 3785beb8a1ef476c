import { callout, image, md, ref } from '../../lib/pt.ts';
import { seo, slug, type ArticleDoc } from '../model.ts';

export const choosingAPractitioner: ArticleDoc = {
  _id: 'article-choosing-an-smp-practitioner',
  _type: 'article',
  _createdAt: '2026-05-11T09:00:00Z',
  _updatedAt: '2026-10-19T09:00:00Z',
  title: 'How to choose an SMP practitioner',
  slug: slug('choosing-an-smp-practitioner'),
  excerpt:
    'Training, hygiene, council registration, a portfolio of healed work and an honest consultation: what to check before you let anyone pigment your scalp.',
  heroImage: image(
    'consultation',
    'Flat illustration of two people talking across a small table, with speech bubbles above them',
  ),
  body: [
    ...md(`Scalp micropigmentation is only as good as the person doing it. The equipment is widely available and training courses vary enormously, so results across the industry range from excellent to very poor. Poor work can be hard to correct: pigment placed too deep spreads, and an unnatural hairline is difficult to hide. The time you spend choosing a practitioner is the best investment you can make.

## Training and experience

There is currently no single national qualification for SMP in the UK, so ask directly:

- **Where did you train, and for how long?** Look for substantial hands-on training with supervision on real clients, not just a short online course.
- **How long have you been doing SMP, and how many clients have you treated?** Experience matters especially for women, scars and alopecia areata.
- **Do you do SMP all the time?** A practitioner who mainly does other tattooing or cosmetic work may not have the same eye for follicle-sized dots.
- **Do you keep up to date?** Good practitioners keep learning, including infection control.

## Registration and licensing

In England, anyone who tattoos, including SMP, must be registered with their local council for skin piercing or tattooing, and so must the premises they work in. Registration comes with hygiene byelaws that councils can inspect against. In London, many boroughs use a special treatment licence instead. Scotland and Wales have their own licensing schemes.

Ask to see the registration certificate; it is often displayed in the treatment room. If a practitioner works from home or a mobile setting, ask how that space is registered. Also ask whether they hold professional indemnity and public liability insurance.`),
    callout(
      'warning',
      'It is illegal to tattoo anyone under 18 in England, Scotland and Wales, and a responsible clinic will check your age. Be wary of any provider who cannot show council registration, who offers treatment without a consultation, or who pressures you to book on the day.',
      'Red flags',
    ),
    ...md(`## Hygiene you can see

A clean, well-run clinic should show you, without being asked twice:

1. single-use, sealed needle cartridges opened in front of you and discarded after your session;
2. fresh gloves and barrier film on equipment and surfaces;
3. a sharps bin and clinical waste disposal;
4. a clean, uncluttered treatment room with a hand-washing sink;
5. written aftercare instructions and a way to contact them if you have concerns.`),
    image(
      'clinic-room',
      'Tidy treatment room with a couch covered for treatment, a lamp, a small trolley of sealed supplies and a window',
      'A clean, uncluttered room with single-use supplies is the baseline.',
    ),
    ...md(`## A portfolio of healed results

Fresh SMP often looks sharper and darker than it will once healed, and photos straight after treatment can flatter. Ask to see:

- **healed results,** ideally several months or more after treatment;
- **clients similar to you** in skin tone, age, hair colour and type of hair loss;
- **close-ups and photos in natural light,** not only heavily filtered images;
- if possible, **a chance to speak to a past client.**

Look at the hairlines in particular. Natural hairlines are soft and slightly irregular, and suit the person's age.

## Pigments and the patch test

Ask which pigment the practitioner uses, whether it is designed for SMP, and whether batch numbers are recorded in your notes. A good clinic will offer a patch test before the first session, both to check for a reaction, which is rare, and to see how the shade heals on your skin.

## What a good consultation looks like

A consultation should be about you, not the price list. The practitioner should ask about your health, medicines, allergies and skin, and whether your hair loss has been diagnosed. If it has not, or if it looks like something other than pattern hair loss, they should suggest you see a doctor first. Read our guide to [what SMP is and is not](article:what-smp-is-and-is-not) before you go.

### Questions to ask

- What result can I realistically expect, given my hair loss and skin?
- How many sessions will I need, how far apart, and how long is each?
- What is the total cost, including touch-ups, and what happens if I am unhappy?
- How would you approach my hairline, and can I see it drawn on first?
- What are the risks, and what should I do if I have a problem after treatment?
- If my hair loss changes, such as [alopecia areata](condition:alopecia-areata) patches returning, what would you do?

You should leave with clear answers in writing and no pressure to decide. Any claim that the result will be perfect, or will last unchanged for ever, is a reason to look elsewhere.

## Price

SMP is not cheap, because it takes many hours of skilled work. Very low prices can mean short cuts in training, time or hygiene. Compare what is included, rather than the headline figure, and be cautious of deals that expire the same day.

For what happens once you have chosen a clinic, see [the procedure step by step](article:smp-procedure-step-by-step).`),
  ],
  author: ref('person-jordan-hale'),
  medicalReviewer: ref('person-amara-okafor'),
  publishedAt: '2026-05-11T09:00:00Z',
  updatedAt: '2026-10-19T09:00:00Z',
  lastReviewed: '2026-10-19',
  relatedConditions: [ref('condition-male-pattern-baldness'), ref('condition-alopecia-areata')],
  category: 'choosing-a-clinic',
  tags: ['choosing a clinic', 'licensing', 'hygiene', 'consultation'],
  seo: seo(
    'How to choose an SMP practitioner in the UK',
    'What to check before booking scalp micropigmentation: training, council registration, hygiene, healed portfolio, pigments, patch test and questions.',
  ),
};
