import {
  addDays,
  differenceInCalendarDays,
  endOfQuarter,
  format,
  parseISO,
  startOfQuarter
} from 'date-fns'
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

export const addDaysTo = (day: CalendarDate, days: number): CalendarDate =>
  toCalendarDate(addDays(toDate(day), days))

export const daysBetween = (from: CalendarDate, to: CalendarDate): number =>
  differenceInCalendarDays(toDate(to), toDate(from))

export function quarterLabel(day: CalendarDate): string {
  const d = toDate(day)
  return `Q${Math.floor(d.getMonth() / 3) + 1} ${d.getFullYear()}`
}
