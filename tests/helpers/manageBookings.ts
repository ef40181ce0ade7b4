import type { Payload } from 'payload'

import { bookingAddOn } from '@/lib/booking/bookingAddOn'
import { readBooking } from '@/lib/booking/bookingRecord'
import { manageToken } from '@/lib/booking/manageLink'
import { changeBooking, type ManageContext, showBooking } from '@/lib/booking/manageBooking'
import { readEnv } from '@/lib/env'
import type { Clinic } from '@/payload-types'

import { bookingFields } from './bookings'
import { formDataOf, leadRequest, send, testContext, visitorFields } from './leads'
import type { leadClinicOf } from './leads'

/* The visitor's booking page as the tests reach it: in-process, with real Requests, on the seeded database. */

export const secret = () => readEnv().payloadSecret

/** The page's context for a clinic, as the endpoint builds it from the site. */
export const manageContextOf = async (payload: Payload, slug: string): Promise<ManageContext> => {
  const clinic = (await payload.find({ collection: 'clinics', where: { slug: { equals: slug } }, depth: 0, overrideAccess: true, limit: 1 })).docs[0] as Clinic
  return {
    payload,
    clinic: { id: clinic.id, name: clinic.name, phone: clinic.contact.phone, contact: clinic.contact, timeZone: clinic.timeZone, primaryColour: '#1f3a5f', onPrimaryColour: '#ffffff' },
    secret: secret(),
    paths: { manage: '/book/manage', book: '/book' },
  }
}

/** A visitor books a time through the consultation form; returns the lead, the booking and its manage token. */
export const bookThroughForm = async (payload: Payload, clinic: Awaited<ReturnType<typeof leadClinicOf>>, type: number, startsAt: number, practitioner: number | 'any' = 'any') => {
  const fields = visitorFields(bookingFields(type, practitioner, startsAt))
  const answer = await send(leadRequest(formDataOf(fields)), testContext(payload, clinic, { addOn: bookingAddOn(payload, clinic.id, '/book/time') }))
  if (answer.status !== 201) throw new Error(`Booking refused: ${JSON.stringify(answer.body)}`)
  const id = Number(String(answer.body.booking.reference).slice(1))
  return { email: fields.email, name: fields.name, lead: Number(String(answer.body.reference).slice(1)), booking: id, token: manageToken(secret(), { booking: id, startsAt }) }
}

const BASE = 'http://london.localhost:3000/book/manage'

export const openPage = async (context: ManageContext, token: string, query = '') => {
  const response = await showBooking(new Request(`${BASE}?booking=${encodeURIComponent(token)}${query}`), context)
  return { status: response.status, headers: response.headers, html: await response.text() }
}

export const postForm = async (context: ManageContext, fields: Record<string, string>) => {
  const response = await changeBooking(
    new Request(BASE, { method: 'POST', body: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    context,
  )
  return { status: response.status, headers: response.headers, html: await response.text() }
}

export const cancelForm = (token: string) => ({ booking: token, action: 'cancel' })
export const rescheduleForm = (token: string, startsAt: number | string) => ({ booking: token, action: 'reschedule', startsAt: typeof startsAt === 'number' ? new Date(startsAt).toISOString() : startsAt })

/** The token a 303 after a move points at. */
export const tokenOfRedirect = (location: string | null) => new URL(location ?? '', 'http://x').searchParams.get('booking')!

export const bookingNow = async (payload: Payload, id: number) => (await readBooking(payload, id))!

/** The booking mail jobs queued for a booking, by task and input. */
export const bookingJobsOf = async (payload: Payload, booking: number) =>
  (await payload.find({ collection: 'payload-jobs', where: { 'input.booking': { equals: booking } }, overrideAccess: true, pagination: false, sort: 'id' })).docs
