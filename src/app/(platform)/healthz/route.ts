/** Liveness for load balancers and orchestrators: the process answers. Touches nothing else. */
export const dynamic = 'force-dynamic'

export function GET() {
  return Response.json({ status: 'up' }, { headers: { 'Cache-Control': 'no-store' } })
}
