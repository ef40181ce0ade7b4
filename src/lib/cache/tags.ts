/**
 * The cache tags of the public sites. Every cached read names the tags of what it shows; every
 * change revalidates the tags of what it touched — no more, so one clinic's edit leaves the other
 * clinics' pages cached. docs/revalidation.md explains the map.
 */
export const tags = {
  /** Which hostnames and slugs lead to which live clinic. */
  clinicRouting: 'clinic-routing',
  /** The brand hub's list of live clinics. */
  clinicList: 'clinic-list',
  clinic: (id: number) => `clinic:${id}`,
  treatments: 'treatments',
  /** The brand's consultation types, shown with each clinic's booking offer. */
  consultationTypes: 'consultation-types',
  brandFaqs: 'faqs:brand',
  clinicFaqs: (id: number) => `faqs:clinic:${id}`,
  brandResults: 'results:brand',
  clinicResults: (id: number) => `results:clinic:${id}`,
  team: (id: number) => `team:clinic:${id}`,
  /** A clinic's published reviews: its reviews page and the home page's summary. */
  clinicReviews: (id: number) => `reviews:clinic:${id}`,
  pages: (id: number) => `pages:clinic:${id}`,
  media: 'media',
  brandSettings: 'brand-settings',
  legalTexts: 'legal-texts',
} as const
