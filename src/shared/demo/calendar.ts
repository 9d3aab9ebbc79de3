import {
  addDays as addDaysToDate,
  addMonths,
  addQuarters,
  differenceInCalendarDays,
  endOfMonth,
  endOfQuarter,
  format,
  getQuarter,
  isWeekend,
  parseISO,
  startOfMonth,
  startOfQuarter
} from 'date-fns'
import type { CalendarDate, Timestamp } from '../domain'

/**
 * Calendar-date helpers for the demo. Dates stay `yyyy-MM-dd` strings (they compare as
 * strings); date-fns works on local midnight, so no time-zone shift can move a day.
 */
const toDate = (day: CalendarDate): Date => parseISO(day)
const toDay = (date: Date): CalendarDate => format(date, 'yyyy-MM-dd')

export const addDays = (day: CalendarDate, days: number): CalendarDate =>
  toDay(addDaysToDate(toDate(day), days))

export const addMonthsTo = (day: CalendarDate, months: number): CalendarDate =>
  toDay(addMonths(toDate(day), months))

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: CalendarDate, to: CalendarDate): number =>
  differenceInCalendarDays(toDate(to), toDate(from))

export const isWeekday = (day: CalendarDate): boolean => !isWeekend(toDate(day))

export const minDay = (a: CalendarDate, b: CalendarDate): CalendarDate => (a < b ? a : b)
export const maxDay = (a: CalendarDate, b: CalendarDate): CalendarDate => (a > b ? a : b)

/** The nearest weekday on or before `day`. */
export function weekdayOnOrBefore(day: CalendarDate): CalendarDate {
  let d = day
  while (!isWeekday(d)) d = addDays(d, -1)
  return d
}

export interface DayRange {
  start: CalendarDate
  end: CalendarDate
}

/** A calendar quarter, labelled like `2026-Q2`. */
export interface Quarter extends DayRange {
  label: string
}

/** The quarter `offset` quarters from the one containing `day` (0 = that quarter). */
export function quarterAt(day: CalendarDate, offset = 0): Quarter {
  const date = addQuarters(startOfQuarter(toDate(day)), offset)
  return {
    label: `${date.getFullYear()}-Q${getQuarter(date)}`,
    start: toDay(date),
    end: toDay(endOfQuarter(date))
  }
}

/** The `count` whole calendar months before the month of `day`, oldest first. */
export function fullMonthsBefore(day: CalendarDate, count: number): DayRange[] {
  const first = startOfMonth(toDate(day))
  const months: DayRange[] = []
  for (let i = count; i >= 1; i--) {
    const start = addMonths(first, -i)
    months.push({ start: toDay(start), end: toDay(endOfMonth(start)) })
  }
  return months
}

/** Every day from `start` to `end`, both inclusive. */
export function eachDay(start: CalendarDate, end: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = []
  for (let d = start; d <= end; d = addDays(d, 1)) days.push(d)
  return days
}

/** A UTC timestamp on a calendar date, for records that happened on that day. */
export const at = (day: CalendarDate, time = '09:00'): Timestamp => `${day}T${time}:00.000Z`
