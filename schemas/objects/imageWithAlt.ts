import { ImageIcon } from '@sanity/icons/Image';
import { defineField, defineType } from 'sanity';
import { ALT_MAX, messages, noHealthClaims } from '../validation/index.ts';

/** An image that always carries alt text; used for hero images, portraits and inline images. */
export const imageWithAlt = defineType({
  name: 'imageWithAlt',
  title: 'Image',
  type: 'image',
  icon: ImageIcon,
  description:
    'Upload an image, then drag the hotspot circle over the most important part so it stays in view when the image is cropped for phones or cards.',
  options: { hotspot: true },
  fields: [
    defineField({
      name: 'alt',
      title: 'Alt text',
      type: 'string',
      description:
        'Describe what the image shows for someone who cannot see it, e.g. "Close-up of a shaved scalp after two SMP sessions". Screen readers read this aloud and search engines use it. Do not start with "Image of".',
      validation: (rule) => [
        rule.required().error(messages.altRequired),
        rule.max(ALT_MAX).warning(messages.altTooLong),
        noHealthClaims(rule),
      ],
    }),
    defineField({
      name: 'caption',
      title: 'Caption',
      type: 'string',
      description:
        'Optional text shown under the image, for context or credit (e.g. "Results after three sessions; individual results vary").',
      validation: (rule) => noHealthClaims(rule),
    }),
  ],
  preview: {
    select: { title: 'alt', subtitle: 'caption', media: 'asset' },
  },
});
