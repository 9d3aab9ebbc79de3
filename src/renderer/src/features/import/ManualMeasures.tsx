import { endOfMonth, format, startOfMonth } from 'date-fns'
import { useState, type FormEvent } from 'react'
import type { ManualMetric } from '@shared/domain'
import { MEASURE_UNITS } from '@shared/import'
import { formatMoney, parseMoneyInput } from '@shared/money'
import { repositories } from '../../db'
import { useImportReps, useRecentManualMeasures } from '../../db/useImportData'
import { useWorkspaceMoney } from '../../db/useWorkspaceMoney'
import { MoneyInput } from '../../ui/money/MoneyInput'
import { errorText } from '@shared/text/errorText'
import { StatusMessage } from '../../ui/StatusMessage'
import { RepOptions, TableHead } from '../../ui/formParts'

const METRIC_LABELS: Record<ManualMetric, string> = {
  expenses: 'Expenses',
  csat: 'Customer satisfaction (CSAT)',
  margin: 'Margin',
  teamwork: 'Teamwork'
}

const month = (d: Date, f: (d: Date) => Date) => format(f(d), 'yyyy-MM-dd')

/** Measures no CRM holds, entered by hand per rep and period (or imported from a CSV). */
export function ManualMeasures() {
  const reps = useImportReps()
  const { currency, locale } = useWorkspaceMoney()
  const [chosen, setChosen] = useState<ManualMetric>('expenses')
  const [amount, setAmount] = useState<number>()
  const recent = useRecentManualMeasures(500)
  const [status, setStatus] = useState<{ error: boolean; text: string }>()
  if (!reps) return null
  const names = new Map(reps.map((r) => [r.id, r.name]))
  const latest = [...(recent ?? [])]
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
    .slice(0, 8)

  const save = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const metric = String(form.get('metric')) as ManualMetric
    const raw = String(form.get('value'))
    let value = Number(raw.replace(',', '.'))
    if (metric === 'expenses') {
      const money = parseMoneyInput(raw, { currency, locale })
      if (!money.ok) return setStatus({ error: true, text: `Value: ${money.message}` })
      if (money.minor === undefined)
        return setStatus({ error: true, text: 'Value: enter the amount.' })
      value = money.minor
    } else if (!Number.isFinite(value) || raw.trim() === '') {
      return setStatus({ error: true, text: `Value: "${raw}" is not a number.` })
    }
    if ((metric === 'csat' || metric === 'teamwork') && (value < 1 || value > 5)) {
      return setStatus({ error: true, text: 'Value: a score from 1 to 5.' })
    }
    try {
      await repositories.manualMeasures.add({
        repId: String(form.get('rep')),
        metric,
        periodStart: String(form.get('periodStart')),
        periodEnd: String(form.get('periodEnd')),
        value,
        note: String(form.get('note') ?? '')
      })
      setStatus({
        error: false,
        text: `Saved ${METRIC_LABELS[metric]} for ${names.get(String(form.get('rep')))}.`
      })
    } catch (error) {
      setStatus({ error: true, text: errorText(error) })
    }
  }

  const now = new Date()
  return (
    <section className="panel" aria-labelledby="manual-measures">
      <h2 id="manual-measures">Manual measures</h2>
      <p className="cell-note">
        For what no CRM holds: expenses against budget, customer satisfaction, margin, teamwork.
        Enter one here, or import a CSV with columns Rep, Metric, Period start, Period end, Value,
        Note.
      </p>
      {reps.length === 0 ? (
        <p>Add reps first (import a users export or an opportunities file).</p>
      ) : (
        <form className="form-row" onSubmit={(e) => void save(e)} aria-label="Enter a measure">
          <label>
            Rep
            <select name="rep" required>
              <RepOptions reps={reps} />
            </select>
          </label>
          <label>
            Measure
            <select
              name="metric"
              required
              value={chosen}
              onChange={(e) => setChosen(e.target.value as ManualMetric)}
            >
              {Object.entries(METRIC_LABELS).map(([key, label]) => (
                <option key={key} value={key}>
                  {label} — {MEASURE_UNITS[key as ManualMetric]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Period start
            <input
              type="date"
              name="periodStart"
              required
              defaultValue={month(now, startOfMonth)}
            />
          </label>
          <label>
            Period end
            <input type="date" name="periodEnd" required defaultValue={month(now, endOfMonth)} />
          </label>
          {chosen === 'expenses' ? (
            <MoneyInput
              label="Value"
              name="value"
              required
              value={amount}
              onChange={(minor) => setAmount(minor)}
            />
          ) : (
            <label>
              Value
              <input name="value" required inputMode="decimal" size={10} />
            </label>
          )}
          <label>
            Note
            <input name="note" size={24} />
          </label>
          <button type="submit">Save measure</button>
        </form>
      )}
      {status && <StatusMessage status={status} />}
      {latest.length > 0 && (
        <table className="data-table compact">
          <caption>Latest measures</caption>
          <TableHead columns={['Rep', 'Measure', 'Period', 'Value', 'Note']} numeric={['Value']} />
          <tbody>
            {latest.map((m) => (
              <tr key={m.id}>
                <th scope="row">{names.get(m.repId) ?? 'Unknown rep'}</th>
                <td>{METRIC_LABELS[m.metric]}</td>
                <td>
                  {m.periodStart} – {m.periodEnd}
                </td>
                <td className="numeric">
                  {m.metric === 'expenses'
                    ? formatMoney(m.value, currency, locale, { precision: 'exact' })
                    : m.metric === 'margin'
                      ? `${m.value}%`
                      : m.value}
                </td>
                <td>{m.note}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
