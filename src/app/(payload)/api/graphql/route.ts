import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { graphqlRead } from '@/lib/api/graphqlRead'

export const POST = GRAPHQL_POST(config)
export const GET = graphqlRead(POST)
export const OPTIONS = REST_OPTIONS(config)
