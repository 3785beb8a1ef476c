import { defineQuery } from 'groq';

// Every GROQ query the site runs lives here. Lists are fetched once per build; pages receive
// their slice as props, so the number of queries never grows with the number of documents.
//
// Projections select fields and stop there: references, image assets and Portable Text come
// back as stored and are resolved in the content layer against the lists below (one lookup
// table per type). Per-block projections with `->` cost groq-js ~0.6 ms per article (6.6 s at
// 10,000 articles, measured); plain field selection costs ~0.015 ms.

/** Image field as stored: asset reference, crop, hotspot, alt and caption. */
const image = /* groq */ `{ asset, hotspot, crop, alt, caption }`;

const seoFields = /* groq */ `{ metaTitle, metaDescription, noIndex, "ogImage": ogImage${image} }`;

/** The site settings singleton, used by every page. */
export const siteSettingsQuery = defineQuery(`*[_id == "siteSettings"][0]{
  _id,
  _rev,
  brandName,
  tagline,
  siteUrl,
  contact { phone, email },
  address { streetAddress, addressLocality, addressRegion, postalCode, addressCountry },
  openingHours[]{ days, opens, closes },
  navigation[]{ label, href },
  socialLinks[]{ platform, url },
  "defaultSeo": defaultSeo${seoFields},
  medicalDisclaimer,
  consultationCta { heading, text, buttonLabel, href }
}`);

/** Every image asset: dimensions and LQIP for width/height attributes and placeholders. */
export const allImageAssetsQuery = defineQuery(`*[_type == "sanity.imageAsset"] | order(_id asc){
  _id,
  url,
  "width": metadata.dimensions.width,
  "height": metadata.dimensions.height,
  "lqip": metadata.lqip
}`);

/** Every published person (authors and medical reviewers). */
export const allPeopleQuery = defineQuery(`*[_type == "person"] | order(name asc){
  _id,
  _rev,
  _updatedAt,
  name,
  "slug": slug.current,
  roles,
  jobTitle,
  credentials,
  bio,
  "image": image${image},
  sameAs
}`);

/** Every published article with everything its page needs, newest first. */
export const allArticlesQuery =
  defineQuery(`*[_type == "article"] | order(publishedAt desc, _id asc){
  _id,
  _rev,
  _updatedAt,
  title,
  "slug": slug.current,
  excerpt,
  "heroImage": heroImage${image},
  body,
  author,
  medicalReviewer,
  publishedAt,
  updatedAt,
  lastReviewed,
  relatedConditions,
  category,
  tags,
  "seo": seo${seoFields}
}`);

/** Every published condition with everything its page needs, by name. */
export const allConditionsQuery = defineQuery(`*[_type == "condition"] | order(name asc, _id asc){
  _id,
  _rev,
  _updatedAt,
  name,
  "slug": slug.current,
  alsoKnownAs,
  summary,
  causes,
  signs,
  howSmpHelps,
  whoItSuits,
  whenNotSuitable,
  "heroImage": heroImage${image},
  relatedFaqs,
  relatedArticles,
  medicalReviewer,
  lastReviewed,
  nextReviewDue,
  medicalCodes { icd10, mesh },
  "seo": seo${seoFields}
}`);

/** Every published FAQ, in category and editorial order. */
export const allFaqsQuery =
  defineQuery(`*[_type == "faq"] | order(category asc, order asc, question asc){
  _id,
  _rev,
  _updatedAt,
  question,
  "slug": slug.current,
  answer,
  category,
  order,
  relatedConditions
}`);

/** `_id` → `_rev` of every published content document: the build report's snapshot. */
export const documentRevisionsQuery = defineQuery(`*[
  !(_type in ["sanity.imageAsset", "sanity.fileAsset"]) && !(_id in path("_.**"))
]{ _id, _rev }`);
