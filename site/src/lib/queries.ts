import { defineQuery } from 'groq';

// Every GROQ query the site runs lives here. Lists are fetched once per build; pages receive
// their slice as props, so the number of queries never grows with the number of documents.
// References come back as `{ ref, doc }` pairs so the content layer can tell a missing field
// (`ref` null) from a dangling reference (`ref` set, `doc` null) on both sources alike.

/** An image field: the asset resolved to its dimensions and LQIP, the raw ref kept. */
const imageFields = /* groq */ `
  "assetRef": asset._ref,
  "asset": asset->{ _id, url, "width": metadata.dimensions.width, "height": metadata.dimensions.height, "lqip": metadata.lqip },
  hotspot { x, y, height, width },
  crop { top, bottom, left, right },
  alt,
  caption
`;

/** Portable Text body: images resolved, internal link targets resolved to type and slug. */
const bodyProjection = /* groq */ `[]{
  ...,
  _type == "block" => {
    "markDefs": markDefs[]{
      ...,
      _type == "internalLink" => {
        "targetRef": reference._ref,
        "target": reference->{ _id, _type, "slug": slug.current }
      }
    }
  },
  _type == "imageWithAlt" => { ${imageFields} }
}`;

const seoFields = /* groq */ `
  metaTitle,
  metaDescription,
  noIndex,
  "ogImage": ogImage{ ${imageFields} }
`;

const personRef = /* groq */ `{ "ref": _ref, "doc": @->{ _id } }`;
const conditionRef = /* groq */ `{ "ref": _ref, "doc": @->{ _id } }`;

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
  "defaultSeo": defaultSeo{ ${seoFields} },
  medicalDisclaimer,
  consultationCta { heading, text, buttonLabel, href }
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
  "image": image{ ${imageFields} },
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
  "heroImage": heroImage{ ${imageFields} },
  "body": body${bodyProjection},
  "author": author${personRef},
  "medicalReviewer": medicalReviewer${personRef},
  publishedAt,
  updatedAt,
  lastReviewed,
  "relatedConditions": relatedConditions[]${conditionRef},
  category,
  tags,
  "seo": seo{ ${seoFields} }
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
  "causes": causes${bodyProjection},
  "signs": signs${bodyProjection},
  "howSmpHelps": howSmpHelps${bodyProjection},
  "whoItSuits": whoItSuits${bodyProjection},
  "whenNotSuitable": whenNotSuitable${bodyProjection},
  "heroImage": heroImage{ ${imageFields} },
  "relatedFaqs": relatedFaqs[]{ "ref": _ref, "doc": @->{ _id } },
  "relatedArticles": relatedArticles[]{ "ref": _ref, "doc": @->{ _id } },
  "medicalReviewer": medicalReviewer${personRef},
  lastReviewed,
  nextReviewDue,
  medicalCodes { icd10, mesh },
  "seo": seo{ ${seoFields} }
}`);

/** Every published FAQ, in category and editorial order. */
export const allFaqsQuery =
  defineQuery(`*[_type == "faq"] | order(category asc, order asc, question asc){
  _id,
  _rev,
  _updatedAt,
  question,
  "slug": slug.current,
  "answer": answer${bodyProjection},
  category,
  order,
  "relatedConditions": relatedConditions[]${conditionRef}
}`);

/** `_id` → `_rev` of every published content document: the build report's snapshot. */
export const documentRevisionsQuery = defineQuery(`*[
  !(_type in ["sanity.imageAsset", "sanity.fileAsset"]) && !(_id in path("_.**"))
]{ _id, _rev }`);
