import { focusOn, image } from '../lib/pt.ts';
import { slug, type PersonDoc } from './model.ts';

export const jordanHale: PersonDoc = {
  _id: 'person-jordan-hale',
  _type: 'person',
  _createdAt: '2025-09-01T09:00:00Z',
  _updatedAt: '2026-06-12T11:00:00Z',
  name: 'Jordan Hale',
  slug: slug('jordan-hale'),
  roles: ['author'],
  jobTitle: 'Lead scalp micropigmentation practitioner',
  credentials: 'Accredited SMP training; infection prevention and control certificate',
  bio: 'Jordan has worked as a scalp micropigmentation practitioner for over nine years and founded Pointwell to offer the treatment with clinical standards and straight answers. Jordan designs every hairline by hand and writes most of our guides.',
  image: focusOn(
    image(
      'portrait-practitioner',
      'Illustrated portrait of Jordan Hale: a smiling figure with a closely shaved head in a teal top',
    ),
    0.5,
    0.47,
    0.5,
    0.55,
  ),
  sameAs: ['https://profiles.example.org/jordan-hale-smp'],
};

export const amaraOkafor: PersonDoc = {
  _id: 'person-amara-okafor',
  _type: 'person',
  _createdAt: '2025-09-01T09:00:00Z',
  _updatedAt: '2026-08-20T15:00:00Z',
  name: 'Dr Amara Okafor',
  slug: slug('amara-okafor'),
  roles: ['medicalReviewer', 'author'],
  jobTitle: 'Consultant dermatologist',
  credentials: 'MBChB, MRCP (Derm)',
  bio: 'Dr Okafor is a consultant dermatologist with a special interest in hair and scalp disorders. She reviews our condition pages and medical statements independently and does not perform cosmetic tattooing.',
  image: focusOn(
    image(
      'portrait-dermatologist',
      'Illustrated portrait of Dr Amara Okafor: a smiling figure with long dark hair and round glasses',
    ),
    0.5,
    0.47,
    0.5,
    0.55,
  ),
  sameAs: ['https://profiles.example.org/dr-amara-okafor'],
};

export const priyaShah: PersonDoc = {
  _id: 'person-priya-shah',
  _type: 'person',
  _createdAt: '2026-01-15T09:00:00Z',
  _updatedAt: '2026-07-01T09:00:00Z',
  name: 'Priya Shah',
  slug: slug('priya-shah'),
  roles: ['author'],
  jobTitle: 'SMP practitioner and registered nurse',
  credentials: 'RN (Adult), accredited SMP training',
  bio: 'Priya trained as an adult nurse before moving into scalp micropigmentation. She leads our work with women and with clients who have scarring, and runs the clinic’s patch-test and aftercare programme.',
  image: focusOn(
    image(
      'portrait-nurse',
      'Illustrated portrait of Priya Shah: a smiling figure with short brown hair in a sage green top',
    ),
    0.5,
    0.47,
    0.5,
    0.55,
  ),
  sameAs: ['https://profiles.example.org/priya-shah-rn'],
};

export const people: PersonDoc[] = [jordanHale, amaraOkafor, priyaShah];
