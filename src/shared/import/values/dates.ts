/**
 * Calendar-date parsing for CRM exports. Dates are kept as the day the CRM wrote down
 * (`yyyy-MM-dd`): an export's time zone is unknown, so shifting to local time would move a
 * close date to the wrong day.
 */

export type DateOrder = 'ymd' | 'mdy' | 'dmy'

export interface DateOrderDetection {
  order: DateOrder
  /** True when the column does not prove the order: the caller must ask the user to confirm. */
  ambiguous: boolean
  evidence: string
}

export type CalendarDateResult = { ok: true; value: string } | { ok: false; reason: string }

/** Blank means "no value": the caller decides whether the field is optional. */
export function isBlank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim() === ''
}

// Time suffix after a date: `17:50`, `5:50 PM`, `17:50:51.000+0000`, `17:50:51Z`.
const TIME =
  '(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?\\s*([AaPp]\\.?[Mm]\\.?)?(?:\\s*(?:Z|[+-]\\d{2}:?\\d{2}))?'
const YEAR_FIRST = new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:(?:T|\\s+)${TIME})?$`)
const YEAR_LAST = new RegExp(`^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{2}|\\d{4})(?:,?\\s+${TIME})?$`)

type Shape =
  | { kind: 'ymd'; y: string; m: string; d: string; time: string[] }
  | { kind: 'xy'; a: number; b: number; y: string; sep: string; time: string[] }

function shapeOf(raw: string): Shape | undefined {
  const s = raw.trim()
  const iso = YEAR_FIRST.exec(s)
  if (iso) {
    const [, y = '', m = '', d = '', ...time] = iso
    return { kind: 'ymd', y, m, d, time }
  }
  const other = YEAR_LAST.exec(s)
  if (other) {
    const [, a = '', sep = '', b = '', y = '', ...time] = other
    return { kind: 'xy', a: Number(a), b: Number(b), y, sep, time }
  }
  return undefined
}

/**
 * Decide the day/month order from a whole column, because one value like `03/04/2024` cannot.
 * Rules: a first part > 12 proves dmy, a second part > 12 proves mdy; if neither appears (or
 * both do, i.e. the column is mixed) the result is `ambiguous` and the order is only a default
 * (dmy for dotted dates, the European habit; otherwise mdy, what Excel-in-the-US writes).
 * Year-first values are unambiguous and do not vote on the day/month order.
 */
export function detectDateOrder(values: string[]): DateOrderDetection {
  let yearFirst = 0
  let dayFirstProof: string | undefined
  let monthFirstProof: string | undefined
  let dotted = 0
  let other = 0
  let unparsed = 0
  for (const v of values) {
    if (isBlank(v)) continue
    const shape = shapeOf(v)
    if (!shape) {
      unparsed++
      continue
    }
    if (shape.kind === 'ymd') {
      yearFirst++
      continue
    }
    other++
    if (shape.sep === '.') dotted++
    if (shape.a > 12 && shape.a <= 31) dayFirstProof ??= v.trim()
    if (shape.b > 12 && shape.b <= 31) monthFirstProof ??= v.trim()
  }
  const skipped = unparsed > 0 ? `; ${unparsed} value(s) not recognised as dates` : ''
  if (other === 0) {
    if (yearFirst > 0) {
      return {
        order: 'ymd',
        ambiguous: false,
        evidence: `${yearFirst} year-first date(s)${skipped}`
      }
    }
    return { order: 'ymd', ambiguous: true, evidence: `no recognisable dates${skipped}` }
  }
  if (dayFirstProof && monthFirstProof) {
    return {
      order: dotted > other / 2 ? 'dmy' : 'mdy',
      ambiguous: true,
      evidence: `mixed orders: "${dayFirstProof}" is day-first but "${monthFirstProof}" is month-first${skipped}`
    }
  }
  if (dayFirstProof) {
    return {
      order: 'dmy',
      ambiguous: false,
      evidence: `"${dayFirstProof}" has a day > 12 first${skipped}`
    }
  }
  if (monthFirstProof) {
    return {
      order: 'mdy',
      ambiguous: false,
      evidence: `"${monthFirstProof}" has a day > 12 second${skipped}`
    }
  }
  return {
    order: dotted > other / 2 ? 'dmy' : 'mdy',
    ambiguous: true,
    evidence: `no day above 12 in ${other} date(s): day and month cannot be told apart${skipped}`
  }
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Two-digit years pivot at 70: `24` → 2024, `85` → 1985 (CRM data before 1970 is unlikely). */
function fullYear(y: string): number {
  const n = Number(y)
  if (y.length === 4) return n
  return n < 70 ? 2000 + n : 1900 + n
}

function checkTime(time: string[]): string | undefined {
  const [h, min, sec, ampm] = time
  if (h === undefined) return undefined
  const hour = Number(h)
  if (ampm ? hour < 1 || hour > 12 : hour > 23) return `time "${h}:${min}" is not a real time`
  if (Number(min) > 59 || (sec !== undefined && Number(sec) > 59)) {
    return `time "${h}:${min}" is not a real time`
  }
  return undefined
}

const pad = (n: number): string => String(n).padStart(2, '0')

/**
 * Parse one date cell in the given order. Year-first values (ISO, Salesforce datetimes) parse
 * whatever the order, since they cannot be misread. Blank → `{ ok: false, reason: 'blank' }`;
 * use `isBlank` first when the field is optional. The time part is checked, then dropped.
 */
export function parseCalendarDate(value: string, order: DateOrder): CalendarDateResult {
  if (isBlank(value)) return { ok: false, reason: 'blank' }
  const shape = shapeOf(value)
  if (!shape) return { ok: false, reason: `"${value.trim()}" is not a date` }
  let year: number
  let month: number
  let day: number
  if (shape.kind === 'ymd') {
    year = Number(shape.y)
    month = Number(shape.m)
    day = Number(shape.d)
  } else {
    if (order === 'ymd') {
      return {
        ok: false,
        reason: `"${value.trim()}" is not year-first as the column's format says`
      }
    }
    year = fullYear(shape.y)
    month = order === 'mdy' ? shape.a : shape.b
    day = order === 'mdy' ? shape.b : shape.a
  }
  if (month < 1 || month > 12) {
    return { ok: false, reason: `"${value.trim()}" has no month ${month} (read as ${order})` }
  }
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, reason: `"${value.trim()}": ${year}-${pad(month)} has no day ${day}` }
  }
  const timeProblem = checkTime(shape.time)
  if (timeProblem) return { ok: false, reason: `"${value.trim()}": ${timeProblem}` }
  return { ok: true, value: `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}` }
}
