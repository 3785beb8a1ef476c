/**
 * Word banks for the synthetic dataset. The sentences are plausible clinic copy about scalp
 * micropigmentation (SMP): cautious, never promising an outcome, and free of the absolute claims
 * the Studio warns about, so generated content looks like content an editor could publish.
 */

/** Base conditions with codes that are correct for the named condition (ICD-10, MeSH). */
export const CONDITIONS: readonly {
  name: string;
  alsoKnownAs: string[];
  icd10?: string;
  mesh?: string;
}[] = [
  {
    name: 'Androgenetic alopecia',
    alsoKnownAs: ['Male pattern hair loss', 'Female pattern hair loss'],
    icd10: 'L64.9',
    mesh: 'D000505',
  },
  { name: 'Alopecia areata', alsoKnownAs: ['Patchy hair loss'], icd10: 'L63.9', mesh: 'D000506' },
  { name: 'Alopecia totalis', alsoKnownAs: [], icd10: 'L63.0', mesh: 'D000506' },
  { name: 'Alopecia universalis', alsoKnownAs: [], icd10: 'L63.1', mesh: 'D000506' },
  { name: 'Telogen effluvium', alsoKnownAs: ['Stress-related shedding'], icd10: 'L65.0' },
  { name: 'Traction alopecia', alsoKnownAs: [], icd10: 'L65.8' },
  { name: 'Frontal fibrosing alopecia', alsoKnownAs: ['FFA'], icd10: 'L66.8' },
  { name: 'Lichen planopilaris', alsoKnownAs: ['LPP'], icd10: 'L66.1' },
  {
    name: 'Trichotillomania',
    alsoKnownAs: ['Hair-pulling disorder'],
    icd10: 'F63.3',
    mesh: 'D014256',
  },
  { name: 'Hair transplant scarring', alsoKnownAs: ['FUT strip scar', 'FUE donor scarring'] },
  { name: 'Diffuse thinning', alsoKnownAs: ['Diffuse hair loss'] },
  { name: 'Chemotherapy-related hair loss', alsoKnownAs: ['Anagen effluvium'], icd10: 'L65.8' },
];

/** Qualifiers that turn base conditions into distinct entries when a large dataset needs more. */
export const CONDITION_VARIANTS = [
  'at the crown',
  'at the temples',
  'along the hairline',
  'in women',
  'in men',
  'after surgery',
  'in younger adults',
  'in later life',
  'with a visible scar',
  'on a shaved head',
];

export const ARTICLE_SUBJECTS = [
  'Scalp micropigmentation',
  'SMP',
  'Your first SMP session',
  'SMP aftercare',
  'Pigment choice',
  'Hairline design',
  'Scar camouflage',
  'Density work',
  'Touch-up sessions',
  'Choosing a practitioner',
  'Pain and comfort',
  'Healing',
  'Fading',
  'SMP with longer hair',
  'SMP and hair transplants',
];

export const ARTICLE_ANGLES = [
  'what to expect',
  'a practical guide',
  'common questions',
  'myths and facts',
  'the week after',
  'how we plan it',
  'costs explained',
  'before you book',
  'the science in brief',
  'a dermatologist explains',
  'a step-by-step look',
  'for thinning hair',
];

export const CATEGORIES = [
  'understanding-smp',
  'conditions',
  'procedure',
  'aftercare',
  'choosing-a-clinic',
] as const;

export const FAQ_CATEGORIES = [
  'about-smp',
  'suitability',
  'procedure',
  'aftercare',
  'cost-and-booking',
  'safety',
] as const;

export const TAGS = [
  'hairline',
  'crown',
  'scars',
  'density',
  'aftercare',
  'pigment',
  'consultation',
  'women',
  'men',
  'alopecia',
  'healing',
  'sessions',
];

/** Base FAQ questions, each with the FAQ category it belongs to. */
export const FAQ_QUESTIONS: readonly {
  question: string;
  category: (typeof FAQ_CATEGORIES)[number];
}[] = [
  { question: 'What is scalp micropigmentation?', category: 'about-smp' },
  { question: 'How is SMP different from a tattoo?', category: 'about-smp' },
  { question: 'Is SMP suitable if my hair loss is still changing?', category: 'suitability' },
  { question: 'Can women have scalp micropigmentation?', category: 'suitability' },
  { question: 'Can SMP be done over a scar?', category: 'suitability' },
  { question: 'How many sessions does SMP usually take?', category: 'procedure' },
  { question: 'Does scalp micropigmentation hurt?', category: 'procedure' },
  { question: 'How do you match the pigment to my hair colour?', category: 'procedure' },
  { question: 'What should I avoid in the first week after a session?', category: 'aftercare' },
  { question: 'When can I exercise or swim again?', category: 'aftercare' },
  { question: 'How long does the pigment last before a touch-up?', category: 'aftercare' },
  { question: 'How much does a full treatment cost?', category: 'cost-and-booking' },
  { question: 'What happens at the consultation?', category: 'cost-and-booking' },
  { question: 'Is SMP safe if I have a skin condition?', category: 'safety' },
  { question: 'Do I need a patch test?', category: 'safety' },
  { question: 'Can SMP be removed if I change my mind?', category: 'safety' },
];

export const FAQ_SUFFIXES = [
  '',
  ' (hairline work)',
  ' (crown work)',
  ' (scar work)',
  ' (density work)',
  ' (women)',
  ' (after a transplant)',
  ' (alopecia areata)',
];

