export type Coordinates = { latitude: number; longitude: number }

// The mean radius; the Earth is not a sphere, but the error (well under 1%) is far below what a
// visitor choosing between clinics could notice.
const EARTH_RADIUS_KM = 6371.0088

const radians = (degrees: number) => (degrees * Math.PI) / 180

/** Great-circle distance in kilometres (haversine): "as the crow flies", not by road. */
export const distanceKm = (a: Coordinates, b: Coordinates): number => {
  const dLat = radians(b.latitude - a.latitude)
  const dLon = radians(b.longitude - a.longitude)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Nearest first, each with its distance so the caller does not measure twice; the input is left as it was. */
export const sortByDistance = <T extends Coordinates>(items: readonly T[], from: Coordinates): (T & { kmAway: number })[] =>
  items.map((item) => ({ ...item, kmAway: distanceKm(from, item) })).sort((a, b) => a.kmAway - b.kmAway)

// A UK postcode is an outward code (area letters, district digits: "M1", "LS14", "EC1A") and a
// three-character inward code ("1AE"). Spaces are optional in what people type.
const FULL_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})$/
const OUTWARD_THEN_PART_OF_INWARD = /^([A-Z]{1,2}\d[A-Z\d]?)(?: (\d[A-Z]{0,2}))?$/

const splitPostcode = (postcode: string): { outward: string; inward: string } => {
  const compact = postcode.toUpperCase().replace(/\s+/g, '')
  return { outward: compact.slice(0, -3), inward: compact.slice(-3) }
}

/**
 * Whether a postcode-shaped query names this postcode: in full (with or without its space), or by
 * its whole outward code optionally followed by the start of the inward code. The outward code
 * must match whole, because "M1" and "M11" are different districts. Without a space, a short
 * query is read as an outward code: "LS14" means the LS14 district, not "LS1 4…".
 * Returns undefined when the query does not look like a postcode at all.
 */
const matchesPostcode = (postcode: string, query: string): boolean | undefined => {
  const clinic = splitPostcode(postcode)
  const spaced = query.toUpperCase().trim().replace(/\s+/g, ' ')
  const full = FULL_POSTCODE.exec(spaced.replace(/ /g, ''))
  if (full) return clinic.outward === full[1] && clinic.inward === full[2]
  const partial = OUTWARD_THEN_PART_OF_INWARD.exec(spaced)
  if (partial) return clinic.outward === partial[1] && clinic.inward.startsWith(partial[2] ?? '')
  return undefined
}

// Case, spaces and punctuation are ignored, so "stoke on trent" finds "Stoke-on-Trent".
const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')

/** The clinic finder's search: a town, city or clinic name, or all or the start of a UK postcode. An empty query matches every clinic. */
export const matchesPlaceQuery = (clinic: { city: string; postcode: string; name: string }, query: string): boolean => {
  const byPostcode = matchesPostcode(clinic.postcode, query)
  if (byPostcode !== undefined) return byPostcode
  const wanted = letters(query)
  return letters(clinic.city).includes(wanted) || letters(clinic.name).includes(wanted)
}
