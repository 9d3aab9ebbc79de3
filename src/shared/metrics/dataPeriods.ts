import { format } from 'date-fns'
import type { Activity, CalendarDate, ManualMeasure, Opportunity, Period } from '../domain'
import { daysBetween, toDate } from './dates'
import { periodAt, periodRange, type CalendarOptions, type PeriodRange } from './periods'

/**
 * Periods follow the data: a manager importing last year's export must be able to choose last
 * year's quarters, and the screens open on the latest period that holds data, not on an empty
 * current month. Pure: the days with data are passed in.
 */

/** The records whose dates say "something happened that day". */
export interface DatedRecords {
  opportunities: readonly Pick<Opportunity, 'createdDate' | 'closeDate' | 'status'>[]
  activities: readonly Pick<Activity, 'date'>[]
  manualMeasures?: readonly Pick<ManualMeasure, 'periodStart' | 'periodEnd'>[]
}

/**
 * Every day up to `today` on which a deal was created or closed, an activity was logged or a
 * manual measure ends, sorted and unique. An open deal's close date is a forecast, not data.
 */
export function dataDays(records: DatedRecords, today: CalendarDate): CalendarDate[] {
  const days = new Set<CalendarDate>()
  const add = (d: CalendarDate | undefined) => {
    if (d !== undefined && d <= today) days.add(d)
  }
  for (const o of records.opportunities) {
    add(o.createdDate)
    if (o.status !== 'open') add(o.closeDate)
  }
  for (const a of records.activities) add(a.date)
  for (const m of records.manualMeasures ?? []) add(m.periodEnd)
  return [...days].sort()
}

/**
 * Every week, month or quarter holding at least one data day, newest first, with the current
 * period (to date) on top: a manager with live data can always pick "this quarter".
 */
export function periodsWithData(
  period: Period,
  days: readonly CalendarDate[],
  today: CalendarDate,
  calendar?: CalendarOptions
): PeriodRange[] {
  const byStart = new Map<CalendarDate, PeriodRange>()
  const current = periodRange(period, today, calendar)
  byStart.set(current.start, current)
  let last: PeriodRange | undefined
  // Days are sorted: a day inside the last period found needs no new range.
  for (const day of days) {
    if (last && day >= last.start && day <= last.end) continue
    last = periodRange(period, day, calendar)
    byStart.set(last.start, last)
  }
  return [...byStart.values()].sort((a, b) => (a.start < b.start ? 1 : -1))
}

/**
 * The period a screen opens on: the latest quarter (or `period`) holding data. With no data at
 * all, the current one.
 */
export function defaultPeriod(
  today: CalendarDate,
  days: readonly CalendarDate[],
  calendar?: CalendarOptions,
  period: Period = 'quarter'
): PeriodRange {
  const latest = days.at(-1)
  return periodRange(period, latest !== undefined && latest <= today ? latest : today, calendar)
}

/** The nearest kind of period for a typed range, so per-period targets scale sensibly. */
function nearestPeriod(days: number): Period {
  if (days <= 10) return 'week'
  if (days <= 45) return 'month'
  return 'quarter'
}

const dayLabel = (d: CalendarDate): string => format(toDate(d), 'd MMM yyyy')

/** A range the manager typed, or a sentence saying why it cannot be used. */
export function customRange(
  start: string,
  end: string,
  calendar?: CalendarOptions
): { ok: true; range: PeriodRange } | { ok: false; reason: string } {
  const date = /^\d{4}-\d{2}-\d{2}$/
  if (!date.test(start) || !date.test(end)) {
    return { ok: false, reason: 'Enter both the first and the last day of the range.' }
  }
  if (end < start) {
    return { ok: false, reason: 'The last day is before the first day: swap them.' }
  }
  const days = daysBetween(start, end) + 1
  return {
    ok: true,
    range: {
      period: nearestPeriod(days),
      start,
      end,
      label: `${dayLabel(start)} to ${dayLabel(end)}`,
      custom: true,
      ...(calendar ? { calendar } : {})
    }
  }
}

/** The range before `range` of the same kind (a typed range: the same number of days). */
export function previousRange(range: PeriodRange): PeriodRange {
  if (!range.custom) return periodAt(range.period, range.start, -1, range.calendar)
  const days = daysBetween(range.start, range.end) + 1
  const start = toDate(range.start)
  start.setDate(start.getDate() - days)
  const end = toDate(range.start)
  end.setDate(end.getDate() - 1)
  const iso = (d: Date) => format(d, 'yyyy-MM-dd')
  const made = customRange(iso(start), iso(end), range.calendar)
  return made.ok ? made.range : range
}
