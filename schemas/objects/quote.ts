import { BlockquoteIcon } from '@sanity/icons/Blockquote';
import { defineField, defineType } from 'sanity';
import { noHealthClaims, requiredCopyRules } from '../validation/index.ts';

/** A pull quote inside rich text, for example a client's words or a clinician's comment. */
export const quote = defineType({
  name: 'quote',
  title: 'Quote',
  type: 'object',
  icon: BlockquoteIcon,
  description:
    'A quotation set apart from the text. Only quote clients who have given written consent.',
  fields: [
    defineField({
      name: 'text',
      title: 'Quotation',
      type: 'text',
      rows: 3,
      description: 'The words being quoted, without quotation marks (the site adds them).',
      validation: requiredCopyRules,
    }),
    defineField({
      name: 'attribution',
      title: 'Attribution',
      type: 'string',
      description:
        'Who said it, e.g. "Dr Amara Okafor, consultant dermatologist" or "Client, aged 34". Leave empty for an anonymous quote.',
      validation: (rule) => noHealthClaims(rule),
    }),
  ],
  preview: {
    select: { title: 'text', subtitle: 'attribution' },
  },
});
