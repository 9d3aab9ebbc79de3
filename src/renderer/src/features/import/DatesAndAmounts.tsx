import type { DateOrder } from '@shared/import/values'
import { Radio } from '../../ui/formParts'
import { useImportState } from './importStore'

const ORDERS: { value: DateOrder; label: string; example: string }[] = [
  { value: 'mdy', label: 'Month first (MM/DD/YYYY)', example: '03/04/2026 = March 4' },
  { value: 'dmy', label: 'Day first (DD/MM/YYYY)', example: '03/04/2026 = 3 April' }
]

/** The day/month order and decimal separator, asked only when the file does not prove them. */
export function DatesAndAmounts() {
  const { analysis, decisions, changeDecisions, dateOrderAnswered } = useImportState(
    'analysis',
    'decisions',
    'changeDecisions',
    'dateOrderAnswered'
  )
  if (!analysis || !decisions) return null
  const askDates = analysis.dates.ambiguous && analysis.dates.order !== 'ymd'
  const askDecimal = analysis.decimal.ambiguous && analysis.decimal.evidence.startsWith('mixed')
  return (
    <section className="panel" aria-labelledby="import-dates">
      <h2 id="import-dates">Dates and amounts</h2>
      {askDates ? (
        <fieldset className={dateOrderAnswered ? undefined : 'needs-answer'}>
          <legend>
            Which comes first in this file’s dates? No date in the file settles it (
            {analysis.dates.evidence}).
          </legend>
          {ORDERS.map((o) => (
            <Radio
              key={o.value}
              name="date-order"
              value={o.value}
              checked={dateOrderAnswered && decisions.dateOrder === o.value}
              onChange={() => void changeDecisions({ dateOrder: o.value })}
            >
              {o.label} <span className="cell-note">{o.example}</span>
            </Radio>
          ))}
        </fieldset>
      ) : (
        <p>
          Dates: {orderLabel(decisions.dateOrder)} ({analysis.dates.evidence}).
        </p>
      )}
      {askDecimal ? (
        <fieldset>
          <legend>Decimal separator in amounts ({analysis.decimal.evidence})</legend>
          {(['.', ','] as const).map((d) => (
            <Radio
              key={d}
              name="decimal"
              value={d}
              checked={decisions.decimal === d}
              onChange={() => void changeDecisions({ decimal: d })}
            >
              {d === '.' ? 'Point (1,234.50)' : 'Comma (1.234,50)'}
            </Radio>
          ))}
        </fieldset>
      ) : (
        <p>
          Amounts: decimal {decisions.decimal === '.' ? 'point' : 'comma'}, in{' '}
          {decisions.defaultCurrency} unless a cell or currency column says otherwise.
        </p>
      )}
    </section>
  )
}

function orderLabel(order: DateOrder): string {
  if (order === 'ymd') return 'year first (ISO)'
  return order === 'mdy' ? 'month first' : 'day first'
}
