import type { Metadata } from 'next'

import { JsonLd } from '@/components/seo/JsonLd'
import { Breadcrumbs } from '@/components/sites/Breadcrumbs'
import { FaqList } from '@/components/sites/FaqList'
import { canonicalUrl } from '@/lib/seo/canonical'
import { faqPageJsonLd } from '@/lib/seo/jsonLd'
import { lexicalToPlainText } from '@/lib/seo/plainText'
import { getFaqs } from '@/lib/sites/content'
import { requireClinicSite } from '@/lib/sites/requireClinic'
import { siteRoutes } from '@/lib/sites/routes'

type Props = { params: Promise<{ site: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const site = await requireClinicSite(params)
  return {
    title: 'Questions about scalp micro-pigmentation',
    description: `Answers from ${site.clinic.name} about SMP: sessions, aftercare, suitability and booking.`,
    alternates: { canonical: canonicalUrl(site.origin, siteRoutes.faq) },
  }
}

export default async function FaqPage({ params }: Props) {
  const site = await requireClinicSite(params)
  const faqs = await getFaqs(site.clinic.id)
  return (
    <>
      <JsonLd data={faqPageJsonLd(faqs.map((faq) => ({ question: faq.question, answer: lexicalToPlainText(faq.answer) })))} />
      <Breadcrumbs site={site} trail={[{ name: 'FAQ', path: siteRoutes.faq }]} />
      <h1>Questions about scalp micro-pigmentation</h1>
      <FaqList faqs={faqs} />
    </>
  )
}
