import type { WeeklyHours } from '@/lib/booking/availability'

/** A small team per demo clinic; those who consult have `consults`, and hours of their own or the clinic's. */
export type DemoTeamMember = {
  clinic: string
  name: string
  jobTitle: string
  bio: string
  order: number
  seed: number
  skinTone: number
  consults?: boolean
  workingHours?: WeeklyHours
}

export const DEMO_TEAM: DemoTeamMember[] = [
  { clinic: 'london', name: 'Priya Shah', jobTitle: 'Lead SMP practitioner', bio: 'Eight years of scalp micro-pigmentation and a specialist in scar camouflage.', order: 1, seed: 101, skinTone: 4, consults: true },
  { clinic: 'london', name: 'Jonah Reid', jobTitle: 'SMP practitioner', bio: 'Trained in Stipple’s academy; designs hairlines with a fine, natural edge.', order: 2, seed: 102, skinTone: 2, consults: true, workingHours: [{ days: ['tue', 'wed', 'thu'], opens: '12:00', closes: '19:00' }, { days: ['sat'], opens: '10:00', closes: '16:00' }] },
  { clinic: 'manchester', name: 'Aisha Bello', jobTitle: 'Lead SMP practitioner', bio: 'Known for full-scalp treatments on darker skin tones.', order: 1, seed: 201, skinTone: 6, consults: true },
  { clinic: 'manchester', name: 'Tom Okafor', jobTitle: 'SMP practitioner', bio: 'Works evenings and weekends, for clients who cannot come in during the day.', order: 3, seed: 203, skinTone: 5, consults: true, workingHours: [{ days: ['thu', 'fri'], opens: '14:00', closes: '20:00' }, { days: ['sat', 'sun'], opens: '10:00', closes: '15:00' }] },
  { clinic: 'manchester', name: 'Chris Doyle', jobTitle: 'Client coordinator', bio: 'Your first contact for consultations and appointments.', order: 2, seed: 202, skinTone: 1 },
  { clinic: 'leeds', name: 'Hannah Kerr', jobTitle: 'SMP practitioner and owner', bio: 'Opened the Leeds studio after a decade in cosmetic tattooing.', order: 1, seed: 301, skinTone: 2, consults: true },
  { clinic: 'leeds', name: 'Sam Wood', jobTitle: 'SMP practitioner', bio: 'Joined the Leeds studio from Stipple’s academy; hairlines and density work.', order: 2, seed: 302, skinTone: 3, consults: true, workingHours: [{ days: ['mon', 'wed'], opens: '09:30', closes: '18:00' }, { days: ['thu'], opens: '12:00', closes: '20:00' }] },
]
