/*
 * The countries a clinic can be in, with what follows from that: the currency its prices are in
 * and the phone numbering its numbers are read and shown in. A further country is a line here
 * (and a time zone the platform admin picks for the clinic).
 */

export const CURRENCIES = ['GBP', 'EUR', 'USD'] as const
export type Currency = (typeof CURRENCIES)[number]

export const COUNTRIES = {
  GB: { name: 'United Kingdom', currency: 'GBP' },
  IE: { name: 'Ireland', currency: 'EUR' },
  ES: { name: 'Spain', currency: 'EUR' },
  IT: { name: 'Italy', currency: 'EUR' },
  FR: { name: 'France', currency: 'EUR' },
  US: { name: 'United States', currency: 'USD' },
} as const satisfies Record<string, { name: string; currency: Currency }>

export type Country = keyof typeof COUNTRIES

export const COUNTRY_OPTIONS = (Object.keys(COUNTRIES) as Country[]).map((code) => ({ value: code, label: COUNTRIES[code].name }))
export const CURRENCY_OPTIONS = CURRENCIES.map((code) => ({ value: code, label: code }))

export const isCountry = (value: unknown): value is Country => typeof value === 'string' && value in COUNTRIES

/** The currency a clinic's prices are in (GBP for one saved before clinics had one). */
export const currencyOf = (clinic: { currency?: string | null } | null | undefined): Currency =>
  (CURRENCIES as readonly string[]).includes(clinic?.currency ?? '') ? (clinic!.currency as Currency) : 'GBP'

/** The country a clinic is in (GB for one saved before clinics had one). */
export const countryOf = (clinic: { country?: string | null } | null | undefined): Country => (isCountry(clinic?.country) ? clinic!.country : 'GB')
