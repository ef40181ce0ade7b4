import { describe, expect, it } from 'vitest'

import { countryOf, currencyOf, isCountry } from '@/lib/locale/countries'
import { clinicPhone, phoneForDisplay, readPhone } from '@/lib/locale/phone'
import { priceRange } from '@/lib/prices/format'

describe('a clinic’s country: its phone numbers and its money', () => {
  it('reads a number as people in the clinic’s country dial it, and keeps it in E.164', () => {
    expect(readPhone('020 7946 0321', 'GB')).toEqual({ ok: true, e164: '+442079460321' })
    expect(readPhone('+44 (0)20 7946 0321', 'GB')).toEqual({ ok: true, e164: '+442079460321' })
    expect(readPhone('912 34 56 78', 'ES')).toEqual({ ok: true, e164: '+34912345678' })
    expect(readPhone('06 12 34 56 78', 'FR')).toEqual({ ok: true, e164: '+33612345678' })
    // A Spanish number typed for a UK clinic needs its country code to be read as Spanish.
    expect(readPhone('+34 912 34 56 78', 'GB')).toEqual({ ok: true, e164: '+34912345678' })
  })

  it('refuses what is not a whole number in that country, saying how to write it', () => {
    for (const typed of ['12345', '020 7946', 'call us', '', '+99 123']) {
      const read = readPhone(typed, 'GB')
      expect(read.ok, typed).toBe(false)
      if (!read.ok) expect(read.message).toMatch(/\+ country code/)
    }
  })

  it('shows a number the way the clinic’s country reads it, and others with their country code', () => {
    expect(phoneForDisplay('+442079460321', 'GB')).toBe('020 7946 0321')
    expect(phoneForDisplay('+34912345678', 'ES')).toBe('912 34 56 78')
    expect(phoneForDisplay('+34912345678', 'GB')).toBe('+34 912 34 56 78')
    // Saved before numbers were kept in E.164: still shown and linked properly.
    expect(clinicPhone({ country: 'GB', contact: { phone: '+44 20 7946 0321', whatsapp: '+44 20 7946 0322' } })).toEqual({
      shown: '020 7946 0321',
      tel: 'tel:+442079460321',
      whatsapp: 'https://wa.me/442079460322',
    })
    expect(clinicPhone({ country: 'ES', contact: { phone: '+34912345678' } }).whatsapp).toBeUndefined()
  })

  it('prices in the clinic’s currency, and falls back to the UK for a clinic saved before clinics had a country', () => {
    expect(priceRange(1500, 2800, currencyOf({ currency: 'EUR' }))).toBe('€1,500–€2,800')
    expect(priceRange(1500, null, currencyOf({ currency: 'USD' }))).toBe('from US$1,500')
    expect([currencyOf({}), currencyOf({ currency: 'XYZ' }), countryOf(null), countryOf({ country: 'ES' })]).toEqual(['GBP', 'GBP', 'GB', 'ES'])
    expect([isCountry('ES'), isCountry('es'), isCountry('ZZ')]).toEqual([true, false, false])
  })
})
