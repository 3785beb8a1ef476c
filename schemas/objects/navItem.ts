import { MenuIcon } from '@sanity/icons/Menu';
import { defineField, defineType } from 'sanity';
import { sitePathOrHttps } from '../validation/index.ts';

/** One entry in the site's main navigation. */
export const navItem = defineType({
  name: 'navItem',
  title: 'Menu item',
  type: 'object',
  icon: MenuIcon,
  description: 'One link in the main menu at the top of every page.',
  fields: [
    defineField({
      name: 'label',
      title: 'Label',
      type: 'string',
      description: 'The words shown in the menu. Keep it to one or two words, e.g. "FAQ".',
      validation: (rule) => [
        rule.required(),
        rule.max(24).warning('Menu labels over 24 characters wrap on phones.'),
      ],
    }),
    defineField({
      name: 'href',
      title: 'Link',
      type: 'string',
      description:
        'A page on this site, starting with a slash and ending with one, e.g. /faq/ or /conditions/.',
      validation: (rule) => [rule.required(), rule.custom(sitePathOrHttps)],
    }),
  ],
  preview: {
    select: { title: 'label', subtitle: 'href' },
  },
});