export const FIRST_NAMES = [
  'Amira',
  'Daniel',
  'Priya',
  'Tom',
  'Grace',
  'Kwame',
  'Sofia',
  'Liam',
  'Hannah',
  'Omar',
  'Eleanor',
  'Ravi',
];

export const LAST_NAMES = [
  'Hartley',
  'Okafor',
  'Shah',
  'Whitfield',
  'Brennan',
  'Mensah',
  'Castellano',
  'Doyle',
  'Lindqvist',
  'Rahman',
  'Ashworth',
  'Patel',
];

export const SENTENCES = [
  'Scalp micropigmentation places tiny deposits of pigment in the upper dermis to mimic the look of short hair follicles.',
  'Most clients need two or three sessions spaced around ten days apart so the pigment can settle between visits.',
  'The treatment is cosmetic: it changes how the scalp looks and does not regrow hair or treat the cause of hair loss.',
  'A consultation lets the practitioner check your skin, discuss your goals and agree a hairline that suits your age and face.',
  'Pigment is matched to your natural hair colour and skin tone under daylight-balanced lighting.',
  'Some redness is common for a day or two after a session and usually settles without any treatment.',
  'Keep the scalp dry for the first few days and avoid swimming, saunas and heavy exercise until it has healed.',
  'Results vary from person to person, so we show honest examples of healed work rather than fresh photographs.',
  'Pigment fades gradually over several years, and most clients choose a short touch-up session when that happens.',
  'If your hair loss is still active, a dermatologist can help you decide whether to stabilise it before cosmetic work.',
  'Scar tissue takes pigment differently from surrounding skin, so scar camouflage is planned with extra care.',
  'Sun protection slows fading, so a hat or a high-factor sunscreen is worth using once the scalp has healed.',
  'We use single-use needle cartridges and pigments made for cosmetic use on the scalp.',
  'People with a history of keloid scarring should talk to their doctor before any skin-penetrating treatment.',
  'For diffuse thinning, pigment between existing hairs reduces the contrast between hair and scalp.',
  'The first session lays down a soft base; later sessions build density and refine the edges.',
  'A natural hairline is irregular, so we avoid hard straight lines that look drawn on.',
  'Most people describe the sensation as uncomfortable rather than painful, and short breaks are always possible.',
  'You can usually return to work the next day, although the scalp may look slightly pink.',
  'Avoid picking at small scabs, as this can lift pigment before it has settled.',
  'Medication for hair loss can often be continued alongside SMP; ask your prescriber if you are unsure.',
  'We photograph the scalp at each visit so changes can be compared under the same lighting.',
  'Pigment sits much shallower than a traditional tattoo, which is one reason it softens over time.',
  'If you have an active scalp condition such as psoriasis in the treatment area, we wait until it is calm.',
  'Laser removal is possible but takes several sessions, so careful planning at the start matters most.',
  'The number of sessions depends on the area treated, your skin type and the look you want.',
  'We will tell you honestly if we think SMP is unlikely to give you the look you are hoping for.',
  'Shaving the head short every few days keeps the pigment and the remaining hair looking consistent.',
  'Clients with longer hair can still benefit where thinning shows the scalp through the hair.',
  'Gentle fragrance-free cleansing is enough once the first few days of healing have passed.',
  'Allergic reactions to modern cosmetic pigments are uncommon, but a patch test is offered to anyone who wants one.',
  'Your medical history, current medicines and any previous scalp procedures are recorded before treatment.',
];

export const LIST_ITEMS = [
  'Bring a recent photograph of your hairline from a few years ago if you have one.',
  'Avoid alcohol and caffeine for a few hours before the appointment.',
  'Wear a loose top that does not need to be pulled over your head.',
  'Keep the scalp dry for the first four days.',
  'Do not apply creams or oils unless your practitioner suggests them.',
  'Skip the gym, swimming and saunas until the scalp has healed.',
  'Wear a loose cotton hat outdoors in strong sun.',
  'Book your next session around ten days after the first.',
  'Tell us about any medicines that affect bleeding or healing.',
  'Ask to see healed examples, not only fresh ones.',
  'Check that the clinic is registered with the local authority for skin piercing.',
  'Expect the colour to look darker at first and soften as it heals.',
];

export const CALLOUT_TITLES = ['Good to know', 'Before you book', 'Aftercare tip', 'Please note'];

export const QUOTES = [
  'I wanted something that looked like a close shave, not a drawing, and that is what we planned together.',
  'The consultation was the most useful part: I left knowing exactly what SMP could and could not do.',
  'Healing took about a week, and the touch-up session made the biggest difference.',
];

export const EXTERNAL_LINKS = [
  'https://www.nhs.uk/conditions/hair-loss/',
  'https://www.nhs.uk/conditions/alopecia-areata/',
  'https://www.bad.org.uk/',
  'https://www.gov.uk/guidance/tattooing-and-body-piercing',
  'https://www.nice.org.uk/',
];

export const IMAGE_ALTS = [
  'Close-up of a healed SMP hairline on a man with a shaved head',
  'Practitioner mapping a hairline with a surgical marker before treatment',
  'Side view of scalp pigment blending with short natural hair',
  'Treatment room at the clinic with a reclining chair and daylight lamp',
  'Crown area before and after two SMP sessions, photographed in the same light',
  'Pigment bottles and single-use cartridges laid out on a tray',
];

/** Lower-case, hyphenated, ASCII slug. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}
