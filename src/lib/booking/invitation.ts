/*
 * A consultation as an iCalendar invitation (RFC 5545, with iTIP's REQUEST and CANCEL of RFC 5546),
 * written here rather than with a package: one event, a dozen properties, and the three rules that
 * matter — escaped text, CRLF line ends, lines folded at 75 octets. Times are written in UTC (`Z`):
 * the instant is what the booking stores, so a calendar in any zone shows it right on both sides of
 * a clock change, with no VTIMEZONE to keep in step with the time-zone data.
 */

export type InvitationMethod = 'REQUEST' | 'CANCEL'

export type Invitation = {
  method: InvitationMethod
  /** The same for every version of one appointment, so calendars replace it instead of adding one. */
  uid: string
  /** Raised on every change (a new time, the cancellation): calendars keep the highest. */
  sequence: number
  /** When this version was written. */
  stamp: number
  start: number
  end: number
  summary: string
  location: string
  description: string
  organizer: { name: string; email: string }
  attendee: { name: string; email: string }
}

const CRLF = '\r\n'
const MAX_OCTETS = 75

/** An instant in iCalendar's UTC form, `20271029T090000Z`. */
export const icsTime = (instant: number): string => new Date(instant).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

/** TEXT values: backslash, semicolon and comma escaped, line breaks as `\n` (RFC 5545 3.3.11). */
export const escapeText = (value: string): string =>
  value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // Control characters other than a tab have no place in TEXT.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')

/** A parameter value (a person's name) in quotes, without the characters quotes cannot hold. */
const quotedParameter = (value: string): string => `"${value.replace(/["\r\n]/g, '').replace(/[\u0000-\u001f\u007f]/g, '')}"`

/**
 * One content line folded into lines of at most 75 octets, continuations starting with a space
 * (RFC 5545 3.1). A UTF-8 character is never split across lines.
 */
export const foldLine = (line: string): string => {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8')
    // A continuation's leading space counts against its 75.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += character
    octets += size
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

const mailto = (email: string) => `mailto:${email.replace(/[\r\n]/g, '')}`

/** The invitation's text, ready to attach as `text/calendar`. */
export const invitationText = (invitation: Invitation): string => {
  const cancelled = invitation.method === 'CANCEL'
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Stipple//Consultation booking//EN',
    'CALSCALE:GREGORIAN',
    `METHOD:${invitation.method}`,
    'BEGIN:VEVENT',
    `UID:${invitation.uid}`,
    `SEQUENCE:${invitation.sequence}`,
    `DTSTAMP:${icsTime(invitation.stamp)}`,
    `DTSTART:${icsTime(invitation.start)}`,
    `DTEND:${icsTime(invitation.end)}`,
    `SUMMARY:${escapeText(invitation.summary)}`,
    `LOCATION:${escapeText(invitation.location)}`,
    `DESCRIPTION:${escapeText(invitation.description)}`,
    `ORGANIZER;CN=${quotedParameter(invitation.organizer.name)}:${mailto(invitation.organizer.email)}`,
    `ATTENDEE;CN=${quotedParameter(invitation.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:${mailto(invitation.attendee.email)}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}
