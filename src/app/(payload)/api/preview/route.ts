import config from '@payload-config'
import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'
import { getPayload } from 'payload'

import { isPreviewPath } from '@/lib/sites/previewPath'

/** Switches on draft preview for a signed-in editor and opens the clinic page asked for. */
export async function GET(request: Request) {
  const path = new URL(request.url).searchParams.get('path') ?? ''
  if (!isPreviewPath(path)) return new Response('Preview needs a clinic page path such as /clinics/london/faq.', { status: 400 })
  const payload = await getPayload({ config })
  const { user } = await payload.auth({ headers: request.headers })
  if (!user) return new Response('Sign in to the admin to preview drafts.', { status: 401 })
  ;(await draftMode()).enable()
  redirect(path)
}
