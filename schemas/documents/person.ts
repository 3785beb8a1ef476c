import { UserIcon } from '@sanity/icons/User';
import { defineArrayMember, defineField, defineType } from 'sanity';
import { slugField } from '../fields/slugField.ts';
import { linkHrefRules, noHealthClaims } from '../validation/index.ts';

/** Roles a person can hold on the site; a medical reviewer signs off condition pages. */
export const PERSON_ROLES = [
  { title: 'Author', value: 'author' },
  { title: 'Medical reviewer', value: 'medicalReviewer' },
] as const;

/** An author or medical reviewer, shown in bylines and "reviewed by" notes. */
export const person = defineType({
  name: 'person',
  title: 'Person',
  type: 'document',
  icon: UserIcon,
  description: 'Someone who writes or medically reviews our content.',
  fields: [
    defineField({
      name: 'name',
      title: 'Full name',
      type: 'string',
      description:
        'As it should appear in bylines, including a title if used, e.g. "Dr Amara Okafor".',
      validation: (rule) => rule.required(),
    }),
    slugField({
      source: 'name',
      description:
        'Used in the address of this person’s profile page. Click Generate to create it from the name.',
    }),
    defineField({
      name: 'roles',
      title: 'Roles',
      type: 'array',
      description:
        'What this person does for the site. Only people with the Medical reviewer role can be chosen as a page’s medical reviewer.',
      of: [defineArrayMember({ type: 'string' })],
      options: { list: PERSON_ROLES.map((role) => ({ ...role })), layout: 'grid' },
      validation: (rule) => rule.required().min(1).unique(),
    }),
    defineField({
      name: 'jobTitle',
      title: 'Job title',
      type: 'string',
      description: 'E.g. "Lead SMP practitioner" or "Consultant dermatologist".',
    }),
    defineField({
      name: 'credentials',
      title: 'Credentials',
      type: 'string',
      description:
        'Qualifications as the person writes them after their name, e.g. "MBChB, MRCP (Derm)". These tell readers and search engines why to trust the content.',
    }),
    defineField({
      name: 'bio',
      title: 'Short biography',
      type: 'text',
      rows: 4,
      description:
        'Two or three sentences about experience and specialism, written in the third person.',
      validation: (rule) => [
        rule.max(600).warning('Keep the biography short: under 600 characters.'),
        noHealthClaims(rule),
      ],
    }),
    defineField({
      name: 'image',
      title: 'Portrait',
      type: 'imageWithAlt',
      description: 'A friendly, recent head-and-shoulders photo. Square images work best.',
    }),
    defineField({
      name: 'sameAs',
      title: 'Professional profiles',
      type: 'array',
      description:
        'Links that confirm who this person is, such as their GMC register entry, hospital profile or LinkedIn page.',
      of: [
        defineArrayMember({
          type: 'url',
          validation: (rule) => linkHrefRules(rule, { required: false }),
        }),
      ],
      validation: (rule) => rule.unique(),
    }),
  ],
  preview: {
    select: { title: 'name', subtitle: 'jobTitle', media: 'image' },
  },
});
