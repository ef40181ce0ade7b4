import type { CollectionSlug } from 'payload'

/** The collections the access tests reach through every API (Payload's internal ones apart). */
export type Slug = Exclude<CollectionSlug, `payload-${string}`>

/** GraphQL names Payload generates for each collection, and the fields a test reads back. */
export const GQL: Record<Slug, { one: string; many: string; fields: string }> = {
  clinics: { one: 'Clinic', many: 'Clinics', fields: 'id slug status' },
  users: { one: 'User', many: 'Users', fields: 'id email role clinics { clinic { id } }' },
  treatments: { one: 'Treatment', many: 'Treatments', fields: 'id slug _status' },
  faqs: { one: 'Faq', many: 'Faqs', fields: 'id question clinic { id }' },
  'case-studies': { one: 'CaseStudy', many: 'CaseStudies', fields: 'id slug _status clinic { id }' },
  leads: { one: 'Lead', many: 'Leads', fields: 'id status clinic { id }' },
  'lead-photos': { one: 'LeadPhoto', many: 'LeadPhotos', fields: 'id filename clinic { id }' },
  'privacy-log': { one: 'PrivacyLogEntry', many: 'PrivacyLog', fields: 'id action lead clinic { id }' },
  'publish-log': { one: 'PublishLog', many: 'PublishLogs', fields: 'id action collectionName document' },
  media: { one: 'Media', many: 'allMedia', fields: 'id filename clinic { id }' },
  'consent-forms': { one: 'ConsentForm', many: 'ConsentForms', fields: 'id filename clinic { id }' },
  'team-members': { one: 'TeamMember', many: 'TeamMembers', fields: 'id name clinic { id }' },
  pages: { one: 'Page', many: 'Pages', fields: 'id slug _status clinic { id }' },
  'consultation-types': { one: 'ConsultationType', many: 'ConsultationTypes', fields: 'id name durationMinutes' },
  'availability-exceptions': { one: 'AvailabilityException', many: 'AvailabilityExceptions', fields: 'id kind startsOn clinic { id }' },
  bookings: { one: 'Booking', many: 'Bookings', fields: 'id status startsAt clinic { id }' },
  reviews: { one: 'Review', many: 'Reviews', fields: 'id rating text status ownerReply clinic { id }' },
}
