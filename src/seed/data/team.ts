/** A small team per demo clinic. */
export type DemoTeamMember = { clinic: string; name: string; jobTitle: string; bio: string; order: number; seed: number; skinTone: number }

export const DEMO_TEAM: DemoTeamMember[] = [
  { clinic: 'london', name: 'Priya Shah', jobTitle: 'Lead SMP practitioner', bio: 'Eight years of scalp micro-pigmentation and a specialist in scar camouflage.', order: 1, seed: 101, skinTone: 4 },
  { clinic: 'london', name: 'Jonah Reid', jobTitle: 'SMP practitioner', bio: 'Trained in Stipple’s academy; designs hairlines with a fine, natural edge.', order: 2, seed: 102, skinTone: 2 },
  { clinic: 'manchester', name: 'Aisha Bello', jobTitle: 'Lead SMP practitioner', bio: 'Known for full-scalp treatments on darker skin tones.', order: 1, seed: 201, skinTone: 6 },
  { clinic: 'manchester', name: 'Chris Doyle', jobTitle: 'Client coordinator', bio: 'Your first contact for consultations and appointments.', order: 2, seed: 202, skinTone: 1 },
  { clinic: 'leeds', name: 'Hannah Kerr', jobTitle: 'SMP practitioner and owner', bio: 'Opened the Leeds studio after a decade in cosmetic tattooing.', order: 1, seed: 301, skinTone: 2 },
]
