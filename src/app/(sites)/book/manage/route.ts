import { changeManagedBooking, showManagedBooking } from '@/app/(sites)/bookingManageEndpoint'

// The visitor's booking page, outside the proxy: see bookingManageEndpoint.ts.
export const dynamic = 'force-dynamic'
export const GET = showManagedBooking
export const POST = changeManagedBooking
