/**
 * The first page of a visit and where the visitor came from, kept in the browser's session
 * storage (not a cookie: it never leaves the device unless the visitor sends the form).
 */
const KEY = 'stipple:visit'

export type Visit = { landingPage: string; referrer: string }

export const rememberVisit = () => {
  try {
    if (sessionStorage.getItem(KEY)) return
    // Moving between pages of the same site is not "where they came from".
    const external = document.referrer && new URL(document.referrer).host !== location.host ? document.referrer : ''
    sessionStorage.setItem(KEY, JSON.stringify({ landingPage: location.href, referrer: external } satisfies Visit))
  } catch {
    // Storage switched off: the server falls back to the page the form was on.
  }
}

export const rememberedVisit = (): Visit | null => {
  try {
    const stored = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<Visit> | null
    return stored && typeof stored.landingPage === 'string' ? { landingPage: stored.landingPage, referrer: stored.referrer ?? '' } : null
  } catch {
    return null
  }
}
