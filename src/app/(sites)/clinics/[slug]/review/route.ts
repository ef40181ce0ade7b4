import { showReviewPage, takeReviewPage } from '@/app/(sites)/reviewEndpoint'

// The review form, outside the proxy: see reviewEndpoint.ts.
export const dynamic = 'force-dynamic'
export const GET = showReviewPage
export const POST = takeReviewPage
