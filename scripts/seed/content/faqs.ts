import { md, ref } from '../lib/pt.ts';
import { slug, type FaqCategory, type FaqDoc } from './model.ts';

interface FaqInput {
  slug: string;
  category: FaqCategory;
  order: number;
  question: string;
  answer: string;
  conditions?: string[];
  /** ISO date the answer was last edited. */
  updated: string;
}

function faq(input: FaqInput): FaqDoc {
  const doc: FaqDoc = {
    _id: `faq-${input.slug}`,
    _type: 'faq',
    _createdAt: '2025-10-01T09:00:00Z',
    _updatedAt: `${input.updated}T09:00:00Z`,
    question: input.question,
    slug: slug(input.slug),
    answer: md(input.answer),
    category: input.category,
    order: input.order,
  };
  if (input.conditions) doc.relatedConditions = input.conditions.map((c) => ref(`condition-${c}`));
  return doc;
}

export const faqs: FaqDoc[] = [
  // About SMP
  faq({
    slug: 'what-is-scalp-micropigmentation',
    category: 'about-smp',
    order: 1,
    updated: '2026-06-01',
    question: 'What is scalp micropigmentation?',
    answer: `Scalp micropigmentation (SMP) is a specialised cosmetic tattoo. Thousands of very small dots of pigment are placed in the upper layer of the skin to look like the short stubble of hair follicles, which makes bald or thinning areas look fuller or gives the look of a closely shaved head.

It is a way of **concealing** hair loss. It does not grow hair, and it does not treat whatever is causing the hair loss. Read more in [what SMP is and is not](article:what-smp-is-and-is-not).`,
  }),
  faq({
    slug: 'does-smp-make-hair-grow',
    category: 'about-smp',
    order: 2,
    updated: '2026-06-01',
    question: 'Will SMP make my hair grow back?',
    answer: `No. The pigment sits in the skin and has no effect on the follicles, so it neither helps nor harms hair growth. If you are also using a medical treatment for hair loss, SMP can usually be combined with it: tell your doctor and your practitioner about both.`,
    conditions: ['male-pattern-baldness', 'alopecia-areata'],
  }),
  faq({
    slug: 'how-long-does-smp-last',
    category: 'about-smp',
    order: 3,
    updated: '2026-07-15',
    question: 'How long does SMP last?',
    answer: `The pigment gradually softens and lightens over the years. Many people find a touch-up session every few years keeps the look crisp, but how quickly it fades varies with your skin type, sun exposure, skincare products and the pigment used. Plan for upkeep rather than expecting the first result to stay unchanged for life.`,
  }),
  faq({
    slug: 'will-smp-look-natural',
    category: 'about-smp',
    order: 4,
    updated: '2026-07-15',
    question: 'Will it look natural?',
    answer: `Done well, SMP is hard to tell apart from closely cut hair at a normal distance. What makes it look natural is **skill**: dots of varied size and tone, a soft and age-appropriate hairline, a shade matched to your skin and hair, and restraint. Ask any practitioner for photos of _healed_ work on people similar to you. See [how to choose a practitioner](article:choosing-an-smp-practitioner).`,
  }),
  faq({
    slug: 'smp-with-hair-loss-treatment',
    category: 'about-smp',
    order: 5,
    updated: '2026-09-01',
    question: 'Can I have SMP while using hair loss medicines?',
    answer: `Usually, yes. SMP sits alongside tablets or lotions rather than replacing them. Lotions applied to the scalp are normally paused for a few days around each session while the skin heals; ask your prescriber before stopping anything. If a treatment is new, it can be worth waiting a few months so the plan reflects the hair you keep.`,
    conditions: ['male-pattern-baldness', 'female-pattern-hair-loss'],
  }),
  // Suitability
  faq({
    slug: 'who-is-smp-suitable-for',
    category: 'suitability',
    order: 1,
    updated: '2026-08-10',
    question: 'Who is SMP suitable for?',
    answer: `SMP tends to suit people who:

- have hair loss that has been diagnosed and is stable or changing slowly;
- are happy to wear their hair very short, or want added density under short-to-medium hair;
- have calm, healthy skin on the scalp;
- understand that results vary and occasional touch-ups are needed.

The consultation is where we work out together whether it fits you.`,
    conditions: ['male-pattern-baldness'],
  }),
  faq({
    slug: 'smp-with-alopecia-areata',
    category: 'suitability',
    order: 2,
    updated: '2026-09-14',
    question: 'Can I have SMP if I have alopecia areata?',
    answer: `Often, yes, but timing matters. Alopecia areata can be active and relapsing, so we prefer a period when no new patches have appeared for some months and the skin is calm, and we follow your dermatologist's advice, for example after steroid injections. SMP does not stop new patches or affect regrowth. Read [SMP for alopecia areata](article:smp-for-alopecia-areata).`,
    conditions: ['alopecia-areata', 'alopecia-totalis-universalis'],
  }),
  faq({
    slug: 'can-women-have-smp',
    category: 'suitability',
    order: 3,
    updated: '2026-09-28',
    question: 'Can women have scalp micropigmentation?',
    answer: `Yes. For women with a widening parting or diffuse thinning, SMP is used to add density between existing hairs, which are kept at their usual length, rather than to create a shaved look. It works best with medium to dark hair. Other causes of thinning, such as iron or thyroid problems, should be checked first. See [SMP for women](article:smp-for-women-and-diffuse-thinning).`,
    conditions: ['female-pattern-hair-loss'],
  }),
  faq({
    slug: 'smp-over-transplant-scars',
    category: 'suitability',
    order: 4,
    updated: '2026-08-03',
    question: 'Can SMP hide hair transplant scars?',
    answer: `It can make FUT strip scars and FUE dot scars much less visible by matching their colour to the surrounding short hair, although a raised or dented scar may still catch the light. Scars should be fully mature first, which often takes six to twelve months. See [scar camouflage](article:scar-camouflage-fut-fue).`,
    conditions: ['hair-transplant-scarring'],
  }),
  faq({
    slug: 'smp-with-scarring-alopecia',
    category: 'suitability',
    order: 5,
    updated: '2026-11-09',
    question: 'Is SMP possible with frontal fibrosing alopecia or lichen planopilaris?',
    answer: `Only when the condition has been inactive for a sustained period and your dermatologist agrees. We do not pigment skin with active inflammation, because needle trauma may aggravate it and the area of loss may keep changing. Results on scarred skin are less predictable. See our page on [scarring alopecia](condition:scarring-alopecia).`,
    conditions: ['scarring-alopecia'],
  }),
  faq({
    slug: 'smp-and-traction-alopecia',
    category: 'suitability',
    order: 6,
    updated: '2026-10-12',
    question: 'Can SMP help with traction alopecia?',
    answer: `It can rebuild the look of a thinned hairline or temples once the hair loss has settled, but the first step is to loosen tight styles so the follicles are not pulled further. Early traction hair loss can recover, so ask a dermatologist whether regrowth is still possible before choosing a cosmetic option. See [traction alopecia](condition:traction-alopecia).`,
    conditions: ['traction-alopecia'],
  }),
  // Procedure
  faq({
    slug: 'how-many-sessions',
    category: 'procedure',
    order: 1,
    updated: '2026-07-20',
    question: 'How many sessions will I need?',
    answer: `Most people need **two or three sessions**, spaced from several days to two weeks apart, so density can be built up gradually. Scar tissue often needs one more. A review about four to six weeks after the last session checks how the pigment has healed. The [procedure guide](article:smp-procedure-step-by-step) explains each stage.`,
  }),
  faq({
    slug: 'does-smp-hurt',
    category: 'procedure',
    order: 2,
    updated: '2026-07-20',
    question: 'Does SMP hurt?',
    answer: `Most people describe a scratching or prickling feeling rather than pain. The hairline, temples and crown are usually the most sensitive areas. You can take breaks whenever you need them. If you are thinking of using a numbing cream, ask your practitioner first, as some can affect how the skin takes pigment.`,
  }),
  faq({
    slug: 'how-long-is-a-session',
    category: 'procedure',
    order: 3,
    updated: '2026-07-20',
    question: 'How long does each session take?',
    answer: `Typically two to four hours, depending on the size of the area and the stage of treatment. Small scar or patch treatments can be shorter. Wear a comfortable top that buttons or zips at the front, and bring something to listen to.`,
  }),
  faq({
    slug: 'do-i-need-to-shave-my-head',
    category: 'procedure',
    order: 4,
    updated: '2026-07-20',
    question: 'Do I need to shave my head?',
    answer: `For the closely shaved look, yes: the surrounding hair is clipped very short before each session and kept that way so it blends with the pigment. For density work under longer hair, common for women, the hair is parted in sections and not cut.`,
    conditions: ['male-pattern-baldness', 'female-pattern-hair-loss'],
  }),
  faq({
    slug: 'what-is-a-patch-test',
    category: 'procedure',
    order: 5,
    updated: '2026-08-03',
    question: 'What is a patch test and do I need one?',
    answer: `A few dots of pigment are placed in a discreet area, usually a week or two before your first session. We check it for any reaction, which is rare, and see how the shade heals on your skin. We recommend one for everyone, and always for scar tissue or if you have sensitive skin or allergies.`,
    conditions: ['hair-transplant-scarring'],
  }),
  // Aftercare
  faq({
    slug: 'when-can-i-wash-my-head',
    category: 'aftercare',
    order: 1,
    updated: '2026-06-30',
    question: 'When can I wash my head after SMP?',
    answer: `Keep the scalp dry for the first four days after each session. After that, wash gently with lukewarm water and a mild, unscented shampoo, and pat dry. Full details are in our [aftercare guide](article:smp-aftercare).`,
  }),
  faq({
    slug: 'exercise-after-smp',
    category: 'aftercare',
    order: 2,
    updated: '2026-06-30',
    question: 'When can I go back to the gym?',
    answer: `Avoid anything that makes you sweat for the first four days. Light exercise is usually fine after about a week; leave intense training, hot yoga and saunas until around four weeks after your final session.`,
  }),
  faq({
    slug: 'sun-after-smp',
    category: 'aftercare',
    order: 3,
    updated: '2026-06-30',
    question: 'Can I go in the sun after SMP?',
    answer: `Keep the treated scalp out of direct sun for four weeks; wear a loose, clean hat if you need to go out. Once healed, use a high-factor sun cream or a hat whenever you are outdoors for long. Sunlight is the main reason pigment fades.`,
  }),
  faq({
    slug: 'can-i-swim-after-smp',
    category: 'aftercare',
    order: 4,
    updated: '2026-06-30',
    question: 'When can I swim?',
    answer: `Wait about four weeks before swimming in pools or the sea, or using hot tubs and steam rooms. Chlorine and salt water can irritate healing skin and fade fresh pigment.`,
  }),
  // Cost and booking
  faq({
    slug: 'how-much-does-smp-cost',
    category: 'cost-and-booking',
    order: 1,
    updated: '2026-10-05',
    question: 'How much does SMP cost?',
    answer: `It depends on the area and what it needs. At our clinic, prices start from £450 for a small scar or patch and are usually £1,500 to £2,600 for a full scalp over all sessions. You get a written quote at your consultation that includes the review appointment, with no hidden extras. Be cautious of prices far below the norm, which can mean short cuts.`,
  }),
  faq({
    slug: 'is-the-consultation-free',
    category: 'cost-and-booking',
    order: 2,
    updated: '2026-10-05',
    question: 'Is the consultation free?',
    answer: `Yes. Consultations at our Manchester clinic are free and there is no obligation to book. Call [0161 496 0734](tel:+441614960734) or email [hello@pointwell.example](mailto:hello@pointwell.example).`,
  }),
  faq({
    slug: 'how-much-are-touch-ups',
    category: 'cost-and-booking',
    order: 3,
    updated: '2026-10-05',
    question: 'What do touch-ups cost?',
    answer: `The review four to six weeks after treatment is included in your quote. Later touch-ups, usually every few years as the pigment softens, start from £300 for a full scalp refresh and are priced on how much work is needed.`,
  }),
  faq({
    slug: 'is-smp-available-on-the-nhs',
    category: 'cost-and-booking',
    order: 4,
    updated: '2026-10-05',
    question: 'Is SMP available on the NHS?',
    answer: `SMP is a cosmetic treatment and is not normally funded by the NHS. If your hair loss has a medical cause, ask your GP about diagnosis, medical treatment and whether you can get a wig on prescription (charges may apply).`,
  }),
  // Safety
  faq({
    slug: 'is-smp-safe',
    category: 'safety',
    order: 1,
    updated: '2026-08-10',
    question: 'Is scalp micropigmentation safe?',
    answer: `Performed by a trained practitioner in a registered, hygienic clinic, SMP is generally well tolerated. Like any tattoo it carries some risk:

- redness, tenderness and mild swelling for a day or two are common;
- infection is uncommon and usually linked to poor hygiene or aftercare;
- allergic reactions to pigment are rare, which is why we offer a patch test;
- pigment can spread or look blurred if it is placed too deep.

Tell us about any skin conditions, allergies, medicines or history of keloid scarring at your consultation. If you notice spreading redness, heat, pus or a fever after treatment, contact your GP or NHS 111 promptly.`,
  }),
  faq({
    slug: 'who-should-not-have-smp',
    category: 'safety',
    order: 2,
    updated: '2026-10-12',
    question: 'Who should not have SMP?',
    answer: `We do not treat, or we ask you to wait, if you:

- are under 18, pregnant or breastfeeding;
- have undiagnosed hair loss, or active scalp inflammation, infection, psoriasis or eczema on the area;
- have a history of keloid scars, until discussed with a doctor;
- take blood-thinning medicines or have a condition affecting healing, unless your doctor agrees;
- have active [scarring alopecia](condition:scarring-alopecia) or rapidly changing [alopecia areata](condition:alopecia-areata).`,
    conditions: ['scarring-alopecia', 'alopecia-areata', 'traction-alopecia'],
  }),
  faq({
    slug: 'allergic-reaction-to-pigment',
    category: 'safety',
    order: 3,
    updated: '2026-08-10',
    question: 'Can I be allergic to the pigment?',
    answer: `It is rare, but possible, as with any tattoo pigment. Signs include itching, raised bumps or swelling in the pigmented dots, sometimes appearing days or weeks later. A patch test before treatment lowers the chance of a surprise. If you react, contact us and your GP.`,
  }),
  faq({
    slug: 'can-smp-be-removed',
    category: 'safety',
    order: 4,
    updated: '2026-08-10',
    question: 'Can SMP be removed if I change my mind?',
    answer: `Laser tattoo removal can usually lighten SMP pigment substantially over several sessions, but complete removal is not certain and there is a small risk of skin changes. Because of this, we plan conservatively: a hairline can be brought forward later much more easily than it can be taken back.`,
  }),
];
