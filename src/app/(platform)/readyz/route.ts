import config from '@payload-config'
import { getPayload } from 'payload'

import { readiness } from '@/lib/runtime/readiness'
import { migrations } from '@/migrations'

/** Readiness for load balancers: 503 with a short reason while this instance cannot serve. */
export const dynamic = 'force-dynamic'

const committed = migrations.map((migration) => migration.name)

export async function GET() {
  const state = await readiness(() => getPayload({ config }), committed)
  return Response.json(state.ready ? { status: 'ready' } : { status: 'not ready', reason: state.reason }, {
    status: state.ready ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  })
}
