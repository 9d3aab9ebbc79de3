import { addDays, addWeeks, isWeekend } from 'date-fns'
import type { CalendarDate, CheckInPhase } from '../domain'
import { toCalendarDate, toDate } from '../metrics/dates'

/** The longest schedule we generate: a year of workdays is more than any plan needs. */
const MAX_CHECK_INS = 260

const nextWorkday = (d: Date): Date => {
  let day = d
  while (isWeekend(day)) day = addDays(day, 1)
  return day
}

function step(d: Date, every: CheckInPhase['every']): Date {
  if (every === 'workday') return nextWorkday(addDays(d, 1))
  return addWeeks(d, every === 'week' ? 1 : 2)
}

/**
 * The dated check-ins of a plan from its phases, e.g. [{ every: 'workday', count: 10 },
 * { every: 'week' }] is "daily for two weeks, then weekly". The first check-in is one step
 * after the start date (the start is the meeting where the plan is presented); weekly ones
 * keep the weekday of the last daily one and move to the next workday when that is a weekend.
 * A phase without a count runs to the end date; no check-in falls after the end date.
 */
export function checkInDates(
  phases: readonly CheckInPhase[],
  startDate: CalendarDate,
  endDate: CalendarDate
): CalendarDate[] {
  const end = toDate(endDate)
  const out: CalendarDate[] = []
  let cursor = toDate(startDate)
  for (const [i, phase] of phases.entries()) {
    const isLast = i === phases.length - 1
    const limit = phase.count ?? (isLast ? MAX_CHECK_INS : 0)
    for (let n = 0; n < limit && out.length < MAX_CHECK_INS; n++) {
      cursor = step(cursor, phase.every)
      const day = nextWorkday(cursor)
      if (day > end) return out
      const date = toCalendarDate(day)
      if (out.at(-1) !== date) out.push(date)
    }
  }
  return out
}

const EVERY_WORDS: Record<CheckInPhase['every'], [string, string]> = {
  workday: ['every workday', 'workdays'],
  week: ['weekly', 'weeks'],
  twoWeeks: ['every two weeks', 'fortnights']
}

/** "Every workday for 10 check-ins, then weekly to the end date" — the schedule in words. */
export function describeCheckInPhases(phases: readonly CheckInPhase[]): string {
  if (phases.length === 0) return 'No check-ins scheduled'
  const parts = phases.map((p) => {
    const [words] = EVERY_WORDS[p.every]
    if (p.count === undefined) return `${words} to the end date`
    if (p.every === 'workday' && p.count % 5 === 0) {
      const weeks = p.count / 5
      return `${words} for ${weeks === 1 ? 'one week' : weeks === 2 ? 'two weeks' : `${weeks} weeks`}`
    }
    return `${words} for ${p.count} check-in${p.count === 1 ? '' : 's'}`
  })
  const text = parts.join(', then ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Plan lengths a manager picks from (days after the start date), or custom. */
export const PLAN_LENGTHS = [30, 60, 90] as const

export const endDateAfter = (startDate: CalendarDate, days: number): CalendarDate =>
  toCalendarDate(addDays(toDate(startDate), days))
