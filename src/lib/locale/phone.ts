import { parsePhoneNumberFromString } from 'libphonenumber-js'

import { type Country, isCountry } from './countries'

/*
 * Phone numbers as the clinic's country writes them: stored in E.164 ("+442079460321", one
 * spelling for links, WhatsApp and the API), shown the way people there read them ("020 7946
 * 0321"), and checked against the country's numbering plan (libphonenumber's metadata).
 */

export type ReadPhone = { ok: true; e164: string } | { ok: false; message: string }

/** A number typed in national ("020 7946 0321") or international ("+44 20 …") form, for a clinic in `country`. */
export const readPhone = (typed: string, country: Country): ReadPhone => {
  const number = parsePhoneNumberFromString(typed.trim(), country)
  if (!number || !number.isValid()) return { ok: false, message: `This is not a complete phone number in the clinic's country (${country}): give it as people there dial it, or with its + country code.` }
  return { ok: true, e164: number.number }
}

/** How a number is shown on a site in `country`: nationally when it is that country's, else with its country code. */
export const phoneForDisplay = (stored: string, country: Country): string => {
  const number = parsePhoneNumberFromString(stored, country)
  if (!number) return stored
  return number.country === country ? number.formatNational() : number.formatInternational()
}

/** A `tel:` link (or WhatsApp's `wa.me/…`) wants the digits of the international number. */
export const phoneDigits = (stored: string, country: Country): string => {
  const number = parsePhoneNumberFromString(stored, country)
  return number ? number.number : stored.replace(/[^\d+]/g, '')
}

type ClinicWithPhones = { country?: string | null; contact: { phone: string; whatsapp?: string | null } }

/** A clinic's numbers as its site shows and links them. */
export const clinicPhone = (clinic: ClinicWithPhones) => {
  const country = isCountry(clinic.country) ? clinic.country : 'GB'
  const { phone, whatsapp } = clinic.contact
  return {
    shown: phoneForDisplay(phone, country),
    tel: `tel:${phoneDigits(phone, country)}`,
    whatsapp: whatsapp ? `https://wa.me/${phoneDigits(whatsapp, country).replace('+', '')}` : undefined,
  }
}
