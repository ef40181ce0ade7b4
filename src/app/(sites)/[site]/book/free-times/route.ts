import type { BookingQuery } from '@/lib/booking/bookingSteps'
import { readBookingView } from '@/lib/booking/readBookingView'
import { errorSummary } from '@/lib/errorSummary'
import { sitePayload } from '@/lib/sites/payload'
import { getSite } from '@/lib/sites/site'

// Free times change with every booking: read per request, and no cache may keep the answer.
export const dynamic = 'force-dynamic'

const NO_STORE = { 'cache-control': 'private, no-store' }

/** The booking steps for `?type=…&practitioner=…&day=…&time=…` as JSON, for the enhanced booking page. */
export const GET = async (request: Request, { params }: { params: Promise<{ site: string }> }) => {
  const site = await getSite((await params).site)
  if (!site.clinic) return Response.json({ message: 'Not found' }, { status: 404, headers: NO_STORE })
  const search = new URL(request.url).searchParams
  const query: BookingQuery = { type: search.get('type'), practitioner: search.get('practitioner'), day: search.get('day'), time: search.get('time') }
  const payload = await sitePayload()
  try {
    const view = await readBookingView(payload, site.clinic.id, query)
    if (!view) return Response.json({ message: 'Not found' }, { status: 404, headers: NO_STORE })
    return Response.json(view, { headers: NO_STORE })
  } catch (error) {
    payload.logger.error(`free times for clinic #${site.clinic.id} not read: ${errorSummary(error)}`)
    return Response.json({ message: 'The free times could not be read just now.' }, { status: 503, headers: NO_STORE })
  }
}
