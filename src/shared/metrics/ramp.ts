import type { CalendarDate, Rep } from '../domain'
import { daysBetween } from './dates'

/**
 * Ramp proration: a rep in month m (1-based, 30-day months since the start date) of an
 * r-month ramp is held to m / (r + 1) of the role's target (25%, 50%, 75% for a 3-month ramp),
 * and to all of it once the ramp is over.
 */
export function rampFactor(
  rep: Pick<Rep, 'startDate' | 'rampMonths'>,
  today: CalendarDate
): number {
  if (rep.rampMonths <= 0) return 1
  const days = daysBetween(rep.startDate, today)
  if (days < 0) return 0
  const month = Math.floor(days / 30) + 1
  return month > rep.rampMonths ? 1 : month / (rep.rampMonths + 1)
}
