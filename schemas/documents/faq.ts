import { HelpCircleIcon } from '@sanity/icons/HelpCircle';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { slugField } from '../fields/slugField.ts';
import { requiredBodyRules, requiredCopyRules } from '../validation/index.ts';

/** FAQ categories, in the order the FAQ page shows them. */
export const FAQ_CATEGORIES = [
  { title: 'About SMP', value: 'about-smp' },
  { title: 'Suitability', value: 'suitability' },
  { title: 'The procedure', value: 'procedure' },
  { title: 'Aftercare', value: 'aftercare' },
  { title: 'Cost and booking', value: 'cost-and-booking' },
  { title: 'Safety', value: 'safety' },
] as const;

/** One question and answer on the FAQ page (and on related condition pages). */
export const faq = defineType({
  name: 'faq',
  title: 'FAQ',
  type: 'document',
  icon: HelpCircleIcon,
  description: 'A frequently asked question with a short, honest answer.',
  fields: [
    defineField({
      name: 'question',
      title: 'Question',
      type: 'string',
      description: 'Phrase it the way a visitor would ask it, e.g. "Does SMP hurt?"',
      validation: requiredCopyRules,
    }),
    slugField({
      source: 'question',
      description:
        'Used to link straight to this answer, e.g. /faq/#does-smp-hurt. Click Generate after writing the question.',
    }),
    defineField({
      name: 'answer',
      title: 'Answer',
      type: 'body',
      description:
        'Answer in the first sentence, then add detail. Most answers need one or two short paragraphs.',
      validation: requiredBodyRules,
    }),
    defineField({
      name: 'category',
      title: 'Category',
      type: 'string',
      description: 'The heading this question appears under on the FAQ page.',
      options: { list: FAQ_CATEGORIES.map((category) => ({ ...category })) },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'relatedConditions',
      title: 'Related conditions',
      type: 'array',
      description: 'Condition pages this question is relevant to; it is also shown there.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'condition' }] })],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'order',
      title: 'Position in category',
      type: 'number',
      description:
        'Lower numbers come first within the category (10, 20, 30… leaves room to insert questions later).',
      validation: (rule) => rule.integer().min(0),
    }),
  ],
  orderings: [
    {
      title: 'Category, then position',
      name: 'categoryOrder',
      by: [
        { field: 'category', direction: 'asc' },
        { field: 'order', direction: 'asc' },
      ],
    },
  ],
  preview: {
    select: { title: 'question', category: 'category', order: 'order' },
    prepare: ({ title, category, order }) => {
      const label =
        FAQ_CATEGORIES.find((entry) => entry.value === category)?.title ?? 'No category';
      return {
        title,
        subtitle: typeof order === 'number' ? `${label} · #${order}` : label,
        media: HelpCircleIcon,
      };
    },
  },
});
