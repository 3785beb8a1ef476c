import { defineArrayMember, defineType } from 'sanity';

/**
 * Rich text (Portable Text) shared by articles, condition pages and FAQ answers. It offers only
 * what the site renders: three heading levels, two list types, bold/italic, two kinds of link,
 * images with alt text, callouts and quotes. Each field using it adds its own validation
 * (`requiredBodyRules` or `noHealthClaims`), because a field's rules replace its type's rules.
 */
export const body = defineType({
  name: 'body',
  title: 'Rich text',
  type: 'array',
  description:
    'Write with headings (H2 for main sections, H3/H4 beneath them), lists and links. Add images, callout boxes and quotes with the + button.',
  of: [
    defineArrayMember({
      type: 'block',
      styles: [
        { title: 'Normal', value: 'normal' },
        { title: 'Heading 2', value: 'h2' },
        { title: 'Heading 3', value: 'h3' },
        { title: 'Heading 4', value: 'h4' },
      ],
      lists: [
        { title: 'Bullet list', value: 'bullet' },
        { title: 'Numbered list', value: 'number' },
      ],
      marks: {
        decorators: [
          { title: 'Bold', value: 'strong' },
          { title: 'Italic', value: 'em' },
        ],
        annotations: [
          defineArrayMember({ type: 'link', name: 'link' }),
          defineArrayMember({ type: 'internalLink', name: 'internalLink' }),
        ],
      },
    }),
    defineArrayMember({ type: 'imageWithAlt', name: 'imageWithAlt' }),
    defineArrayMember({ type: 'callout', name: 'callout' }),
    defineArrayMember({ type: 'quote', name: 'quote' }),
  ],
});
