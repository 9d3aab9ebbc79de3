import { addDays, endOfQuarter, format, parseISO, startOfQuarter } from 'date-fns'
import type { CalendarDate } from '../domain'

/** Calendar dates are compared as `yyyy-MM-dd` strings and converted only at the edges. */
export const toDate = (d: CalendarDate): Date => parseISO(d)
export const toCalendarDate = (d: Date): CalendarDate => format(d, 'yyyy-MM-dd')

export interface DateRange {
  /** Inclusive. */
  start: CalendarDate
  /** Inclusive. */
  end: CalendarDate
}

export function quarterOf(day: CalendarDate): DateRange {
  const d = toDate(day)
  return { start: toCalendarDate(startOfQuarter(d)), end: toCalendarDate(endOfQuarter(d)) }
}

export function lastNDays(today: CalendarDate, n: number): DateRange {
  return { start: toCalendarDate(addDays(toDate(today), -(n - 1))), end: today }
}

export const inRange = (day: CalendarDate | undefined, r: DateRange): boolean =>
  day !== undefined && day >= r.start && day <= r.end

const DAY_MS = 86_400_000

/**
 * Whole days since 1970-01-01 for a `yyyy-MM-dd` date. Plain UTC arithmetic: calendar dates
 * have no time zone, and the metrics call this hundreds of thousands of times per screen.
 */
export function dayNumber(d: CalendarDate): number {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / DAY_MS
}

export function fromDayNumber(n: number): CalendarDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

export const addDaysTo = (day: CalendarDate, days: number): CalendarDate =>
  fromDayNumber(dayNumber(day) + days)

export const daysBetween = (from: CalendarDate, to: CalendarDate): number =>
  dayNumber(to) - dayNumber(from)

export function quarterLabel(day: CalendarDate): string {
  const d = toDate(day)
  return `Q${Math.floor(d.getMonth() / 3) + 1} ${d.getFullYear()}`
}
