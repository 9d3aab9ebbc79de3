import { useSearchParams } from 'react-router-dom'
import { Period } from '@shared/domain'
import { daysBetween, periodAt, periodRange, rangeDays, type PeriodRange } from '@shared/metrics'

/**
 * The period shown when none is chosen: this month once half of it has passed, else last
 * month (on the 1st, "this month" has no results yet and every rep would look behind).
 */
export function defaultPeriod(today: string): PeriodRange {
  const current = periodRange('month', today)
  const elapsed = (daysBetween(current.start, today) + 1) / rangeDays(current)
  return elapsed >= 0.5 ? current : periodAt('month', today, -1)
}

/**
 * The period the dashboard and rep page show, kept in the URL (?period=month&at=2026-11-01)
 * so a link opens the same view.
 */
export function usePeriod(today: string): {
  range: PeriodRange
  choose(period: Period, at: string): void
} {
  const [params, setParams] = useSearchParams()
  const parsed = Period.safeParse(params.get('period'))
  const at = params.get('at')
  const day = at && /^\d{4}-\d{2}-\d{2}$/.test(at) && at <= today ? at : today
  return {
    range: parsed.success ? periodRange(parsed.data, day) : defaultPeriod(today),
    choose: (p, when) => {
      const next = new URLSearchParams(params)
      next.set('period', p)
      next.set('at', when)
      setParams(next, { replace: true })
    }
  }
}
