/**
 * Made-up reviews of treated clients, so each clinic's reviews page shows what a real one would:
 * mostly content, one critical with the owner's reply. Plain ASCII: the sites' fonts are cut to
 * the characters they show.
 */
export type DemoReview = {
  clinic: string
  treatment: string
  rating: number
  displayName: string
  submittedAt: string
  text: string
  ownerReply?: string
}

export const DEMO_REVIEWS: DemoReview[] = [
  {
    clinic: 'london',
    treatment: 'smp-for-pattern-baldness',
    rating: 5,
    displayName: 'Marcus T.',
    submittedAt: '2026-09-14T10:00:00.000Z',
    text: 'Three sessions over five weeks. The hairline looks soft rather than drawn on, and nobody at work has noticed anything except that I look less tired.',
  },
  {
    clinic: 'london',
    treatment: 'scar-camouflage',
    rating: 2,
    displayName: 'Dev K.',
    submittedAt: '2026-10-02T16:30:00.000Z',
    text: 'The scar is less visible, but after the second session the colour on it looked patchy and darker than the rest for weeks. It took an extra session to even out, and I had to chase for the appointment.',
    ownerReply: 'Thank you for telling us, Dev. Scar tissue takes pigment unevenly and we should have said so more clearly before starting. We have changed how we book follow-up sessions so nobody has to chase us again.',
  },
  {
    clinic: 'london',
    treatment: 'smp-for-pattern-baldness',
    rating: 4,
    displayName: 'Chris',
    submittedAt: '2026-11-08T12:00:00.000Z',
    text: 'Good result and an honest consultation. Sessions were longer than I expected, so take the afternoon off.',
  },
  {
    clinic: 'manchester',
    treatment: 'density-for-thinning-hair',
    rating: 5,
    displayName: 'Aisha R.',
    submittedAt: '2026-08-21T09:15:00.000Z',
    text: 'I was nervous about doing this as a woman with long hair. The parting looks fuller and the practitioner matched the shade carefully. Very glad I did it.',
  },
  {
    clinic: 'manchester',
    treatment: 'smp-for-pattern-baldness',
    rating: 3,
    displayName: 'Liam O.',
    submittedAt: '2026-10-19T14:45:00.000Z',
    text: 'The result is fine from a distance. Up close the crown is a little lighter than the sides and I will need a top-up. Friendly team.',
    ownerReply: 'Thanks Liam. A lighter crown after the first healing is common and the top-up session is included; we will call you to book it.',
  },
  {
    clinic: 'leeds',
    treatment: 'alopecia-coverage',
    rating: 4,
    displayName: 'Jo B.',
    submittedAt: '2026-09-30T11:00:00.000Z',
    text: 'My patches are covered and I can wear my hair very short again. It took four sessions instead of the three I hoped for.',
  },
  {
    clinic: 'leeds',
    treatment: 'smp-for-pattern-baldness',
    rating: 2,
    displayName: 'Gareth',
    submittedAt: '2026-11-12T17:20:00.000Z',
    text: 'The first session ran an hour late and the hairline was set higher than we agreed. It was corrected in the next session, but it was a stressful week.',
    ownerReply: 'Gareth, we are sorry. The hairline should have matched what we marked together, and running late is not acceptable. We have spoken with the team and changed how sessions are scheduled.',
  },
]
