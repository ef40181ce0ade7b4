import { LEAD_SOURCE_FIELDS } from './fields'

/** Where a lead came from: the visit's first page and referrer, and the campaign tags of that page. */
export type Attribution = {
  landingPage: string | null
  referrer: string | null
  utmSource: string | null
  utmMedium: string | null
  utmCampaign: string | null
  utmTerm: string | null
  utmContent: string | null
}

const MAX_URL = Math.min(LEAD_SOURCE_FIELDS.landingPage.maxLength, LEAD_SOURCE_FIELDS.referrer.maxLength)
// Every utm_ tag has the same limit.
const MAX_TAG = LEAD_SOURCE_FIELDS.utmSource.maxLength

const webUrl = (value: string | null | undefined): URL | null => {
  if (!value || value.length > MAX_URL) return null
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null
  } catch {
    return null
  }
}

const tag = (url: URL | null, name: string) => url?.searchParams.get(name)?.trim().slice(0, MAX_TAG) || null

/**
 * The form sends the visit's landing page and referrer as the browser remembered them (JavaScript
 * on); without them the page the form was on (the Referer header) stands in as landing page.
 * Anything that is not an http(s) address is dropped rather than stored.
 */
export const attributionOf = (sent: { landingPage?: string | null; referrer?: string | null }, refererHeader: string | null): Attribution => {
  const landing = webUrl(sent.landingPage) ?? webUrl(refererHeader)
  const referrer = webUrl(sent.referrer)
  return {
    landingPage: landing?.toString() ?? null,
    referrer: referrer?.toString() ?? null,
    utmSource: tag(landing, 'utm_source'),
    utmMedium: tag(landing, 'utm_medium'),
    utmCampaign: tag(landing, 'utm_campaign'),
    utmTerm: tag(landing, 'utm_term'),
    utmContent: tag(landing, 'utm_content'),
  }
}
