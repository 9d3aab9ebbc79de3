import { useMemo, useState } from 'react'
import type { Period } from '@shared/domain'
import { customRange, periodRange, periodsWithData } from '@shared/metrics'
import { showDay } from '../words'
import type { SelectedPeriod } from './useSelectedPeriod'
import { ErrorMessage } from '../StatusMessage'

type Kind = Period | 'custom'

/**
 * Week, month, quarter (fiscal, per settings) or a typed range, and which one: every period
 * that holds data, the latest first, with the current one on top.
 */
export function PeriodPicker({
  selected,
  today,
  working = false
}: {
  selected: SelectedPeriod
  today: string
  /**
   * The screen below still shows the period before: says so in a status that is always there
   * (announced when it changes, and nothing below moves when it shows).
   */
  working?: boolean
}) {
  const { range, days, calendar, choose } = selected
  const kind: Kind = range.custom ? 'custom' : range.period
  const [from, setFrom] = useState(range.start)
  const [to, setTo] = useState(range.end)
  const [problem, setProblem] = useState<string>()
  // Every period of years of data: worked out again only when the kind of period changes.
  const withData = useMemo(
    () => (range.custom ? [] : periodsWithData(range.period, days, today, calendar)),
    [range.custom, range.period, days, today, calendar]
  )
  const options = [...withData]
  // A link may point to a period without data: keep it choosable.
  if (!range.custom && !options.some((o) => o.start === range.start)) options.push(range)
  const running = range.start <= today && range.end >= today
  const applyCustom = () => {
    const made = customRange(from, to, calendar)
    if (!made.ok) {
      setProblem(made.reason)
      return
    }
    setProblem(undefined)
    choose({ kind: 'custom', from, to })
  }
  return (
    <div className="form-row period-picker">
      <label>
        Period
        <select
          value={kind}
          onChange={(e) => {
            const next = e.target.value as Kind
            if (next === 'custom') {
              choose({ kind: 'custom', from: range.start, to: range.end })
              return
            }
            const at = range.start > today ? today : range.start
            choose({ kind: 'period', period: next, at: periodRange(next, at, calendar).start })
          }}
        >
          <option value="week">Week</option>
          <option value="month">Month</option>
          <option value="quarter">Quarter</option>
          <option value="custom">Custom range</option>
        </select>
      </label>
      {kind === 'custom' ? (
        <>
          <label>
            From
            <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
          </label>
          <label>
            To
            <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </label>
          <button type="button" onClick={applyCustom}>
            Show this range
          </button>
        </>
      ) : (
        <label>
          Which {range.period}
          <select
            value={range.start}
            onChange={(e) => choose({ kind: 'period', period: range.period, at: e.target.value })}
          >
            {options.map((o) => (
              <option key={o.start} value={o.start}>
                {o.label}
                {o.end >= today ? ' (to date)' : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <ErrorMessage text={problem} />
      <p className="period-status" role="status">
        {working ? `Working out ${range.label}…` : ''}
      </p>
      <p className="cell-note period-note">
        {showDay(range.start)} to {showDay(range.end)}
        {running
          ? `, measured to date (${showDay(today)}); volume targets are prorated to today.`
          : '.'}
        {days.length > 0 && ` Data from ${showDay(days[0])} to ${showDay(days.at(-1))}.`}
      </p>
    </div>
  )
}
