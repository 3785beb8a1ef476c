import { FAQ_CATEGORIES, SITE_SETTINGS_ID } from '@smp/schemas';
import type { StructureResolver } from 'sanity/structure';

/** Template id for "new FAQ in this category", registered in sanity.config.ts. */
export const FAQ_IN_CATEGORY_TEMPLATE = 'faq-in-category';

/**
 * The Studio's left-hand navigation: the settings singleton first, then one list per content
 * type. FAQs are grouped by category and listed in their `order`, the way the FAQ page shows them.
 */
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      S.listItem()
        .id(SITE_SETTINGS_ID)
        .title('Site settings')
        .schemaType('siteSettings')
        .child(
          S.document()
            .schemaType('siteSettings')
            .documentId(SITE_SETTINGS_ID)
            .title('Site settings'),
        ),
      S.divider(),
      S.documentTypeListItem('article').title('Articles'),
      S.documentTypeListItem('condition').title('Conditions'),
      S.listItem()
        .id('faqs')
        .title('FAQs')
        .schemaType('faq')
        .child(
          S.list()
            .title('FAQs')
            .items([
              ...FAQ_CATEGORIES.map(({ title, value }) =>
                S.listItem()
                  .id(`faq-${value}`)
                  .title(title)
                  .schemaType('faq')
                  .child(
                    S.documentTypeList('faq')
                      .title(title)
                      .filter('_type == "faq" && category == $category')
                      .params({ category: value })
                      .defaultOrdering([{ field: 'order', direction: 'asc' }])
                      .initialValueTemplates([
                        S.initialValueTemplateItem(FAQ_IN_CATEGORY_TEMPLATE, { category: value }),
                      ]),
                  ),
              ),
              S.divider(),
              S.listItem()
                .id('faq-all')
                .title('All FAQs')
                .schemaType('faq')
                .child(
                  S.documentTypeList('faq')
                    .title('All FAQs')
                    .defaultOrdering([
                      { field: 'category', direction: 'asc' },
                      { field: 'order', direction: 'asc' },
                    ]),
                ),
            ]),
        ),
      S.documentTypeListItem('person').title('People'),
    ]);
