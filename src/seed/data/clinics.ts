import { rangeOfStagePrices, type StagePrice } from '@/lib/prices/advertised'

import { DEMO_TREATMENTS, proposedStagePrices } from './treatments'

type Availability = 'available' | 'waitingList' | 'paused'

/** Three demo clinics in different cities, each with its own look, hours and prices. */
export type DemoClinic = {
  slug: string
  name: string
  tagline: string
  colours: { backgroundColour: string; textColour: string; primaryColour: string; onPrimaryColour: string; accentColour: string }
  fontPairing: 'classic' | 'modern' | 'warm'
  initials: string
  contact: {
    addressLine1: string
    addressLine2?: string
    city: string
    postcode: string
    latitude: number
    longitude: number
    phone: string
    whatsapp: string
    email: string
  }
  openingHours: { days: ('mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun')[]; opens: string; closes: string }[]
  /** What each offered treatment is advertised at (from its stage prices where it has any) and whether it is bookable. */
  prices: Record<string, [number, number, Availability]>
  stagePrices: Record<string, StagePrice[]>
  privacyNotice: string
}

/**
 * As written below: a treatment priced by stage is only its availability (its stage prices are the
 * brand's proposal at the clinic's price level, rounded to £50); one priced as a whole gives its range.
 */
type DemoClinicInput = Omit<DemoClinic, 'prices' | 'stagePrices'> & { priceLevel: number; offers: Record<string, Availability | [number, number, Availability]> }

const toFifty = (price: number) => Math.round(price / 50) * 50

const stagePricesAt = (level: number, treatmentSlug: string): StagePrice[] =>
  proposedStagePrices(DEMO_TREATMENTS.find((treatment) => treatment.slug === treatmentSlug)).map((price) => ({
    ...price,
    priceFrom: toFifty(price.priceFrom * level),
    priceTo: toFifty((price.priceTo ?? price.priceFrom) * level),
  }))

const withPrices = ({ priceLevel, offers, ...clinic }: DemoClinicInput): DemoClinic => {
  const prices: DemoClinic['prices'] = {}
  const stagePrices: DemoClinic['stagePrices'] = {}
  for (const [slug, offer] of Object.entries(offers)) {
    if (Array.isArray(offer)) {
      prices[slug] = offer
      continue
    }
    stagePrices[slug] = stagePricesAt(priceLevel, slug)
    const range = rangeOfStagePrices(stagePrices[slug])!
    prices[slug] = [range.from, range.to, offer]
  }
  return { ...clinic, prices, stagePrices }
}

const CLINICS: DemoClinicInput[] = [
  {
    slug: 'london',
    priceLevel: 1.15,
    name: 'Stipple London Soho',
    tagline: 'Natural-looking hairlines, drawn one dot at a time.',
    colours: { backgroundColour: '#fbfaf7', textColour: '#1b1f24', primaryColour: '#1f3a5f', onPrimaryColour: '#ffffff', accentColour: '#b5651d' },
    fontPairing: 'classic',
    initials: 'SL',
    contact: {
      addressLine1: '21 Greek Street',
      addressLine2: 'Second floor',
      city: 'London',
      postcode: 'W1D 4DY',
      latitude: 51.5136,
      longitude: -0.1317,
      phone: '+44 20 7946 0321',
      whatsapp: '+442079460322',
      email: 'london@stipple.example',
    },
    openingHours: [
      { days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '19:00' },
      { days: ['sat'], opens: '10:00', closes: '16:00' },
    ],
    offers: {
      'smp-for-pattern-baldness': 'available',
      'scar-camouflage': 'available',
      'density-for-thinning-hair': 'available',
      'alopecia-coverage': 'waitingList',
      'correction-of-earlier-smp': [600, 1500, 'available'],
    },
    privacyNotice: 'Stipple London Soho is run by Soho Scalp Studio Ltd (company 00000001), the controller of the data you send us.',
  },
  {
    slug: 'manchester',
    priceLevel: 1.05,
    name: 'Stipple Manchester',
    tagline: 'Confidence, restored in two or three visits.',
    colours: { backgroundColour: '#ffffff', textColour: '#202124', primaryColour: '#7a1f3d', onPrimaryColour: '#ffffff', accentColour: '#2f7d6d' },
    fontPairing: 'modern',
    initials: 'SM',
    contact: {
      addressLine1: '5 King Street',
      city: 'Manchester',
      postcode: 'M2 4LQ',
      latitude: 53.4808,
      longitude: -2.2446,
      phone: '+44 161 496 0754',
      whatsapp: '+441614960755',
      email: 'manchester@stipple.example',
    },
    openingHours: [
      { days: ['tue', 'wed', 'thu', 'fri'], opens: '10:00', closes: '20:00' },
      { days: ['sat', 'sun'], opens: '10:00', closes: '15:00' },
    ],
    offers: {
      'smp-for-pattern-baldness': 'available',
      'scar-camouflage': 'available',
      'density-for-thinning-hair': 'available',
      'correction-of-earlier-smp': [550, 1300, 'paused'],
    },
    privacyNotice: 'Stipple Manchester is run by Northern Pigment Ltd (company 00000002), the controller of the data you send us.',
  },
  {
    slug: 'leeds',
    priceLevel: 1,
    name: 'Stipple Leeds',
    tagline: 'Quiet, private studio; honest advice.',
    colours: { backgroundColour: '#f6f8f5', textColour: '#1c2420', primaryColour: '#285430', onPrimaryColour: '#ffffff', accentColour: '#8a5a00' },
    fontPairing: 'warm',
    initials: 'LD',
    contact: {
      addressLine1: '14 Park Square East',
      city: 'Leeds',
      postcode: 'LS1 2NE',
      latitude: 53.7996,
      longitude: -1.5536,
      phone: '+44 113 496 0188',
      whatsapp: '+441134960189',
      email: 'leeds@stipple.example',
    },
    openingHours: [
      { days: ['mon', 'wed', 'fri'], opens: '09:30', closes: '18:00' },
      { days: ['thu'], opens: '12:00', closes: '20:00' },
    ],
    offers: {
      'smp-for-pattern-baldness': 'available',
      'scar-camouflage': 'available',
      'alopecia-coverage': 'available',
    },
    privacyNotice: 'Stipple Leeds is run by Park Square Aesthetics Ltd (company 00000003), the controller of the data you send us.',
  },
]

export const DEMO_CLINICS: DemoClinic[] = CLINICS.map(withPrices)
