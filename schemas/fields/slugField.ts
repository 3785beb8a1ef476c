import { defineField } from 'sanity';
import { SLUG_MAX, slugFormat } from '../validation/index.ts';

interface SlugFieldOptions {
  /** Field the Generate button builds the slug from. */
  source: string;
  /** Editor guidance shown under the field. */
  description: string;
  /** Field group (tab) to show the slug in, when the document uses groups. */
  group?: string;
}

/**
 * The URL slug field every public document shares. Uniqueness within the document type is
 * Sanity's own slug check (it asks the dataset for another document of the same type with the
 * same slug, ignoring this document's draft and published versions).
 */
export function slugField({ source, description, group }: SlugFieldOptions) {
  return defineField({
    name: 'slug',
    title: 'URL slug',
    type: 'slug',
    description,
    ...(group === undefined ? {} : { group }),
    options: { source, maxLength: SLUG_MAX },
    validation: (rule) => [rule.required(), rule.custom(slugFormat)],
  });
}
