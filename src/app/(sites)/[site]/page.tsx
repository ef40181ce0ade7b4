import { getSite } from '@/lib/sites/site'

import { BrandHub } from './_home/BrandHub'
import { ClinicHome } from './_home/ClinicHome'

type Props = { params: Promise<{ site: string }> }

/** A clinic's home page on its own host; the brand hub on any other. */
export default async function HomePage({ params }: Props) {
  const site = await getSite((await params).site)
  return site.clinic ? <ClinicHome site={site} clinic={site.clinic} /> : <BrandHub site={site} />
}
