import { HeartIcon } from '@sanity/icons/Heart';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { slugField } from '../fields/slugField.ts';
import {
  noHealthClaims,
  requiredBodyRules,
  requiredCopyRules,
  reviewAfterLastReview,
  reviewNotOverdue,
} from '../validation/index.ts';

/** A hair-loss condition page (e.g. alopecia areata) and how SMP can or cannot help with it. */
export const condition = defineType({
  name: 'condition',
  title: 'Condition',
  type: 'document',
  icon: HeartIcon,
  description:
    'A page about a hair-loss condition. Every condition page is checked by a medical reviewer and must be re-reviewed by its review date.',
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'review', title: 'Medical review' },
    { name: 'links', title: 'Related content' },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    defineField({
      name: 'name',
      title: 'Condition name',
      type: 'string',
      group: 'content',
      description:
        'The name most patients search for, e.g. "Alopecia areata" or "Male pattern baldness".',
      validation: requiredCopyRules,
    }),
    slugField({
      source: 'name',
      group: 'content',
      description:
        'The last part of the page’s address, e.g. /conditions/alopecia-areata/. Click Generate after writing the name.',
    }),
    defineField({
      name: 'alsoKnownAs',
      title: 'Also known as',
      type: 'array',
      group: 'content',
      description:
        'Other names people use, including medical terms, e.g. "androgenetic alopecia". They help visitors and search engines find the page.',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'summary',
      title: 'Summary',
      type: 'text',
      rows: 3,
      group: 'content',
      description:
        'Two or three plain-English sentences: what the condition is and whether SMP may help. Shown at the top of the page and on cards.',
      validation: requiredCopyRules,
    }),
    defineField({
      name: 'causes',
      title: 'Causes',
      type: 'body',
      group: 'content',
      description:
        'What is known about why it happens. Say so where causes are not fully understood.',
      validation: (rule) => noHealthClaims(rule),
    }),
    defineField({
      name: 'signs',
      title: 'Signs and patterns',
      type: 'body',
      group: 'content',
      description: 'How the hair loss typically looks and develops.',
      validation: (rule) => noHealthClaims(rule),
    }),
    defineField({
      name: 'howSmpHelps',
      title: 'How SMP can help',
      type: 'body',
      group: 'content',
      description:
        'What SMP can do for this condition: it recreates the look of hair follicles or density; it does not treat the condition or regrow hair.',
      validation: requiredBodyRules,
    }),
    defineField({
      name: 'whoItSuits',
      title: 'Who it suits',
      type: 'body',
      group: 'content',
      description: 'The situations in which SMP tends to work well for people with this condition.',
      validation: (rule) => noHealthClaims(rule),
    }),
    defineField({
      name: 'whenNotSuitable',
      title: 'When SMP is not suitable',
      type: 'body',
      group: 'content',
      description:
        'When to wait or choose something else, e.g. active inflammation, an unstable pattern of loss, or when a doctor should be seen first.',
      validation: (rule) => noHealthClaims(rule),
    }),
    defineField({
      name: 'heroImage',
      title: 'Hero image',
      type: 'imageWithAlt',
      group: 'content',
      description:
        'The image at the top of the page and on its card. Use an illustration or consented photo.',
    }),
    defineField({
      name: 'medicalReviewer',
      title: 'Medical reviewer',
      type: 'reference',
      group: 'review',
      to: [{ type: 'person' }],
      options: { filter: '"medicalReviewer" in roles' },
      description:
        'The clinician who checked this page. Only people with the Medical reviewer role are listed.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'lastReviewed',
      title: 'Last reviewed',
      type: 'date',
      group: 'review',
      description: 'The date the medical reviewer last checked this page. Shown to readers.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'nextReviewDue',
      title: 'Next review due',
      type: 'date',
      group: 'review',
      description:
        'When the page must be checked again, usually 12 months after the last review. Once this date passes the page cannot be published until it is reviewed and the date moved on.',
      validation: (rule) => [
        rule.required(),
        rule.custom(reviewNotOverdue).error(),
        rule.custom(reviewAfterLastReview).error(),
      ],
    }),
    defineField({
      name: 'medicalCodes',
      title: 'Medical codes',
      type: 'object',
      group: 'review',
      description:
        'Optional standard codes that help search engines understand exactly which condition this page is about. Ask the medical reviewer if unsure.',
      options: { collapsible: true, collapsed: true },
      fields: [
        defineField({
          name: 'icd10',
          title: 'ICD-10 code',
          type: 'string',
          description: 'The World Health Organization code, e.g. "L63.9" for alopecia areata.',
          validation: (rule) =>
            rule
              .regex(/^[A-Z]\d{2}(?:\.\d{1,2})?$/, { name: 'ICD-10 code' })
              .warning(
                'ICD-10 codes look like "L63.9": a capital letter, two digits, optionally a dot and one or two digits.',
              ),
        }),
        defineField({
          name: 'mesh',
          title: 'MeSH descriptor ID',
          type: 'string',
          description:
            'The US National Library of Medicine subject ID, e.g. "D000506" for alopecia areata.',
          validation: (rule) =>
            rule
              .regex(/^D\d{6,9}$/, { name: 'MeSH descriptor ID' })
              .warning('MeSH descriptor IDs look like "D000506": a capital D followed by digits.'),
        }),
      ],
    }),
    defineField({
      name: 'relatedFaqs',
      title: 'Related FAQs',
      type: 'array',
      group: 'links',
      description: 'Questions shown at the bottom of the page. Drag to reorder.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'faq' }] })],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'relatedArticles',
      title: 'Related articles',
      type: 'array',
      group: 'links',
      description: 'Articles that go deeper into this condition.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'article' }] })],
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'seo',
      title: 'SEO and sharing',
      type: 'seo',
      group: 'seo',
    }),
  ],
  orderings: [
    { title: 'Name', name: 'nameAsc', by: [{ field: 'name', direction: 'asc' }] },
    {
      title: 'Review due soonest',
      name: 'nextReviewDueAsc',
      by: [{ field: 'nextReviewDue', direction: 'asc' }],
    },
  ],
  preview: {
    select: { title: 'name', nextReviewDue: 'nextReviewDue', media: 'heroImage' },
    prepare: ({ title, nextReviewDue, media }) => ({
      title,
      subtitle: nextReviewDue ? `Review due ${nextReviewDue}` : 'No review date set',
      media,
    }),
  },
});
