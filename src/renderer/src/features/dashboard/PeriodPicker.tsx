import { showDay } from '../../ui/words'
import type { Period } from '@shared/domain'
import { lastPeriods, periodRange, type PeriodRange } from '@shared/metrics'

const HOW_MANY: Record<Period, number> = { week: 26, month: 18, quarter: 8 }

/** Week, month or quarter, and which one: the most recent first. */
export function PeriodPicker({
  range,
  today,
  onChoose
}: {
  range: PeriodRange
  today: string
  onChoose(period: Period, at: string): void
}) {
  const options = lastPeriods(range.period, today, HOW_MANY[range.period]).reverse()
  // A link may point further back than the list goes: keep its period choosable.
  if (!options.some((o) => o.start === range.start)) options.push(range)
  const running = range.end >= today
  return (
    <div className="form-row period-picker">
      <label>
        Period
        <select
          value={range.period}
          onChange={(e) => {
            const p = e.target.value as Period
            onChoose(p, periodRange(p, range.start > today ? today : range.start).start)
          }}
        >
          <option value="week">Week</option>
          <option value="month">Month</option>
          <option value="quarter">Quarter</option>
        </select>
      </label>
      <label>
        Which {range.period}
        <select value={range.start} onChange={(e) => onChoose(range.period, e.target.value)}>
          {options.map((o) => (
            <option key={o.start} value={o.start}>
              {o.label}
              {o.end >= today ? ' (to date)' : ''}
            </option>
          ))}
        </select>
      </label>
      <p className="cell-note period-note">
        {showDay(range.start)} to {showDay(range.end)}
        {running
          ? `, measured to date (${showDay(today)}); volume targets are prorated to today.`
          : '.'}
      </p>
    </div>
  )
}
