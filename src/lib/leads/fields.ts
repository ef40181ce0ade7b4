/**
 * The lead's fields in one table: the form's rules (schema.ts), the collection's limits
 * (src/collections/Leads) and the intake's SQL (storeLead.ts) are all read from here, so a limit
 * is changed in one place. Plain data without dependencies: the form's client bundle loads it.
 */

export type LeadColumn = {
  /** The column in PostgreSQL's `leads` table (Payload's snake_case of the field name). */
  column: string
  maxLength?: number
}

/** What a visitor types or chooses, in the form's order. */
export const LEAD_FIELDS = {
  name: { column: 'name', maxLength: 120 },
  email: { column: 'email', maxLength: 254 },
  phone: { column: 'phone', maxLength: 40 },
  preferredContact: { column: 'preferred_contact' },
  preferredTime: { column: 'preferred_time' },
  treatment: { column: 'treatment_of_interest_id' },
  hairLossStage: { column: 'hair_loss_stage' },
  concern: { column: 'concern', maxLength: 2000 },
  privacyConsent: { column: 'privacy_consent' },
  marketingOptIn: { column: 'marketing_opt_in' },
} as const satisfies Record<string, LeadColumn>

/** Where the visit came from (the `source` group), as the intake works it out. */
export const LEAD_SOURCE_FIELDS = {
  landingPage: { column: 'source_landing_page', maxLength: 2000 },
  referrer: { column: 'source_referrer', maxLength: 2000 },
  utmSource: { column: 'source_utm_source', maxLength: 200 },
  utmMedium: { column: 'source_utm_medium', maxLength: 200 },
  utmCampaign: { column: 'source_utm_campaign', maxLength: 200 },
  utmTerm: { column: 'source_utm_term', maxLength: 200 },
  utmContent: { column: 'source_utm_content', maxLength: 200 },
} as const satisfies Record<string, LeadColumn>

/**
 * Photos of a lead. `maxPixels` is read from the file's header before anything is decoded (a
 * small file can declare a huge picture); what is kept is at most `longEdge` pixels on its long edge.
 */
export const LEAD_PHOTOS = {
  max: 3,
  bytes: 5 * 1024 * 1024,
  maxPixels: 40_000_000,
  longEdge: 2560,
  /** The clinic's preview of each photo in the admin, cropped to this size from the middle. */
  thumbnail: { width: 400, height: 300 },
} as const

/** Three photos at their limit plus the text fields and multipart framing. */
export const LEAD_BODY_BYTES = LEAD_PHOTOS.max * LEAD_PHOTOS.bytes + 1024 * 1024
