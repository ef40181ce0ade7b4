import { draftMode } from 'next/headers'
import { redirect } from 'next/navigation'

import { isPreviewPath } from '@/lib/sites/previewPath'

/** Leaves draft preview and shows the published page. */
export async function GET(request: Request) {
  const path = new URL(request.url).searchParams.get('path') ?? ''
  ;(await draftMode()).disable()
  redirect(isPreviewPath(path) ? path : '/')
}
