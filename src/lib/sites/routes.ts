import type { CollectionSlug } from 'payload'

/*
 * Every path of a clinic site, relative to where the site starts (its own host, or the
 * `/clinics/<slug>` fallback): pages, links, the sitemap, structured data, mails and previews all
 * build them here, so a path is spelled once. The admin's document links, for mails, are at the end.
 */
export const siteRoutes = {
  home: '/',
  treatments: '/treatments',
  treatment: (slug: string) => `/treatments/${slug}`,
  results: '/results',
  result: (slug: string) => `/results/${slug}`,
  faq: '/faq',
  about: '/about',
  book: '/book',
  /** The booking steps without JavaScript: `?type=…&practitioner=…&day=…&time=…`, rendered per request. */
  bookTime: '/book/time',
  /** The same steps as JSON, for the enhanced booking page. */
  bookFreeTimes: '/book/free-times',
  bookRequest: '/book/request',
  bookThanks: '/book/thanks',
  /** The visitor's own booking, reached by the signed link in its mails: reschedule or cancel. */
  bookManage: '/book/manage',
  privacy: '/privacy',
  /** Treated clients' reviews, and the form a review request's signed link opens. */
  reviews: '/reviews',
  review: '/review',
  /** The guided hair-loss check: the question, where its plain form is sent, and an answer. */
  check: '/check',
  checkAnswer: '/check/answer',
  checkOutcome: (stage: string, skin?: string) => `/check/${stage}${skin ? `/skin-${skin}` : ''}`,
  /** A page the clinic composed from blocks. */
  page: (slug: string) => `/${slug}`,
} as const

/** Where a clinic's site starts on the platform's own host, for tools (and previews) that cannot set a Host. */
export const clinicPathBase = (slug: string) => `/clinics/${slug}`

/** Where a document is open in the admin, on the platform's own origin: the links in mails to clinics and to marketing. */
export const adminDocumentPath = (collection: CollectionSlug, id: number) => `/admin/collections/${collection}/${id}`
