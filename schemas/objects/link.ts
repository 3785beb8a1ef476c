import { LinkIcon } from '@sanity/icons/Link';
import { defineField, defineType } from 'sanity';
import { linkHrefRules } from '../validation/index.ts';

/** A link to another website, an email address or a phone number, used inside rich text. */
export const link = defineType({
  name: 'link',
  title: 'External link',
  type: 'object',
  icon: LinkIcon,
  description: 'Link selected text to another website, an email address or a phone number.',
  fields: [
    defineField({
      name: 'href',
      title: 'Link address',
      type: 'url',
      description:
        'A full address starting with https:// (websites), mailto: (email, e.g. mailto:hello@pointwell.example) or tel: (phone, e.g. tel:+441614960734).',
      validation: (rule) => linkHrefRules(rule, { required: true }),
    }),
  ],
});
