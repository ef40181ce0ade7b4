import { byStage, type StagePrice } from '@/lib/prices/advertised'
import { stagePriceLabel } from '@/lib/prices/format'
import { ALL_STAGES } from '@/lib/prices/stages'
import type { Currency } from '@/lib/locale/countries'

/** The clinic's own price and usual sessions per stage of hair loss, least to most. */
export const StagePriceTable = ({ clinicName, prices, currency }: { clinicName: string; prices: readonly StagePrice[]; currency: Currency }) => {
  if (prices.length === 0) return null
  return (
    <table className="card stage-prices">
      <caption>Price at {clinicName} by stage of hair loss</caption>
      <thead>
        <tr>
          <th scope="col">Stage</th>
          <th scope="col">Price</th>
          <th scope="col">Typical sessions</th>
        </tr>
      </thead>
      <tbody>
        {byStage(prices).map((price) => {
          const stage = ALL_STAGES.find(({ value }) => value === price.stage)
          return (
            <tr key={price.stage}>
              <th scope="row">
                {stage?.label ?? price.stage}
                {stage && <small> — {stage.description}</small>}
              </th>
              <td>{stagePriceLabel(price.priceFrom, price.priceTo, currency)}</td>
              <td>{price.sessions}</td>
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
