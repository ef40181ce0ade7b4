import Image from 'next/image'
import Link from 'next/link'

import type { CheckOutcome, SkinType } from '@/lib/check/outcome'
import { stagePriceLabel } from '@/lib/prices/format'

import { StagePicture } from './StagePicture'
import styles from './GuidedCheck.module.css'
import type { Currency } from '@/lib/locale/countries'

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI']

type Props = {
  outcome: CheckOutcome
  currency: Currency
  skin?: SkinType
  clinicName: string
  phone: string
  bookHref: string
  changeHref: string
  headingId: string
  /** The heading's level: h2 under the check's own h1 in the browser, h1 on the answer's own page. */
  heading: 'h1' | 'h2'
}

/**
 * The check's answer: this clinic's price and usual sessions for the chosen stage, and its
 * published results of people at that stage (and skin type, where there are any). The same markup
 * in the browser and on the server.
 */
export const CheckOutcomePanel = ({ outcome, currency, skin, clinicName, phone, bookHref, changeHref, headingId, heading: Heading }: Props) => {
  const { stage, prices, results, resultsMatch } = outcome
  const [Sub, Card] = Heading === 'h1' ? (['h2', 'h3'] as const) : (['h3', 'h4'] as const)
  return (
    <section className={styles.outcome} aria-labelledby={headingId}>
      <div className={styles.outcomeIntro}>
        <StagePicture stage={stage.value} size={88} />
        <div>
          <Heading id={headingId} tabIndex={-1}>
            {stage.label} at {clinicName}
          </Heading>
          <p className="muted">{stage.description}</p>
        </div>
      </div>
      {prices.length > 0 ? (
        <table className="card stage-prices">
          <caption>What it usually costs here</caption>
          <thead>
            <tr>
              <th scope="col">Treatment</th>
              <th scope="col">Price</th>
              <th scope="col">Typical sessions</th>
            </tr>
          </thead>
          <tbody>
            {prices.map((price) => (
              <tr key={price.treatment.slug}>
                <th scope="row">{price.treatment.title}</th>
                <td className="price">{stagePriceLabel(price.priceFrom, price.priceTo, currency)}</td>
                <td>{price.sessions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>
          {clinicName} has no set price for this stage: it is priced at your free consultation, or call <a href={`tel:${phone.replace(/\s/g, '')}`}>{phone}</a>.
        </p>
      )}
      <p className="muted">The price is agreed at your free consultation, after the practitioner has seen your scalp; nothing is charged before.</p>
      <Sub>Results of people like you</Sub>
      {resultsMatch === 'none' ? (
        <p>We have no published results for this stage yet. Ask to see photos of similar clients at your consultation.</p>
      ) : (
        <>
          {skin && resultsMatch === 'stage' && <p>No published results yet for skin type {ROMAN[Number(skin) - 1]} at this stage; these are for the same stage on other skin types.</p>}
          <ul className={styles.results}>
            {results.map((result) => (
              <li key={result.slug} className="card">
                <Image src={result.image.src} alt={result.image.alt} width={result.image.width} height={result.image.height} sizes="(min-width: 40rem) 14rem, 90vw" unoptimized={result.image.unoptimized} />
                <Card>
                  <Link href={result.href}>{result.title}</Link>
                </Card>
                <p className="muted">
                  {[result.treatmentTitle, result.norwoodStage && `Norwood ${result.norwoodStage}`, result.fitzpatrickType && `skin type ${ROMAN[Number(result.fitzpatrickType) - 1]}`, `${result.sessions} sessions`]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className={styles.actions}>
        <Link href={bookHref} className="button">
          Book a free consultation
        </Link>
        <Link href={changeHref}>Change my answers</Link>
      </p>
    </section>
  )
}
