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
  }),
  faq({
    slug: 'how-long-does-smp-last',
    category: 'about-smp',
    order: 3,
    updated: '2026-07-15',
    question: 'How long does SMP last?',
    answer: `The pigment gradually softens and lightens over the years. Many people find a touch-up session every few years keeps the look crisp, but how quickly it fades varies with your skin type, sun exposure, skincare products and the pigment used. Plan for upkeep rather than expecting the first result to stay unchanged for life.`,
  }),
  // Safety
  faq({
    slug: 'is-smp-safe',
    category: 'safety',
    order: 1,
    updated: '2026-08-10',
    question: 'Is scalp micropigmentation safe?',
    answer: `Performed by a trained practitioner in a licensed, hygienic clinic, SMP is generally well tolerated. Like any tattoo it carries some risk:

- redness, tenderness and mild swelling for a day or two are common;
- infection is uncommon and usually linked to poor hygiene or aftercare;
- allergic reactions to pigment are rare, which is why we offer a patch test;
- pigment can spread or look blurred if it is placed too deep.

Tell us about any skin conditions, allergies, medicines or history of keloid scarring at your consultation. If you notice spreading redness, heat, pus or a fever after treatment, contact your GP or NHS 111 promptly.`,
  }),
];
