import type { BookingView } from '@/lib/booking/bookingSteps'
import type { StageValue } from '@/lib/prices/stages'
import { sitePath } from '@/lib/sites/site'
import { siteRoutes } from '@/lib/sites/routes'

import { Breadcrumbs } from '../Breadcrumbs'
import { type ClinicSite, clinicLeadFormProps } from '../ClinicLeadForm'
import { LeadForm } from '../LeadForm'
import { BookingFlow } from './BookingFlow'
import { FormNeedingScript } from './FormNeedingScript'
import { clinicPhone } from '@/lib/locale/phone'

/**
 * The booking page: with online booking, the steps to a free time and the consultation form that
 * books it (or asks for a call); without it, the consultation request form alone. The cached
 * `/book` and the per-request step pages both render this.
 */
export const BookingPage = async ({ site, view, cached, stage }: { site: ClinicSite; view: BookingView | undefined; cached: boolean; stage?: StageValue }) => {
  const { clinic } = site
  const { contact } = clinic
  const phone = clinicPhone(clinic)
  const form = await clinicLeadFormProps(site, 'book-heading')
  const stepsPath = sitePath(site, siteRoutes.bookTime)
  // Without JavaScript, the cached page's form is the step page's, rendered per request (FormNeedingScript).
  const freshFormHref = cached ? `${stepsPath}#${view ? 'booking-details' : 'lead-form'}` : undefined
  // The guided check's stage, known here only on a page rendered per request (the step pages).
  const formWithStage = { ...form, stage }
  return (
    <>
      <Breadcrumbs site={site} trail={[{ name: 'Book a consultation', path: siteRoutes.book }]} />
      <h1 id="book-heading">Book a free consultation</h1>
      {view ? (
        <>
          <p>
            A consultation is free and without obligation: we look at your scalp, talk through what you would like, and agree a plan and a price before
            anything starts. Choose a consultation, a day and a time below, then leave your details to book it.
          </p>
          <BookingFlow initial={view} stepsPath={stepsPath} freeTimesPath={sitePath(site, siteRoutes.bookFreeTimes)} form={form} freshFormHref={freshFormHref} stage={stage} />
        </>
      ) : (
        <>
          <p>
            A consultation is free and without obligation: we look at your scalp, talk through what you would like, and agree a plan and a price before
            anything starts. Leave your details below and {clinic.name} will contact you to find a time that suits you.
          </p>
          <FormNeedingScript freshHref={freshFormHref}>
            <LeadForm {...formWithStage} />
          </FormNeedingScript>
        </>
      )}
      <section aria-labelledby="book-direct">
        <h2 id="book-direct">Prefer to talk?</h2>
        <ul>
          <li>
            Call <a href={phone.tel}>{phone.shown}</a>
          </li>
          {phone.whatsapp && (
            <li>
              <a href={phone.whatsapp}>Message us on WhatsApp</a>
            </li>
          )}
          <li>
            E-mail <a href={`mailto:${contact.email}`}>{contact.email}</a>
          </li>
        </ul>
      </section>
    </>
  )
}
