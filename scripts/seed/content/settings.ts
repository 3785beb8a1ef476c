import { image } from '../lib/pt.ts';
import { seo, type SiteSettingsDoc } from './model.ts';

const defaultSeo = {
  ...seo(
    'Pointwell Scalp Clinic | Scalp micropigmentation, Manchester',
    'Scalp micropigmentation in Manchester for hair loss, thinning and scars: honest guides, medically reviewed condition pages and a no-pressure consultation.',
  ),
  ogImage: image(
    'brand-card',
    'Pointwell Scalp Clinic card: a cream ring beside a scatter of small teal dots on a dark teal background',
  ),
};

export const siteSettings: SiteSettingsDoc = {
  _id: 'siteSettings',
  _type: 'siteSettings',
  _createdAt: '2025-09-01T09:00:00Z',
  _updatedAt: '2026-10-05T10:30:00Z',
  brandName: 'Pointwell Scalp Clinic',
  tagline: 'Scalp micropigmentation with a clinical eye and an honest word',
  siteUrl: 'https://www.pointwell.example',
  contact: { phone: '0161 496 0734', email: 'hello@pointwell.example' },
  address: {
    streetAddress: 'Unit 4, 27 Tanners Row',
    addressLocality: 'Manchester',
    addressRegion: 'Greater Manchester',
    postalCode: 'M4 6QX',
    addressCountry: 'GB',
  },
  openingHours: [
    {
      _type: 'openingHoursSpec',
      days: ['Tuesday', 'Wednesday', 'Thursday', 'Friday'],
      opens: '09:30',
      closes: '18:00',
    },
    { _type: 'openingHoursSpec', days: ['Saturday'], opens: '10:00', closes: '15:00' },
  ],
  navigation: [
    { _type: 'navItem', label: 'Articles', href: '/articles/' },
    { _type: 'navItem', label: 'Conditions', href: '/conditions/' },
    { _type: 'navItem', label: 'FAQ', href: '/faq/' },
    { _type: 'navItem', label: 'Search', href: '/search/' },
  ],
  socialLinks: [
    { _type: 'socialLink', platform: 'instagram', url: 'https://instagram.example/pointwellscalp' },
    { _type: 'socialLink', platform: 'facebook', url: 'https://facebook.example/pointwellscalp' },
    { _type: 'socialLink', platform: 'youtube', url: 'https://youtube.example/@pointwellscalp' },
  ],
  defaultSeo,
  medicalDisclaimer:
    'The information on this website is general and educational. It is not medical advice and does not replace an assessment by your GP or a dermatologist. Scalp micropigmentation is a cosmetic tattoo: it can make hair loss less noticeable, but it does not regrow hair or treat the cause of hair loss, and results vary from person to person. If your hair loss is new, sudden, patchy, painful or itchy, please see a doctor for a diagnosis before considering any cosmetic treatment.',
  consultationCta: {
    heading: 'Talk it through before you decide',
    text: 'A free, unhurried consultation in our Manchester clinic: we look at your scalp, listen to what you want, explain what SMP can and cannot do, and arrange a patch test. There is no obligation to book.',
    buttonLabel: 'Book a free consultation',
    href: '/contact/',
  },
};
