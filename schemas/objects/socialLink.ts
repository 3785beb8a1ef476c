import { ShareIcon } from '@sanity/icons/Share';
import { defineField, defineType } from 'sanity';
import { linkHrefRules } from '../validation/index.ts';

/** Platforms the site has an icon for; anything else would render as a bare link. */
export const SOCIAL_PLATFORMS = [
  { title: 'Instagram', value: 'instagram' },
  { title: 'Facebook', value: 'facebook' },
  { title: 'TikTok', value: 'tiktok' },
  { title: 'YouTube', value: 'youtube' },
  { title: 'LinkedIn', value: 'linkedin' },
  { title: 'X (Twitter)', value: 'x' },
] as const;

/** A link to one of the clinic's social media profiles. */
export const socialLink = defineType({
  name: 'socialLink',
  title: 'Social profile',
  type: 'object',
  icon: ShareIcon,
  description: 'A link to the clinic’s profile on a social network, shown in the footer.',
  fields: [
    defineField({
      name: 'platform',
      title: 'Platform',
      type: 'string',
      description: 'Which network this is; it decides the icon shown in the footer.',
      options: { list: SOCIAL_PLATFORMS.map((platform) => ({ ...platform })) },
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'url',
      title: 'Profile address',
      type: 'url',
      description:
        'The full address of the profile, e.g. https://www.instagram.com/pointwellclinic.',
      validation: (rule) => linkHrefRules(rule, { required: true }),
    }),
  ],
  preview: {
    select: { title: 'platform', subtitle: 'url' },
  },
});
