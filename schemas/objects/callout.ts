import { BulbOutlineIcon } from '@sanity/icons/BulbOutline';
import { defineField, defineType } from 'sanity';
import { noHealthClaims, requiredCopyRules } from '../validation/index.ts';

/** A highlighted box inside rich text for tips, key facts or safety warnings. */
export const callout = defineType({
  name: 'callout',
  title: 'Callout box',
  type: 'object',
  icon: BulbOutlineIcon,
  description: 'A highlighted box that draws attention to a tip, a key fact or a safety warning.',
  fields: [
    defineField({
      name: 'tone',
      title: 'Tone',
      type: 'string',
      description:
        'Info for neutral facts, Tip for practical advice, Warning for anything that affects safety (for example when to see a doctor).',
      options: {
        list: [
          { title: 'Info', value: 'info' },
          { title: 'Tip', value: 'tip' },
          { title: 'Warning', value: 'warning' },
        ],
        layout: 'radio',
        direction: 'horizontal',
      },
      initialValue: 'info',
      validation: (rule) => rule.required(),
    }),
    defineField({
      name: 'title',
      title: 'Heading',
      type: 'string',
      description: 'Optional short heading shown in bold at the top of the box.',
      validation: (rule) => noHealthClaims(rule),
    }),
    defineField({
      name: 'text',
      title: 'Text',
      type: 'text',
      rows: 3,
      description: 'The message itself. Keep it to two or three sentences.',
      validation: requiredCopyRules,
    }),
  ],
  preview: {
    select: { title: 'title', subtitle: 'text', tone: 'tone' },
    prepare: ({ title, subtitle, tone }: { title?: string; subtitle?: string; tone?: string }) => ({
      title: title ?? subtitle ?? 'Callout',
      subtitle: `Callout (${tone ?? 'info'})`,
    }),
  },
});
