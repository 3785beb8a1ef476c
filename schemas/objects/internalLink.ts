import { DocumentIcon } from '@sanity/icons/Document';
import { defineField, defineType } from 'sanity';

/** A link to one of our own articles or condition pages that follows it if its URL changes. */
export const internalLink = defineType({
  name: 'internalLink',
  title: 'Link to our page',
  type: 'object',
  icon: DocumentIcon,
  description:
    'Link selected text to one of our articles or condition pages. Unlike a pasted address, this keeps working if the page’s URL changes.',
  fields: [
    defineField({
      name: 'reference',
      title: 'Page',
      type: 'reference',
      to: [{ type: 'article' }, { type: 'condition' }],
      description: 'Start typing the title of the article or condition to link to.',
      validation: (rule) => rule.required(),
    }),
  ],
});
