import type { Payload } from 'payload'

import { seedBookings, seedBookingSetup } from './booking'
import { seedBrand } from './brand'
import { seedClinics, seedLocalFaqs, seedTeam } from './clinics'
import { seedPages } from './pages'
import { seedCaseStudies, seedLeads } from './results'
import { seedReviews } from './reviews'
import { seedUsers } from './users'

/** The whole demo platform. Idempotent: a second run changes nothing and duplicates nothing. */
export const seedDemoContent = async (payload: Payload): Promise<void> => {
  const treatments = await seedBrand(payload)
  const clinics = await seedClinics(payload, treatments)
  await seedUsers(payload, clinics)
  await seedLocalFaqs(payload, clinics)
  const team = await seedTeam(payload, clinics)
  await seedCaseStudies(payload, clinics, treatments, team)
  await seedLeads(payload, clinics, treatments)
  await seedReviews(payload, clinics, treatments)
  const consultationTypes = await seedBookingSetup(payload, clinics)
  await seedBookings(payload, clinics, consultationTypes)
  await seedPages(payload, clinics)
}
