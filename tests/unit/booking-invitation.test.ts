import { describe, expect, it } from 'vitest'

import { escapeText, foldLine, type Invitation, invitationText } from '@/lib/booking/invitation'
import { instantOf } from '@/lib/booking/zonedTime'

import { eventOf, physicalLines } from '../helpers/ics'

/*
 * The booking's calendar invitation, read back as a calendar program would: London times on both
 * sides of October's clock change as the right instants in UTC, text escaped, lines folded at 75
 * octets with CRLF, and a cancellation that outranks the invitation it cancels.
 */

const UK = 'Europe/London'
const MINUTE = 60_000

const invitation = (overrides: Partial<Invitation> = {}): Invitation => ({
  method: 'REQUEST',
  uid: 'booking-42@stipple.example',
  sequence: 0,
  stamp: Date.parse('2027-10-01T08:00:00Z'),
  start: instantOf(UK, '2027-10-29', 10 * 60),
  end: instantOf(UK, '2027-10-29', 10 * 60 + 30),
  summary: 'In-clinic consultation at London Soho',
  location: 'London Soho, 12 Dean Street, London, W1D 3RS',
  description: 'With Priya Shah.',
  organizer: { name: 'London Soho', email: 'hello@london.stipple.example' },
  attendee: { name: 'Ada Lovelace', email: 'ada@example.test' },
  ...overrides,
})

describe('a booking’s calendar invitation', () => {
  it('gives a London consultation the right instant on either side of the October clock change', () => {
    // Friday 29 October 2027, 10:00 British Summer Time is 09:00 UTC …
    const before = eventOf(invitationText(invitation()))
    expect(before.value('DTSTART')).toBe('20271029T090000Z')
    expect(before.utc('DTEND') - before.utc('DTSTART')).toBe(30 * MINUTE)
    // … and Monday 1 November, 10:00 Greenwich Mean Time is 10:00 UTC (clocks went back on the 31st).
    const after = eventOf(invitationText(invitation({ start: instantOf(UK, '2027-11-01', 600), end: instantOf(UK, '2027-11-01', 630) })))
    expect(after.value('DTSTART')).toBe('20271101T100000Z')
    expect(after.value('DTEND')).toBe('20271101T103000Z')
    // The night of the change itself: 01:30 happens twice; the booking's instant is what is written.
    const twice = Date.parse('2027-10-31T01:30:00Z')
    expect(eventOf(invitationText(invitation({ start: twice, end: twice + 30 * MINUTE }))).value('DTSTART')).toBe('20271031T013000Z')
  })

  it('is an iTIP request with the fields a calendar needs, in one VEVENT', () => {
    const event = eventOf(invitationText(invitation({ sequence: 2 })))
    const names = event.properties.map((property) => property.name)
    expect(names.slice(0, 2)).toEqual(['BEGIN', 'VERSION'])
    expect(names.filter((name) => name === 'BEGIN')).toHaveLength(2)
    expect(event.value('METHOD')).toBe('REQUEST')
    expect(event.value('UID')).toBe('booking-42@stipple.example')
    expect(event.value('SEQUENCE')).toBe('2')
    expect(event.value('DTSTAMP')).toBe('20271001T080000Z')
    expect(event.value('STATUS')).toBe('CONFIRMED')
    expect(event.value('ORGANIZER')).toBe('mailto:hello@london.stipple.example')
    expect(event.properties.find((property) => property.name === 'ATTENDEE')!.params.CN).toBe('Ada Lovelace')
  })

  it('cancels with the same UID and the sequence it is given', () => {
    const event = eventOf(invitationText(invitation({ method: 'CANCEL', sequence: 3 })))
    expect(event.value('METHOD')).toBe('CANCEL')
    expect(event.value('STATUS')).toBe('CANCELLED')
    expect(event.value('UID')).toBe('booking-42@stipple.example')
    expect(event.value('SEQUENCE')).toBe('3')
  })

  it('escapes text so commas, semicolons, backslashes and line breaks survive, and nothing can add a property', () => {
    const tricky = 'Dean St, 1st floor; ring "Stipple" \\ back door\nDESCRIPTION:injected'
    const event = eventOf(invitationText(invitation({ location: tricky, description: 'Line one\r\nLine two' })))
    expect(event.text('LOCATION')).toBe(tricky)
    expect(event.text('DESCRIPTION')).toBe('Line one\nLine two')
    expect(event.properties.filter((property) => property.name === 'DESCRIPTION')).toHaveLength(1)
    expect(escapeText('a,b;c\\d')).toBe('a\\,b\\;c\\\\d')
    // A name with a quote cannot end the CN parameter early.
    const attendee = eventOf(invitationText(invitation({ attendee: { name: 'Ada "The Countess" Lovelace', email: 'ada@example.test' } })))
    expect(attendee.properties.find((property) => property.name === 'ATTENDEE')!.value).toBe('mailto:ada@example.test')
  })

  it('ends every line with CRLF and folds long lines at 75 octets without splitting a character', () => {
    const long = `${'Consultation with Zoë Ångström-Øverby, '.repeat(6)}and 💈 at the end`
    const text = invitationText(invitation({ description: long, summary: 'é'.repeat(100) }))
    const lines = physicalLines(text)
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
    // Unfolded, the text is whole again, every character intact.
    const event = eventOf(text)
    expect(event.text('DESCRIPTION')).toBe(long)
    expect(event.text('SUMMARY')).toBe('é'.repeat(100))
    expect(foldLine('short')).toBe('short')
  })
})
