import type { Metadata } from 'next'

import { Breadcrumbs } from '@/components/sites/Breadcrumbs'
import { MediaImage } from '@/components/sites/MediaImage'
import { OpenNow } from '@/components/sites/OpenNow'
import { canonicalUrl } from '@/lib/seo/canonical'
import { getTeam } from '@/lib/sites/content'
import { dayName, weeklySchedule } from '@/lib/sites/openingHours'
import { requireClinicSite } from '@/lib/sites/requireClinic'
import { siteRoutes } from '@/lib/sites/routes'
import { clinicPhone } from '@/lib/locale/phone'

type Props = { params: Promise<{ site: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const site = await requireClinicSite(params)
  return {
    title: 'About us, opening hours and how to find us',
    description: `The team, opening hours and address of ${site.clinic.name}.`,
    alternates: { canonical: canonicalUrl(site.origin, siteRoutes.about) },
  }
}

export default async function AboutPage({ params }: Props) {
  const site = await requireClinicSite(params)
  const { clinic } = site
  const team = await getTeam(clinic.id)
  const phone = clinicPhone(clinic)
  return (
    <>
      <Breadcrumbs site={site} trail={[{ name: 'About us', path: siteRoutes.about }]} />
      <h1>About {clinic.name}</h1>
      <section aria-labelledby="team-heading">
        <h2 id="team-heading">Our team</h2>
        <ul className="cards">
          {team.map((member) => (
            <li key={member.id} className="card">
              <MediaImage media={member.photo} size="thumbnail" sizes="20rem" />
              <h3>{member.name}</h3>
              <p className="muted">{member.jobTitle}</p>
              {member.bio && <p>{member.bio}</p>}
              {member.qualifications && <p className="muted">{member.qualifications}</p>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="hours-heading">
        <h2 id="hours-heading">Opening hours</h2>
        <OpenNow hours={clinic.openingHours} timeZone={clinic.timeZone} />
        <table className="hours">
          <caption className="muted">Times are local ({clinic.timeZone}).</caption>
          <tbody>
            {weeklySchedule(clinic.openingHours).map(({ day, periods }) => (
              <tr key={day}>
                <th scope="row">{dayName(day)}</th>
                <td>{periods.length ? periods.map((period) => `${period.opens}–${period.closes}`).join(', ') : 'Closed'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="visit-heading">
        <h2 id="visit-heading">Visit or contact us</h2>
        <address>
          {clinic.contact.addressLine1}
          <br />
          {clinic.contact.addressLine2 && (
            <>
              {clinic.contact.addressLine2}
              <br />
            </>
          )}
          {clinic.contact.city} {clinic.contact.postcode}
        </address>
        <p>
          Phone: <a href={phone.tel}>{phone.shown}</a>
          {phone.whatsapp && (
            <>
              {' · '}
              <a href={phone.whatsapp}>Message us on WhatsApp</a>
            </>
          )}
          {' · '}
          <a href={`mailto:${clinic.contact.email}`}>{clinic.contact.email}</a>
        </p>
      </section>
    </>
  )
}
