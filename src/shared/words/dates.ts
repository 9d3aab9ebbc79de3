import type { CalendarDate } from '../domain'

/**
 * One written form for a calendar day per locale ("Dec 5, 2026" in en-US, "5 déc. 2026" in
 * fr-FR), so a screen never mixes ISO and written dates. Pure: the locale is passed in.
 */
const DEFAULT_LOCALE = 'en-US'
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(locale: string): Intl.DateTimeFormat {
  let f = formatters.get(locale)
  if (!f) {
    // UTC on both sides: a calendar day never shifts with the laptop's time zone.
    f = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC'
    })
    formatters.set(locale, f)
  }
  return f
}

/** `yyyy-MM-dd` (or an ISO timestamp: its day) → the locale's written day; '—' when absent. */
export function formatDay(day: CalendarDate | string | undefined, locale = DEFAULT_LOCALE): string {
  if (!day) return '—'
  const m = DAY.exec(day.slice(0, 10))
  if (!m) return day
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
  if (Number.isNaN(date.getTime())) return day
  return formatter(locale).format(date)
}

/** "Dec 1, 2026 to Dec 31, 2026": a range written the same way as single days. */
export function formatDayRange(start: CalendarDate, end: CalendarDate, locale = DEFAULT_LOCALE) {
  return `${formatDay(start, locale)} to ${formatDay(end, locale)}`
}

/**
 * Days the app once wrote into its own notes as `yyyy-MM-dd` ("21 activities logged
 * 2026-09-30 to 2026-10-06"), rewritten in the locale's form for a document. Only for text
 * the app generated: a person's own words are printed as they wrote them.
 */
export function writeDaysIn(text: string, locale = DEFAULT_LOCALE): string {
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => formatDay(day, locale))
}
