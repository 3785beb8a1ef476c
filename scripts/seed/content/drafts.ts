import { image, md, ref } from '../lib/pt.ts';
import { seo, slug, type ArticleDoc } from './model.ts';

/**
 * The one unpublished draft. It exists to prove that drafts never reach the public site, so
 * nothing published may reference it.
 */
export const draftGreyHair: ArticleDoc = {
  _id: 'drafts.article-smp-and-grey-hair',
  _type: 'article',
  _createdAt: '2026-11-02T16:20:00Z',
  _updatedAt: '2026-11-18T12:05:00Z',
  title: 'DRAFT: Can SMP work with grey or white hair?',
  slug: slug('smp-and-grey-hair'),
  excerpt:
    'Work in progress: how pigment shade is chosen when the remaining hair is grey, and what to expect as hair colour changes.',
  heroImage: image(
    'pigment-density',
    'Three square swatches of skin with pigment dots at increasing density, marked one, two and three bars',
  ),
  body: md(`## Notes for this draft

Outline only. To cover: shade selection with grey stubble, lighter pigment dilutions, how the look changes as more hair greys, and when SMP is not a good match.`),
  author: ref('person-jordan-hale'),
  publishedAt: '2026-12-01T09:00:00Z',
  category: 'understanding-smp',
  tags: ['grey hair', 'pigment'],
  seo: seo(
    'SMP and grey hair (draft)',
    'Draft article: choosing a pigment shade for scalp micropigmentation when your remaining hair is grey or white.',
  ),
};
