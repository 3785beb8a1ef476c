import { CogIcon } from '@sanity/icons/Cog';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { noHealthClaims, requiredCopyRules, sitePathOrHttps } from '../validation/index.ts';

/** The document id of the one settings document; the Studio opens it directly. */
export const SITE_SETTINGS_ID = 'siteSettings';

/** Clinic-wide settings: brand, contact details, hours, navigation and defaults for every page. */
export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  icon: CogIcon,
  description: 'Details used across the whole site. There is only one of these.',
  groups: [
    { name: 'brand', title: 'Brand', default: true },
    { name: 'clinic', title: 'Clinic details' },
    { name: 'navigation', title: 'Navigation' },
    { name: 'seo', title: 'SEO and legal' },
  ],
  fields: [
    defineField({
      name: 'brandName',
      title: 'Clinic name',
      type: 'string',
      group: 'brand',
      description:
        'Shown in the header, browser tab and search results, e.g. "Pointwell Scalp Clinic".',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'tagline',
      title: 'Tagline',
      type: 'string',
      group: 'brand',
      description:
        'A short line under the clinic name on the home page. Avoid promises about results.',
      validation: (rule) => noHealthClaims(rule),
    }),
    defineField({
      name: 'siteUrl',
      title: 'Website address',
      type: 'url',
      group: 'brand',
      description:
        'The public address of the site, e.g. https://www.pointwell.example. Used for links in search results and when sharing.',
      validation: (rule) => rule.uri({ scheme: ['https', 'http'] }),
    }),
    defineField({
      name: 'contact',
      title: 'Contact details',
      type: 'object',
      group: 'clinic',
      description: 'How patients reach the clinic; shown in the footer and on the contact page.',
      fields: [
        defineField({
          name: 'phone',
          title: 'Phone number',
          type: 'string',
          description: 'As people should dial it in the UK, e.g. "0161 496 0734".',
          validation: (rule) =>
            rule
              .regex(/^\+?[\d\s()-]{7,20}$/, { name: 'phone number' })
              .error('Use digits, spaces and brackets only, e.g. 0161 496 0734.'),
        }),
        defineField({
          name: 'email',
          title: 'Email address',
          type: 'string',
          description: 'The address patients should write to, e.g. hello@pointwell.example.',
          validation: (rule) => rule.email(),
        }),
      ],
    }),
    defineField({
      name: 'address',
      title: 'Clinic address',
      type: 'object',
      group: 'clinic',
      description:
        'Where the clinic is. Shown on the contact page and given to search engines for map results.',
      fields: [
        defineField({
          name: 'streetAddress',
          title: 'Street address',
          type: 'string',
          description: 'Building and street, e.g. "12 Example Street".',
        }),
        defineField({
          name: 'addressLocality',
          title: 'Town or city',
          type: 'string',
          description: 'E.g. "Manchester".',
        }),
        defineField({
          name: 'addressRegion',
          title: 'County or region',
          type: 'string',
          description: 'E.g. "Greater Manchester". Optional.',
        }),
        defineField({
          name: 'postalCode',
          title: 'Postcode',
          type: 'string',
          description: 'E.g. "M1 1AA".',
        }),
        defineField({
          name: 'addressCountry',
          title: 'Country code',
          type: 'string',
          description: 'Two-letter country code, e.g. "GB" for the United Kingdom.',
          validation: (rule) =>
            rule
              .regex(/^[A-Z]{2}$/, { name: 'country code' })
              .error('Use the two capital letters of the country code, e.g. GB.'),
        }),
      ],
    }),
    defineField({
      name: 'openingHours',
      title: 'Opening hours',
      type: 'array',
      group: 'clinic',
      description:
        'Add one row per set of days that share the same hours. Days not listed are shown as closed.',
      of: [defineArrayMember({ type: 'openingHoursSpec' })],
    }),
    defineField({
      name: 'navigation',
      title: 'Main menu',
      type: 'array',
      group: 'navigation',
      description: 'The links at the top of every page, in order. Drag to reorder.',
      of: [defineArrayMember({ type: 'navItem' })],
    }),
    defineField({
      name: 'socialLinks',
      title: 'Social media profiles',
      type: 'array',
      group: 'navigation',
      description: 'Profiles linked from the footer.',
      of: [defineArrayMember({ type: 'socialLink' })],
    }),
    defineField({
      name: 'consultationCta',
      title: 'Consultation call to action',
      type: 'object',
      group: 'navigation',
      description:
        'The "book a consultation" box shown at the end of articles and condition pages.',
      fields: [
        defineField({
          name: 'heading',
          title: 'Heading',
          type: 'string',
          description: 'E.g. "Talk it through with a practitioner".',
          validation: (rule) => noHealthClaims(rule),
        }),
        defineField({
          name: 'text',
          title: 'Text',
          type: 'text',
          rows: 2,
          description:
            'One or two sentences on what happens at a consultation. No promises about results.',
          validation: (rule) => noHealthClaims(rule),
        }),
        defineField({
          name: 'buttonLabel',
          title: 'Button label',
          type: 'string',
          description: 'A short action, e.g. "Book a free consultation".',
        }),
        defineField({
          name: 'href',
          title: 'Button link',
          type: 'string',
          description:
            'Where the button goes: a page on this site such as /contact/, or a full https:// booking link.',
          validation: (rule) => rule.custom(sitePathOrHttps),
        }),
      ],
    }),
    defineField({
      name: 'defaultSeo',
      title: 'Default SEO and sharing',
      type: 'seo',
      group: 'seo',
      description:
        'Used for any page that does not set its own search title, description or sharing image.',
    }),
    defineField({
      name: 'medicalDisclaimer',
      title: 'Medical disclaimer',
      type: 'text',
      rows: 4,
      group: 'seo',
      description:
        'Shown at the foot of every article and condition page. It should say the content is general information, not a diagnosis, and that readers should see a doctor about hair loss.',
      validation: requiredCopyRules,
    }),
  ],
  preview: {
    select: { title: 'brandName', subtitle: 'siteUrl' },
    prepare: ({ title, subtitle }) => ({
      title: title ?? 'Site settings',
      subtitle,
      media: CogIcon,
    }),
  },
});
