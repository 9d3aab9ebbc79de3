import {
  addMonths,
  addQuarters,
  addWeeks,
  endOfMonth,
  endOfQuarter,
  endOfWeek,
  format,
  getDaysInMonth,
  startOfMonth,
  startOfQuarter,
  startOfWeek
} from 'date-fns'
import type { CalendarDate, Period } from '../domain'
import { formatDay } from '../words/dates'
import { daysBetween, quarterLabel, toCalendarDate, toDate, type DateRange } from './dates'

/** The workspace's calendar: when its fiscal year and its weeks start (settings). */
export interface CalendarOptions {
  /** 1 = January (a calendar fiscal year). */
  fiscalYearStartMonth?: number
  /** 0 = Sunday … 6 = Saturday; absent: Monday. */
  weekStartsOn?: number
}

/** A date range with the period it stands for, so screens can label it and step through. */
export interface PeriodRange extends DateRange {
  period: Period
  /** "Week of Jan 5, 2026", "Jan 2026", "Q1 2026", "Q1 FY2027". */
  label: string
  /** A range the manager typed (from … to): `period` is only the nearest kind, for targets. */
  custom?: boolean
  /** The calendar it was cut with, so stepping back keeps fiscal quarters. */
  calendar?: CalendarOptions
}

type WeekDay = 0 | 1 | 2 | 3 | 4 | 5 | 6
const weekOptions = (c: CalendarOptions = {}) => ({
  weekStartsOn: (c.weekStartsOn ?? 1) as WeekDay
})

export function weekOf(day: CalendarDate, calendar?: CalendarOptions): PeriodRange {
  const d = toDate(day)
  const start = startOfWeek(d, weekOptions(calendar))
  return {
    period: 'week',
    start: toCalendarDate(start),
    end: toCalendarDate(endOfWeek(d, weekOptions(calendar))),
    label: `Week of ${formatDay(toCalendarDate(start))}`,
    ...(calendar ? { calendar } : {})
  }
}

export function monthOf(day: CalendarDate): PeriodRange {
  const d = toDate(day)
  return {
    period: 'month',
    start: toCalendarDate(startOfMonth(d)),
    end: toCalendarDate(endOfMonth(d)),
    label: format(d, 'MMM yyyy')
  }
}

/**
 * The first day of the fiscal quarter holding `d`. Quarters start every three months from the
 * fiscal year's first month (a year starting in February has quarters Feb-Apr, May-Jul, …).
 */
function fiscalQuarterStart(d: Date, fiscalYearStartMonth: number): Date {
  const month = d.getMonth()
  const back = (((month - (fiscalYearStartMonth - 1)) % 3) + 3) % 3
  return addMonths(startOfMonth(d), -back)
}

/**
 * "Q4 2017" for a calendar fiscal year; otherwise "Q1 FY2018", the fiscal year named after the
 * calendar year it ends in (a year starting in February 2017 is FY2018).
 */
function fiscalQuarterLabel(start: Date, fiscalYearStartMonth: number): string {
  if (fiscalYearStartMonth === 1) return quarterLabel(toCalendarDate(start))
  const first = fiscalYearStartMonth - 1
  const number = Math.floor(((((start.getMonth() - first) % 12) + 12) % 12) / 3) + 1
  const fiscalYear = start.getMonth() >= first ? start.getFullYear() + 1 : start.getFullYear()
  return `Q${number} FY${fiscalYear}`
}

export function quarterRangeOf(day: CalendarDate, calendar?: CalendarOptions): PeriodRange {
  const d = toDate(day)
  const fiscal = calendar?.fiscalYearStartMonth ?? 1
  if (fiscal === 1) {
    return {
      period: 'quarter',
      start: toCalendarDate(startOfQuarter(d)),
      end: toCalendarDate(endOfQuarter(d)),
      label: quarterLabel(day),
      ...(calendar ? { calendar } : {})
    }
  }
  const start = fiscalQuarterStart(d, fiscal)
  return {
    period: 'quarter',
    start: toCalendarDate(start),
    end: toCalendarDate(endOfMonth(addMonths(start, 2))),
    label: fiscalQuarterLabel(start, fiscal),
    calendar
  }
}

/** The week, month or quarter that contains `day`. */
export function periodRange(
  period: Period,
  day: CalendarDate,
  calendar?: CalendarOptions
): PeriodRange {
  if (period === 'week') return weekOf(day, calendar)
  if (period === 'month') return { ...monthOf(day), ...(calendar ? { calendar } : {}) }
  return quarterRangeOf(day, calendar)
}

/** The period `offset` periods from the one containing `day` (-1 = the one before). */
export function periodAt(
  period: Period,
  day: CalendarDate,
  offset: number,
  calendar?: CalendarOptions
): PeriodRange {
  const d = toDate(day)
  const moved =
    period === 'week'
      ? addWeeks(d, offset)
      : period === 'month'
        ? addMonths(startOfMonth(d), offset)
        : calendar?.fiscalYearStartMonth && calendar.fiscalYearStartMonth !== 1
          ? addMonths(fiscalQuarterStart(d, calendar.fiscalYearStartMonth), 3 * offset)
          : addQuarters(startOfQuarter(d), offset)
  return periodRange(period, toCalendarDate(moved), calendar)
}

/** The `count` periods ending with the one containing `day`, oldest first. */
export function lastPeriods(
  period: Period,
  day: CalendarDate,
  count: number,
  calendar?: CalendarOptions
): PeriodRange[] {
  return Array.from({ length: count }, (_, i) => periodAt(period, day, i - count + 1, calendar))
}

/** Whole days in a range, both ends included. */
export const rangeDays = (r: DateRange): number => daysBetween(r.start, r.end) + 1

/** The range cut to end no later than `day` (undefined when it starts after `day`). */
export function rangeThrough(r: DateRange, day: CalendarDate): DateRange | undefined {
  if (r.start > day) return undefined
  return { start: r.start, end: r.end < day ? r.end : day }
}

/** The overlap of two ranges, if any. */
export function overlap(a: DateRange, b: DateRange): DateRange | undefined {
  const start = a.start > b.start ? a.start : b.start
  const end = a.end < b.end ? a.end : b.end
  return start <= end ? { start, end } : undefined
}

/**
 * How many weeks, months or quarters a range is worth, to scale a target set per period:
 * weeks = days / 7; months = Σ over calendar months of (days covered / days in that month);
 * quarters = months / 3. So January is exactly 1 month and Q1 exactly 3.
 */
export function periodsIn(period: Period, r: DateRange): number {
  if (r.end < r.start) return 0
  if (period === 'week') return rangeDays(r) / 7
  let months = 0
  let year = Number(r.start.slice(0, 4))
  let month = Number(r.start.slice(5, 7))
  let from = r.start
  for (;;) {
    const inMonth = getDaysInMonth(new Date(year, month - 1, 1))
    const monthEnd = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(inMonth).padStart(2, '0')}`
    const to = monthEnd < r.end ? monthEnd : r.end
    months += (daysBetween(from, to) + 1) / inMonth
    if (to === r.end) break
    month = month === 12 ? 1 : month + 1
    if (month === 1) year += 1
    from = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`
  }
  return period === 'month' ? months : months / 3
}
