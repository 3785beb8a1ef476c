import { DocumentTextIcon } from '@sanity/icons/DocumentText';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { slugField } from '../fields/slugField.ts';
import {
  excerptRules,
  requiredBodyRules,
  requiredImageRules,
  requiredTitleRules,
} from '../validation/index.ts';

/** Article categories; each becomes a section of the guides area on the site. */
export const ARTICLE_CATEGORIES = [
  { title: 'Understanding SMP', value: 'understanding-smp' },
  { title: 'Conditions', value: 'conditions' },
  { title: 'The procedure', value: 'procedure' },
  { title: 'Aftercare', value: 'aftercare' },
  { title: 'Choosing a clinic', value: 'choosing-a-clinic' },
] as const;

/** A guide or blog article about SMP, hair loss or the clinic. */
export const article = defineType({
  name: 'article',
  title: 'Article',
  type: 'document',
  icon: DocumentTextIcon,
  description: 'A guide or blog post. Articles about medical topics need a medical reviewer.',
  groups: [
    { name: 'content', title: 'Content', default: true },
    { name: 'review', title: 'Authors and review' },
    { name: 'organise', title: 'Category and links' },
    { name: 'seo', title: 'SEO' },
  ],
  fields: [
    defineField({
      name: 'title',
      title: 'Title',
      type: 'string',
      group: 'content',
      description:
        'The headline at the top of the article and in Google. Under 60 characters, clear rather than clever, e.g. "What to expect at your first SMP session".',
      validation: requiredTitleRules,
    }),
    slugField({
      source: 'title',
      group: 'content',
      description:
        'The last part of the article’s address, e.g. /articles/smp-aftercare/. Click Generate after writing the title. Changing it later breaks existing links.',
    }),
    defineField({
      name: 'excerpt',
      title: 'Excerpt',
      type: 'text',
      rows: 3,
      group: 'content',
      description:
        'One or two sentences that sum up the article. Shown on article cards and used as the search description if none is set under SEO.',
      validation: excerptRules,
    }),
    defineField({
      name: 'heroImage',
      title: 'Hero image',
      type: 'imageWithAlt',
      group: 'content',
      description:
        'The large image at the top of the article and on its card. Landscape works best.',
      validation: requiredImageRules,
    }),
    defineField({
      name: 'body',
      title: 'Article text',
      type: 'body',
      group: 'content',
      description:
        'The article itself. Start sections with Heading 2. Describe what SMP can and cannot do honestly: it conceals hair loss, it does not regrow hair.',
      validation: requiredBodyRules,
    }),
    defineField({
      name: 'author',
      title: 'Author',
      type: 'reference',
      group: 'review',
      to: [{ type: 'person' }],
      options: { filter: '"author" in roles' },
      description: 'Who wrote the article. Only people with the Author role are listed.',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'medicalReviewer',
      title: 'Medical reviewer',
      type: 'reference',
      group: 'review',
      to: [{ type: 'person' }],
      options: { filter: '"medicalReviewer" in roles' },
      description:
        'The clinician who checked the medical facts. Needed for any article about a condition, treatment or risk.',
    }),
    defineField({
      name: 'publishedAt',
      title: 'Published on',
      type: 'datetime',
      group: 'review',
      description: 'The date shown on the article. Articles are listed newest first.',
      initialValue: () => new Date().toISOString(),
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'updatedAt',
      title: 'Last updated',
      type: 'datetime',
      group: 'review',
      description:
        'Set this when you make a meaningful change, so readers see the content is current.',
    }),
    defineField({
      name: 'lastReviewed',
      title: 'Last medically reviewed',
      type: 'date',
      group: 'review',
      description: 'The date the medical reviewer last checked this article.',
    }),
    defineField({
      name: 'category',
      title: 'Category',
      type: 'string',
      group: 'organise',
      description: 'The section of the site this article appears in.',
      options: { list: ARTICLE_CATEGORIES.map((category) => ({ ...category })), layout: 'radio' },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'tags',
      title: 'Tags',
      type: 'array',
      group: 'organise',
      description: 'A few short keywords, e.g. "alopecia", "women". Press Enter after each one.',
      of: [defineArrayMember({ type: 'string' })],
      options: { layout: 'tags' },
      validation: (rule) => rule.unique(),
    }),
    defineField({
      name: 'relatedConditions',
      title: 'Related conditions',
      type: 'array',
      group: 'organise',
      description: 'Condition pages this article is about; they link to each other.',
      of: [defineArrayMember({ type: 'reference', to: [{ type: 'condition' }] })],
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
    {
      title: 'Newest first',
      name: 'publishedAtDesc',
      by: [{ field: 'publishedAt', direction: 'desc' }],
    },
  ],
  preview: {
    select: { title: 'title', subtitle: 'author.name', media: 'heroImage' },
  },
});
