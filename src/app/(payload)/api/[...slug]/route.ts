import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST } from '@payloadcms/next/routes'

import { restRoute } from '@/lib/api/restRoute'

export const GET = restRoute(config, REST_GET(config))
export const POST = restRoute(config, REST_POST(config))
export const DELETE = restRoute(config, REST_DELETE(config))
export const PATCH = restRoute(config, REST_PATCH(config))
export const OPTIONS = REST_OPTIONS(config)
