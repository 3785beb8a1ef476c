import { SearchIcon } from '@sanity/icons/Search';
import { defineField, defineType } from 'sanity';
import { metaDescriptionRules, seoTitleRules } from '../validation/index.ts';

/** Search and social sharing settings for a page; empty fields fall back to the page's own content. */
export const seo = defineType({
  name: 'seo',
  title: 'SEO and sharing',
  type: 'object',
  icon: SearchIcon,
  description:
    'How this page appears in Google results and when shared on social media. Leave fields empty to use the page title, excerpt and hero image.',
  options: { collapsible: true, collapsed: true },
  fields: [
    defineField({
      name: 'metaTitle',
      title: 'Search result title',
      type: 'string',
      description:
        'The blue headline in Google results. Keep it under 60 characters and put the most important words first.',
      validation: seoTitleRules,
    }),
    defineField({
      name: 'metaDescription',
      title: 'Search result description',
      type: 'text',
      rows: 3,
      description:
        'The two lines under the headline in Google results. Aim for 50–160 characters that tell a reader why this page answers their question.',
      validation: metaDescriptionRules,
    }),
    defineField({
      name: 'ogImage',
      title: 'Social sharing image',
      type: 'imageWithAlt',
      description:
        'Shown when the page is shared on Facebook, LinkedIn or WhatsApp. Use a landscape image (about 1200 × 630 pixels).',
    }),
    defineField({
      name: 'noIndex',
      title: 'Hide from search engines',
      type: 'boolean',
      description:
        'Turn on only for pages that should not appear in Google (for example a campaign landing page). Most pages should leave this off.',
      initialValue: false,
    }),
  ],
});
