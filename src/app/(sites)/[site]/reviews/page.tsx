import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/sites/Breadcrumbs'
import { ReviewList, ReviewSummary } from '@/components/sites/Reviews'
import { canonicalUrl } from '@/lib/seo/canonical'
import { getReviews } from '@/lib/sites/content'
import { requireClinicSite } from '@/lib/sites/requireClinic'
import { siteRoutes } from '@/lib/sites/routes'

type Props = { params: Promise<{ site: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const site = await requireClinicSite(params)
  return {
    title: 'Client reviews',
    description: `What treated clients of ${site.clinic.name} say about their scalp micro-pigmentation, good and bad, with the clinic's replies.`,
    alternates: { canonical: canonicalUrl(site.origin, siteRoutes.reviews) },
  }
}

export default async function ReviewsPage({ params }: Props) {
  const site = await requireClinicSite(params)
  const reviews = await getReviews(site.clinic.id)
  return (
    <>
      <Breadcrumbs site={site} trail={[{ name: 'Reviews', path: siteRoutes.reviews }]} />
      <h1>Client reviews</h1>
      <ReviewSummary reviews={reviews} clinicName={site.clinic.name} />
      <p className="muted">
        Reviews are written by treated clients through a personal link we e-mail them, and published as they wrote them. We may reply, but we cannot change or remove a
        review; only a legal reason (someone else&apos;s personal data, defamation, offensive content) takes one off this page.
      </p>
      <ReviewList reviews={reviews} />
    </>
  )
}
