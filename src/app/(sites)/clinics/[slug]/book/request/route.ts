import { leadFormToken, takeLeadRequest } from '@/app/(sites)/leadEndpoint'

// A clinic's consultation form, outside the proxy: see leadEndpoint.ts.
export const dynamic = 'force-dynamic'
export const GET = leadFormToken
export const POST = takeLeadRequest
