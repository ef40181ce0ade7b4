import type { AvailabilityException } from '@/lib/booking/availability'

/** The brand's consultation types. */
export const DEMO_CONSULTATION_TYPES = [
  { name: 'In-clinic consultation', description: 'Meet a practitioner at the clinic: a look at your scalp, a hairline sketch and a quote.', durationMinutes: 30, bufferMinutes: 15 },
  { name: 'Video consultation', description: 'A first talk by video from home, with photos of your scalp if you like.', durationMinutes: 20, bufferMinutes: 10 },
] as const

type TypeName = (typeof DEMO_CONSULTATION_TYPES)[number]['name']

/** Which types each clinic offers, with the clinic's own length where it set one. */
export const DEMO_CONSULTATIONS_OFFERED: Record<string, { type: TypeName; durationMinutes?: number }[]> = {
  london: [{ type: 'In-clinic consultation' }, { type: 'Video consultation' }],
  manchester: [{ type: 'In-clinic consultation', durationMinutes: 45 }, { type: 'Video consultation' }],
  leeds: [{ type: 'In-clinic consultation' }],
}

/** Holidays, leave and extra hours; the practitioner by name, none for the whole clinic. */
export const DEMO_EXCEPTIONS: (Omit<AvailabilityException, 'practitioner'> & { clinic: string; practitioner?: string; note: string })[] = [
  { clinic: 'london', kind: 'closed', startsOn: '2026-12-25', endsOn: '2026-12-26', note: 'Christmas' },
  { clinic: 'manchester', kind: 'closed', startsOn: '2026-12-25', endsOn: '2026-12-27', note: 'Christmas' },
  { clinic: 'leeds', kind: 'closed', startsOn: '2026-12-24', endsOn: '2026-12-28', note: 'Christmas' },
  { clinic: 'london', kind: 'closed', startsOn: '2027-01-01', note: 'New Year’s Day' },
  { clinic: 'london', kind: 'closed', practitioner: 'Jonah Reid', startsOn: '2027-01-04', endsOn: '2027-01-08', note: 'Jonah on leave' },
  { clinic: 'manchester', kind: 'extraHours', practitioner: 'Aisha Bello', startsOn: '2027-01-11', opens: '10:00', closes: '16:00', note: 'Extra Monday for the new-year rush' },
  { clinic: 'leeds', kind: 'closed', practitioner: 'Hannah Kerr', startsOn: '2027-01-14', opens: '12:00', closes: '15:00', note: 'Hannah at a training day' },
]

/** A booking for some of the seeded leads: with whom, of which type, and how far into their free times. */
export const DEMO_BOOKINGS: { leadEmail: string; practitioner: string; type: TypeName; nthFreeTime: number }[] = [
  { leadEmail: 'alpha@example.invalid', practitioner: 'Priya Shah', type: 'In-clinic consultation', nthFreeTime: 20 },
  { leadEmail: 'bravo@example.invalid', practitioner: 'Jonah Reid', type: 'Video consultation', nthFreeTime: 40 },
  { leadEmail: 'charlie@example.invalid', practitioner: 'Aisha Bello', type: 'In-clinic consultation', nthFreeTime: 25 },
  { leadEmail: 'delta@example.invalid', practitioner: 'Tom Okafor', type: 'Video consultation', nthFreeTime: 30 },
  { leadEmail: 'echo@example.invalid', practitioner: 'Hannah Kerr', type: 'In-clinic consultation', nthFreeTime: 15 },
]
