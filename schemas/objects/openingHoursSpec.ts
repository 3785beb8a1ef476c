import { ClockIcon } from '@sanity/icons/Clock';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { closesAfterOpens, timeOfDay } from '../validation/index.ts';

/** Days of the week in schema.org's spelling, which the site copies into structured data. */
export const WEEKDAYS = [
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
] as const;

/** One row of opening hours: the days it applies to and the times the clinic opens and closes. */
export const openingHoursSpec = defineType({
  name: 'openingHoursSpec',
  title: 'Opening hours',
  type: 'object',
  icon: ClockIcon,
  description: 'One set of days that share the same hours, e.g. Monday–Friday 09:00–17:30.',
  fields: [
    defineField({
      name: 'days',
      title: 'Days',
      type: 'array',
      description: 'Tick every day that has these hours. Days not listed anywhere show as closed.',
      of: [defineArrayMember({ type: 'string' })],
      options: {
        list: WEEKDAYS.map((day) => ({ title: day, value: day })),
        layout: 'grid',
      },
      validation: (rule) => rule.required().min(1).unique(),
    }),
    defineField({
      name: 'opens',
      title: 'Opens',
      type: 'string',
      description: '24-hour time, e.g. 09:00.',
      validation: (rule) => [rule.required(), rule.custom(timeOfDay)],
    }),
    defineField({
      name: 'closes',
      title: 'Closes',
      type: 'string',
      description: '24-hour time, e.g. 17:30. Must be after the opening time.',
      validation: (rule) => [
        rule.required(),
        rule.custom(timeOfDay),
        rule.custom(closesAfterOpens),
      ],
    }),
  ],
  preview: {
    select: { days: 'days', opens: 'opens', closes: 'closes' },
    prepare: ({ days, opens, closes }: { days?: string[]; opens?: string; closes?: string }) => ({
      title: days && days.length > 0 ? days.join(', ') : 'No days selected',
      subtitle: `${opens ?? '--:--'}–${closes ?? '--:--'}`,
    }),
  },
});
